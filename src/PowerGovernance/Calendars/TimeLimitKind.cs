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

    /// <summary>
    /// By the end of a calendar quarter (按季度, e.g. the county civil-affairs bureau approving serious-illness aid once a
    /// quarter): due on the last day of the quarter in which the period starts, or of the <see cref="TimeLimit.Days"/>-th
    /// following quarter (0 = the same quarter); a last day that is not a working day moves to the next working day, as
    /// for natural days. Such a period is fixed to the calendar: it is not suspended or extended by days.
    /// </summary>
    EndOfQuarter = 2,
}
