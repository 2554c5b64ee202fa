using NodaTime;
using PowerGovernance.Calendars;
using Spectre.Console;

namespace PowerGovernance.Samples.ConsoleHost;

/// <summary>Shows working-day deadlines across National Day 2024 and the Spring Festival.</summary>
internal static class CalendarDemo
{
    public static void Run(Narrator narrator, IWorkingCalendar calendar)
    {
        var terms = narrator.Terms;
        narrator.Heading("1. Working-day calendar", "1. 工作日历");
        var name = calendar is WorkingCalendar named ? named.Name : null;
        narrator.Line(
            $"Calendar '{calendar.Id}'" + (name is null ? string.Empty : ": " + name),
            $"日历“{calendar.Id}”" + (name is null ? string.Empty : "：" + name));
        narrator.Line(
            $"Known dates: {calendar.Coverage.Start:uuuu-MM-dd} to {calendar.Coverage.End:uuuu-MM-dd}",
            $"已知日期：{calendar.Coverage.Start:uuuu-MM-dd} 至 {calendar.Coverage.End:uuuu-MM-dd}");
        narrator.Line();

        // An appeal received on Friday 2024-09-27 with 15 working days, across National Day 2024.
        var received = new LocalDate(2024, 9, 27);
        var limit = TimeLimit.WorkingDays(15);
        var deadline = calendar.Deadline(received, limit);
        narrator.Line(
            $"An appeal received on {received:uuuu-MM-dd} with {limit} is due on {deadline.DueDate:uuuu-MM-dd} ({terms.Weekday(deadline.DueDate.DayOfWeek)}); the period ends at {deadline.End} (24:00 {deadline.Zone.Id}).",
            $"{received:uuuu-MM-dd}收到的申诉，期限{terms.Limit(limit)}，届满日为{deadline.DueDate:uuuu-MM-dd}（{terms.Weekday(deadline.DueDate.DayOfWeek)}），期限至该日24时（{deadline.Zone.Id}）届满，即 {deadline.End}。");

        var days = narrator.Table(("Date", "日期"), ("Weekday", "星期"), ("Day type", "日期类型"), ("Holiday", "节假日"));
        for (var day = new LocalDate(2024, 9, 27); day <= new LocalDate(2024, 10, 13); day = day.PlusDays(1))
        {
            days.AddRow(
                day.ToString("uuuu-MM-dd", null),
                terms.Weekday(day.DayOfWeek),
                terms.DayType(calendar.GetDayType(day)),
                Markup.Escape(terms.Holiday(calendar.GetHolidayName(day))));
        }

        narrator.Write(days);
        narrator.Line("Why that day:", "期限说明：");
        narrator.Line(calendar.ExplainDueDate(received, limit).ToString(narrator.Explanation).TrimEnd('\n'));
        narrator.Line();

        // A natural-day limit whose last day falls in the Spring Festival 2024 holiday rolls forward.
        var notified = new LocalDate(2024, 1, 26);
        var fineLimit = TimeLimit.NaturalDays(15);
        var payable = calendar.DueDate(notified, fineLimit);
        narrator.Line(
            $"A fine notified on {notified:uuuu-MM-dd} with {fineLimit} is payable until {payable:uuuu-MM-dd} (the 15th day, 2024-02-10, is in the Spring Festival holiday).",
            $"{notified:uuuu-MM-dd}告知的罚款，缴纳期限{terms.Limit(fineLimit)}，可缴至{payable:uuuu-MM-dd}（第15日2024-02-10在春节假期内，顺延）。");

        RolloverDemo.Run(narrator, calendar);
        narrator.Line();
    }
}
