using System;
using System.IO;
using System.Linq;
using System.Text;
using PowerGovernance.Calendars;

namespace PowerGovernance.Serialization.Tests.Attacks;

/// <summary>
/// Issue 14, finding 5 (calendar inputs): the iCalendar and holiday-cn readers are as strict as the calendar file reader.
/// Weekday lists are not flag combinations, nothing follows a date (not even after a NUL), control characters are
/// refused, invalid UTF-8 is located by line and byte offset (never U+FFFD), an unpaired surrogate is an import error
/// (never an <see cref="InvalidOperationException"/> or <see cref="ArgumentException"/>), and a duplicate JSON property is refused.
/// </summary>
public class CalendarInputStrictParsingAttackTests
{
    private const string Head = "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//t//t//EN\r\nX-POWERGOVERNANCE-ID:t\r\n";
    private const string Coverage = "X-POWERGOVERNANCE-COVERAGE:2024-01-01/2024-12-31\r\n";
    private const string Weekend = "X-POWERGOVERNANCE-WEEKEND:Saturday Sunday\r\n";
    private const string End = "END:VCALENDAR\r\n";
    private const string Labour = "BEGIN:VEVENT\r\nDTSTART;VALUE=DATE:20240501\r\nDTEND;VALUE=DATE:20240502\r\nSUMMARY:劳动节 | Labour Day\r\nCATEGORIES:HOLIDAY\r\nEND:VEVENT\r\n";

    private static InvalidCalendarException RefusedIcs(string ics) =>
        Assert.Throws<InvalidCalendarException>(() => CalendarIcs.Read(ics, "attack.ics"));

    private static InvalidCalendarException RefusedJson(string json) =>
        Assert.Throws<InvalidCalendarException>(() => HolidayCnJson.Read(json, "attack.json"));

    private static string Year(string days) => "{\"year\": 2024, \"papers\": [], \"days\": [" + days + "]}";

