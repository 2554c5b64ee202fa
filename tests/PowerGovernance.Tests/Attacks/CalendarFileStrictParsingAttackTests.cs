using System;
using System.IO;
using System.Linq;
using System.Text;
using NodaTime;
using PowerGovernance.Calendars;

namespace PowerGovernance.Tests.Attacks;

/// <summary>
/// Issue 14, finding 5 (calendar files): a calendar file is read strictly. Weekday lists cannot silently become a flag
/// combination, a bare <c>weekend</c> line does not mean "no weekend", nothing may follow a date (not even after a NUL),
/// and bytes that are not UTF-8 are an error located by line and byte offset, never U+FFFD.
/// </summary>
public class CalendarFileStrictParsingAttackTests
{
    private const string Head = "calendar attack\ncoverage 2024-01-01 2024-12-31\n";

    private static InvalidCalendarException Refused(string text) =>
        Assert.Throws<InvalidCalendarException>(() => WorkingCalendar.Parse(text));

    [Fact]
    public void Weekend_days_separated_by_a_comma_are_refused_not_read_as_Sunday_alone()
    {
        var error = Refused(Head + "weekend Saturday,Sunday\n");

        var finding = Assert.Single(error.Findings);
        Assert.Equal(CalendarRuleCodes.InvalidWeekday, finding.Code);
        Assert.Equal(3, finding.Line);
        Assert.Equal("Saturday,Sunday", finding.AttemptedValue);
        Assert.Contains("not commas", finding.Message, StringComparison.Ordinal);
        Assert.Contains("逗号", finding.ChineseMessage, StringComparison.Ordinal);
    }

