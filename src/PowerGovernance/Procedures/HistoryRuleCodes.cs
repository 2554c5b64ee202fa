namespace PowerGovernance.Procedures;

/// <summary>
/// The codes of the findings of replaying and verifying a case's history against its definition (办件记录核验规则代码):
/// <see cref="ProcedureEngine.Verify(CaseSnapshot, System.Collections.Generic.IReadOnlyList{CaseEvent}, EnforcementCertificateRegistry?)"/>.
/// </summary>
public static class HistoryRuleCodes
{
    /// <summary>The hash chain is broken: an event was altered, removed, inserted or reordered, or the head is not the snapshot's.</summary>
    public const string ChainBroken = "ChainBroken";

    /// <summary>
    /// The history was hashed with another digest (摘要算法) than the engine's: its start event records one (e.g. <c>sm3</c>) and
    /// the engine uses another, or records none (SHA-256) and the engine uses another.
    /// </summary>
    public const string DigestDiffers = "DigestDiffers";

    /// <summary>The history does not begin with the event that starts the case, or records no power, procedure or version there.</summary>
    public const string StartMissing = "StartMissing";

    /// <summary>The history records another power or procedure than the one it is replayed under.</summary>
    public const string RecordedUnderAnother = "RecordedUnderAnother";

    /// <summary>The engine does not know the procedure version the history was recorded on.</summary>
    public const string DefinitionUnknown = "DefinitionUnknown";

    /// <summary>An event is not a transition its definition permits from the previous state, by a permitted actor, then.</summary>
    public const string TransitionRefused = "TransitionRefused";

    /// <summary>An event does not replay to itself: the definition produces another event from the same input.</summary>
    public const string EventDiffers = "EventDiffers";

    /// <summary>An enforcement act names a certificate the host has not registered, or no registry was given to check it.</summary>
    public const string CertificateNotRegistered = "CertificateNotRegistered";

    /// <summary>The stored snapshot is not the one the history produces.</summary>
    public const string SnapshotDiffers = "SnapshotDiffers";
}
