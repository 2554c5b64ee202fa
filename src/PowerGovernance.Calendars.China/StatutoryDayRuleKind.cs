namespace PowerGovernance.Calendars.China;

/// <summary>The kinds of <see cref="StatutoryDayRule"/>.</summary>
internal enum StatutoryDayRuleKind
{
    /// <summary>A fixed Gregorian month and day.</summary>
    Gregorian,

    /// <summary>A lunar month (ordinary, not leap) and day.</summary>
    Lunar,

    /// <summary>除夕, the day before 正月初一.</summary>
    NewYearsEve,

    /// <summary>The day of the solar term 清明.</summary>
    Qingming,
}
