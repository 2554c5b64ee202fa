using System;
using System.Linq;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using NodaTime;
using PowerGovernance.Calendars;
using PowerGovernance.Powers;
using PowerGovernance.Procedures;
using PowerGovernance.Procedures.BuiltIn;
using PowerGovernance.Supervision;
using static PowerGovernance.Tests.Procedures.BuiltIn.BuiltInFixture;

namespace PowerGovernance.Tests.Procedures.BuiltIn;

/// <summary>
/// The built-in 大病救助 procedure: the village committee (5 days) and the township's review with a home visit (10 days) do
/// not count toward the case; the county's period runs from its receipt of the township's report, committed by the end of
/// that quarter and legal by the end of the next, each rolled to the next working day. National Day 2025: 10-01..10-08
/// off, Sun 09-28 and Sat 10-11 worked. Spring Festival 2026: 02-15..02-23 off, Sat 02-14 and Sat 02-28 worked.
/// </summary>
public class SeriousIllnessAidTests
{
    private static readonly ProcedureDefinition Definition = SeriousIllnessAid.Definition;

    private static readonly Power AidPower = new()
    {
        Code = PowerCode.Parse("62052400MZ-JF-0003"),
        Name = "大病救助审批",
        Category = PowerCategory.Benefit,
        LegalBases = [new LegalBasis("《社会救助暂行办法》", "第六章", LegalBasisRank.AdministrativeRegulation)],
        ImplementingBody = "某县民政局",
        UndertakingUnit = "镇民政办",
        UndertakingPost = "民政专干",
        Initiation = Initiation.OnApplication,
        Conditions = "患所列大病的五保户、特困户家庭人员，或当年医疗费用超过1万元且影响家庭基本生活",
        LegalTimeLimit = TimeLimit.EndOfQuarter(1),
        CommittedTimeLimit = TimeLimit.EndOfQuarter(),
        SupervisingBody = "县民政局纪检组",
        ComplaintChannel = "12345政务服务便民热线",
    };

    private static readonly ProcedureEngine AidEngine = new(Calendar, new PowerCatalog([AidPower]), [Definition]);
    private static readonly Actor Village = new("村委会主任陈某", SeriousIllnessAid.VillageCommittee);
    private static readonly Actor Township = new("民政专干刘某", SeriousIllnessAid.TownshipOfficer);
    private static readonly Actor County = new("县民政局周某", SeriousIllnessAid.CountyBureau);

    [Fact]
    public void The_built_in_definition_passes_the_rules_and_the_catalog_power_its_limits()
    {
        Assert.Equal(TimeLimit.EndOfQuarter(1), Definition.LegalLimit);
        Assert.Equal(TimeLimit.EndOfQuarter(), Definition.CommittedLimit);
        Assert.Equal(SeriousIllnessAid.Id, Definition.Id);
        var catalog = new CatalogValidator().Validate(new PowerCatalog([AidPower]));
        Assert.True(catalog.ErrorCount == 0, catalog.ToString() + string.Concat(catalog.Powers.SelectMany(p => p.Findings).Select(f => "\n" + f)));
    }

