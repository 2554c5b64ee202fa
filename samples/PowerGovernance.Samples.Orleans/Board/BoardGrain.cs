using System.Threading.Tasks;
using NodaTime;
using Orleans;
using Orleans.Concurrency;

namespace PowerGovernance.Samples.Orleans.Board;

/// <summary>The board grain: a stateless worker over <see cref="ClusterBoard"/>.</summary>
/// <param name="board">The silo's cluster board.</param>
[StatelessWorker]
public sealed class BoardGrain(ClusterBoard board) : Grain, IBoardGrain
{
    /// <inheritdoc/>
    public async Task<BoardSummary> Sweep(Instant now)
    {
        var (report, refused) = await board.SweepAsync(now).ConfigureAwait(true);
        return new BoardSummary(report, refused);
    }
}
