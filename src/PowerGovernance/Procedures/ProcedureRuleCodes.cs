namespace PowerGovernance.Procedures;

/// <summary>
/// Stable codes of the rules a procedure definition must follow (see <see cref="Validation.Finding.Code"/>).
/// The seven elements every published flowchart states (权力运行流程图应载明的七项内容) map to: 1 <see cref="InitiationBasisMissing"/>,
/// 2 <see cref="StepPostMissing"/>, 3 <see cref="NoSteps"/> / <see cref="UnreachableStep"/> / <see cref="DeadEnd"/>,
/// 4 <see cref="StepLimitMissing"/>, 5 <see cref="SupervisionPointMissing"/>, 6 <see cref="CounterpartRightsMissing"/>,
/// 7 <see cref="ComplaintChannelMissing"/>.
/// </summary>
public static class ProcedureRuleCodes
{
    /// <summary>The definition has no id, a version below 1, or no name.</summary>
    public const string IdentityMissing = "IdentityMissing";

    /// <summary>Element 1: the basis for acting is missing.</summary>
    public const string InitiationBasisMissing = "InitiationBasisMissing";

    /// <summary>Element 3: the definition has no steps.</summary>
    public const string NoSteps = "NoSteps";

    /// <summary>The initial step is missing or unknown.</summary>
    public const string InitialStepUnknown = "InitialStepUnknown";

    /// <summary>Two steps share an id.</summary>
    public const string DuplicateStepId = "DuplicateStepId";

    /// <summary>A step has no id or name.</summary>
    public const string StepNameMissing = "StepNameMissing";

    /// <summary>Element 2: a step has no undertaking post.</summary>
    public const string StepPostMissing = "StepPostMissing";

    /// <summary>Element 4: a non-terminal step has no time limit.</summary>
    public const string StepLimitMissing = "StepLimitMissing";

    /// <summary>A trigger leaves or enters an unknown step.</summary>
    public const string TriggerStepUnknown = "TriggerStepUnknown";

    /// <summary>A trigger leaves a terminal step.</summary>
    public const string TriggerFromTerminal = "TriggerFromTerminal";

    /// <summary>A trigger names no post allowed to fire it.</summary>
    public const string TriggerPostsMissing = "TriggerPostsMissing";

    /// <summary>The same trigger id leaves the same step twice.</summary>
    public const string DuplicateTrigger = "DuplicateTrigger";

    /// <summary>An extending trigger has no extension, or one of another kind than the case limit.</summary>
    public const string ExtensionInvalid = "ExtensionInvalid";

    /// <summary>A trigger that starts a new period lacks its limits, or its committed limit is of another kind or longer than its legal one.</summary>
    public const string PeriodInvalid = "PeriodInvalid";

    /// <summary>
    /// A definition that uses a quarter limit (<see cref="Calendars.TimeLimitKind.EndOfQuarter"/>: the case limit, a step's or a
    /// period's) also suspends, resumes or extends a clock: a limit fixed to the end of a calendar quarter is not moved by
    /// days, so it cannot be suspended or extended.
    /// </summary>
    public const string QuarterLimitNotAdjustable = "QuarterLimitNotAdjustable";

    /// <summary>A step's committed limit is longer than its legal limit, or of another kind.</summary>
    public const string StepLimitExceedsLegal = "StepLimitExceedsLegal";

    /// <summary>A step cannot be reached from the initial step.</summary>
    public const string UnreachableStep = "UnreachableStep";

    /// <summary>A non-terminal step has no trigger to another step.</summary>
    public const string DeadEnd = "DeadEnd";

    /// <summary>Element 5: no supervision point, or one on an unknown step.</summary>
    public const string SupervisionPointMissing = "SupervisionPointMissing";

    /// <summary>Element 6: no step states the counterpart's rights.</summary>
    public const string CounterpartRightsMissing = "CounterpartRightsMissing";

    /// <summary>Element 7: no complaint channel.</summary>
    public const string ComplaintChannelMissing = "ComplaintChannelMissing";

    /// <summary>The case has no committed limit.</summary>
    public const string CommittedLimitMissing = "CommittedLimitMissing";

    /// <summary>The committed case limit is not at least one third shorter than the legal one, or of another kind.</summary>
    public const string CommittedLimitNotShortened = "CommittedLimitNotShortened";

    /// <summary>A refusal can be reached by a trigger that does not require written reasons (warning).</summary>
    public const string RefusalWithoutReasons = "RefusalWithoutReasons";

    /// <summary>
    /// A rule on the case's roles cannot work: a post acts only through two different roles, or only through a role no trigger
    /// assigns (so it could never act), or a role is separated from itself.
    /// </summary>
    public const string RoleRuleInvalid = "RoleRuleInvalid";
}
