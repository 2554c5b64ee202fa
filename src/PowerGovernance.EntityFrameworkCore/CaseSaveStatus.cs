namespace PowerGovernance.EntityFrameworkCore;

/// <summary>How a save of an accepted result ended (保存结果).</summary>
public enum CaseSaveStatus
{
    /// <summary>The snapshot was written and its events appended (已保存).</summary>
    Saved = 0,

    /// <summary>
    /// The stored case is no longer at the version the result was computed from: another writer moved it first (版本冲突).
    /// Nothing was written; reload the case and decide again.
    /// </summary>
    StaleVersion = 1,

    /// <summary>A case with this id is already stored, so a start cannot be saved (办件编号已存在). Nothing was written.</summary>
    AlreadyExists = 2,

    /// <summary>A result the engine refused carries the unchanged snapshot and is never stored (未受理的结果). Nothing was written.</summary>
    NotAccepted = 3,
}
