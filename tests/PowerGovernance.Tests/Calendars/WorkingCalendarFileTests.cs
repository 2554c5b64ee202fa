using System;
using System.IO;
using System.Linq;
using System.Text;
using NodaTime;
using PowerGovernance.Calendars;

namespace PowerGovernance.Tests.Calendars;

public class WorkingCalendarFileTests
{
    private const string Good = """
        # A small calendar
        calendar test-file
        name 测试日历 | Test calendar
        weekend Saturday Sunday
        coverage 2024-09-01 2024-10-31

        source 2024 2023-10-25 国务院办公厅关于2024年部分节假日安排的通知（国办发明电〔2023〕7号）
        holiday 2024-09-15..2024-09-17 中秋节 | Mid-Autumn Festival
        workday 2024-09-14 中秋节 | Mid-Autumn Festival
        holiday 2024-10-01..2024-10-07 国庆节 | National Day
        workday 2024-09-29 国庆节 | National Day
        workday 2024-10-12 国庆节 | National Day
        """;

    [Fact]
    public void A_well_formed_file_reads_into_the_same_calendar_the_builder_makes()
    {
        var calendar = WorkingCalendar.Parse(Good);

        Assert.Equal("test-file", calendar.Id);
        Assert.Equal("测试日历 | Test calendar", calendar.Name);
        Assert.Equal(new DateInterval(new LocalDate(2024, 9, 1), new LocalDate(2024, 10, 31)), calendar.Coverage);
        var source = Assert.Single(calendar.Sources);
        Assert.Equal(2024, source.Year);
        Assert.Equal(new LocalDate(2023, 10, 25), source.Issued);
        Assert.Equal(new HolidayName("中秋节", "Mid-Autumn Festival"), calendar.GetHolidayName(new LocalDate(2024, 9, 16)));
        Assert.Equal(DayType.MakeUpWorkingDay, calendar.GetDayType(new LocalDate(2024, 9, 14)));

        var built = SampleCalendars.Autumn2024();
        for (var day = new LocalDate(2024, 9, 18); day <= new LocalDate(2024, 10, 31); day = day.PlusDays(1))
        {
            Assert.Equal(built.GetDayType(day), calendar.GetDayType(day));
        }
    }

    [Fact]
    public void A_stream_with_a_byte_order_mark_and_CRLF_reads_the_same()
    {
        var bytes = new UTF8Encoding(encoderShouldEmitUTF8Identifier: true).GetPreamble()
            .Concat(Encoding.UTF8.GetBytes(Good.Replace("\n", "\r\n", StringComparison.Ordinal)))
            .ToArray();
        using var stream = new MemoryStream(bytes);

        var calendar = WorkingCalendar.Load(stream);

        Assert.Equal("test-file", calendar.Id);
        Assert.Equal(WorkingCalendar.Parse(Good).WorkingDayCount, calendar.WorkingDayCount);
    }

    [Fact]
    public void A_bad_file_reports_every_problem_with_its_line_number()
    {
        const string bad = """
            calendar test-bad
            coverage 2024-01-01 2024-12-31
            weekend Saturday Caturday
            holiday 2024-02-30 春节 | Spring Festival
            holiday 2024-05-01..2024-05-05 劳动节
            workday 2024-05-06 劳动节 | Labour Day
            holiday 2024-10-01..2024-10-07 国庆节 | National Day
            holiday 2024-10-07 重阳节 | Double Ninth
            vacation 2024-12-25 圣诞 | Christmas
            coverage 2024-01-01 2025-12-31
            source twenty 2023-10-25 通知
            """;

        var error = Assert.Throws<InvalidCalendarException>(() => WorkingCalendar.Parse(bad));

        Assert.Equal("test-bad", error.CalendarId);
        Assert.Equal(
            [
                (3, CalendarRuleCodes.InvalidWeekday),
                (4, CalendarRuleCodes.InvalidDate),
                (5, CalendarRuleCodes.InvalidName),
                (6, CalendarRuleCodes.MakeUpDayNotWeekend),
                (8, CalendarRuleCodes.OverlappingHolidays),
                (9, CalendarRuleCodes.Syntax),
                (10, CalendarRuleCodes.DuplicateDirective),
                (11, CalendarRuleCodes.Syntax),
            ],
            error.Findings.Select(p => (p.Line!.Value, p.Code)));
        Assert.Contains("line 3: weekend = 'Caturday': [InvalidWeekday]", error.Message, StringComparison.Ordinal);
        Assert.Contains("line 4: holiday = '2024-02-30': [InvalidDate]", error.Message, StringComparison.Ordinal);
        Assert.Contains("line 8:", error.Message, StringComparison.Ordinal);
        Assert.Contains("(line 7)", error.Message, StringComparison.Ordinal);
        Assert.Contains("it already appears on line 2", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_file_without_calendar_or_coverage_lines_says_so()
    {
        var error = Assert.Throws<InvalidCalendarException>(() => WorkingCalendar.Parse("# nothing here\n"));

        Assert.Equal([CalendarRuleCodes.CoverageRequired, CalendarRuleCodes.IdRequired], error.Findings.Select(p => p.Code).Order());
        Assert.Contains("'calendar <id>'", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Null_input_is_an_argument_error()
    {
        Assert.Throws<ArgumentNullException>(() => WorkingCalendar.Parse(null!));
        Assert.Throws<ArgumentNullException>(() => WorkingCalendar.Load((Stream)null!));
        Assert.Throws<ArgumentNullException>(() => WorkingCalendar.Load((TextReader)null!));
    }
}
