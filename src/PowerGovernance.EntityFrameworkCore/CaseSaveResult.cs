using System.Globalization;

namespace PowerGovernance.EntityFrameworkCore;

/// <summary>
/// The outcome of <see cref="EntityFrameworkCaseStore.Save(Procedures.CaseResult)"/> (保存结果): saved, or why nothing was written,
/// in English and Chinese. A lost optimistic-concurrency race is a result, not an exception.
/// </summary>
/// <param name="Status">How the save ended.</param>
/// <param name="CaseId">The case's id.</param>
/// <param name="ExpectedVersion">The version the result was computed from (0 for a start): the save's condition on the stored row.</param>
public sealed record CaseSaveResult(CaseSaveStatus Status, string CaseId, long ExpectedVersion)
{
    /// <summary>Gets whether the snapshot was written and its events appended.</summary>
    public bool IsSaved => Status == CaseSaveStatus.Saved;

    /// <summary>Gets what happened, in English.</summary>
    public string Message => Status switch
    {
        CaseSaveStatus.Saved => $"Case '{CaseId}' saved over version {Version()}.",
        CaseSaveStatus.StaleVersion => $"Case '{CaseId}' is no longer at version {Version()}: another writer changed it first. Nothing was saved; reload the case and decide again.",
        CaseSaveStatus.AlreadyExists => $"Case '{CaseId}' already exists: a start cannot be saved over it. Nothing was saved.",
        _ => $"The result for case '{CaseId}' was refused by the engine and is not stored.",
    };

    /// <summary>Gets what happened, in Simplified Chinese.</summary>
    public string ChineseMessage => Status switch
    {
        CaseSaveStatus.Saved => $"办件“{CaseId}”已在版本{Version()}之上保存。",
        CaseSaveStatus.StaleVersion => $"办件“{CaseId}”已不是版本{Version()}：已被他人先行办理。未保存任何数据，请重新读取办件后再行决定。",
        CaseSaveStatus.AlreadyExists => $"办件“{CaseId}”已存在，不能再次保存其启动。未保存任何数据。",
        _ => $"办件“{CaseId}”的办理结果未被受理，不予保存。",
    };

    private string Version() => ExpectedVersion.ToString(CultureInfo.InvariantCulture);
}
