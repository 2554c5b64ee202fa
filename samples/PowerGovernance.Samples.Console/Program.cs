using System;
using System.Text;
using NodaTime;
using PowerGovernance.Calendars;
using PowerGovernance.Calendars.China;

// PowerGovernance sample host. For now it demonstrates the working-day calendar only; the catalog,
// procedure engine and supervision arrive with later releases (see README.md "Status").
Console.OutputEncoding = Encoding.UTF8;
var calendar = ChinaCalendars.Official;
Console.WriteLine($"Calendar '{calendar.Id}': {calendar.Name}");
Console.WriteLine($"Known dates: {calendar.Coverage.Start:uuuu-MM-dd} to {calendar.Coverage.End:uuuu-MM-dd}");
Console.WriteLine();

// 1. An appeal received on Friday 2024-09-27 with 15 working days, across National Day 2024.
var received = new LocalDate(2024, 9, 27);
var limit = TimeLimit.WorkingDays(15);
var deadline = calendar.Deadline(received, limit);
Console.WriteLine($"An appeal received on {received:uuuu-MM-dd} with {limit} is due on {deadline.DueDate:uuuu-MM-dd} ({deadline.DueDate.DayOfWeek}).");
Console.WriteLine($"The period ends at {deadline.End} (24:00 {deadline.Zone.Id}).");
Console.WriteLine();
Console.WriteLine("Day types around National Day 2024:");
for (var day = new LocalDate(2024, 9, 27); day <= new LocalDate(2024, 10, 13); day = day.PlusDays(1))
{
    var name = calendar.GetHolidayName(day);
    Console.WriteLine($"  {day:uuuu-MM-dd} {day.DayOfWeek,-9} {calendar.GetDayType(day),-16} {name?.ToString() ?? string.Empty}");
}

Console.WriteLine();
Console.WriteLine("Why that day (English):");
var explanation = calendar.ExplainDueDate(received, limit);
Console.Write(explanation.ToString(ExplanationLanguage.English));
Console.WriteLine();
Console.WriteLine("期限说明（中文）:");
Console.Write(explanation.ToString(ExplanationLanguage.SimplifiedChinese));
Console.WriteLine();

// 2. A natural-day limit whose last day falls in the Spring Festival 2024 holiday rolls forward.
var fineNotice = new LocalDate(2024, 1, 26);
var fineLimit = TimeLimit.NaturalDays(15);
Console.WriteLine($"A fine notified on {fineNotice:uuuu-MM-dd} with {fineLimit} is payable until {calendar.DueDate(fineNotice, fineLimit):uuuu-MM-dd}:");
Console.Write(calendar.ExplainDueDate(fineNotice, fineLimit).ToString(ExplanationLanguage.English));
Console.WriteLine();

// 3. A date outside the known years is an error, never a guess.
try
{
    calendar.AddWorkingDays(new LocalDate(2026, 12, 28), 5);
}
catch (CalendarCoverageException e)
{
    Console.WriteLine("Asking past the known years fails loudly:");
    Console.WriteLine("  " + e.Message.Split(Environment.NewLine)[0]);
}
