using System;
using System.Collections.Generic;
using System.IO;
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
/// Four cases through built-in procedures on the official calendar — licensing across National Day, 低保 across the Spring Festival,
/// an information request with a consultation (clock stopped) and an extension, a petition with an extension — printing each step's
/// due dates and clock states; then the flowcharts of every procedure.
/// </summary>
internal static class ProcedureDemo
{
    /// <summary>Walks the four cases and writes the flowcharts; false when the flowcharts cannot be written.</summary>
    public static bool Run(Narrator narrator, IServiceProvider services, DirectoryInfo flowcharts)
    {
        narrator.Heading("3. Procedures and supervision", "3. 权力运行与电子监察");
        var engine = services.GetRequiredService<ProcedureEngine>();
        var supervisor = services.GetRequiredService<CaseSupervisor>();
        var clock = services.GetRequiredService<FakeClock>();
        CaseWalk Walk(string caseId, string english, string chinese) => new(narrator, engine, supervisor, clock, caseId, narrator.Say(english, chinese));

        var licensing = Walk("XK-2024-0927-01",
            "Homestead approval (administrative licensing), received Friday 2024-09-27 across National Day",
            "农村村民宅基地审批（行政许可），2024-09-27（星期五）收件，跨国庆假期");
        var clerk = new Actor("赵窗口", AdministrativeLicensing.Clerk);
        var reviewer = new Actor("钱审查", AdministrativeLicensing.Reviewer);
        var head = new Actor("孙负责人", AdministrativeLicensing.Head);
        licensing.Start(PowerCode.Parse("62099907ZF-XK-0001"), AdministrativeLicensing.Id, clerk, At(2024, 9, 27));
        licensing.Fire("accept", clerk, At(2024, 9, 29));
        licensing.Fire("submit", reviewer, At(2024, 10, 12));
        licensing.Fire("grant", head, At(2024, 10, 15));
        licensing.Fire("deliver", clerk, At(2024, 10, 18));
        licensing.Print();

        var allowance = Walk("DB-2024-0201-07",
            "Minimum living allowance (natural days), received Thursday 2024-02-01 across the Spring Festival",
            "最低生活保障（自然日），2024-02-01（星期四）收件，跨春节假期");
        var village = new Actor("李村委", MinimumLivingAllowance.VillageCommittee);
        var officer = new Actor("周专干", MinimumLivingAllowance.CivilAffairsOfficer);
        var county = new Actor("吴股长", MinimumLivingAllowance.CountyBureau);
        var opinion = new Dictionary<string, string> { [MinimumLivingAllowance.OpinionArgument] = "情况属实，同意上报" };
        allowance.Start(PowerCode.Parse("62099907ZF-JF-0001"), MinimumLivingAllowance.Id, village, At(2024, 2, 1));
        allowance.Fire("forward", village, At(2024, 2, 4), opinion);
        allowance.Fire("submit", officer, At(2024, 2, 18), opinion);
        allowance.Fire("approve", county, At(2024, 2, 19));
        allowance.Fire("posted", officer, At(2024, 2, 23));
        allowance.Print();

        var request = Walk("YSQ-2024-0520-02",
            "Information request (20 working days), received Monday 2024-05-20: a third party consulted (clock stopped), then extended",
            "政府信息公开申请（20个工作日），2024-05-20（星期一）收件：征求第三方意见（停止计时），后经批准延长");
        var infoClerk = new Actor("郑受理", GovernmentInformationRequest.Clerk);
        var handler = new Actor("冯承办", GovernmentInformationRequest.Handler);
        var infoHead = new Actor("陈负责人", GovernmentInformationRequest.Head);
        request.Start(PowerCode.Parse("62099907ZF-QT-0003"), GovernmentInformationRequest.Id, infoClerk, At(2024, 5, 20));
        request.Fire("register", infoClerk, At(2024, 5, 20));
        request.Fire("consult", handler, At(2024, 5, 27), new Dictionary<string, string> { ["cause"] = "征求第三方意见" });
        request.Fire("consultation-replied", handler, At(2024, 6, 11));
        request.Fire("extend", infoHead, At(2024, 6, 20), reason: "需调取多个部门档案，经政府信息公开工作机构负责人同意延长，告知申请人");
        request.Fire("submit", handler, At(2024, 7, 5));
        request.Fire("disclose", infoHead, At(2024, 7, 8));
        request.Print(explain: true);

        var petition = Walk("XF-2024-0903-05",
            "Petition (natural days), registered Tuesday 2024-09-03, extended by the head, opinion issued and accepted",
            "信访事项（自然日），2024-09-03（星期二）登记，经负责人批准延长，出具处理意见书并被接受");
        var registrar = new Actor("何登记", Petition.Registrar);
        var petitionHandler = new Actor("吕承办", Petition.Handler);
        var petitionHead = new Actor("镇长韩某", Petition.Head);
        petition.Start(PowerCode.Parse("62099907ZF-QT-0001"), Petition.Id, registrar, At(2024, 9, 3));
        petition.Fire("accept", registrar, At(2024, 9, 5));
        petition.Fire("extend", petitionHead, At(2024, 10, 21), reason: "涉及多个部门，经机关负责人批准延长30日");
        petition.Fire("issue-opinion", petitionHandler, At(2024, 11, 18), new Dictionary<string, string> { [Petition.OpinionArgument] = "处理意见书〔2024〕21号" });
        petition.Fire("serve-opinion", petitionHandler, At(2024, 11, 20));
        petition.Fire("conclude", petitionHandler, At(2024, 11, 29), reason: "信访人书面表示接受处理意见");
        petition.Print();

        return FlowchartExport.Write(narrator, engine.Definitions, flowcharts);
    }