    [Fact]
    public void A_county_decision_after_National_Day_2025_is_late_on_the_committed_quarter_and_on_time_on_the_legal_one()
    {
        // Received by the village committee Mon 2025-09-15; its 5 days (office-set): 09-20 is a Saturday, 09-21 a Sunday,
        // so it ends Mon 09-22. Neither case clock counts yet.
        var snapshot = Start(At(2025, 9, 15));
        Assert.Equal(new LocalDate(2025, 9, 22), Supervisor.StepStatus(snapshot, Definition, At(2025, 9, 16)).DueDate);
        Assert.Equal(DeadlineState.NotCounting, Supervisor.CaseStatus(snapshot, Definition, At(2025, 9, 16)).State);

        // Forwarded Wed 09-17: the township's 10 days end 09-27, a Saturday; the next working day is the make-up Sunday 09-28.
        snapshot = Fire(snapshot, SeriousIllnessAid.Triggers.Forward, Village, At(2025, 9, 17));
        Assert.Equal(new LocalDate(2025, 9, 28), Supervisor.StepStatus(snapshot, Definition, At(2025, 9, 18)).DueDate);
        Assert.Equal(DeadlineState.NotCounting, Supervisor.CaseStatus(snapshot, Definition, At(2025, 9, 18)).State);

        // The report needs the home visit and the opinion.
        var missing = AidEngine.Fire(snapshot, SeriousIllnessAid.Triggers.Submit, Township, At(2025, 9, 26), TriggerArguments.None.With(SeriousIllnessAid.Arguments.Opinion, "符合条件，建议救助"));
        Assert.Equal(RejectionKind.ArgumentMissing, missing.Rejection);

        // Visited Wed 09-24, reported Fri 09-26: the county's period starts. Committed: the end of Q3, Tue 09-30, a working
        // day. Legal: the end of Q4, Wed 12-31, a working day (New Year 2026 starts 01-01).
        snapshot = Fire(snapshot, SeriousIllnessAid.Triggers.Submit, Township, At(2025, 9, 26), Report(new LocalDate(2025, 9, 24)));
        var atCounty = Supervisor.Deadlines(snapshot, Definition, At(2025, 9, 26));
        Assert.Equal(new LocalDate(2025, 9, 30), atCounty.Committed.DueDate);
        Assert.Equal(new LocalDate(2025, 12, 31), atCounty.Legal.DueDate);
        Assert.Equal(new LocalDate(2025, 9, 30), atCounty.StepCommitted!.Value.DueDate);
        Assert.Equal(new LocalDate(2025, 12, 31), atCounty.StepLegal!.Value.DueDate);

        // 09-26 to 09-30 is 4 natural days; on 09-26 none is used and 4 are left; on Mon 09-29 one working day is left: yellow.
        Assert.Equal(0, atCounty.Committed.DaysUsed);
        Assert.Equal(4, atCounty.Committed.DaysLeft);
        Assert.Equal(DeadlineState.OnTime, atCounty.Committed.State);
        Assert.Equal(DeadlineState.Warning, Supervisor.CaseStatus(snapshot, Definition, At(2025, 9, 29)).State);

        // Wed 10-01 (National Day): red on the committed clock, on time on the legal one.
        var late = Supervisor.Deadlines(snapshot, Definition, At(2025, 10, 1));
        Assert.Equal(DeadlineState.Overdue, late.Committed.State);
        Assert.Equal(DeadlineState.OnTime, late.Legal.State);

        // Approved Thu 10-09, the first working day after the holiday: finished late on the committed clock, on time legally.
        snapshot = Fire(snapshot, SeriousIllnessAid.Triggers.Approve, County, At(2025, 10, 9));
        Assert.Equal(CaseOutcome.Granted, snapshot.Outcome);
        var finished = Supervisor.Deadlines(snapshot, Definition, At(2025, 10, 20));
        Assert.Equal(DeadlineState.FinishedLate, finished.Committed.State);
        Assert.Equal(DeadlineState.FinishedOnTime, finished.Legal.State);
    }

    [Fact]
    public void A_refusal_in_writing_within_the_quarter_across_Spring_Festival_2026_is_on_time()
    {
        // Received Thu 2026-02-05, forwarded Mon 02-09: the township's 10 days end Thu 02-19, inside the Spring Festival
        // holiday (02-15..02-23); the next working day is Tue 02-24.
        var snapshot = Start(At(2026, 2, 5));
        snapshot = Fire(snapshot, SeriousIllnessAid.Triggers.Forward, Village, At(2026, 2, 9));
        Assert.Equal(new LocalDate(2026, 2, 24), Supervisor.StepStatus(snapshot, Definition, At(2026, 2, 10)).DueDate);

        // Visited and reported on the make-up Saturday 02-14: committed by the end of Q1, Tue 2026-03-31; legal by the end of
        // Q2, Tue 2026-06-30. The holiday does not move a quarter's end.
        snapshot = Fire(snapshot, SeriousIllnessAid.Triggers.Submit, Township, At(2026, 2, 14), Report(new LocalDate(2026, 2, 13)));
        var atCounty = Supervisor.Deadlines(snapshot, Definition, At(2026, 2, 24));
        Assert.Equal(new LocalDate(2026, 3, 31), atCounty.Committed.DueDate);
        Assert.Equal(new LocalDate(2026, 6, 30), atCounty.Legal.DueDate);
        Assert.Equal(DeadlineState.OnTime, atCounty.Committed.State);

        // A refusal needs written reasons.
        Assert.Equal(RejectionKind.ReasonMissing, AidEngine.Fire(snapshot, SeriousIllnessAid.Triggers.Refuse, County, At(2026, 3, 27)).Rejection);
        snapshot = Fire(snapshot, SeriousIllnessAid.Triggers.Refuse, County, At(2026, 3, 27), reason: "医疗费用因交通事故产生，不列入大病救助范围");
        Assert.Equal(CaseOutcome.Refused, snapshot.Outcome);
        var finished = Supervisor.Deadlines(snapshot, Definition, At(2026, 4, 1));
        Assert.Equal(DeadlineState.FinishedOnTime, finished.Committed.State);
        Assert.Equal(DeadlineState.FinishedOnTime, finished.Legal.State);
    }

