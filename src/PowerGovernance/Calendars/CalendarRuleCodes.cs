namespace PowerGovernance.Calendars;

/// <summary>
/// Stable codes of the rules that calendar data must follow (see <see cref="Validation.Finding.Code"/> of
/// <see cref="InvalidCalendarException.Findings"/>).
/// The codes are part of the public contract and never change meaning.
/// </summary>
public static class CalendarRuleCodes
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

    /// <summary>
    /// A calendar file is larger than <see cref="LoadedCalendar.MaxInputBytes"/> (16 MiB); nothing of it
    /// is read.
    /// </summary>
    public const string InputTooLarge = "InputTooLarge";

    /// <summary>
    /// More than <see cref="LoadedCalendar.MaxProblems"/> problems were found: only the first ones are reported, and this
    /// last problem gives their total (the calendar-file reader and <see cref="WorkingCalendarBuilder"/> count them all;
    /// the JSON and iCalendar readers stop reading there).
    /// </summary>
    public const string TooManyProblems = "TooManyProblems";

    /// <summary>
    /// The input's bytes are not valid UTF-8 (or a text holds an unpaired surrogate): reported with the line and byte
    /// offset of the first invalid sequence; an input is never read with U+FFFD in its place.
    /// </summary>
    public const string InvalidEncoding = "InvalidEncoding";

    /// <summary>A JSON property, or an iCalendar property or component, that the format does not have.</summary>
    public const string UnknownProperty = "UnknownProperty";

    /// <summary>A required JSON property or iCalendar property is missing.</summary>
    public const string MissingProperty = "MissingProperty";

    /// <summary>A JSON property, or an iCalendar property that may appear once, appears again in the same object.</summary>
    public const string DuplicateProperty = "DuplicateProperty";

    /// <summary>
    /// A value has the wrong type or is not one the format allows, e.g. a holiday-cn <c>isOffDay</c> that is
    /// not <c>true</c>/<c>false</c>, a year out of range, an iCalendar date with a time.
    /// </summary>
    public const string InvalidValue = "InvalidValue";

    /// <summary>A date is listed more than once (as a holiday day or a make-up working day).</summary>
    public const string DuplicateDate = "DuplicateDate";

    /// <summary>A date in a holiday-cn year object lies neither in its year nor in the year before.</summary>
    public const string DateOutsideYear = "DateOutsideYear";

    /// <summary>A year appears twice among the year objects of a holiday-cn array.</summary>
    public const string DuplicateYear = "DuplicateYear";

    /// <summary>
    /// The year objects of a holiday-cn array leave a gap: a year between the first and the last is missing,
    /// so its days would silently be ordinary weekdays and weekends.
    /// </summary>
    public const string MissingYear = "MissingYear";
}
