namespace PowerGovernance.Stability;

/// <summary>Why a dispute screening (矛盾纠纷排查) falls due on a day.</summary>
public enum ScreeningReason
{
    /// <summary>The regular screening every 15 days (每十五天进行一次矛盾纠纷排查).</summary>
    Periodic = 0,

    /// <summary>The concentrated screening on the eve of an official holiday (重大节日前夕集中排查).</summary>
    BeforeHoliday = 1,

    /// <summary>The concentrated screening on the eve of a sensitive period or major event the office names (重大活动和敏感时期前夕集中排查).</summary>
    BeforeSensitivePeriod = 2,
}
