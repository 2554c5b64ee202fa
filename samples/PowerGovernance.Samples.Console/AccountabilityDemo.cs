using Microsoft.Extensions.DependencyInjection;
using NodaTime.Testing;
using System.Collections.Generic;
using System.Linq;
using NodaTime;
using PowerGovernance.Accountability;
using PowerGovernance.Appeals;
using PowerGovernance.Calendars;
using PowerGovernance.Evaluation;
using PowerGovernance.Powers;
using PowerGovernance.Procedures;
using PowerGovernance.Procedures.BuiltIn;
using PowerGovernance.Supervision;
using Spectre.Console;

namespace PowerGovernance.Samples.ConsoleHost;

/// <summary>
/// One accountability case from the complaint to the review of the appeal (2024: investigation across Mid-Autumn, appeal window across
/// National Day), with the sanction policy's reasoning, then the year-end assessment of the unit and the person.
/// </summary>
internal static class AccountabilityDemo
{
    public static void Run(System.IServiceProvider services, BoardReport? yearEnd)
    {
        AnsiConsole.Write(new Rule("6. Accountability, appeal, year-end assessment 问责、申诉与年终考核"));
        var proceedings = services.GetRequiredService<AccountabilityProceedings>();
        var engine = proceedings.Engine;
        var supervisor = services.GetRequiredService<CaseSupervisor>();
        var clock = services.GetRequiredService<FakeClock>();
        var office = new Actor("党政办周某", AccountabilityProcedure.Office);
        var head = new Actor("镇长李某", AccountabilityProcedure.Head);
        var zhao = new Actor("纪委赵某", AccountabilityProcedure.InvestigationGroup);
        var qian = new Actor("党政办钱某", AccountabilityProcedure.InvestigationGroup);
        var committee = new Actor("党委书记吴某", AccountabilityProcedure.PartyCommittee);
        var zheng = new Actor("县纪委郑某", AccountabilityProcedure.ReviewPanel);
        const string subject = "农业农村办王某";

        var table = new Table().AddColumns("Date", "Trigger", "Actor", "Step now", "Result");
        var events = new List<CaseEvent>();
        var opened = proceedings.Open("WZ-2024-001", SampleHost.AccountabilityPower.Code, office, At(2024, 8, 26), subject, AccountabilityMatter.Procrastination, AccountabilitySource.CitizenComplaint, [new LocalDate(2024, 1, 15)]);
        var @case = opened.Case!;
        events.AddRange(opened.Events);
        table.AddRow("2024-08-26", "start + register", Markup.Escape(office.Name), Markup.Escape(Step(engine, @case)), "opened: 办事拖拉、推诿扯皮, from a citizen's complaint");

        void Fire(string trigger, Actor actor, Instant at, Dictionary<string, string>? arguments = null, string? reason = null)
        {
            clock.Reset(at);
            var result = proceedings.Fire(@case, trigger, actor, clock.GetCurrentInstant(), arguments, reason, @case.Snapshot.Version);
            var date = at.InZone(Deadline.ChinaStandardZone).Date.ToString("uuuu-MM-dd", null);
            if (!result.IsAccepted)
            {
                table.AddRow(date, trigger, Markup.Escape(actor.Name), Markup.Escape(Step(engine, @case)), "[red]refused[/] " + Markup.Escape(result.Rejection + ": " + result.Message));
                return;
            }

            @case = result.Case!;
            events.AddRange(result.Events);
            var status = supervisor.StepStatus(@case.Snapshot, proceedings.Definition, at);
            table.AddRow(date, trigger, Markup.Escape(actor.Name), Markup.Escape(Step(engine, @case)), @case.Snapshot.IsClosed ? "closed" : $"step due {status.DueDate:uuuu-MM-dd} ({status.State})");
        }

        Fire("verify", office, At(2024, 8, 27), reason: "经初步核实，群众反映的建房审批拖延情况存在");
        Fire("open-investigation", head, At(2024, 8, 28));
        Fire("assign-investigator", head, At(2024, 8, 28), Arg(AccountabilityProcedure.PersonArgument, zhao.Name));
        Fire("assign-investigator", head, At(2024, 8, 28), Arg(AccountabilityProcedure.PersonArgument, subject)); // refused: recusal
        Fire("assign-investigator", head, At(2024, 8, 28), Arg(AccountabilityProcedure.PersonArgument, qian.Name));
        Fire("record-conduct", zhao, At(2024, 9, 2), Arg(AccountabilityProcedure.FactorArgument, AggravatingFactor.ObstructedInvestigation.Code), "拒不提供审批台账");
        Fire("suspend-duties", zhao, At(2024, 9, 2), reason: "被调查人阻挠调查，提请暂停其执行职务");
        Fire("hear", zhao, At(2024, 9, 5));
        Fire("record-statement", qian, At(2024, 9, 5), Arg(AccountabilityProcedure.StatementArgument, "材料不全，并非故意拖延"));
        Fire("extend", head, At(2024, 9, 10), reason: "涉及多个审批环节，情况复杂，经批准延长10个工作日");
        Fire("heard", zhao, At(2024, 9, 11), reason: "陈述申辩已听取并核实，理由部分成立");
        Fire("submit-report", zhao, At(2024, 9, 12), new() { ["facts"] = "建房审批超期23个工作日", ["conclusion"] = "办事拖拉，情节严重", ["proposal"] = "调整工作岗位" });

        var assessment = proceedings.Assess(@case, SeverityTier.Serious, new LocalDate(2024, 9, 20));
        Fire("decide", committee, At(2024, 9, 20), new() { [AccountabilityProcedure.TierArgument] = "Serious", [AccountabilityProcedure.SanctionsArgument] = "circulated-criticism" }); // refused: aggravated
        Fire("decide", committee, At(2024, 9, 20), new() { [AccountabilityProcedure.TierArgument] = "Serious", [AccountabilityProcedure.SanctionsArgument] = "reassignment" });
        Fire("serve", office, At(2024, 9, 27));
        Fire("appeal", office, At(2024, 10, 23));
        Fire("assign-reviewer", head, At(2024, 10, 24), Arg(AccountabilityProcedure.PersonArgument, zhao.Name)); // refused: separation of duties
        Fire("assign-reviewer", head, At(2024, 10, 24), Arg(AccountabilityProcedure.PersonArgument, zheng.Name));
        Fire("vary", zheng, At(2024, 11, 15), new() { ["opinion"] = "拟改为停职检查", [AccountabilityProcedure.SanctionsArgument] = "suspension" }); // refused: never heavier on appeal
        Fire("uphold", zheng, At(2024, 11, 15), Arg("opinion", "事实清楚，维持原问责决定"));

        AnsiConsole.WriteLine($"Case WZ-2024-001 against {subject}: 2024-08-26 to 2024-11-15");
        AnsiConsole.Write(table);
        AnsiConsole.WriteLine("Sanction policy 问责方式建议 (tier Serious 情节严重, decided 2024-09-20):");
        foreach (var rule in assessment.Reasons)
        {
            AnsiConsole.WriteLine($"  [{rule.Code}] {rule.Message}");
            AnsiConsole.WriteLine($"  {new string(' ', rule.Code.Length + 2)} {rule.ChineseMessage}");
        }

        AnsiConsole.WriteLine($"  Allowed: {string.Join(", ", assessment.Allowed.Select(s => s.ChineseName))}; recommended: {assessment.Recommended.ChineseName}; decided: {string.Join(", ", @case.Sanctions.Select(s => s.ChineseName))}.");
        var window = proceedings.AppealWindow(@case)!;
        var late = window.File(new LocalDate(2024, 10, 24));
        AnsiConsole.WriteLine($"Appeal window 申诉期: received {window.Received:uuuu-MM-dd}, last day {window.LastDay:uuuu-MM-dd} (15 working days across National Day); filed {@case.AppealFiled:uuuu-MM-dd}: in time. A filing on 2024-10-24 would be {late.DaysLate} day(s) late.");
        AnsiConsole.WriteLine($"Review due 复核期限 {window.ReviewDeadline(@case.AppealFiled!.Value):uuuu-MM-dd}; decision in force during the appeal: {(proceedings.DecisionInForce(@case) ? "yes (申诉期间不停止执行)" : "no")}; outcome: {Step(engine, @case)}.");
        var verification = AuditChain.Verify(events, @case.Snapshot.AuditHead);
        AnsiConsole.WriteLine($"{events.Count} events; audit chain {(verification.IsValid ? "verified" : "BROKEN: " + verification.Problem)}.");
        AnsiConsole.WriteLine();

        var assessor = services.GetRequiredService<YearEndAssessment>();
        OnTimeStatistics? statistics = null;
        yearEnd?.ByUnit.TryGetValue("农业农村办公室", out statistics);
        var unit = assessor.AssessUnit(new UnitRecord("农业农村办公室", [new LocalDate(2024, 5, 10), new LocalDate(2024, 9, 20)], [], statistics), 2024);
        var person = assessor.AssessPerson(new PersonRecord(subject, [2023, 2024], [new KeyValuePair<LocalDate, Sanction>(new LocalDate(2024, 9, 20), Sanction.Reassignment)]), 2024);
        var results = new Table().AddColumns("Year-end 2024 年终考核", "Awards 评先评优", "Rules applied 适用规则");
        results.AddRow(Markup.Escape(unit.Unit), unit.AwardsEligible ? "eligible" : "[red]barred[/]", Markup.Escape(string.Join("\n", unit.Rules.Select(r => r.ChineseMessage))));
        results.AddRow(Markup.Escape(person.Person), person.AwardsEligible ? "eligible" : "[red]barred[/]", Markup.Escape(string.Join("\n", person.Rules.Select(r => r.ChineseMessage))));
        AnsiConsole.Write(results);
        AnsiConsole.WriteLine();
    }

    private static string Step(ProcedureEngine engine, AccountabilityCase @case)
    {
        engine.TryGetDefinition(@case.Snapshot, out var definition);
        definition!.TryGetStep(@case.Snapshot.Step, out var step);
        return step!.ChineseName;
    }

    private static Dictionary<string, string> Arg(string name, string value) => new() { [name] = value };

    private static Instant At(int year, int month, int day) =>
        new LocalDateTime(year, month, day, 10, 0).InZoneStrictly(Deadline.ChinaStandardZone).ToInstant();
}
