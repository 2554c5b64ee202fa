using System.Collections.Generic;
using NodaTime;

namespace PowerGovernance.Supervision;

/// <summary>The supervision board at one instant (电子监察看板): the yellow and red lists and on-time statistics.</summary>
/// <param name="At">The instant swept.</param>
/// <param name="Period">The period whose finished cases count in the statistics.</param>
/// <param name="Swept">How many cases were swept.</param>
/// <param name="Yellow">Open cases whose case clock is in warning.</param>
/// <param name="Red">Open cases whose case clock is overdue.</param>
/// <param name="StepOverdue">Open cases whose current step is over its own limit, even if the case is on time.</param>
/// <param name="ByPower">Statistics per power code.</param>
/// <param name="ByUnit">Statistics per undertaking unit (from the catalog; <c>(unknown)</c> when the power names none).</param>
/// <param name="ByPost">Statistics per post of the current (or final) step.</param>
public sealed record BoardReport(
    Instant At,
    DateInterval Period,
    int Swept,
    IReadOnlyList<SupervisedCase> Yellow,
    IReadOnlyList<SupervisedCase> Red,
    IReadOnlyList<SupervisedCase> StepOverdue,
    IReadOnlyDictionary<string, OnTimeStatistics> ByPower,
    IReadOnlyDictionary<string, OnTimeStatistics> ByUnit,
    IReadOnlyDictionary<string, OnTimeStatistics> ByPost);
