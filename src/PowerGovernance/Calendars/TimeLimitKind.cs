namespace PowerGovernance.Calendars;

/// <summary>How the days of a <see cref="TimeLimit"/> are counted.</summary>
public enum TimeLimitKind
{
    /// <summary>Working days (工作日): weekends and holidays are skipped, make-up working days count.</summary>
    WorkingDays = 0,

    /// <summary>
    /// Natural days (自然日, "日"/"天"): every day counts, but a period whose last day is not a
    /// working day ends on the next working day.
    /// </summary>
    NaturalDays = 1,
}