    [Fact]
    public void A_report_received_on_the_quarters_last_day_is_due_that_day_on_the_committed_clock()
    {
        // Reported Wed 2025-12-31, the last day of Q4 and a working day: committed due that day; legal due the end of Q1
        // 2026, Tue 2026-03-31. Approved Mon 2026-01-05: late on the committed clock only.
        var snapshot = Start(At(2025, 12, 1));
        snapshot = Fire(snapshot, SeriousIllnessAid.Triggers.Forward, Village, At(2025, 12, 3));
        snapshot = Fire(snapshot, SeriousIllnessAid.Triggers.Submit, Township, At(2025, 12, 31), Report(new LocalDate(2025, 12, 30)));
        var atCounty = Supervisor.Deadlines(snapshot, Definition, At(2025, 12, 31));
        Assert.Equal(new LocalDate(2025, 12, 31), atCounty.Committed.DueDate);
        Assert.Equal(new LocalDate(2026, 3, 31), atCounty.Legal.DueDate);

        snapshot = Fire(snapshot, SeriousIllnessAid.Triggers.Approve, County, At(2026, 1, 5));
        var finished = Supervisor.Deadlines(snapshot, Definition, At(2026, 1, 6));
        Assert.Equal(DeadlineState.FinishedLate, finished.Committed.State);
        Assert.Equal(DeadlineState.FinishedOnTime, finished.Legal.State);
    }

    [Fact]
    public void The_deadline_explanation_shows_the_quarter_and_nothing_added_to_it_and_the_case_replays()
    {
        // Received Mon 2025-09-15, forwarded Wed 09-17, reported Fri 09-26: committed due Tue 09-30 (end of Q3), legal due
        // Wed 12-31 (end of Q4); the village's and township's 11 days before the report are not added to a quarter.
        var events = new System.Collections.Generic.List<CaseEvent>();
        var started = AidEngine.Start("case-1", AidPower.Code, Definition.Id, Village, At(2025, 9, 15));
        events.AddRange(started.Events);
        var snapshot = started.Snapshot!;
        foreach (var (trigger, actor, at, arguments) in new (ProcedureTrigger, Actor, Instant, TriggerArguments?)[]
        {
            (SeriousIllnessAid.Triggers.Forward, Village, At(2025, 9, 17), null),
            (SeriousIllnessAid.Triggers.Submit, Township, At(2025, 9, 26), Report(new LocalDate(2025, 9, 24))),
        })
        {
            var fired = AidEngine.Fire(snapshot, trigger, actor, at, arguments, null, snapshot.Version);
            Assert.True(fired.IsAccepted, fired.Message);
            events.AddRange(fired.Events);
            snapshot = fired.Snapshot!;
        }

        var explanation = AidEngine.ExplainDeadlines(Definition.Id, AidPower.Code, events, At(2025, 9, 29));

        Assert.Equal(new LocalDate(2025, 9, 30), explanation.Committed.DueDate);
        Assert.Equal(new LocalDate(2025, 12, 31), explanation.Legal.DueDate);
        Assert.Contains("From 2025-09-26, end of quarter: due 2025-09-30.", explanation.ToString(), StringComparison.Ordinal);
        Assert.Contains("自2025-09-26起算，下1个季度末：期限届满日为2025-12-31。", explanation.ToString(ExplanationLanguage.SimplifiedChinese), StringComparison.Ordinal);
        Assert.True(AuditChain.Verify(events, snapshot.AuditHead).IsValid);
        Assert.Equal(snapshot, AidEngine.Replay(Definition.Id, AidPower.Code, events));
    }

