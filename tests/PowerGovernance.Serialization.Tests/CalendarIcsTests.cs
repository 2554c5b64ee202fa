using System;
using System.IO;
using System.Linq;
using System.Security.Cryptography;
using System.Text;
using NodaTime;
using PowerGovernance.Calendars;
using PowerGovernance.Testing;

namespace PowerGovernance.Serialization.Tests;

public class CalendarIcsTests
{
    private const string Header = "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//t//t//EN\r\nX-POWERGOVERNANCE-ID:t\r\nX-POWERGOVERNANCE-COVERAGE:2024-01-01/2024-12-31\r\nX-POWERGOVERNANCE-WEEKEND:Saturday Sunday\r\n";

    private static string Event(string start, string end, string category, string summary, string extra = "") =>
        "BEGIN:VEVENT\r\nDTSTART;VALUE=DATE:" + start + "\r\nDTEND;VALUE=DATE:" + end + "\r\nSUMMARY:" + summary + "\r\nCATEGORIES:" + category + "\r\n" + extra + "END:VEVENT\r\n";

    private static InvalidCalendarException Refused(string ics) =>
        Assert.Throws<InvalidCalendarException>(() => CalendarIcs.Read(ics, "test.ics"));

    [Fact]
    public void The_official_data_written_as_iCalendar_reads_back_identical_with_its_identifier_name_and_sources()
    {
        var official = CalendarTestData.Official();

        var again = CalendarIcs.Read(CalendarIcs.Write(official), "official.ics").Calendar;

        Assert.Empty(CalendarDifferences.Differences(official, again));
        Assert.Equal(official.Id, again.Id);
        Assert.Equal(official.Name, again.Name);
        Assert.Equal(26, again.Sources.Count);
    }

    [Fact]
    public void A_holiday_is_one_all_day_event_with_an_exclusive_end_and_a_make_up_day_one_event_of_one_day()
    {
        var ics = CalendarIcs.Write(CalendarTestData.Official());

        var unfolded = ics.Replace("\r\n ", string.Empty, StringComparison.Ordinal);
        Assert.Contains("DTEND;VALUE=DATE:20240218\r\n", unfolded, StringComparison.Ordinal);
        Assert.Contains("DTSTART;VALUE=DATE:20240210\r\n", unfolded, StringComparison.Ordinal);
        Assert.Contains("SUMMARY:春节 | Spring Festival\r\n", unfolded, StringComparison.Ordinal);
        Assert.Contains("SUMMARY:春节 调休上班 | Spring Festival make-up working day\r\n", unfolded, StringComparison.Ordinal);
        Assert.Contains("UID:20240204-workday-cn-official@powergovernance\r\n", unfolded, StringComparison.Ordinal);
        Assert.Contains("X-POWERGOVERNANCE-COVERAGE:2004-01-01/2026-12-31\r\n", unfolded, StringComparison.Ordinal);
        Assert.Contains("X-POWERGOVERNANCE-WEEKEND:Saturday Sunday\r\n", unfolded, StringComparison.Ordinal);
        Assert.Contains("X-WR-CALNAME:中国法定节假日安排（国务院办公厅） | China official holiday arrangements (State Council General Office)\r\n", unfolded, StringComparison.Ordinal);
        // The latest source is the 2026 notice, issued 2025-11-04 (cn-official.txt).
        Assert.Contains("DTSTAMP:20251104T000000Z\r\n", unfolded, StringComparison.Ordinal);
        Assert.Equal(ics, CalendarIcs.Write(CalendarTestData.Official()));
        Assert.Equal(CalendarTestData.Official().GetEntries().Count, unfolded.Split("BEGIN:VEVENT").Length - 1);
    }

    [Fact]
    public void Read_records_the_source_name_and_the_SHA256_of_the_exact_bytes()
    {
        var bytes = Encoding.UTF8.GetBytes(CalendarIcs.Write(CalendarTestData.Official()));
        using var stream = new MemoryStream(bytes);

        var loaded = CalendarIcs.Read(stream, "official.ics");

        Assert.Equal(("official.ics", CalendarIcs.FormatName), (loaded.SourceName, loaded.Format));
        Assert.Equal(Convert.ToHexString(SHA256.HashData(bytes)).ToLowerInvariant(), loaded.Sha256);
    }

