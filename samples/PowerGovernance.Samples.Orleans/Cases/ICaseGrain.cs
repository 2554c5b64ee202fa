using System.Threading.Tasks;
using Orleans;

namespace PowerGovernance.Samples.Orleans.Cases;

/// <summary>
/// One case (办件) as a grain keyed by its case id: Orleans runs one activation of it at a time, which processes one request at a
/// time; the store's version check guards the case when that guarantee lapses (a silo declared dead that is still writing).
/// </summary>
[Alias("PowerGovernance.Samples.Orleans.ICaseGrain")]
public interface ICaseGrain : IGrainWithStringKey
{
    /// <summary>Starts the case through the engine and stores it.</summary>
    /// <param name="command">The request.</param>
    /// <returns>Saved, refused by the engine, or already existing.</returns>
    [Alias("Start")]
    Task<CaseReply> Start(StartCase command);

    /// <summary>Fires a trigger on the case through the engine and stores the result.</summary>
    /// <param name="command">The request.</param>
    /// <returns>Saved, refused by the engine, stale (another writer won; the grain reloaded), or not started.</returns>
    [Alias("Fire")]
    Task<CaseReply> Fire(FireCase command);

    /// <summary>Gets the case as this activation holds it (loaded and verified from the store when the grain activated).</summary>
    /// <returns>The case, or a <see cref="CaseReplyStatus.NotStarted"/> reply.</returns>
    [Alias("Current")]
    Task<CaseReply> Current();
}
