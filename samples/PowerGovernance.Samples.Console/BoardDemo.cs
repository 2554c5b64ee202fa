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

    public static BoardReport Run(Narrator narrator, IServiceProvider services)
    {
        var terms = narrator.Terms;
        narrator.Heading("4. Supervision board — the year 2024 month by month", "4. 电子监察——2024年逐月扫描");
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

        var walking = narrator.Say($"Walking {Cases:N0} cases through the year", $"模拟全年{Cases:N0}件办件");
        if (narrator.Console.Profile.Capabilities.Interactive)
        {
            narrator.Console.Progress().Start(context =>
            {
                var task = context.AddTask(Markup.Escape(walking), maxValue: Cases);
                Simulate(() => task.Increment(1));
            });
        }
        else
        {
            narrator.Line(walking + " …");
            Simulate(() => { });
        }

        var table = narrator.Table(
            ("Swept (17:00)", "扫描（17:00）"), ("Received so far", "累计收件"), ("Open", "在办"), ("Yellow", "黄牌预警"), ("Red", "红牌超期"),
            ("Step over its limit", "环节超时"), ("Past a legal limit", "违法超期"), ("Finished on time", "按时办结"), ("Finished late", "超时办结"), ("Finished legally late", "超法定时限办结"));
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
                SampleTerms.Date(lastDay),
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

        narrator.Write(table);
        var yearEnd = report ?? throw new InvalidOperationException("The year has twelve months; every one is swept.");
        var sweptOn = SampleTerms.Date(yearEnd.At.InZone(Deadline.ChinaStandardZone).Date);
        narrator.Line($"Red on {sweptOn} (the oldest first):", $"{sweptOn}红牌超期的办件（最早的在前）：");
        foreach (var red in yearEnd.Red.OrderBy(r => r.CaseStatus.DueDate).Take(5))
        {
            var step = engine.TryGetDefinition(red.Case, out var definition) && definition.TryGetStep(red.Case.Step, out var current) ? terms.Step(current) : red.Case.Step;
            var legallyLate = red.LegalStatus.State == DeadlineState.Overdue;
            narrator.Line(
                $"  {red.Case.CaseId} {red.Case.PowerCode} in '{step}': committed due {SampleTerms.Date(red.CaseStatus.DueDate)}, {red.CaseStatus.DaysUsed} days used of {terms.Limit(red.CaseStatus.Limit)}; legal due {SampleTerms.Date(red.LegalStatus.DueDate)}{(legallyLate ? " (past the legal limit)" : string.Empty)}",
                $"  {red.Case.CaseId} {red.Case.PowerCode} 处于“{step}”：承诺届满{SampleTerms.Date(red.CaseStatus.DueDate)}，承诺时限{terms.Limit(red.CaseStatus.Limit)}已用{red.CaseStatus.DaysUsed}天；法定届满{SampleTerms.Date(red.LegalStatus.DueDate)}{(legallyLate ? "（违法超期）" : string.Empty)}");
        }

        var byUnit = narrator.Table(("Unit (2024)", "承办机构（2024年）"), ("Open", "在办"), ("Yellow", "黄牌"), ("Red", "红牌"), ("On time", "按时办结"), ("Late", "超时办结"), ("On-time rate", "按时办结率"));
        foreach (var (unit, s) in yearEnd.ByUnit.OrderBy(p => p.Key, StringComparer.Ordinal))
        {
            byUnit.AddRow(Markup.Escape(unit), s.Open.ToString(null, null), s.Warning.ToString(null, null), s.Overdue.ToString(null, null), s.FinishedOnTime.ToString(null, null), s.FinishedLate.ToString(null, null), s.OnTimeRate is { } rate ? rate.ToString("P1", null) : "—");
        }

        narrator.Write(byUnit);
        narrator.Line();
        return yearEnd;
    }

    private static List<(Instant At, CaseSnapshot Snapshot)> Walk(ProcedureEngine engine, IWorkingCalendar calendar, Random random, int index)
    {
        var history = new List<(Instant, CaseSnapshot)>();
        var received = calendar.AddWorkingDays(new LocalDate(2024, 1, 1), random.Next(1, 240));
        CaseSnapshot? snapshot = null;
        void Do(CaseResult result, Instant at)
        {
            if (result.IsAccepted && result.Snapshot is { } next)
            {
                snapshot = next;
                history.Add((at, next));
            }
        }

        void Fire(string trigger, Actor actor, Instant at, IReadOnlyDictionary<string, string>? arguments = null, string? reason = null)
        {
            if (snapshot is { } current)
            {
                Do(engine.Fire(current, trigger, actor, at, arguments, reason), at);
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
            Fire("forward", Village, On(forwarded, 10), opinion);
            var submitted = forwarded.PlusDays(random.Next(2, 6) + slow);
            Fire("submit", Officer, On(submitted, 10), opinion);
            var decided = submitted.PlusDays(random.Next(2, 9));
            Fire(roll > 0.9 ? "refuse" : "approve", County, On(decided, 10), reason: "家庭人均收入高于当地低保标准");
            if (roll <= 0.9)
            {
                var posted = decided.PlusDays(random.Next(2, 5));
                Fire("posted", Officer, On(posted, 10));
            }

            return history;
        }

        // Licensing (working days, committed 13): receipt, review (sometimes suspended for expert review, sometimes extended), decision, delivery.
        var caseId = $"XK-2024-{index:D4}";
        Do(engine.Start(caseId, Licensing, AdministrativeLicensing.Id, Clerk, On(received, 9)), On(received, 9));
        var accepted = calendar.AddWorkingDays(received, random.Next(0, 2));
        Fire("accept", Clerk, On(accepted, 10));
        var day = accepted;
        if (roll < 0.1)
        {
            var suspended = calendar.AddWorkingDays(day, random.Next(1, 4));
            Fire("suspend", Reviewer, On(suspended, 11), new Dictionary<string, string> { ["cause"] = "专家评审" });
            day = calendar.AddWorkingDays(suspended, random.Next(3, 9));
            Fire("resume", Reviewer, On(day, 11));
        }

        if (roll is >= 0.1 and < 0.16)
        {
            var extended = calendar.AddWorkingDays(accepted, 9);
            Fire("extend", Head, On(extended, 11), reason: "情况复杂，经负责人批准延长十个工作日");
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
        Fire("submit", Reviewer, On(submittedOn, 14));
        var decidedOn = calendar.AddWorkingDays(submittedOn, random.Next(0, 2));
        if (roll > 0.93)
        {
            Fire("refuse", Head, On(decidedOn, 16), reason: "不符合村庄规划");
            return history;
        }

        Fire("grant", Head, On(decidedOn, 16));
        var deliveredOn = calendar.AddWorkingDays(decidedOn, random.Next(1, 4));
        Fire("deliver", Clerk, On(deliveredOn, 10));
        return history;
    }
}