    [Fact]
    public void Supervision_cards_follow_the_quarter_and_its_share_in_natural_days()
    {
        // Reported Fri 2025-09-26: committed due Tue 09-30. Yellow from the day after, Wed 10-01. The supervision limit of
        // 3 working days from 09-30 skips National Day (10-01..10-08): Thu 10-09, Fri 10-10, the make-up Sat 10-11; red
        // from Sun 10-12 while the case is still open.
        var snapshot = Start(At(2025, 9, 15));
        snapshot = Fire(snapshot, SeriousIllnessAid.Triggers.Forward, Village, At(2025, 9, 17));
        snapshot = Fire(snapshot, SeriousIllnessAid.Triggers.Submit, Township, At(2025, 9, 26), Report(new LocalDate(2025, 9, 24)));
        var cards = new SupervisionCardEvaluator(Calendar);
        // On the due day itself, one working day is left: a warning, not yet a card.
        Assert.Equal(SupervisionCardTier.None, cards.Evaluate(snapshot, Definition, new LocalDate(2025, 9, 27)).Tier);
        Assert.Equal(SupervisionCardTier.Warning, cards.Evaluate(snapshot, Definition, new LocalDate(2025, 9, 30)).Tier);
        Assert.Equal(SupervisionCardTier.Yellow, cards.Evaluate(snapshot, Definition, new LocalDate(2025, 10, 1)).Tier);
        Assert.Equal(SupervisionCardTier.Yellow, cards.Evaluate(snapshot, Definition, new LocalDate(2025, 10, 11)).Tier);
        Assert.Equal(SupervisionCardTier.Red, cards.Evaluate(snapshot, Definition, new LocalDate(2025, 10, 12)).Tier);

        // A yellow share of 50%: half of the 4 natural days 09-26..09-30 is 2, so the threshold is 09-28 (the make-up Sunday,
        // a working day): yellow from Mon 09-29.
        var half = new SupervisionCardEvaluator(Calendar, SupervisionCardPolicy.Default with { YellowCardPercent = 50 });
        Assert.Equal(SupervisionCardTier.None, half.Evaluate(snapshot, Definition, new LocalDate(2025, 9, 28)).Tier);
        Assert.Equal(SupervisionCardTier.Yellow, half.Evaluate(snapshot, Definition, new LocalDate(2025, 9, 29)).Tier);
    }

    [Fact]
    public void Withdrawal_is_possible_before_the_decision_and_decisions_only_by_the_county()
    {
        var snapshot = Start(At(2025, 9, 15));
        snapshot = Fire(snapshot, SeriousIllnessAid.Triggers.Forward, Village, At(2025, 9, 17));
        snapshot = Fire(snapshot, SeriousIllnessAid.Triggers.Submit, Township, At(2025, 9, 26), Report(new LocalDate(2025, 9, 24)));
        Assert.False(AidEngine.Fire(snapshot, SeriousIllnessAid.Triggers.Approve, Township, At(2025, 9, 29)).IsAccepted);

        snapshot = Fire(snapshot, SeriousIllnessAid.Triggers.Withdraw, Township, At(2025, 9, 29));
        Assert.Equal(CaseOutcome.Withdrawn, snapshot.Outcome);
    }

    [Fact]
    public void A_definition_that_suspends_or_extends_a_quarter_limit_is_refused_with_every_trigger_named()
    {
        var builder = SeriousIllnessAid.CreateBuilder()
            .Trigger(new ProcedureTrigger("suspend", "中止", "Suspend"), SeriousIllnessAid.Steps.CountyApproval, SeriousIllnessAid.Steps.CountyApproval, [SeriousIllnessAid.CountyBureau], t => t.Suspends())
            .Trigger(new ProcedureTrigger("extend", "延长", "Extend"), SeriousIllnessAid.Steps.CountyApproval, SeriousIllnessAid.Steps.CountyApproval, [SeriousIllnessAid.CountyBureau], t => t.Extends(TimeLimit.EndOfQuarter(1)));

        var error = Assert.Throws<InvalidProcedureDefinitionException>(() => builder.Build());

        var quarter = error.Findings.Where(f => f.Code == ProcedureRuleCodes.QuarterLimitNotAdjustable).ToArray();
        Assert.Equal(2, quarter.Length);
        Assert.Contains(quarter, f => f.AttemptedValue == "suspend" && f.Message.Contains("cannot be suspended or extended", StringComparison.Ordinal) && f.ChineseMessage.Contains("不能中止或延长", StringComparison.Ordinal));
        Assert.Contains(quarter, f => f.AttemptedValue == "extend");
    }

