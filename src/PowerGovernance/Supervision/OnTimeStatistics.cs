namespace PowerGovernance.Supervision;

/// <summary>On-time figures for one power, undertaking unit or post (按时办结统计).</summary>
/// <param name="Open">Open cases.</param>
/// <param name="Warning">Open cases in warning (yellow).</param>
/// <param name="Overdue">Open cases overdue (red).</param>
/// <param name="FinishedOnTime">Cases finished on time within the period.</param>
/// <param name="FinishedLate">Cases finished late within the period.</param>
public sealed record OnTimeStatistics(int Open, int Warning, int Overdue, int FinishedOnTime, int FinishedLate)
{
    /// <summary>Gets the share of cases finished in the period that finished on time, or <see langword="null"/> when none finished.</summary>
    public double? OnTimeRate => FinishedOnTime + FinishedLate == 0 ? null : (double)FinishedOnTime / (FinishedOnTime + FinishedLate);
}
