using System;
using System.IO;
using System.Linq;
using NodaTime;
using PowerGovernance.Calendars;
using PowerGovernance.Calendars.China;
using PowerGovernance.Validation;
using Spectre.Console;

namespace PowerGovernance.Samples.ConsoleHost;

/// <summary>
/// The year rollover: on 2026-11-30 the 2027 notice is not out, yet cases received now are due in 2027. The
/// default calendar keeps counting with provisional 2027 days and says how sure it is; a year file is checked
/// against the holiday law and loaded without a release, and the change report shows which due dates move.
/// </summary>
internal static class RolloverDemo
{
    public static void Run(IWorkingCalendar calendar)
    {
        AnsiConsole.Write(new Rule("Year rollover 跨年：2027年安排尚未公布"));
        var received = new LocalDate(2026, 12, 20);
        var limit = TimeLimit.WorkingDays(20);
        try
        {
            ChinaCalendars.Official.DueDate(received, limit);
        }
        catch (CalendarCoverageException e)
        {
            AnsiConsole.WriteLine("The strict official calendar refuses to guess:");
            AnsiConsole.WriteLine("  " + e.Message.Split(Environment.NewLine)[0]);
        }

        var explanation = calendar.ExplainDueDateRange(received, limit);
        AnsiConsole.WriteLine($"On the default calendar '{calendar.Id}', a licence application received on {received:uuuu-MM-dd} with {limit} is due {explanation.Range}.");
        AnsiConsole.Write(new Text(string.Join('\n', explanation.ToString(ExplanationLanguage.English).Split('\n').Take(6)) + "\n"));
        AnsiConsole.Write(new Text(string.Join('\n', explanation.ToString(ExplanationLanguage.SimplifiedChinese).Split('\n').Take(6)) + "\n"));

        // The office types the notice into a year file the day it is published, checks it, and loads it.
        var path = Path.Combine(AppContext.BaseDirectory, "calendars", "cn-2027-hypothetical.txt");
        var host = HostCalendar.FromText(File.ReadAllText(path), Path.GetFileName(path));
        var findings = NoticeChecker.Check(host.Calendar, 2027);
        AnsiConsole.WriteLine($"Checked {Path.GetFileName(path)} (a HYPOTHETICAL 2027 arrangement, sha256 {host.Sha256[..12]}…) against {HolidayLawVersion.InForceIn(2027)}: {findings.Count(f => f.Severity == FindingSeverity.Error)} error(s), {findings.Count(f => f.Severity == FindingSeverity.Warning)} warning(s).");
        foreach (var finding in findings.Take(5))
        {
            AnsiConsole.WriteLine($"  {finding.Severity} {finding.Code} {finding.Path}: {finding.Message} / {finding.ChineseMessage}");
        }

        var withYear = ChinaCalendars.Create([host]);
        var changed = CalendarComparison.ChangedDays(calendar, withYear).Where(d => d.WorkingChanged).ToList();
        AnsiConsole.WriteLine($"Loaded: 2027 is now {withYear.Provenance.Single(p => p.Year == 2027).Kind}; {changed.Count} day(s) of 2027 changed between working and rest, e.g. {string.Join(", ", changed.Take(4).Select(d => $"{d.Date:uuuu-MM-dd} {d.OldType}→{d.NewType}"))}.");
        AnsiConsole.WriteLine($"The same application is now due {withYear.DueDateRange(received, limit)}.");
        AnsiConsole.WriteLine();
    }
}
