namespace PowerGovernance.Calendars.China;

/// <summary>
/// How a calendar continues past its published years (待公布年度推算参数): how far the provisional years reach,
/// and how close to a statutory holiday a day must be for the yearly notice to be able to change it.
/// </summary>
/// <remarks>
/// The windows are measured in natural days from the nearest statutory holiday. Their defaults are the
/// smallest that contain every day the State Council's yearly notices changed from 2004 to 2026 (weekdays given
/// as rest days, weekends made working days), with a margin; the backtest in the package's tests checks them
/// against every year.
/// </remarks>
public sealed record ProvisionalCalendarOptions
{
    /// <summary>The default of <see cref="WeekdayWindowDays"/>: 6 days (the notices of 2004–2026 gave weekdays at most 5 days from a statutory holiday).</summary>
    public const int DefaultWeekdayWindowDays = 6;

    /// <summary>The default of <see cref="WeekendWindowDays"/>: 12 days (the notices of 2004–2026 worked weekends at most 10 days from a statutory holiday).</summary>
    public const int DefaultWeekendWindowDays = 12;

    /// <summary>The default of <see cref="LastYear"/>: 2100, the last year .NET's Chinese lunisolar calendar supports.</summary>
    public const int DefaultLastYear = 2100;

    /// <summary>Gets the default options.</summary>
    public static ProvisionalCalendarOptions Default { get; } = new();

    /// <summary>
    /// Gets how many days from a statutory holiday a weekday may be given as a rest day by the notice
    /// (调休放假); default <see cref="DefaultWeekdayWindowDays"/>.
    /// </summary>
    public int WeekdayWindowDays { get; init; } = DefaultWeekdayWindowDays;

    /// <summary>
    /// Gets how many days from a statutory holiday a Saturday or Sunday may be made a working day by the notice
    /// (调休上班); default <see cref="DefaultWeekendWindowDays"/>.
    /// </summary>
    public int WeekendWindowDays { get; init; } = DefaultWeekendWindowDays;

    /// <summary>Gets the last provisional year; default <see cref="DefaultLastYear"/>.</summary>
    public int LastYear { get; init; } = DefaultLastYear;
}
