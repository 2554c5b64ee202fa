namespace PowerGovernance.Samples.Orleans.Cases;

/// <summary>What became of a request to a case grain (办理结果).</summary>
public enum CaseReplyStatus
{
    /// <summary>The engine accepted it and the store saved it: the case moved.</summary>
    Saved,

    /// <summary>The engine refused it (a step, post, guard or date rule); nothing was written.</summary>
    Refused,

    /// <summary>
    /// Another writer moved the case first (the store's version check): nothing was written, the grain reloaded the stored case,
    /// and the caller decides again on it.
    /// </summary>
    StaleVersion,

    /// <summary>A start for a case id that is already stored; nothing was written.</summary>
    AlreadyExists,

    /// <summary>A trigger for a case that was never started; nothing was written.</summary>
    NotStarted,
}
