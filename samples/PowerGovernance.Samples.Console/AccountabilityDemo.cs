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
    public static void Run(Narrator narrator, System.IServiceProvider services, BoardReport? yearEnd)
    {
        var terms = narrator.Terms;
        narrator.Heading("6. Accountability, appeal, year-end assessment", "6. 问责、申诉与年终考核");
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

        var table = narrator.Table(("Date", "日期"), ("Trigger", "动作"), ("Actor", "经办人"), ("Step now", "当前环节"), ("Result", "结果"));
        var events = new List<CaseEvent>();
        var opened = proceedings.Open("WZ-2024-001", SampleHost.AccountabilityPower.Code, office, At(2024, 8, 26), subject, AccountabilityMatter.Procrastination, AccountabilitySource.CitizenComplaint, [new LocalDate(2024, 1, 15)]);
        if (!opened.IsAccepted || opened.Case is not { } @case)
        {
            narrator.Line(
                "The accountability case could not be opened: " + opened.Message,
                "问责案件未能立案：" + opened.ChineseMessage);
            return;
        }

        events.AddRange(opened.Events);
        table.AddRow(
            "2024-08-26",
            Markup.Escape(narrator.Say("start + register", "启动并登记")),
            Markup.Escape(office.Name),
            Markup.Escape(Step(engine, terms, @case)),
            Markup.Escape(narrator.Say(
                $"opened: {terms.Matter(AccountabilityMatter.Procrastination)}, from a citizen's complaint",
                $"立案：{terms.Matter(AccountabilityMatter.Procrastination)}，来源为群众投诉")));

        void Fire(string trigger, Actor actor, Instant at, Dictionary<string, string>? arguments = null, string? reason = null)
        {
            clock.Reset(at);
            var result = proceedings.Fire(@case, trigger, actor, clock.GetCurrentInstant(), arguments, reason, @case.Snapshot.Version);
            var date = SampleTerms.Date(at.InZone(Deadline.ChinaStandardZone).Date);
            var name = Markup.Escape(terms.Trigger(proceedings.Definition, trigger));
            if (!result.IsAccepted || result.Case is not { } next)
            {
                var why = result.Rejection + narrator.Say(": ", "：") + terms.Message(result);
                table.AddRow(date, name, Markup.Escape(actor.Name), Markup.Escape(Step(engine, terms, @case)), "[red]" + Markup.Escape(narrator.Say("refused", "不予执行")) + "[/] " + Markup.Escape(why));
                return;
            }

            @case = next;
            events.AddRange(result.Events);
            var status = supervisor.StepStatus(@case.Snapshot, proceedings.Definition, at);
            var outcome = @case.Snapshot.IsClosed
                ? narrator.Say("closed", "结案")
                : narrator.Say($"step due {SampleTerms.Date(status.DueDate)} ({terms.State(status.State)})", $"环节届满{SampleTerms.Date(status.DueDate)}（{terms.State(status.State)}）");
            table.AddRow(date, name, Markup.Escape(actor.Name), Markup.Escape(Step(engine, terms, @case)), Markup.Escape(outcome));
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
        Fire("assign-reviewer", committee, At(2024, 10, 24), Arg(AccountabilityProcedure.PersonArgument, zhao.Name)); // refused: separation of duties
        Fire("assign-reviewer", committee, At(2024, 10, 24), Arg(AccountabilityProcedure.PersonArgument, zheng.Name));
        Fire("vary", zheng, At(2024, 11, 15), new() { ["opinion"] = "拟改为停职检查", [AccountabilityProcedure.SanctionsArgument] = "suspension" }); // refused: never heavier on appeal
        Fire("uphold", zheng, At(2024, 11, 15), Arg("opinion", "事实清楚，维持原问责决定"));

        narrator.Line($"Case WZ-2024-001 against {subject}: 2024-08-26 to 2024-11-15", $"问责案件 WZ-2024-001（被问责人：{subject}）：2024-08-26至2024-11-15");
        narrator.Write(table);
        narrator.Line(
            $"Sanction policy (tier {terms.Tier(SeverityTier.Serious)}, decided 2024-09-20):",
            $"问责方式建议（{terms.Tier(SeverityTier.Serious)}，2024-09-20决定）：");
        foreach (var rule in assessment.Reasons)
        {
            narrator.Line($"  [{rule.Code}] {terms.Message(rule)}");
        }

        var separator = narrator.Say(", ", "、");
        var allowed = string.Join(separator, assessment.Allowed.Select(terms.Sanction));
        var decided = string.Join(separator, @case.Sanctions.Select(terms.Sanction));
        narrator.Line(
            $"  Allowed: {allowed}; recommended: {terms.Sanction(assessment.Recommended)}; decided: {decided}.",
            $"  可采用：{allowed}；建议：{terms.Sanction(assessment.Recommended)}；决定：{decided}。");
        if (proceedings.AppealWindow(@case) is { } window && @case.AppealFiled is { } filed)
        {
            var late = window.File(new LocalDate(2024, 10, 24));
            narrator.Line(
                $"Appeal window: received {window.Received:uuuu-MM-dd}, last day {window.LastDay:uuuu-MM-dd} ({terms.Limit(window.Limit)} across National Day); filed {filed:uuuu-MM-dd}: in time. A filing on 2024-10-24 would be {late.DaysLate} day(s) late.",
                $"申诉期：{window.Received:uuuu-MM-dd}送达，最后一日为{window.LastDay:uuuu-MM-dd}（{terms.Limit(window.Limit)}，跨国庆假期）；{filed:uuuu-MM-dd}提出申诉，未逾期。若2024-10-24提出，则逾期{late.DaysLate}天。");
            var inForce = proceedings.DecisionInForce(@case);
            narrator.Line(
                $"Review due {window.ReviewDeadline(filed):uuuu-MM-dd}; decision in force during the appeal: {(inForce ? "yes" : "no")}; outcome: {Step(engine, terms, @case)}.",
                $"复核期限{window.ReviewDeadline(filed):uuuu-MM-dd}；申诉期间原决定{(inForce ? "不停止执行" : "停止执行")}；结果：{Step(engine, terms, @case)}。");
        }

        var verification = AuditChain.Verify(events, @case.Snapshot.AuditHead);
        narrator.Line(
            $"{events.Count} events; audit chain {(verification.IsValid ? "verified" : "BROKEN: " + verification.Problem)}.",
            $"事件{events.Count}个；审计链{(verification.IsValid ? "校验通过" : "已损坏：" + verification.Problem)}。");
        narrator.Line();

        var assessor = services.GetRequiredService<YearEndAssessment>();
        OnTimeStatistics? statistics = null;
        yearEnd?.ByUnit.TryGetValue("农业农村办公室", out statistics);
        var unit = assessor.AssessUnit(new UnitRecord("农业农村办公室", [new LocalDate(2024, 5, 10), new LocalDate(2024, 9, 20)], [], statistics), 2024);
        var person = assessor.AssessPerson(new PersonRecord(subject, [2023, 2024], [new KeyValuePair<LocalDate, Sanction>(new LocalDate(2024, 9, 20), Sanction.Reassignment)]), 2024);
        var results = narrator.Table(("Year-end assessment 2024", "2024年终考核"), ("Awards", "评先评优"), ("Rules applied", "适用规则"));
        string Awards(bool eligible) => eligible ? Markup.Escape(narrator.Say("eligible", "可参评")) : "[red]" + Markup.Escape(narrator.Say("barred", "取消资格")) + "[/]";
        results.AddRow(Markup.Escape(unit.Unit), Awards(unit.AwardsEligible), Markup.Escape(string.Join("\n", unit.Rules.Select(terms.Message))));
        results.AddRow(Markup.Escape(person.Person), Awards(person.AwardsEligible), Markup.Escape(string.Join("\n", person.Rules.Select(terms.Message))));
        narrator.Write(results);
        narrator.Line();
    }

    private static string Step(ProcedureEngine engine, SampleTerms terms, AccountabilityCase @case) =>
        engine.TryGetDefinition(@case.Snapshot, out var definition) && definition.TryGetStep(@case.Snapshot.Step, out var step)
            ? terms.Step(step)
            : @case.Snapshot.Step;

    private static Dictionary<string, string> Arg(string name, string value) => new() { [name] = value };

    private static Instant At(int year, int month, int day) =>
        new LocalDateTime(year, month, day, 10, 0).InZoneStrictly(Deadline.ChinaStandardZone).ToInstant();
}