    [Fact]
    public void A_bare_weekend_line_is_refused_not_read_as_no_weekend()
    {
        var error = Refused(Head + "weekend\n");

        var finding = Assert.Single(error.Findings);
        Assert.Equal(CalendarRuleCodes.InvalidWeekday, finding.Code);
        Assert.Equal(3, finding.Line);
        Assert.Contains("weekend none", finding.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Weekend_none_states_a_calendar_without_weekend_days_and_is_what_the_writer_writes()
    {
        var calendar = WorkingCalendar.Parse(Head + "weekend none\n");

        Assert.Empty(calendar.WeekendDays);
        Assert.True(calendar.IsWorkingDay(new LocalDate(2024, 1, 6)));
        Assert.Contains("\nweekend none\n", calendar.ToText(), StringComparison.Ordinal);
        Assert.Empty(WorkingCalendar.Parse(calendar.ToText()).WeekendDays);
    }

    [Theory]
    [InlineData("weekend saturday", "saturday")]
    [InlineData("weekend Saturday Saturday", "Saturday")]
    [InlineData("weekend 6", "6")]
    [InlineData("weekend Saturday none", "none")]
    [InlineData("weekend Saturday|Sunday", "Saturday|Sunday")]
    public void Weekday_names_must_be_exact_and_listed_once(string line, string value)
    {
        var error = Refused(Head + line + "\n");

        var finding = Assert.Single(error.Findings);
        Assert.Equal(CalendarRuleCodes.InvalidWeekday, finding.Code);
        Assert.Equal(value, finding.AttemptedValue);
    }

    [Theory]
    [InlineData("holiday 2024-05-01\0junk 劳动节 | Labour Day")]
    [InlineData("workday 2024-04-28\0junk 劳动节 | Labour Day")]
    [InlineData("source 2024 2023-10-25\0junk 通知")]
    [InlineData("holiday 2024-05-01\0 劳动节 | Labour Day")]
    public void A_NUL_after_a_date_does_not_end_the_text(string line)
    {
        var error = Refused(Head + line + "\n");

        var finding = Assert.Single(error.Findings);
        Assert.Equal(3, finding.Line);
        Assert.Contains("U+0000", finding.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("coverage 2024-01-01 2024-12-31\0junk")]
    [InlineData("coverage 2024-01-01 2024-12-31\u0001")]
    public void A_control_character_in_the_coverage_line_is_refused(string line)
    {
        var error = Refused("calendar attack\n" + line + "\n");

        Assert.Contains(error.Findings, f => f.Code == CalendarRuleCodes.Syntax && f.Line == 2);
    }

    [Theory]
    [InlineData("holiday ２０２４-05-01 劳动节 | Labour Day")]
    [InlineData("holiday +2024-05-01 劳动节 | Labour Day")]
    [InlineData("holiday 2024-5-1 劳动节 | Labour Day")]
    [InlineData("holiday 02024-05-01 劳动节 | Labour Day")]
    public void A_date_is_exactly_yyyy_MM_dd_in_ASCII_digits(string line)
    {
        var error = Refused(Head + line + "\n");

        Assert.Equal(CalendarRuleCodes.InvalidDate, Assert.Single(error.Findings).Code);
    }

    [Fact]
    public void Invalid_UTF8_in_a_stream_is_an_error_with_its_line_and_byte_offset_not_U_FFFD()
    {
        var bytes = Encoding.UTF8.GetBytes(Head + "holiday 2024-05-01 劳动节 | Labour Day\n").ToList();
        var offset = Encoding.UTF8.GetByteCount(Head + "holiday 2024-05-01 劳动");
        bytes.Insert(offset, 0xFF);

        var error = Assert.Throws<InvalidCalendarException>(() => WorkingCalendar.Load(new MemoryStream(bytes.ToArray())));

        var finding = Assert.Single(error.Findings);
        Assert.Equal(CalendarRuleCodes.InvalidEncoding, finding.Code);
        Assert.Equal(3, finding.Line);
        Assert.Equal("0xFF" + Convert.ToHexString(bytes.Skip(offset + 1).Take(3).ToArray()), finding.AttemptedValue);
        Assert.Contains("byte offset " + offset, finding.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("\uFFFD", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Invalid_UTF8_is_refused_by_LoadedCalendar_too_with_the_offset_counting_the_byte_order_mark()
    {
        var bytes = new byte[] { 0xEF, 0xBB, 0xBF }.Concat(Encoding.UTF8.GetBytes(Head)).Concat(new byte[] { 0xC3, 0x28, (byte)'\n' }).ToArray();

        var error = Assert.Throws<InvalidCalendarException>(() => LoadedCalendar.Load(new MemoryStream(bytes), "attack.txt"));

        var finding = Assert.Single(error.Findings);
        Assert.Equal(CalendarRuleCodes.InvalidEncoding, finding.Code);
        Assert.Equal(3, finding.Line);
        Assert.Contains("byte offset " + (bytes.Length - 3), finding.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_UTF16_file_is_refused_as_not_UTF8_rather_than_decoded_by_its_byte_order_mark()
    {
        var bytes = Encoding.Unicode.GetPreamble().Concat(Encoding.Unicode.GetBytes(Head + "weekend Saturday Sunday\n")).ToArray();

        var error = Assert.Throws<InvalidCalendarException>(() => WorkingCalendar.Load(new MemoryStream(bytes)));

        Assert.Equal(CalendarRuleCodes.InvalidEncoding, Assert.Single(error.Findings).Code);
    }

    [Fact]
    public void An_unpaired_surrogate_in_a_text_is_refused_with_its_line()
    {
        var error = Refused(Head + "holiday 2024-05-01 劳动节\uD800 | Labour Day\n");

        var finding = Assert.Single(error.Findings);
        Assert.Equal(3, finding.Line);
        Assert.Contains("U+D800", finding.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_byte_order_mark_and_CR_LF_line_ends_are_still_read()
    {
        var calendar = WorkingCalendar.Load(new MemoryStream(Encoding.UTF8.GetPreamble().Concat(Encoding.UTF8.GetBytes(Head.Replace("\n", "\r\n", StringComparison.Ordinal) + "holiday 2024-05-01 劳动节 | Labour Day\r\n")).ToArray()));

        Assert.Equal("attack", calendar.Id);
        Assert.Equal(DayType.Holiday, calendar.GetDayType(new LocalDate(2024, 5, 1)));
    }
}
