namespace PowerGovernance.Procedures;

/// <summary>Why the engine refused a trigger.</summary>
public enum RejectionKind
{
    /// <summary>The procedure has no trigger with that id.</summary>
    UnknownTrigger = 0,

    /// <summary>The trigger exists but does not leave the current step.</summary>
    NotPermittedFromStep = 1,

    /// <summary>The actor holds none of the posts allowed to fire the trigger.</summary>
    ActorLacksPost = 2,

    /// <summary>One or more guards did not hold; their descriptions are listed.</summary>
    GuardFailed = 3,

    /// <summary>The trigger needs a written reason and none was given.</summary>
    ReasonMissing = 4,

    /// <summary>A required argument is missing.</summary>
    ArgumentMissing = 5,

    /// <summary>The snapshot's version is not the one the caller expected (optimistic concurrency).</summary>
    StaleVersion = 6,

    /// <summary>The case has ended.</summary>
    CaseClosed = 7,

    /// <summary>The snapshot belongs to another procedure definition or version.</summary>
    WrongDefinition = 8,

    /// <summary>The power is not listed in the catalog (未列入职权目录的权力不得行使).</summary>
    PowerNotListed = 9,

    /// <summary>The clock cannot do that now: suspend while suspended, resume while running, extend twice.</summary>
    ClockConflict = 10,

    /// <summary>The instant is before the case's last event, or its date is outside the calendar's coverage.</summary>
    InvalidTime = 11,

    /// <summary>
    /// The actor must step aside (回避): they are the person the case is about, or declared an interest in it. Raised by rules
    /// layered on the engine, e.g. <see cref="Accountability.AccountabilityProceedings"/>.
    /// </summary>
    Recused = 12,

    /// <summary>
    /// The actor or the person named already holds the other side of a separated duty (调查与审查分离): an investigator may not
    /// review, a reviewer may not investigate. Raised by rules layered on the engine.
    /// </summary>
    SeparationOfDuties = 13,

    /// <summary>The trigger is an enforcement act and the actor holds no enforcement certificate valid that day (未持有效行政执法证).</summary>
    NotCertified = 14,

    /// <summary>
    /// A guard could not be checked because of a technical error (the calendar does not cover a day it needs, a
    /// host's guard threw): nothing was decided, and the rejection is never a legal finding such as "late".
    /// </summary>
    GuardError = 15,

    /// <summary>An argument was given but is not valid (e.g. a suspension's expected end that is not an ISO date).</summary>
    ArgumentInvalid = 16,

    /// <summary>
    /// The power is listed but may not be exercised: it has no legal basis, so the catalog rules mark it to be
    /// abolished (凡无合法依据的，应予以废止).
    /// </summary>
    PowerNotExercisable = 17,
}
