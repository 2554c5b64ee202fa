using Orleans;

namespace PowerGovernance.Samples.Orleans.Board;

/// <summary>One undertaking unit's line of the board (承办单位统计), the counts of its <c>OnTimeStatistics</c>.</summary>
/// <param name="Unit">The undertaking unit.</param>
/// <param name="Open">Open cases.</param>
/// <param name="Warning">Open cases in warning (yellow).</param>
/// <param name="Overdue">Open cases overdue (red).</param>
/// <param name="FinishedOnTime">Cases finished on time.</param>
/// <param name="FinishedLate">Cases finished late.</param>
/// <param name="LegallyOverdue">Open cases past a legal limit.</param>
[GenerateSerializer]
[Immutable]
public sealed record UnitLine(
    [property: Id(0)] string Unit,
    [property: Id(1)] int Open,
    [property: Id(2)] int Warning,
    [property: Id(3)] int Overdue,
    [property: Id(4)] int FinishedOnTime,
    [property: Id(5)] int FinishedLate,
    [property: Id(6)] int LegallyOverdue);
