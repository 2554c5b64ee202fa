namespace PowerGovernance.Procedures;

/// <summary>
/// The codes of the findings the engine reports when it does not trust a snapshot it is handed (快照校验规则代码), under
/// <see cref="RejectionKind.SnapshotUntrusted"/>.
/// </summary>
public static class SnapshotRuleCodes
{
    /// <summary>The snapshot carries no seal: it was not made by the engine (e.g. built in code or stored without its seal).</summary>
    public const string NotSealed = "NotSealed";

    /// <summary>The snapshot is sealed with another algorithm or key than the engine's (a different <see cref="CaseSeal"/>).</summary>
    public const string SealAlgorithmDiffers = "SealAlgorithmDiffers";

    /// <summary>The snapshot's content does not match its seal: it was changed after the engine sealed it.</summary>
    public const string SealMismatch = "SealMismatch";

    /// <summary>The version is not between 1 and the largest the engine can advance.</summary>
    public const string VersionOutOfRange = "VersionOutOfRange";

    /// <summary>The step is not a step of the snapshot's procedure definition.</summary>
    public const string StepUnknown = "StepUnknown";

    /// <summary>The outcome or the day closed disagrees with the step (a terminal step has both, any other step neither).</summary>
    public const string OutcomeInconsistent = "OutcomeInconsistent";

    /// <summary>The days disagree: a step entered or a clock started before receipt, a last event before the step was entered.</summary>
    public const string DatesInconsistent = "DatesInconsistent";

    /// <summary>A clock holds a negative count of days or of late stops, or a suspension without its cause or start.</summary>
    public const string ClockInconsistent = "ClockInconsistent";

    /// <summary>The power is not listed in the engine's catalog, or the procedure does not serve it.</summary>
    public const string PowerNotServed = "PowerNotServed";

    /// <summary>
    /// The parties disagree with the procedure: a role it does not declare, an invalid person's id, a person assigned twice, in two
    /// separated roles, or after stepping aside (回避后仍被指派).
    /// </summary>
    public const string PartiesInconsistent = "PartiesInconsistent";
}