    [Fact]
    public void A_hand_written_file_with_ignored_properties_reads()
    {
        var ics = Header + "X-WR-TIMEZONE:Asia/Shanghai\r\n"
            + Event("20241001", "20241008", "HOLIDAY", "国庆节 | National Day", "UID:a\r\nDTSTAMP:20231025T000000Z\r\nX-MICROSOFT-CDO-ALLDAYEVENT:TRUE\r\nBEGIN:VALARM\r\nACTION:DISPLAY\r\nTRIGGER:-PT1H\r\nEND:VALARM\r\n")
            + Event("20240929", "20240930", "WORKDAY", "国庆节 调休上班 | National Day make-up working day")
            + "END:VCALENDAR\r\n";

        var calendar = CalendarIcs.Read(ics, "hand.ics").Calendar;

        Assert.Equal(DayType.Holiday, calendar.GetDayType(new LocalDate(2024, 10, 7)));
        Assert.Equal(DayType.WorkingWeekday, calendar.GetDayType(new LocalDate(2024, 10, 8)));
        Assert.Equal(DayType.MakeUpWorkingDay, calendar.GetDayType(new LocalDate(2024, 9, 29)));
        Assert.Equal(new HolidayName("国庆节", "National Day"), calendar.GetHolidayName(new LocalDate(2024, 9, 29)));
        Assert.Null(calendar.Name);
        Assert.Empty(calendar.Sources);
    }

    [Fact]
    public void Every_problem_of_a_bad_file_is_reported_at_once_with_event_property_and_line()
    {
        var ics = Header
            + Event("20241001", "20241008", "HOLIDAY", "国庆节 | National Day") // lines 7-12
            + Event("20241007", "20241009", "HOLIDAY", "国庆节 | National Day") // 13-18: overlaps
            + Event("20241009", "20241010", "WORKDAY", "国庆节 调休上班 | National Day make-up working day") // 19-24: a Wednesday
            + Event("20241012", "20241013", "WORKDAY", "国庆节 | National Day") // 25-30: summary without the make-up words
            + Event("20250101", "20250102", "HOLIDAY", "元旦 | New Year's Day") // 31-36: outside the coverage
            + Event("20241012", "20241013", "OTHER", "x | y", "RRULE:FREQ=YEARLY\r\n") // 37-43
            + "BEGIN:VTODO\r\nSUMMARY:x\r\nEND:VTODO\r\n" // 44-46
            + "END:VCALENDAR\r\n";

        var e = Refused(ics);

        Assert.Equal(
            [
                (CalendarRuleCodes.OverlappingHolidays, "VEVENT[1].DTSTART", 14),
                (CalendarRuleCodes.MakeUpDayNotWeekend, "VEVENT[2].DTSTART", 20),
                (CalendarRuleCodes.InvalidName, "VEVENT[3].SUMMARY", 28),
                (CalendarRuleCodes.OutsideCoverage, "VEVENT[4].DTSTART", 32),
                (CalendarRuleCodes.InvalidValue, "VEVENT[5].CATEGORIES", 41),
                (CalendarRuleCodes.UnknownProperty, "VEVENT[5].RRULE", 42),
                (CalendarRuleCodes.UnknownProperty, "VTODO", 44),
            ],
            e.Findings.Select(p => (p.Code, p.Path, p.Line ?? 0)));
        Assert.Contains("VEVENT[0] (line 8)", e.Findings[0].Message, StringComparison.Ordinal);
        Assert.Contains("2024-10-09 is a Wednesday", e.Findings[1].Message, StringComparison.Ordinal);
        Assert.All(e.Findings, p => Assert.False(string.IsNullOrEmpty(p.ChineseMessage)));
        Assert.Equal("t", e.CalendarId);
    }

    [Fact]
    public void A_value_Ical_Net_cannot_read_becomes_a_located_problem_instead_of_its_exception()
    {
        // Ical.Net 5.2.4 throws ArgumentOutOfRangeException on the impossible dates 2024-13-10 and 2024-13-11,
        // at the first one; both are reported.
        var ics = Header + Event("20241310", "20241311", "HOLIDAY", "x | y") + "END:VCALENDAR\r\n";

        var e = Refused(ics);

        Assert.Equal(
            [(CalendarRuleCodes.InvalidValue, "VEVENT[0].DTSTART", 8, "20241310"), (CalendarRuleCodes.InvalidValue, "VEVENT[0].DTEND", 9, "20241311")],
            e.Findings.Select(p => (p.Code, p.Path, p.Line ?? 0, p.AttemptedValue)));
        Assert.All(e.Findings, p => Assert.StartsWith("Ical.Net cannot read this value", p.Message, StringComparison.Ordinal));
    }

    [Fact]
    public void Only_the_value_Ical_Net_cannot_read_is_blamed_even_next_to_text_with_braces()
    {
        var ics = Header + Event("20241001", "2024-10-08", "HOLIDAY", "国庆节 {0} | National Day {1}") + "END:VCALENDAR\r\n";

        var problem = Assert.Single(Refused(ics).Findings);

        Assert.Equal(("VEVENT[0].DTEND", 9), (problem.Path, problem.Line ?? 0));
    }

