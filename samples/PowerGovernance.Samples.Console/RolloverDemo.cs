using System;
using System.IO;
using System.Linq;
using NodaTime;
using PowerGovernance.Calendars;
using PowerGovernance.Calendars.China;
using PowerGovernance.Validation;

namespace PowerGovernance.Samples.ConsoleHost;

/// <summary>
/// The year rollover: on 2026-11-30 the 2027 notice is not out, yet cases received now are due in 2027. The
/// default calendar keeps counting with provisional 2027 days and says how sure it is; a year file is checked
/// against the holiday law and loaded without a release, and the change report shows which due dates move.
/// </summary>
internal static class RolloverDemo
{
    public static void Run(Narrator narrator, IWorkingCalendar calendar)
    {
        var terms = narrator.Terms;
        narrator.Heading("Year rollover: the 2027 arrangement is not yet published", "跨年：2027年安排尚未公布");
        var received = new LocalDate(2026, 12, 20);
        var limit = TimeLimit.WorkingDays(20);
        try
        {
            ChinaCalendars.Official.DueDate(received, limit);
        }
        catch (CalendarCoverageException e)
        {
            narrator.Line(
                "The strict official calendar refuses to guess:",
                $"严格的官方日历不作推测：{received:uuuu-MM-dd}起算{terms.Limit(limit)}超出日历“{e.CalendarId}”的覆盖范围（{e.Coverage.Start:uuuu-MM-dd}至{e.Coverage.End:uuuu-MM-dd}）。");
            if (!narrator.IsChinese)
            {
                narrator.Line("  " + e.EnglishMessage);
            }
        }

        var explanation = calendar.ExplainDueDateRange(received, limit);
        narrator.Line(
            $"On the default calendar '{calendar.Id}', a licence application received on {received:uuuu-MM-dd} with {limit} is due {terms.Range(explanation.Range)}.",
            $"按默认日历“{calendar.Id}”，{received:uuuu-MM-dd}收到的许可申请，期限{terms.Limit(limit)}，届满日为{terms.Range(explanation.Range)}。");
        narrator.Line(string.Join('\n', explanation.ToString(narrator.Explanation).Split('\n').Take(6)));

        // The office types the notice into a year file the day it is published, checks it, and loads it.
        var path = Path.Combine(AppContext.BaseDirectory, "calendars", "cn-2027-hypothetical.txt");
        var host = HostCalendar.FromText(File.ReadAllText(path), Path.GetFileName(path));
        var findings = NoticeChecker.Check(host.Calendar, 2027);
        var errors = findings.Count(f => f.Severity == FindingSeverity.Error);
        var warnings = findings.Count(f => f.Severity == FindingSeverity.Warning);
        var law = HolidayLawVersion.InForceIn(2027);
        narrator.Line(
            $"Checked {Path.GetFileName(path)} (a HYPOTHETICAL 2027 arrangement, sha256 {host.Sha256[..12]}…) against {law}: {errors} error(s), {warnings} warning(s).",
            $"已按{law}检查 {Path.GetFileName(path)}（假设的2027年安排，sha256 {host.Sha256[..12]}…）：错误{errors}个，警告{warnings}个。");
        foreach (var finding in findings.Take(5))
        {
            narrator.Line($"  {terms.Severity(finding.Severity)} {finding.Code} {finding.Path}: {terms.Message(finding)}");
        }

        var withYear = ChinaCalendars.Create([host]);
        var changed = CalendarComparison.ChangedDays(calendar, withYear).Where(d => d.WorkingChanged).ToList();
        var kind = terms.Provenance(withYear.Provenance.Single(p => p.Year == 2027).Kind);
        var examples = string.Join(", ", changed.Take(4).Select(d => $"{d.Date:uuuu-MM-dd} {terms.DayType(d.OldType)}→{terms.DayType(d.NewType)}"));
        narrator.Line(
            $"Loaded: 2027 is now {kind}; {changed.Count} day(s) of 2027 changed between working and rest, e.g. {examples}.",
            $"已载入：2027年现为“{kind}”；2027年有{changed.Count}天在上班与休息之间发生变化，例如 {examples}。");
        var now = terms.Range(withYear.DueDateRange(received, limit));
        narrator.Line($"The same application is now due {now}.", $"同一申请的届满日现为{now}。");
        narrator.Line();
    }
}