    [Fact]
    public void A_committed_quarter_no_earlier_than_the_legal_one_is_refused()
    {
        // Legal: end of the next quarter (1 following); two thirds of 1 rounded down is 0, so committing to the next quarter too is refused.
        var error = Assert.Throws<InvalidProcedureDefinitionException>(() => SeriousIllnessAid.CreateBuilder(new PeriodLimits(TimeLimit.EndOfQuarter(1), TimeLimit.EndOfQuarter(1))).Build());

        var finding = Assert.Single(error.Findings, f => f.Code == ProcedureRuleCodes.CommittedLimitNotShortened);
        Assert.Contains("at most end of quarter (rounded down)", finding.Message, StringComparison.Ordinal);
        Assert.Contains("最多本季度末", finding.ChineseMessage, StringComparison.Ordinal);
    }

    [Fact]
    public void A_host_whose_county_approves_a_quarter_later_configures_it()
    {
        var definition = SeriousIllnessAid.CreateBuilder(new PeriodLimits(TimeLimit.EndOfQuarter(3), TimeLimit.EndOfQuarter(1))).Build();

        Assert.Equal(TimeLimit.EndOfQuarter(1), definition.CommittedLimit);
        Assert.Equal(TimeLimit.EndOfQuarter(3), definition.LegalLimit);
    }

    /// <summary>A quarterly approval is never due before its quarter ends: committed on or after the end of the report's quarter, legal on or after the next one's.</summary>
    [Property(MaxTest = 60)]
    public Property A_quarterly_approval_is_never_due_before_the_quarter_ends() =>
        Prop.ForAll(
            Gen.Choose(0, Period.DaysBetween(new LocalDate(2004, 1, 10), new LocalDate(2026, 6, 20))).ToArbitrary(),
            offset =>
            {
                var reported = new LocalDate(2004, 1, 10).PlusDays(offset);
                var snapshot = Start(On(reported.PlusDays(-5)));
                snapshot = Fire(snapshot, SeriousIllnessAid.Triggers.Forward, Village, On(reported.PlusDays(-3)));
                snapshot = Fire(snapshot, SeriousIllnessAid.Triggers.Submit, Township, On(reported), Report(reported));
                var deadlines = Supervisor.Deadlines(snapshot, Definition, On(reported));
                var quarterEnd = QuarterEnd(reported);
                var nextQuarterEnd = QuarterEnd(quarterEnd.PlusDays(1));
                return deadlines.Committed.DueDate >= quarterEnd
                    && deadlines.Legal.DueDate >= nextQuarterEnd
                    && Calendar.IsWorkingDay(deadlines.Committed.DueDate)
                    && Calendar.IsWorkingDay(deadlines.Legal.DueDate);
            });

    private static LocalDate QuarterEnd(LocalDate date) =>
        new LocalDate(date.Year, (((date.Month - 1) / 3) * 3) + 1, 1).PlusMonths(3).PlusDays(-1);

    private static Instant On(LocalDate date) => At(date.Year, date.Month, date.Day);

    private static TriggerArguments Report(LocalDate visited) =>
        TriggerArguments.None.With(SeriousIllnessAid.Arguments.HomeVisit, visited).With(SeriousIllnessAid.Arguments.Opinion, "入户调查属实，符合条件，建议救助");

    private static CaseSnapshot Start(Instant at)
    {
        var result = AidEngine.Start("case-1", AidPower.Code, Definition.Id, Village, at);
        Assert.True(result.IsAccepted, result.Message);
        return result.Snapshot!;
    }

    private static CaseSnapshot Fire(CaseSnapshot snapshot, ProcedureTrigger trigger, Actor actor, Instant at, TriggerArguments? arguments = null, string? reason = null)
    {
        var result = AidEngine.Fire(snapshot, trigger, actor, at, arguments, reason, snapshot.Version);
        Assert.True(result.IsAccepted, result.Message);
        return result.Snapshot!;
    }
}
