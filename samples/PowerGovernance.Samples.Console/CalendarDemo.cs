using System;
using NodaTime;
using PowerGovernance.Calendars;
using Spectre.Console;

namespace PowerGovernance.Samples.ConsoleHost;

/// <summary>Shows working-day deadlines across National Day 2024 and the Spring Festival.</summary>
internal static class CalendarDemo
{
    public static void Run(IWorkingCalendar calendar)
    {
        AnsiConsole.Write(new Rule("1. Working-day calendar 工作日历"));
        AnsiConsole.WriteLine($"Calendar '{calendar.Id}'" + (calendar is WorkingCalendar named ? ": " + named.Name : string.Empty));
        AnsiConsole.WriteLine($"Known dates: {calendar.Coverage.Start:uuuu-MM-dd} to {calendar.Coverage.End:uuuu-MM-dd}");
        AnsiConsole.WriteLine();

        // An appeal received on Friday 2024-09-27 with 15 working days, across National Day 2024.
        var received = new LocalDate(2024, 9, 27);
        var limit = TimeLimit.WorkingDays(15);
        var deadline = calendar.Deadline(received, limit);
        AnsiConsole.WriteLine($"An appeal received on {received:uuuu-MM-dd} with {limit} is due on {deadline.DueDate:uuuu-MM-dd} ({deadline.DueDate.DayOfWeek}); the period ends at {deadline.End} (24:00 {deadline.Zone.Id}).");

        var days = new Table().AddColumns("Date", "Weekday", "Day type", "Holiday");
        for (var day = new LocalDate(2024, 9, 27); day <= new LocalDate(2024, 10, 13); day = day.PlusDays(1))
        {
            days.AddRow(
                day.ToString("uuuu-MM-dd", null),
                day.DayOfWeek.ToString(),
                calendar.GetDayType(day).ToString(),
                Markup.Escape(calendar.GetHolidayName(day)?.ToString() ?? string.Empty));
        }

        AnsiConsole.Write(days);
        var explanation = calendar.ExplainDueDate(received, limit);
        AnsiConsole.WriteLine("Why that day:");
        AnsiConsole.Write(new Text(explanation.ToString(ExplanationLanguage.English)));
        AnsiConsole.WriteLine("期限说明：");
        AnsiConsole.Write(new Text(explanation.ToString(ExplanationLanguage.SimplifiedChinese)));
        AnsiConsole.WriteLine();

        // A natural-day limit whose last day falls in the Spring Festival 2024 holiday rolls forward.
        var notified = new LocalDate(2024, 1, 26);
        var fineLimit = TimeLimit.NaturalDays(15);
        AnsiConsole.WriteLine($"A fine notified on {notified:uuuu-MM-dd} with {fineLimit} is payable until {calendar.DueDate(notified, fineLimit):uuuu-MM-dd} (the 15th day, 2024-02-10, is in the Spring Festival holiday).");

        RolloverDemo.Run(calendar);
        AnsiConsole.WriteLine();
    }
}
