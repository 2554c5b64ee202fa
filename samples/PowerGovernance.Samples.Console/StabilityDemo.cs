using System;
using System.Collections.Generic;
using System.Linq;
using Microsoft.Extensions.DependencyInjection;
using NodaTime;
using PowerGovernance.Calendars;
using PowerGovernance.Powers;
using PowerGovernance.Procedures;
using PowerGovernance.Procedures.BuiltIn;
using PowerGovernance.Risks;
using PowerGovernance.Stability;
using PowerGovernance.Supervision;
using Spectre.Console;

namespace PowerGovernance.Samples.ConsoleHost;

/// <summary>
/// Stability work and risk points: the dispute-screening duty days of September–October 2024 (the eve of National Day
/// included), a dispute routed to a leader-owned case that runs past its settlement period across National Day, gets a
/// numbered supervision notice and a new date, and the party is told within 3 days; then the risk register and the warnings
/// the year's observations raise.
/// </summary>
internal static class StabilityDemo
{
    private static readonly Power DisputePower = new()
    {
        Code = PowerCode.Parse("62099907ZZ-QT-0001"),
        Name = "矛盾纠纷领导包案化解",
        Category = PowerCategory.Other,
        LegalBases = [new LegalBasis("《XXX综治维稳相关工作制度》", "领导包案化解制度", LegalBasisRank.NormativeDocument)],
        ImplementingBody = "陇泉县石门镇人民政府",
        UndertakingUnit = "综治维稳办公室",
        Initiation = Initiation.ExOfficio,
        CommittedTimeLimit = TimeLimit.NaturalDays(30),
    };

