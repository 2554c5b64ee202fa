using System.Collections.Generic;
using System.Globalization;
using NodaTime;
using PowerGovernance.Calendars;
using PowerGovernance.Calendars.China;
using PowerGovernance.Validation;

namespace PowerGovernance.Tool.Seams;

/// <summary>
/// The holiday-law check of this build: <see cref="NoticeChecker"/> on every whole year of the calendar, against
/// the version of the law in force that year, and the differences from the provisional year built from the law
/// (<see cref="NoticeChecker.CompareWithProvisional"/>), as <see cref="Finding"/>s whose path is the day (or the year).
/// </summary>
internal static class NoticeLawCheck
{
    /// <summary>The code of the note for a year the law check cannot look at (partly covered, or outside 2000–2100).</summary>
    public const string YearNotCheckedCode = "YearNotChecked";

    public static IReadOnlyList<Finding> Check(WorkingCalendar calendar)
    {
        var findings = new List<Finding>();
        var coverage = calendar.Coverage;
        for (var year = coverage.Start.Year; year <= coverage.End.Year; year++)
        {
            if (!coverage.Contains(new LocalDate(year, 1, 1)) || !coverage.Contains(new LocalDate(year, 12, 31)))
            {
                findings.Add(NotChecked(
                    year,
                    string.Create(CultureInfo.InvariantCulture, $"{year} is only partly covered ({Bilingual.Range(coverage)}); the holiday law is checked on whole years only."),
                    string.Create(CultureInfo.InvariantCulture, $"{year} 年未被完整覆盖（{Bilingual.Range(coverage)}），节假日法规只按整年检查。")));
                continue;
            }

            if (year is < HolidayLawVersion.FirstYear or > HolidayLawVersion.LastYear)
            {
                findings.Add(NotChecked(
                    year,
                    string.Create(CultureInfo.InvariantCulture, $"{year} is outside the years the holiday law check knows ({HolidayLawVersion.FirstYear}–{HolidayLawVersion.LastYear})."),
                    string.Create(CultureInfo.InvariantCulture, $"{year} 年不在节假日法规检查的年度范围（{HolidayLawVersion.FirstYear}–{HolidayLawVersion.LastYear}）内。")));
                continue;
            }

            foreach (var finding in NoticeChecker.Check(calendar, year))
            {
                findings.Add(finding);
            }

            if (year > ChinaCalendars.Official.Coverage.Start.Year)
            {
                // The days the notice set otherwise than the provisional year built from the law.
                foreach (var finding in NoticeChecker.CompareWithProvisional(calendar, year))
                {
                    findings.Add(finding);
                }
            }
        }

        return findings;
    }

    private static Finding NotChecked(int year, string english, string chinese) =>
        new(YearNotCheckedCode, FindingSeverity.Info, year.ToString(CultureInfo.InvariantCulture), null, english, chinese);
}
