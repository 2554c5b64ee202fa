namespace PowerGovernance.Powers;

/// <summary>When a power's information is disclosed (公开时间).</summary>
public enum DisclosureTiming
{
    /// <summary>Stable content, disclosed for the long term (长期公开).</summary>
    LongTerm = 0,

    /// <summary>Routine content, disclosed periodically, in principle quarterly (定期公开).</summary>
    Periodic = 1,

    /// <summary>Stage work, disclosed stage by stage (阶段性公开).</summary>
    ByStage = 2,

    /// <summary>Temporary work, disclosed immediately (即时公开).</summary>
    Immediate = 3,

    /// <summary>Disclosed when the public asks, within 3 days (依申请公开).</summary>
    OnRequest = 4,
}
