using System.Collections.Generic;
using NodaTime;
using PowerGovernance.Calendars;
using PowerGovernance.Powers;
using PowerGovernance.Procedures;
using PowerGovernance.Procedures.BuiltIn;
using PowerGovernance.Stability;
using PowerGovernance.Supervision;
using static PowerGovernance.Tests.Procedures.BuiltIn.BuiltInFixture;

namespace PowerGovernance.Tests.Procedures.BuiltIn;

/// <summary>
/// The built-in leader-owned case procedure (领导包案化解): the settlement period from the head's approval, the extension,
/// the numbered supervision notice once overdue, the overdue report with its new date, and the party told within 3 days.
/// Its golden charts are checked with the other built-ins' (FlowchartGoldenTests).
/// </summary>
public class LeaderOwnedCaseTests
{
    private static readonly ProcedureDefinition Definition = LeaderOwnedCase.CreateBuilder().Build();

    private static readonly Power Power = new()
    {
        Code = PowerCode.Parse("62052400MZ-QT-0009"),
        Name = "矛盾纠纷领导包案化解",
        Category = PowerCategory.Other,
        LegalBases = [new LegalBasis("《XXX综治维稳相关工作制度》", "领导包案化解制度", LegalBasisRank.NormativeDocument)],
        ImplementingBody = "某镇人民政府",
        UndertakingUnit = "综治维稳办公室",
        Initiation = Initiation.ExOfficio,
        CommittedTimeLimit = TimeLimit.NaturalDays(30),
    };

    private static readonly ProcedureEngine Engine = new(Calendar, new PowerCatalog([Power]), [Definition]);
    private static readonly Actor Office = new("综治办王某", LeaderOwnedCase.StabilityOffice);
    private static readonly Actor Head = new("党委书记张某", LeaderOwnedCase.Head);
    private static readonly Actor Leader = new("副镇长李某", LeaderOwnedCase.CaseLeader);

    private CaseSnapshot snapshot = null!;
    private readonly List<CaseEvent> events = [];

    [Fact]
    public void An_overdue_case_across_National_Day_2025_gets_a_numbered_notice_a_report_with_a_new_date_and_the_party_is_told_in_3_days()
    {
        Start(At(2025, 8, 28));
        Assert.Equal(RejectionKind.ArgumentMissing, Refuse("submit", Office, At(2025, 8, 29)).Rejection);
        Fire("submit", Office, At(2025, 8, 29), new() { ["leader"] = "副镇长李某" });
        Fire("approve", Head, At(2025, 9, 1));

        // The settlement period runs from the head's approval on Mon 2025-09-01 (not counted; the days of filing and
        // approval do not count): 30 natural days end on Wed 2025-10-01, a holiday of the National Day block 10-01..10-08;
        // the period ends on the next working day, Thu 2025-10-09.
        Assert.Equal(new LocalDate(2025, 10, 9), CaseAt(At(2025, 9, 1)).DueDate);

        // On the last day the case is not overdue: no notice yet.
        var notice = new SupervisionNoticeRegister("某镇综治").Issue("dispute-2025-017", "副镇长李某包案组", new LocalDate(2025, 10, 10), SupervisionReason.Overdue).Notices[0];
        Assert.Equal("某镇综治督〔2025〕1号", notice.Number.ToString());
        var early = Refuse("issue-notice", Office, At(2025, 10, 9), new() { ["notice"] = notice.Number.ToString() });
        Assert.Equal(["未按调处时限完成调处工作 (the settlement period has run out)"], early.UnmetGuards());
        Assert.Equal(RejectionKind.ArgumentInvalid, Refuse("issue-notice", Office, At(2025, 10, 10), new() { ["notice"] = "督办1号" }).Rejection);
        Fire("issue-notice", Office, At(2025, 10, 10), new() { ["notice"] = notice.Number.ToString() });
        Assert.Equal(DeadlineState.Overdue, CaseAt(At(2025, 10, 10)).State);

        // The written report on Sat 2025-10-11 (a make-up working day) restarts the period: 30 days from 10-11 end on
        // Mon 2025-11-10, a working day. A new date after that is refused; 11-10 itself is accepted.
        var tooLate = Refuse("report-overdue", Leader, At(2025, 10, 11), new() { ["report"] = "当事人外出务工，调解会推迟", ["new-deadline"] = "2025-11-11" });
        Assert.Single(tooLate.UnmetGuards());
        Fire("report-overdue", Leader, At(2025, 10, 11), new() { ["report"] = "当事人外出务工，调解会推迟", ["new-deadline"] = "2025-11-10" });
        Assert.Equal(LeaderOwnedCase.Steps.Settlement, snapshot.Step);
        Assert.Equal(new LocalDate(2025, 11, 10), CaseAt(At(2025, 10, 11)).DueDate);

        // Closed on Wed 2025-11-05: the party is told within 3 days, 11-06, 11-07, 11-08 (Sat, a rest day) → Mon 2025-11-10.
        Fire("close", Leader, At(2025, 11, 5), new() { ["result"] = "双方达成调解协议" });
        Assert.Equal(LeaderOwnedCase.Steps.ClosureNotice, snapshot.Step);
        Assert.Equal(new LocalDate(2025, 11, 10), StepAt(At(2025, 11, 5)).DueDate);
        Fire("notify-party", Leader, At(2025, 11, 10));

        Assert.Equal(LeaderOwnedCase.Steps.Closed, snapshot.Step);
        Assert.Equal(CaseOutcome.Completed, snapshot.Outcome);
        AssertAuditedAndReplayable();
    }

