namespace PowerGovernance.Procedures;

/// <summary>Why the engine refused a trigger.</summary>
public enum RejectionKind
{
    /// <summary>Not refused (未拒绝): the operation was accepted.</summary>
    None = 0,

    /// <summary>The procedure has no trigger with that id.</summary>
    UnknownTrigger = 1,

    /// <summary>The trigger exists but does not leave the current step.</summary>
    NotPermittedFromStep = 2,

    /// <summary>
    /// The actor holds none of the posts allowed to fire the trigger, or holds one that acts on a case only through people assigned
    /// to a role (<see cref="ProcedureDefinitionBuilder.ActsOnlyThrough"/>) and is not assigned to it in this case.
    /// </summary>
    ActorLacksPost = 3,

    /// <summary>One or more guards did not hold; their descriptions are listed.</summary>
    GuardFailed = 4,

    /// <summary>The trigger needs a written reason and none was given.</summary>
    ReasonMissing = 5,

    /// <summary>A required argument is missing.</summary>
    ArgumentMissing = 6,

    /// <summary>The snapshot's version is not the one the caller expected (optimistic concurrency).</summary>
    StaleVersion = 7,

    /// <summary>The case has ended.</summary>
    CaseClosed = 8,

    /// <summary>The snapshot belongs to another procedure definition or version.</summary>
    WrongDefinition = 9,

    /// <summary>The power is not listed in the catalog (未列入职权目录的权力不得行使).</summary>
    PowerNotListed = 10,

    /// <summary>The clock cannot do that now: suspend while suspended, resume while running, extend twice.</summary>
    ClockConflict = 11,

    /// <summary>The instant is before the case's last event, or its date is outside the calendar's coverage.</summary>
    InvalidTime = 12,

    /// <summary>
    /// The actor or the person named must step aside (回避): they play a role the procedure declares with
    /// <see cref="ProcedureDefinitionBuilder.Recuses"/> in this case, e.g. the person the case is about, or one who declared an interest.
    /// Raised by the engine on every path for a procedure that declares roles.
    /// </summary>
    Recused = 13,

    /// <summary>
    /// The actor or the person named already plays the other side of a separated duty (职责分离, e.g. 调查与审查分离: an investigator
    /// may not review, a reviewer may not investigate), as the procedure declares with <see cref="ProcedureDefinitionBuilder.Separates"/>.
    /// Raised by the engine on every path.
    /// </summary>
    SeparationOfDuties = 14,

    /// <summary>The trigger is an enforcement act and the actor holds no enforcement certificate valid that day (未持有效行政执法证).</summary>
    NotCertified = 15,

    /// <summary>
    /// A guard could not be checked because of a technical error (the calendar does not cover a day it needs, a
    /// host's guard threw): nothing was decided, and the rejection is never a legal finding such as "late".
    /// </summary>
    GuardError = 16,

    /// <summary>An argument was given but is not valid (e.g. a suspension's expected end that is not an ISO date).</summary>
    ArgumentInvalid = 17,

    /// <summary>
    /// The power is listed but may not be exercised: it has no legal basis, so the catalog rules mark it to be
    /// abolished (凡无合法依据的，应予以废止).
    /// </summary>
    PowerNotExercisable = 18,

    /// <summary>
    /// The engine does not trust the snapshot it was handed (快照不可信): it carries no seal or its content does not match it, or
    /// its members disagree with its definition or the catalog (see <see cref="SnapshotRuleCodes"/>). Nothing was decided.
    /// </summary>
    SnapshotUntrusted = 19,
}
