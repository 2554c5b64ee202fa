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
    public static void Run(IServiceProvider services, DirectoryInfo flowcharts)
    {
        AnsiConsole.Write(new Rule("3. Procedures and supervision 权力运行与电子监察"));
        var engine = services.GetRequiredService<ProcedureEngine>();
        var supervisor = services.GetRequiredService<CaseSupervisor>();
        var clock = services.GetRequiredService<FakeClock>();

        var licensing = new CaseWalk(engine, supervisor, clock, "XK-2024-0927-01", "Homestead approval 农村村民宅基地审批 (licensing), received Friday 2024-09-27 across National Day");
        var clerk = new Actor("赵窗口", AdministrativeLicensing.Clerk);
        var reviewer = new Actor("钱审查", AdministrativeLicensing.Reviewer);
        var head = new Actor("孙负责人", AdministrativeLicensing.Head);
        licensing.Start(PowerCode.Parse("62099907ZF-XK-0001"), AdministrativeLicensing.Id, clerk, At(2024, 9, 27));
        licensing.Fire("accept", clerk, At(2024, 9, 29));
        licensing.Fire("submit", reviewer, At(2024, 10, 12));
        licensing.Fire("grant", head, At(2024, 10, 15));
        licensing.Fire("deliver", clerk, At(2024, 10, 18));
        licensing.Print();

        var allowance = new CaseWalk(engine, supervisor, clock, "DB-2024-0201-07", "Minimum living allowance 最低生活保障 (natural days), received Thursday 2024-02-01 across the Spring Festival");
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

        var request = new CaseWalk(engine, supervisor, clock, "YSQ-2024-0520-02", "Information request 政府信息公开申请 (20 working days), received Monday 2024-05-20: a third party consulted (clock stopped), then extended");
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

        var petition = new CaseWalk(engine, supervisor, clock, "XF-2024-0903-05", "Petition 信访事项 (natural days), registered Tuesday 2024-09-03, extended by the head, opinion issued and accepted");
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

        FlowchartExport.Write(engine.Definitions, flowcharts);
    }

    private static Instant At(int year, int month, int day) =>
        new LocalDateTime(year, month, day, 10, 0).InZoneStrictly(Deadline.ChinaStandardZone).ToInstant();

    private sealed class CaseWalk(ProcedureEngine engine, CaseSupervisor supervisor, FakeClock clock, string caseId, string title)
    {
        private readonly Table table = new Table().AddColumns("Date", "Trigger", "Step now", "Step due", "Step clock", "Committed due 承诺", "Committed clock", "Used/left", "Legal due 法定", "Legal clock");
        private readonly List<CaseEvent> events = [];
        private CaseSnapshot? snapshot;

        public void Start(PowerCode power, string definitionId, Actor actor, Instant at)
        {
            clock.Reset(at);
            Record(engine.Start(caseId, power, definitionId, actor, clock.GetCurrentInstant()), ProcedureEngine.StartTrigger);
        }

        public void Fire(string trigger, Actor actor, Instant at, IReadOnlyDictionary<string, string>? arguments = null, string? reason = null)
        {
            clock.Reset(at);
            Record(engine.Fire(snapshot!, trigger, actor, clock.GetCurrentInstant(), arguments, reason, snapshot!.Version), trigger);
        }

        public void Print(bool explain = false)
        {
            AnsiConsole.WriteLine(title);
            AnsiConsole.Write(table);
            var verification = AuditChain.Verify(events, snapshot!.AuditHead);
            AnsiConsole.WriteLine($"Outcome: {(snapshot.Outcome is { } outcome ? Terms.EnglishName(outcome) + " " + Terms.ChineseName(outcome) : "none")} on {snapshot.Closed:uuuu-MM-dd}; {events.Count} events; audit chain {(verification.IsValid ? "verified" : "BROKEN: " + verification.Problem)}.");
            if (explain)
            {
                // What the official tells the applicant who asks why the deadline is that day (办理期限说明).
                var explanation = engine.ExplainDeadlines(snapshot.DefinitionId, snapshot.PowerCode, events, clock.GetCurrentInstant());
                AnsiConsole.WriteLine(explanation.ToString(ExplanationLanguage.SimplifiedChinese));
                AnsiConsole.WriteLine(explanation.ToString(ExplanationLanguage.English));
            }

            AnsiConsole.WriteLine();
        }

        private void Record(FireResult result, string trigger)
        {
            var now = clock.GetCurrentInstant();
            var date = now.InZone(Deadline.ChinaStandardZone).Date.ToString("uuuu-MM-dd", null);
            if (!result.IsAccepted)
            {
                table.AddRow(date, trigger, "[red]refused[/]", Markup.Escape(result.Rejection!.Message + " " + result.Rejection.ChineseMessage), string.Empty, string.Empty, string.Empty, string.Empty, string.Empty, string.Empty);
                return;
            }

            snapshot = result.Snapshot!;
            events.AddRange(result.Events);
            engine.TryGetDefinition(snapshot, out var definition);
            definition!.TryGetStep(snapshot.Step, out var step);
            var caseStatus = supervisor.CaseStatus(snapshot, definition, now);
            var stepStatus = supervisor.StepStatus(snapshot, definition, now);
            var legalStatus = supervisor.LegalStatus(snapshot, definition, now);
            table.AddRow(
                date,
                trigger,
                Markup.Escape(step!.ChineseName),
                step.IsTerminal ? "—" : stepStatus.DueDate.ToString("uuuu-MM-dd", null),
                step.IsTerminal ? "—" : stepStatus.State.ToString(),
                caseStatus.DueDate.ToString("uuuu-MM-dd", null),
                caseStatus.State.ToString(),
                $"{caseStatus.DaysUsed}/{caseStatus.DaysLeft} of {Markup.Escape(caseStatus.Limit.ToChineseString())}",
                legalStatus.DueDate.ToString("uuuu-MM-dd", null),
                legalStatus.State.ToString());
        }
    }
}