    private static Instant At(int year, int month, int day) =>
        new LocalDateTime(year, month, day, 10, 0).InZoneStrictly(Deadline.ChinaStandardZone).ToInstant();

    private sealed class CaseWalk(Narrator narrator, ProcedureEngine engine, CaseSupervisor supervisor, FakeClock clock, string caseId, string title)
    {
        private readonly SampleTerms terms = narrator.Terms;
        private readonly Table table = narrator.Table(
            ("Date", "日期"), ("Trigger", "动作"), ("Step now", "当前环节"), ("Step due", "环节届满"), ("Step clock", "环节计时"),
            ("Committed due", "承诺届满"), ("Committed clock", "承诺计时"), ("Used/left", "已用/剩余"), ("Legal due", "法定届满"), ("Legal clock", "法定计时"));

        private readonly List<CaseEvent> events = [];
        private CaseSnapshot? snapshot;

        public void Start(PowerCode power, string definitionId, Actor actor, Instant at)
        {
            clock.Reset(at);
            Record(engine.Start(caseId, power, definitionId, actor, clock.GetCurrentInstant()), ProcedureEngine.StartTrigger);
        }

        public void Fire(string trigger, Actor actor, Instant at, IReadOnlyDictionary<string, string>? arguments = null, string? reason = null)
        {
            var current = snapshot ?? throw new InvalidOperationException("Start the case before firing a trigger.");
            clock.Reset(at);
            Record(engine.Fire(current, trigger, actor, clock.GetCurrentInstant(), arguments, reason, current.Version), trigger);
        }

        public void Print(bool explain = false)
        {
            narrator.Line(title);
            narrator.Write(table);
            if (snapshot is not { } last)
            {
                narrator.Line("The case never started.", "办件未能启动。");
                narrator.Line();
                return;
            }

            var verification = AuditChain.Verify(events, last.AuditHead);
            var closed = last.Closed is { } day ? SampleTerms.Date(day) : "—";
            narrator.Line(
                $"Outcome: {terms.Outcome(last.Outcome)} on {closed}; {events.Count} events; audit chain {(verification.IsValid ? "verified" : "BROKEN: " + verification.Problem)}.",
                $"结果：{terms.Outcome(last.Outcome)}，办结于{closed}；事件{events.Count}个；审计链{(verification.IsValid ? "校验通过" : "已损坏：" + verification.Problem)}。");
            if (explain)
            {
                // What the official tells the applicant who asks why the deadline is that day (办理期限说明).
                var explanation = engine.ExplainDeadlines(last.DefinitionId, last.PowerCode, events, clock.GetCurrentInstant());
                narrator.Line(explanation.ToString(narrator.Explanation).TrimEnd('\n'));
            }

            narrator.Line();
        }

        private void Record(CaseResult result, string trigger)
        {
            var now = clock.GetCurrentInstant();
            var date = SampleTerms.Date(now.InZone(Deadline.ChinaStandardZone).Date);
            var known = snapshot is { } before && engine.TryGetDefinition(before, out var previous) ? previous : null;
            if (!result.IsAccepted)
            {
                table.AddRow(date, Markup.Escape(terms.Trigger(known, trigger)), "[red]" + Markup.Escape(narrator.Say("refused", "不予执行")) + "[/]", Markup.Escape(terms.Message(result)), string.Empty, string.Empty, string.Empty, string.Empty, string.Empty, string.Empty);
                return;
            }

            if (result.Snapshot is not { } next || !engine.TryGetDefinition(next, out var definition) || !definition.TryGetStep(next.Step, out var step))
            {
                return;
            }

            snapshot = next;
            events.AddRange(result.Events);
            var caseStatus = supervisor.CaseStatus(next, definition, now);
            var stepStatus = supervisor.StepStatus(next, definition, now);
            var legalStatus = supervisor.LegalStatus(next, definition, now);
            table.AddRow(
                date,
                Markup.Escape(terms.Trigger(definition, trigger)),
                Markup.Escape(terms.Step(step)),
                step.IsTerminal ? "—" : SampleTerms.Date(stepStatus.DueDate),
                step.IsTerminal ? "—" : Markup.Escape(terms.State(stepStatus.State)),
                SampleTerms.Date(caseStatus.DueDate),
                Markup.Escape(terms.State(caseStatus.State)),
                Markup.Escape(narrator.Say(
                    $"{caseStatus.DaysUsed}/{caseStatus.DaysLeft} of {terms.Limit(caseStatus.Limit)}",
                    $"{caseStatus.DaysUsed}/{caseStatus.DaysLeft}，共{terms.Limit(caseStatus.Limit)}")),
                SampleTerms.Date(legalStatus.DueDate),
                Markup.Escape(terms.State(legalStatus.State)));
        }
    }
}
