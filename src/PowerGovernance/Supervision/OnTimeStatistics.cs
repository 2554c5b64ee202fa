namespace PowerGovernance.Supervision;

/// <summary>
/// On-time figures for one power, undertaking unit or post (按时办结统计), against the committed limits (yellow and
/// red cards) and against the legal limits (违法超期), which are a distinct, graver severity.
/// </summary>
/// <param name="Open">Open cases.</param>
/// <param name="Warning">Open cases in warning on the committed clock (yellow).</param>
/// <param name="Overdue">Open cases past the committed limit (red).</param>
/// <param name="FinishedOnTime">Cases finished within the committed limit in the period.</param>
/// <param name="FinishedLate">Cases finished after the committed limit in the period.</param>
/// <param name="LegallyOverdue">Open cases past a legal limit of the case or of the current step (违法超期).</param>
/// <param name="FinishedLegallyLate">Cases finished after the legal limit in the period (超过法定时限办结).</param>
public sealed record OnTimeStatistics(int Open, int Warning, int Overdue, int FinishedOnTime, int FinishedLate, int LegallyOverdue, int FinishedLegallyLate)
{
    /// <summary>Gets the share of cases finished in the period that finished within the committed limit, or <see langword="null"/> when none finished.</summary>
    public double? OnTimeRate => FinishedOnTime + FinishedLate == 0 ? null : (double)FinishedOnTime / (FinishedOnTime + FinishedLate);

    /// <summary>Gets the share of cases finished in the period that finished within the legal limit, or <see langword="null"/> when none finished.</summary>
    public double? LegalOnTimeRate => FinishedOnTime + FinishedLate == 0 ? null : (double)(FinishedOnTime + FinishedLate - FinishedLegallyLate) / (FinishedOnTime + FinishedLate);
}
