namespace PowerGovernance.Supervision;

/// <summary>Where a clock stands against its limit (电子监察亮灯状态).</summary>
public enum DeadlineState
{
    /// <summary>Running and not close to the limit (绿灯).</summary>
    OnTime = 0,

    /// <summary>Running and close to the limit under the <see cref="WarningPolicy"/> (黄灯预警).</summary>
    Warning = 1,

    /// <summary>Running past the limit (红灯超时).</summary>
    Overdue = 2,

    /// <summary>Suspended for a cause whose time does not count (暂停计时).</summary>
    Suspended = 3,

    /// <summary>Finished within the limit (按时办结).</summary>
    FinishedOnTime = 4,

    /// <summary>Finished after the limit (超时办结).</summary>
    FinishedLate = 5,

    /// <summary>
    /// Standing still because the current step's time does not count toward the case limit (本环节不计入办理时限:
    /// the applicant's time to supplement materials, a hearing, delivery after the decision, a review request
    /// period); nobody suspended the clock.
    /// </summary>
    NotCounting = 6,
}