    public static void Run(Narrator narrator, IServiceProvider services)
    {
        var terms = narrator.Terms;
        narrator.Heading("7. Stability work and risk points", "7. 综治维稳与权力风险点");
        var calendar = services.GetRequiredService<IWorkingCalendar>();
        var supervisor = services.GetRequiredService<CaseSupervisor>();

        // Screening every 15 days from 2024-09-02, and on the eve of each holiday and of the county congress.
        var schedule = new ScreeningSchedule(new OfficeCalendar(calendar), new LocalDate(2024, 9, 2), [new SensitivePeriod("县人代会", "County people's congress", new DateInterval(new LocalDate(2024, 10, 22), new LocalDate(2024, 10, 24)))]);
        var screenings = narrator.Table(("Date", "日期"), ("Screening", "排查"));
        foreach (var due in schedule.Due(new DateInterval(new LocalDate(2024, 9, 1), new LocalDate(2024, 10, 31))))
        {
            screenings.AddRow(SampleTerms.Date(due.Date), Markup.Escape(narrator.Say(due.EnglishOccasion, due.Occasion)));
        }

        narrator.Write(screenings);

        // A dispute found on 2024-08-30 needs the principal leader: routed to a leader-owned case.
        var file = new DisputeFile("ZZ-2024-017", new LocalDate(2024, 8, 30), "石门村征地补偿款分配纠纷", DisputeCoordination.PrincipalLeader, urgent: true);
        var route = DisputeRouting.Route(file);
        narrator.Line(
            $"Dispute {file.Id} ({file.Subject}): {route.EnglishInstruction}.",
            $"矛盾纠纷 {file.Id}（{file.Subject}）：{route.Instruction}。");

        var definition = LeaderOwnedCase.CreateBuilder().Build();
        var engine = new ProcedureEngine(new OfficeCalendar(calendar), new PowerCatalog([DisputePower]), [definition]);
        var office = new Actor("综治办王某", LeaderOwnedCase.StabilityOffice);
        var head = new Actor("党委书记吴某", LeaderOwnedCase.Head);
        var leader = new Actor("副镇长李某", LeaderOwnedCase.CaseLeader);
        var register = new SupervisionNoticeRegister("石门综治");
        var table = narrator.Table(("Date", "日期"), ("Trigger", "动作"), ("Step now", "当前环节"), ("Result", "结果"));
        var started = engine.Start(file.Id, DisputePower.Code, LeaderOwnedCase.Id, office, At(2024, 8, 30));
        if (!started.IsAccepted || started.Snapshot is not { } snapshot)
        {
            narrator.Line("The case could not be opened: " + started.Message, "案件未能启动：" + started.ChineseMessage);
            return;
        }

        void Fire(string trigger, Actor actor, Instant at, Dictionary<string, string>? arguments = null, string? reason = null)
        {
            var result = engine.Fire(snapshot, trigger, actor, at, arguments, reason, snapshot.Version);
            var date = SampleTerms.Date(at.InZone(Deadline.ChinaStandardZone).Date);
            var name = Markup.Escape(terms.Trigger(definition, trigger));
            if (!result.IsAccepted || result.Snapshot is not { } next)
            {
                table.AddRow(date, name, Markup.Escape(Step(terms, definition, snapshot)), "[red]" + Markup.Escape(narrator.Say("refused", "不予执行")) + "[/] " + Markup.Escape(terms.Message(result)));
                return;
            }

            snapshot = next;
            var outcome = snapshot.IsClosed
                ? terms.Outcome(snapshot.Outcome)
                : narrator.Say(
                    $"case due {SampleTerms.Date(supervisor.CaseStatus(snapshot, definition, at).DueDate)}, step due {SampleTerms.Date(supervisor.StepStatus(snapshot, definition, at).DueDate)}",
                    $"案件届满{SampleTerms.Date(supervisor.CaseStatus(snapshot, definition, at).DueDate)}，环节届满{SampleTerms.Date(supervisor.StepStatus(snapshot, definition, at).DueDate)}");
            table.AddRow(date, name, Markup.Escape(Step(terms, definition, snapshot)), Markup.Escape(outcome));
        }

        Fire("submit", office, At(2024, 8, 30), new() { ["leader"] = leader.Name });
        Fire("approve", head, At(2024, 9, 2));
        Fire("report-progress", leader, At(2024, 10, 8), new() { ["progress"] = "已召开两次协调会" });
        var early = register.NextNumber(new LocalDate(2024, 10, 8)).ToString();
        Fire("issue-notice", office, At(2024, 10, 8), new() { ["notice"] = early });
        register = register.Issue(file.Id, "副镇长李某包案组", new LocalDate(2024, 10, 9), SupervisionReason.Overdue);
        Fire("issue-notice", office, At(2024, 10, 9), new() { ["notice"] = register.Notices[^1].Number.ToString() });
        Fire("report-overdue", leader, At(2024, 10, 12), new() { ["report"] = "部分村民外出务工，分配方案需重新表决", ["new-deadline"] = "2024-11-08" });
        Fire("close", leader, At(2024, 11, 6), new() { ["result"] = "村民代表会议表决通过分配方案" });
        Fire("notify-party", leader, At(2024, 11, 8));
        narrator.Write(table);
        narrator.Line(
            $"Supervision notices filed: {string.Join(", ", register.Notices.Select(n => n.Number.ToString()))}.",
            $"督办通知书登记：{string.Join("、", register.Notices.Select(n => n.Number.ToString()))}。");

        // Risk points of the dispute power and the case leader's post, and the warnings of October 2024.
        var risks = new RiskRegister(
        [
            new RiskPoint("ZZ-R1", DisputePower.Code, null, "调处超期、推诿扯皮", RiskLevel.Medium, ["督办通知书统一编号、列表建档", "一把手会议通报督促"]),
            new RiskPoint("ZZ-R2", null, LeaderOwnedCase.CaseLeader, "包案领导不亲自调处", RiskLevel.High, []),
        ]);
        var findings = risks.Validate(new PowerCatalog([DisputePower]), [LeaderOwnedCase.CaseLeader, LeaderOwnedCase.StabilityOffice]);
        foreach (var finding in findings)
        {
            narrator.Line($"  {finding.Code} {finding.Path}: {terms.Message(finding)}");
        }

        var warnings = RiskWarningPolicy.Default.Evaluate(
            risks,
            [
                new RiskObservation(RiskObservationKind.CaseOverdue, new LocalDate(2024, 10, 9), file.Id, DisputePower.Code),
                new RiskObservation(RiskObservationKind.Complaint, new LocalDate(2024, 9, 20), "来电投诉包案领导未到场", null, LeaderOwnedCase.CaseLeader),
                new RiskObservation(RiskObservationKind.Complaint, new LocalDate(2024, 10, 15), "来信投诉调解会推迟", null, LeaderOwnedCase.CaseLeader),
            ],
            new LocalDate(2024, 10, 31));
        var warned = narrator.Table(("Date", "日期"), ("Level", "等级"), ("Must act", "责任人"), ("Warning", "预警"));
        foreach (var warning in warnings)
        {
            warned.AddRow(SampleTerms.Date(warning.Raised), warning.Level.ToString(), Markup.Escape(narrator.Say(warning.MustAct.EnglishName, warning.MustAct.ChineseName)), Markup.Escape(narrator.Say(warning.EnglishMessage, warning.Message)));
        }

        narrator.Write(warned);
        narrator.Line();
    }

    private static string Step(SampleTerms terms, ProcedureDefinition definition, CaseSnapshot snapshot) =>
        definition.Steps.FirstOrDefault(s => s.Id == snapshot.Step) is { } step ? terms.Step(step) : snapshot.Step;

    private static Instant At(int year, int month, int day) =>
        new LocalDateTime(year, month, day, 10, 0).InZoneStrictly(Deadline.ChinaStandardZone).ToInstant();
}
