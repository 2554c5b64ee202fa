namespace PowerGovernance.Calendars;

/// <summary>
/// Stable codes of the rules that calendar data must follow (see <see cref="CalendarProblem.Rule"/>).
/// The codes are part of the public contract and never change meaning.
/// </summary>
public static class CalendarRules
{
    /// <summary>The calendar has no identifier.</summary>
    public const string IdRequired = "IdRequired";

    /// <summary>The calendar has no coverage.</summary>
    public const string CoverageRequired = "CoverageRequired";

    /// <summary>The coverage is longer than <see cref="WorkingCalendarBuilder.MaxCoverageDays"/> days.</summary>
    public const string CoverageTooLong = "CoverageTooLong";

    /// <summary>A range ends before it starts.</summary>
    public const string ReversedRange = "ReversedRange";

    /// <summary>A date lies outside the calendar's coverage.</summary>
    public const string OutsideCoverage = "OutsideCoverage";

    /// <summary>Two holiday entries share at least one day.</summary>
    public const string OverlappingHolidays = "OverlappingHolidays";

    /// <summary>A make-up working day is listed more than once.</summary>
    public const string DuplicateMakeUpDay = "DuplicateMakeUpDay";

    /// <summary>A day is both a holiday and a make-up working day.</summary>
    public const string HolidayAndMakeUpDay = "HolidayAndMakeUpDay";

    /// <summary>A make-up working day is not a weekend day (only a weekend day can be made a working day).</summary>
    public const string MakeUpDayNotWeekend = "MakeUpDayNotWeekend";

    /// <summary>An overlay adds a local holiday on a day that is already a holiday in its base calendar.</summary>
    public const string AlreadyHolidayInBase = "AlreadyHolidayInBase";

    /// <summary>A line of a calendar file cannot be read.</summary>
    public const string Syntax = "Syntax";

    /// <summary>A date in a calendar file is not a valid ISO date (yyyy-MM-dd).</summary>
    public const string InvalidDate = "InvalidDate";

    /// <summary>A directive that may appear only once appears again.</summary>
    public const string DuplicateDirective = "DuplicateDirective";

    /// <summary>A name is not of the form <c>中文名 | English name</c>.</summary>
    public const string InvalidName = "InvalidName";

    /// <summary>A weekday name is not one of Monday … Sunday.</summary>
    public const string InvalidWeekday = "InvalidWeekday";

    /// <summary>A day is listed as uncertain more than once.</summary>
    public const string DuplicateUncertainDay = "DuplicateUncertainDay";

    /// <summary>A statutory holiday is listed as uncertain; the law fixes it.</summary>
    public const string StatutoryDayUncertain = "StatutoryDayUncertain";

    /// <summary>A day marked as a statutory holiday is a working day in the calendar.</summary>
    public const string StatutoryDayNotRestDay = "StatutoryDayNotRestDay";

    /// <summary>Calendars combined into one leave a gap between their coverages.</summary>
    public const string CoverageGap = "CoverageGap";
}
