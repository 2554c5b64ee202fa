using NodaTime;

namespace PowerGovernance.Calendars.China;

/// <summary>
/// How one item of Art. 2 of the holiday law fixes one day: a Gregorian date (1月1日), a lunar date
/// (农历正月初一, 农历端午 = 五月初五, 农历中秋 = 八月十五), 除夕, or the solar term 清明.
/// </summary>
internal sealed class StatutoryDayRule
{
    private readonly StatutoryDayRuleKind kind;
    private readonly int month;
    private readonly int day;

    private StatutoryDayRule(StatutoryFestival festival, StatutoryDayRuleKind kind, int month, int day)
    {
        Festival = festival;
        this.kind = kind;
        this.month = month;
        this.day = day;
    }

    /// <summary>Gets the festival the day belongs to.</summary>
    internal StatutoryFestival Festival { get; }

    /// <summary>A fixed Gregorian date, e.g. 10月1日.</summary>
    internal static StatutoryDayRule Gregorian(StatutoryFestival festival, int month, int day) =>
        new(festival, StatutoryDayRuleKind.Gregorian, month, day);

    /// <summary>A date of the lunar calendar in the ordinary (non-leap) month, e.g. 八月十五.</summary>
    internal static StatutoryDayRule Lunar(StatutoryFestival festival, int month, int day) =>
        new(festival, StatutoryDayRuleKind.Lunar, month, day);

    /// <summary>除夕: the day before 正月初一.</summary>
    internal static StatutoryDayRule NewYearsEve() =>
        new(StatutoryFestival.SpringFestival, StatutoryDayRuleKind.NewYearsEve, 0, 0);

    /// <summary>清明: the day of the solar term.</summary>
    internal static StatutoryDayRule Qingming() =>
        new(StatutoryFestival.Qingming, StatutoryDayRuleKind.Qingming, 0, 0);

    /// <summary>Returns the day this rule fixes in Gregorian year <paramref name="year"/> (lunar dates: of the lunar year that starts in it).</summary>
    internal StatutoryDay DayIn(int year) => new(
        kind switch
        {
            StatutoryDayRuleKind.Gregorian => new LocalDate(year, month, day),
            StatutoryDayRuleKind.Lunar => ChineseLunarDates.DateOf(year, month, day),
            StatutoryDayRuleKind.NewYearsEve => ChineseLunarDates.NewYearsEve(year),
            _ => SolarTerms.Qingming(year),
        },
        Festival);
}