    [Fact]
    public void An_iCalendar_weekend_with_a_comma_is_refused_not_read_as_Sunday_alone()
    {
        var error = RefusedIcs(Head + Coverage + "X-POWERGOVERNANCE-WEEKEND:Saturday,Sunday\r\n" + End);

        var finding = Assert.Single(error.Findings);
        Assert.Equal(CalendarRuleCodes.InvalidWeekday, finding.Code);
        Assert.Equal(6, finding.Line);
        Assert.Contains("not commas", finding.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Saturday Saturday")]
    [InlineData("saturday")]
    [InlineData("Saturday, Sunday")]
    public void iCalendar_weekday_names_are_exact_and_listed_once(string days)
    {
        var error = RefusedIcs(Head + Coverage + "X-POWERGOVERNANCE-WEEKEND:" + days + "\r\n" + End);

        Assert.Equal(CalendarRuleCodes.InvalidWeekday, Assert.Single(error.Findings).Code);
    }

    [Theory]
    [InlineData("X-POWERGOVERNANCE-COVERAGE:2024-01-01/2024-12-31\0junk\r\n")]
    [InlineData("X-POWERGOVERNANCE-COVERAGE:2024-01-01\0/2024-12-31\r\n")]
    public void A_NUL_in_an_iCalendar_coverage_is_refused(string coverage)
    {
        var error = RefusedIcs(Head + coverage + Weekend + End);

        Assert.Contains(error.Findings, f => f.Code == CalendarRuleCodes.Syntax && f.Line == 5);
    }

    [Fact]
    public void An_iCalendar_source_date_must_be_exact()
    {
        var error = RefusedIcs(Head + Coverage + Weekend + "X-POWERGOVERNANCE-SOURCE:2024 ２０２３-10-25 通知\r\n" + End);

        Assert.Equal(CalendarRuleCodes.Syntax, Assert.Single(error.Findings).Code);
    }

    [Fact]
    public void A_control_character_in_an_iCalendar_summary_is_refused_with_its_line()
    {
        var error = RefusedIcs(Head + Coverage + Weekend + Labour.Replace("劳动节 |", "劳动节\u0007 |", StringComparison.Ordinal) + End);

        var finding = Assert.Single(error.Findings);
        Assert.Equal(CalendarRuleCodes.Syntax, finding.Code);
        Assert.Equal(10, finding.Line);
        Assert.Contains("U+0007", finding.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Invalid_UTF8_in_an_iCalendar_stream_is_located_by_line_and_byte_offset()
    {
        var text = Head + Coverage + Weekend + Labour + End;
        var bytes = Encoding.UTF8.GetBytes(text).ToList();
        var offset = Encoding.UTF8.GetByteCount(text[..text.IndexOf("劳动节", StringComparison.Ordinal)]);
        bytes[offset] = 0xFF;

        var error = Assert.Throws<InvalidCalendarException>(() => CalendarIcs.Read(new MemoryStream(bytes.ToArray()), "attack.ics"));

        var finding = Assert.Single(error.Findings);
        Assert.Equal(CalendarRuleCodes.InvalidEncoding, finding.Code);
        Assert.Equal(10, finding.Line);
        Assert.Contains("byte offset " + offset, finding.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("\uFFFD", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void An_unpaired_surrogate_in_an_iCalendar_text_is_refused_not_encoded_as_U_FFFD()
    {
        var error = RefusedIcs(Head + Coverage + Weekend + Labour.Replace("劳动节 |", "劳动节\uDC00 |", StringComparison.Ordinal) + End);

        var finding = Assert.Single(error.Findings);
        Assert.Equal(CalendarRuleCodes.InvalidEncoding, finding.Code);
        Assert.Equal(10, finding.Line);
    }

    [Fact]
    public void A_holiday_cn_date_followed_by_an_escaped_NUL_is_refused()
    {
        var error = RefusedJson(Year("{\"name\": \"劳动节\", \"date\": \"2024-05-01\\u0000junk\", \"isOffDay\": true}"));

        var finding = Assert.Single(error.Findings);
        Assert.Equal(CalendarRuleCodes.InvalidDate, finding.Code);
        Assert.Equal("$.days[0].date", finding.Path);
    }

    [Theory]
    [InlineData("2024-5-1")]
    [InlineData("２０２４-05-01")]
    [InlineData("2024-05-01T00:00")]
    public void A_holiday_cn_date_is_exactly_yyyy_MM_dd(string date)
    {
        var error = RefusedJson(Year("{\"name\": \"劳动节\", \"date\": \"" + date + "\", \"isOffDay\": true}"));

        Assert.Equal(CalendarRuleCodes.InvalidDate, Assert.Single(error.Findings).Code);
    }

    [Fact]
    public void Invalid_UTF8_in_holiday_cn_bytes_is_located_by_line_and_byte_offset()
    {
        var text = "{\"year\": 2024,\n \"papers\": [],\n \"days\": [{\"name\": \"劳动节\", \"date\": \"2024-05-01\", \"isOffDay\": true}]}";
        var bytes = Encoding.UTF8.GetBytes(text);
        var offset = Encoding.UTF8.GetByteCount(text[..text.IndexOf("劳动节", StringComparison.Ordinal)]);
        bytes[offset + 1] = 0x41;

        var error = Assert.Throws<InvalidCalendarException>(() => HolidayCnJson.Read(new MemoryStream(bytes), "attack.json"));

        var finding = Assert.Single(error.Findings);
        Assert.Equal(CalendarRuleCodes.InvalidEncoding, finding.Code);
        Assert.Equal(3, finding.Line);
        Assert.Contains("byte offset " + offset, finding.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("{\"name\": \"劳动节\\uD800\", \"date\": \"2024-05-01\", \"isOffDay\": true}")]
    [InlineData("{\"name\": \"劳动节\", \"date\": \"2024-05-01\", \"\\uDC00\": true, \"isOffDay\": true}")]
    public void An_escaped_unpaired_surrogate_in_holiday_cn_is_an_import_error(string day)
    {
        var error = RefusedJson(Year(day));

        Assert.Equal(CalendarRuleCodes.InvalidEncoding, Assert.Single(error.Findings).Code);
    }

    [Fact]
    public void A_duplicate_holiday_cn_property_is_refused()
    {
        var error = RefusedJson(Year("{\"name\": \"劳动节\", \"date\": \"2024-05-01\", \"isOffDay\": true, \"isOffDay\": false}"));

        var finding = Assert.Single(error.Findings);
        Assert.Equal(CalendarRuleCodes.DuplicateProperty, finding.Code);
        Assert.Equal("$.days[0].isOffDay", finding.Path);
    }

    [Fact]
    public void An_unpaired_surrogate_in_a_holiday_cn_text_is_refused_not_encoded_as_U_FFFD()
    {
        var error = RefusedJson(Year("{\"name\": \"劳动节\uD800\", \"date\": \"2024-05-01\", \"isOffDay\": true}"));

        Assert.Equal(CalendarRuleCodes.InvalidEncoding, Assert.Single(error.Findings).Code);
    }
}