    [Fact]
    public void An_extended_case_across_Spring_Festival_2026_is_transferred_and_the_party_told_after_the_holiday()
    {
        Start(At(2026, 1, 15));
        Fire("submit", Office, At(2026, 1, 16), new() { ["leader"] = "副镇长李某" });
        Fire("approve", Head, At(2026, 1, 20));

        // 30 days from Tue 2026-01-20 end on Thu 2026-02-19, inside the Spring Festival block 02-15..02-23 → Tue 2026-02-24.
        Assert.Equal(new LocalDate(2026, 2, 24), CaseAt(At(2026, 1, 20)).DueDate);

        // The monthly progress report is a self-transition that keeps the step.
        Fire("report-progress", Leader, At(2026, 2, 13), new() { ["progress"] = "已召开两次调解会" });

        // The head extends once, while the period runs, by 15 days: 45 days from 01-20 end on Fri 2026-03-06, a working day.
        Assert.Equal(RejectionKind.ReasonMissing, Refuse("extend", Head, At(2026, 2, 13)).Rejection);
        Fire("extend", Head, At(2026, 2, 13), reason: "涉及土地确权，需县自然资源局协调");
        Assert.Equal(new LocalDate(2026, 3, 6), CaseAt(At(2026, 2, 13)).DueDate);
        Assert.Equal(RejectionKind.ClockConflict, Refuse("extend", Head, At(2026, 2, 14), reason: "再次延期").Rejection);

        // Transferred on Sat 2026-02-14 (a make-up working day): 3 days end on 02-17, inside the holiday → Tue 2026-02-24.
        Fire("transfer", Leader, At(2026, 2, 14), new() { ["to"] = "县综治办" });
        Assert.Equal(new LocalDate(2026, 2, 24), StepAt(At(2026, 2, 14)).DueDate);
        Assert.NotEqual(DeadlineState.Overdue, StepAt(At(2026, 2, 23)).State);
        Fire("notify-party", Leader, At(2026, 2, 24));

        Assert.Equal(LeaderOwnedCase.Steps.Transferred, snapshot.Step);
        Assert.Equal(CaseOutcome.Transferred, snapshot.Outcome);
        AssertAuditedAndReplayable();
    }

    [Fact]
    public void An_extension_after_the_period_ran_out_is_refused_and_the_head_may_decline_with_a_reason()
    {
        Start(At(2025, 8, 28));
        Fire("submit", Office, At(2025, 8, 29), new() { ["leader"] = "副镇长李某" });
        Fire("approve", Head, At(2025, 9, 1));
        var late = Refuse("extend", Head, At(2025, 10, 10), reason: "难度太大");
        Assert.Equal(["在调处期限内经一把手同意延长 (extended with the head's consent while the settlement period runs)"], late.UnmetGuards());
        Assert.Equal(RejectionKind.ActorLacksPost, Refuse("extend", Leader, At(2025, 9, 20), reason: "难度太大").Rejection);

        Start(At(2025, 8, 28));
        Fire("submit", Office, At(2025, 8, 29), new() { ["leader"] = "副镇长李某" });
        Assert.Equal(RejectionKind.ReasonMissing, Refuse("decline", Head, At(2025, 9, 1)).Rejection);
        Fire("decline", Head, At(2025, 9, 1), reason: "可由司法所调处，无需领导包案");
        Assert.Equal(CaseOutcome.NotAccepted, snapshot.Outcome);
    }

    [Fact]
    public void The_settlement_period_is_an_option_of_1_to_365_natural_days()
    {
        Assert.Equal(TimeLimit.NaturalDays(20), LeaderOwnedCase.CreateBuilder(TimeLimit.NaturalDays(20)).Build().CommittedLimit);
        Assert.Null(Definition.LegalLimit);
        Assert.Throws<System.ArgumentOutOfRangeException>(() => LeaderOwnedCase.CreateBuilder(TimeLimit.WorkingDays(20)));
        Assert.Throws<System.ArgumentOutOfRangeException>(() => LeaderOwnedCase.CreateBuilder(null, TimeLimit.NaturalDays(0)));
    }

    private void Start(Instant at)
    {
        var result = Engine.Start("dispute-2025-017", Power.Code, LeaderOwnedCase.Id, Office, at);
        Assert.True(result.IsAccepted, result.Message);
        snapshot = result.Snapshot!;
        events.Clear();
        events.AddRange(result.Events);
    }

    private void Fire(string trigger, Actor actor, Instant at, Dictionary<string, string>? arguments = null, string? reason = null)
    {
        var result = Engine.Fire(snapshot, trigger, actor, at, arguments, reason, snapshot.Version);
        Assert.True(result.IsAccepted, result.Message);
        snapshot = result.Snapshot!;
        events.AddRange(result.Events);
    }

    private FireResult Refuse(string trigger, Actor actor, Instant at, Dictionary<string, string>? arguments = null, string? reason = null)
    {
        var result = Engine.Fire(snapshot, trigger, actor, at, arguments, reason);
        Assert.False(result.IsAccepted, $"'{trigger}' was accepted from '{snapshot.Step}'.");
        Assert.Same(snapshot, result.Snapshot);
        Assert.Empty(result.Events);
        return result;
    }

    private DeadlineStatus CaseAt(Instant now) => Supervisor.CaseStatus(snapshot, Definition, now);

    private DeadlineStatus StepAt(Instant now) => Supervisor.StepStatus(snapshot, Definition, now);

    private void AssertAuditedAndReplayable()
    {
        Assert.True(AuditChain.Verify(events, snapshot.AuditHead).IsValid);
        Assert.Equal(snapshot, Engine.Replay(LeaderOwnedCase.Id, snapshot.PowerCode, events));
    }
}
