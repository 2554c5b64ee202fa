using System.Threading.Tasks;
using NodaTime;
using Orleans;

namespace PowerGovernance.Samples.Orleans.Board;

/// <summary>
/// The cluster's supervision board (电子监察看板) as a stateless worker: any silo answers, locally, from the shared store; it holds
/// nothing, so running it on two silos at once gives the same answer.
/// </summary>
[Alias("PowerGovernance.Samples.Orleans.IBoardGrain")]
public interface IBoardGrain : IGrainWithIntegerKey
{
    /// <summary>Sweeps every open case of the cluster at <paramref name="now"/>.</summary>
    /// <param name="now">The instant, from the caller's clock.</param>
    /// <returns>The board's summary.</returns>
    [Alias("Sweep")]
    Task<BoardSummary> Sweep(Instant now);
}