    [Theory]
    [InlineData("", CalendarRuleCodes.Syntax, 1)]
    [InlineData("BEGIN:VCALENDAR\r\nthis is not a content line\r\nEND:VCALENDAR\r\n", CalendarRuleCodes.Syntax, 2)]
    [InlineData("BEGIN:VCALENDAR\r\nBEGIN:VEVENT\r\nEND:VTODO\r\nEND:VCALENDAR\r\n", CalendarRuleCodes.Syntax, 3)]
    [InlineData("BEGIN:VCALENDAR\r\nEND:VCALENDAR\r\nBEGIN:VCALENDAR\r\nEND:VCALENDAR\r\n", CalendarRuleCodes.Syntax, 3)]
    [InlineData("BEGIN:VCALENDAR\r\nVERSION:2.0\r\n", CalendarRuleCodes.Syntax, 0)]
    [InlineData("BEGIN:VCALENDAR\r\nVERSION:2.0\r\nEND:VCALENDAR\r\n", CalendarRuleCodes.MissingProperty, 1)]
    public void A_structurally_bad_file_names_the_broken_rule(string ics, string rule, int line)
    {
        Assert.Contains(Refused(ics).Findings, p => p.Code == rule && (p.Line ?? 0) == line);
    }

    [Theory]
    [InlineData("DTSTART:20241001T090000\r\nDTEND;VALUE=DATE:20241002\r\nSUMMARY:x | y\r\nCATEGORIES:HOLIDAY\r\n", CalendarRuleCodes.InvalidValue, "VEVENT[0].DTSTART")]
    [InlineData("DTSTART;VALUE=DATE:20241001\r\nDTEND;VALUE=DATE:20241001\r\nSUMMARY:x | y\r\nCATEGORIES:HOLIDAY\r\n", CalendarRuleCodes.InvalidValue, "VEVENT[0].DTEND")]
    [InlineData("DTSTART;VALUE=DATE:20240929\r\nDTEND;VALUE=DATE:20241001\r\nSUMMARY:x 调休上班 | y make-up working day\r\nCATEGORIES:WORKDAY\r\n", CalendarRuleCodes.InvalidValue, "VEVENT[0].DTEND")]
    [InlineData("DTSTART;VALUE=DATE:20241001\r\nDURATION:P1D\r\nSUMMARY:x | y\r\nCATEGORIES:HOLIDAY\r\n", CalendarRuleCodes.MissingProperty, "VEVENT[0].DTEND")]
    [InlineData("DTSTART;VALUE=DATE:20241001\r\nDTSTART;VALUE=DATE:20241002\r\nDTEND;VALUE=DATE:20241003\r\nSUMMARY:x | y\r\nCATEGORIES:HOLIDAY\r\n", CalendarRuleCodes.DuplicateProperty, "VEVENT[0].DTSTART")]
    [InlineData("DTSTART;VALUE=DATE:20241001\r\nDTEND;VALUE=DATE:20241002\r\nSUMMARY:no bar\r\nCATEGORIES:HOLIDAY\r\n", CalendarRuleCodes.InvalidName, "VEVENT[0].SUMMARY")]
    public void A_bad_event_names_the_property_and_rule(string properties, string rule, string field)
    {
        var ics = Header + "BEGIN:VEVENT\r\n" + properties + "END:VEVENT\r\nEND:VCALENDAR\r\n";

        Assert.Contains(Refused(ics).Findings, p => p.Code == rule && p.Path == field && p.Line is not null);
    }

    [Fact]
    public void Bad_calendar_properties_are_located()
    {
        const string ics = "BEGIN:VCALENDAR\r\nVERSION:3.0\r\nX-POWERGOVERNANCE-ID:t\r\nX-POWERGOVERNANCE-COVERAGE:2024-12-31/2024-01-01\r\nX-POWERGOVERNANCE-WEEKEND:Sat Sunday\r\nX-POWERGOVERNANCE-SOURCE:2024 someday title\r\nX-POWERGOVERNANCE-COLOUR:red\r\nEND:VCALENDAR\r\n";

        var e = Refused(ics);

        Assert.Equal(
            [
                (CalendarRuleCodes.InvalidValue, 2),
                (CalendarRuleCodes.ReversedRange, 4),
                (CalendarRuleCodes.InvalidWeekday, 5),
                (CalendarRuleCodes.Syntax, 6),
                (CalendarRuleCodes.UnknownProperty, 7),
            ],
            e.Findings.Select(p => (p.Code, p.Line ?? 0)).OrderBy(p => p.Item2));
    }

    [Fact]
    public void Write_refuses_a_bar_in_a_Chinese_name()
    {
        var calendar = new WorkingCalendarBuilder("t").WithCoverage(new LocalDate(2024, 1, 1), new LocalDate(2024, 1, 31)).AddHoliday(new LocalDate(2024, 1, 1), new HolidayName("元|旦", "x")).Build();

        Assert.Throws<ArgumentException>(() => CalendarIcs.Write(calendar));
    }

    [Fact]
    public void Input_over_16_MiB_is_refused_unread()
    {
        using var stream = new MemoryStream(new byte[LoadedCalendar.MaxInputBytes + 1]);

        Assert.Equal(CalendarRuleCodes.InputTooLarge, Assert.Single(Assert.Throws<InvalidCalendarException>(() => CalendarIcs.Read(stream, "big.ics")).Findings).Code);
    }
}
