using System;
using System.Collections.Generic;
using System.Linq;
using Microsoft.Extensions.DependencyInjection;
using NodaTime;
using NodaTime.Testing;
using PowerGovernance.Calendars;
using PowerGovernance.Powers;
using PowerGovernance.Procedures;
using PowerGovernance.Procedures.BuiltIn;
using PowerGovernance.Supervision;
using Spectre.Console;

namespace PowerGovernance.Samples.ConsoleHost;

/// <summary>
/// The electronic supervision board (电子监察) over a simulated year: 1,200 licensing and 低保 cases received on 2024's working days
/// (seeded, so every run is the same), most on time, some suspended or extended, some late; swept at the end of every month on the
/// fake clock, so cases can be seen turning yellow (预警) and red (超期); 2% are forgotten in review and stay red. Returns the year-end
/// sweep for the assessment.
/// </summary>
internal static class BoardDemo
{
    private const int Cases = 1_200;
    private static readonly PowerCode Licensing = PowerCode.Parse("62099907ZF-XK-0001");
    private static readonly PowerCode Allowance = PowerCode.Parse("62099907ZF-JF-0001");
    private static readonly Actor Clerk = new("窗口", AdministrativeLicensing.Clerk);
    private static readonly Actor Reviewer = new("审查员", AdministrativeLicensing.Reviewer);
    private static readonly Actor Head = new("负责人", AdministrativeLicensing.Head);
    private static readonly Actor Village = new("村委", MinimumLivingAllowance.VillageCommittee);
    private static readonly Actor Officer = new("民政专干", MinimumLivingAllowance.CivilAffairsOfficer);
    private static readonly Actor County = new("县民政局", MinimumLivingAllowance.CountyBureau);

    public static BoardReport Run(IServiceProvider services)
    {
        AnsiConsole.Write(new Rule("4. Supervision board 电子监察 — the year 2024 month by month"));
        var engine = services.GetRequiredService<ProcedureEngine>();
        var board = services.GetRequiredService<SupervisionBoard>();
        var clock = services.GetRequiredService<FakeClock>();
        var calendar = engine.Calendar;

        var histories = new List<List<(Instant At, CaseSnapshot Snapshot)>>(Cases);
        void Simulate(Action step)
        {
            for (var i = 0; i < Cases; i++)
            {
                histories.Add(Walk(engine, calendar, new Random(2024 + i), i));
                step();
            }
        }

        if (AnsiConsole.Profile.Capabilities.Interactive)
        {
            AnsiConsole.Progress().Start(context =>
            {
                var task = context.AddTask($"Walking {Cases:N0} cases through the year", maxValue: Cases);
                Simulate(() => task.Increment(1));
            });
        }
        else
        {
            AnsiConsole.WriteLine($"Walking {Cases:N0} cases through the year …");
            Simulate(() => { });
        }

        var table = new Table().AddColumns("Swept (17:00)", "Received so far", "Open", "Yellow 预警", "Red 超期", "Step over its limit", "Past a legal limit 违法超期", "Finished on time", "Finished late", "Finished legally late");
        BoardReport? report = null;
        for (var month = 1; month <= 12; month++)
        {
            var lastDay = new LocalDate(2024, month, 1).PlusMonths(1).PlusDays(-1);
            while (!calendar.IsWorkingDay(lastDay))
            {
                lastDay = lastDay.PlusDays(-1);
            }

            clock.Reset(new LocalDateTime(lastDay.Year, lastDay.Month, lastDay.Day, 17, 0).InZoneStrictly(Deadline.ChinaStandardZone).ToInstant());
            var now = clock.GetCurrentInstant();
            var snapshots = histories.Select(h => h.LastOrDefault(e => e.At <= now).Snapshot).Where(s => s is not null).ToList();
            report = board.Sweep(snapshots, now, new DateInterval(new LocalDate(2024, 1, 1), new LocalDate(2024, 12, 31)));
            var totals = report.ByPower.Values.Aggregate((Open: 0, OnTime: 0, Late: 0, LegallyLate: 0), (t, s) => (t.Open + s.Open, t.OnTime + s.FinishedOnTime, t.Late + s.FinishedLate, t.LegallyLate + s.FinishedLegallyLate));
            table.AddRow(
                lastDay.ToString("uuuu-MM-dd", null),
                report.Swept.ToString("N0", null),
                totals.Open.ToString("N0", null),
                report.Yellow.Count == 0 ? "0" : $"[yellow]{report.Yellow.Count}[/]",
                report.Red.Count == 0 ? "0" : $"[red]{report.Red.Count}[/]",
                report.StepOverdue.Count.ToString("N0", null),
                report.LegallyOverdue.Count == 0 ? "0" : $"[red bold]{report.LegallyOverdue.Count}[/]",
                totals.OnTime.ToString("N0", null),
                totals.Late.ToString("N0", null),
                totals.LegallyLate.ToString("N0", null));
        }

        AnsiConsole.Write(table);
        var yearEnd = report!;
        AnsiConsole.WriteLine($"Red on {yearEnd.At.InZone(Deadline.ChinaStandardZone).Date:uuuu-MM-dd} (the oldest first):");
        foreach (var red in yearEnd.Red.OrderBy(r => r.CaseStatus.DueDate).Take(5))
        {
            AnsiConsole.WriteLine($"  {red.Case.CaseId} {red.Case.PowerCode} in '{red.Case.Step}': committed due {red.CaseStatus.DueDate:uuuu-MM-dd}, {red.CaseStatus.DaysUsed} of {red.CaseStatus.Limit.ToChineseString()} used; legal due {red.LegalStatus.DueDate:uuuu-MM-dd}{(red.LegalStatus.State == DeadlineState.Overdue ? " (违法超期)" : string.Empty)}");
        }

        var byUnit = new Table().AddColumns("Unit 承办机构 (2024)", "Open", "Yellow", "Red", "On time", "Late", "On-time rate");
        foreach (var (unit, s) in yearEnd.ByUnit.OrderBy(p => p.Key, StringComparer.Ordinal))
        {
            byUnit.AddRow(Markup.Escape(unit), s.Open.ToString(null, null), s.Warning.ToString(null, null), s.Overdue.ToString(null, null), s.FinishedOnTime.ToString(null, null), s.FinishedLate.ToString(null, null), s.OnTimeRate is { } rate ? rate.ToString("P1", null) : "—");
        }

        AnsiConsole.Write(byUnit);
        AnsiConsole.WriteLine();
        return yearEnd;
    }

    private static List<(Instant At, CaseSnapshot Snapshot)> Walk(ProcedureEngine engine, IWorkingCalendar calendar, Random random, int index)
    {
        var history = new List<(Instant, CaseSnapshot)>();
        var received = calendar.AddWorkingDays(new LocalDate(2024, 1, 1), random.Next(1, 240));
        var snapshot = default(CaseSnapshot);
        void Do(CaseResult result, Instant at)
        {
            if (result.IsAccepted)
            {
                snapshot = result.Snapshot!;
                history.Add((at, snapshot));
            }
        }

        Instant On(LocalDate date, int hour) => new LocalDateTime(date.Year, date.Month, date.Day, hour, 0).InZoneStrictly(Deadline.ChinaStandardZone).ToInstant();
        var roll = random.NextDouble();
        if (index % 3 == 2)
        {
            // 低保 (natural days, committed 16): village, township, county, posting.
            var id = $"DB-2024-{index:D4}";
            Do(engine.Start(id, Allowance, MinimumLivingAllowance.Id, Village, On(received, 9)), On(received, 9));
            var opinion = new Dictionary<string, string> { [MinimumLivingAllowance.OpinionArgument] = "情况属实" };
            var slow = roll < 0.12 ? 8 : 0;
            var forwarded = received.PlusDays(random.Next(1, 5));
            Do(engine.Fire(snapshot!, "forward", Village, On(forwarded, 10), opinion), On(forwarded, 10));
            var submitted = forwarded.PlusDays(random.Next(2, 6) + slow);
            Do(engine.Fire(snapshot!, "submit", Officer, On(submitted, 10), opinion), On(submitted, 10));
            var decided = submitted.PlusDays(random.Next(2, 9));
            Do(engine.Fire(snapshot!, roll > 0.9 ? "refuse" : "approve", County, On(decided, 10), reason: "家庭人均收入高于当地低保标准"), On(decided, 10));
            if (roll <= 0.9)
            {
                var posted = decided.PlusDays(random.Next(2, 5));
                Do(engine.Fire(snapshot!, "posted", Officer, On(posted, 10)), On(posted, 10));
            }

            return history;
        }

        // Licensing (working days, committed 13): receipt, review (sometimes suspended for expert review, sometimes extended), decision, delivery.
        var caseId = $"XK-2024-{index:D4}";
        Do(engine.Start(caseId, Licensing, AdministrativeLicensing.Id, Clerk, On(received, 9)), On(received, 9));
        var accepted = calendar.AddWorkingDays(received, random.Next(0, 2));
        Do(engine.Fire(snapshot!, "accept", Clerk, On(accepted, 10)), On(accepted, 10));
        var day = accepted;
        if (roll < 0.1)
        {
            var suspended = calendar.AddWorkingDays(day, random.Next(1, 4));
            Do(engine.Fire(snapshot!, "suspend", Reviewer, On(suspended, 11), new Dictionary<string, string> { ["cause"] = "专家评审" }), On(suspended, 11));
            day = calendar.AddWorkingDays(suspended, random.Next(3, 9));
            Do(engine.Fire(snapshot!, "resume", Reviewer, On(day, 11)), On(day, 11));
        }

        if (roll is >= 0.1 and < 0.16)
        {
            var extended = calendar.AddWorkingDays(accepted, 9);
            Do(engine.Fire(snapshot!, "extend", Head, On(extended, 11), reason: "情况复杂，经负责人批准延长十个工作日"), On(extended, 11));
        }

        if (roll > 0.98)
        {
            return history; // forgotten in review: the board keeps it red until someone acts
        }

        var reviewDays = roll switch
        {
            < 0.1 => random.Next(2, 10),
            < 0.16 => random.Next(10, 20), // extended on the 9th working day
            < 0.30 => random.Next(12, 19), // late
            _ => random.Next(3, 10),
        };
        var submittedOn = calendar.AddWorkingDays(day, reviewDays);
        Do(engine.Fire(snapshot!, "submit", Reviewer, On(submittedOn, 14)), On(submittedOn, 14));
        var decidedOn = calendar.AddWorkingDays(submittedOn, random.Next(0, 2));
        if (roll > 0.93)
        {
            Do(engine.Fire(snapshot!, "refuse", Head, On(decidedOn, 16), reason: "不符合村庄规划"), On(decidedOn, 16));
            return history;
        }

        Do(engine.Fire(snapshot!, "grant", Head, On(decidedOn, 16)), On(decidedOn, 16));
        var deliveredOn = calendar.AddWorkingDays(decidedOn, random.Next(1, 4));
        Do(engine.Fire(snapshot!, "deliver", Clerk, On(deliveredOn, 10)), On(deliveredOn, 10));
        return history;
    }
}
