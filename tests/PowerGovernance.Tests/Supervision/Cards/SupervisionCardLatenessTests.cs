using System.Collections.Generic;
using System.Linq;
using NodaTime;
using PowerGovernance.Calendars;
using PowerGovernance.Procedures;
using PowerGovernance.Procedures.BuiltIn;
using PowerGovernance.Supervision;
using PowerGovernance.Tests.Procedures.BuiltIn;
using static PowerGovernance.Tests.Procedures.BuiltIn.BuiltInFixture;

namespace PowerGovernance.Tests.Supervision.Cards;

/// <summary>
/// Warning, yellow and red cards for lateness on the built-in licensing procedure across National Day 2024 on the
/// official calendar: Fri 09-27, Sun 09-29 (make-up), Mon 09-30, Oct 1–7 off, Tue 10-08 … Fri 10-11, Sat 10-12 (make-up),
/// Mon 10-14 …. Received Fri 09-27 and accepted Mon 09-30. Committed 13 wd from receipt: 09-29(1), 09-30(2), 10-08(3),
/// 10-09(4), 10-10(5), 10-11(6), 10-12(7), 10-14(8), 10-15(9), 10-16(10), 10-17(11), 10-18(12), 10-21(13) → 10-21.
/// Legal 20 wd from acceptance: 10-08(1) … 10-12(5), 10-14 … 10-18(10), 10-21 … 10-25(15), 10-28 … 10-31(19), 11-01(20) → 11-01.
/// </summary>
public class SupervisionCardLatenessTests
{
    private static readonly Actor Clerk = new("张敏", AdministrativeLicensing.Clerk);
    private static readonly Actor Reviewer = new("李强", AdministrativeLicensing.Reviewer);
    private static readonly Actor Head = new("王局长", AdministrativeLicensing.Head);
    private static readonly SupervisionCardEvaluator Cards = new(Calendar);

    private static LocalDate D(int month, int day) => new(2024, month, day);

    /// <summary>Received 09-27, accepted 09-30, submitted for decision Wed 10-16; the decision step's 2 wd: 10-17(1), 10-18(2) → 10-18.</summary>
    private static CaseWalk AwaitingDecision() =>
        CaseWalk.Start(BuiltInProcedures.AdministrativeLicensing, BuiltInPowers.Licensing, Clerk, At(2024, 9, 27))
            .Fire("accept", Clerk, At(2024, 9, 30))
            .Fire("submit", Reviewer, At(2024, 10, 16));

    private static SupervisionCard Card(CaseWalk walk, LocalDate today, SupervisionCardEvaluator? cards = null) =>
        (cards ?? Cards).Evaluate(walk.Snapshot, walk.Definition, today);

    private static string[] Codes(SupervisionCard card) => [.. card.Reasons.Select(r => r.Code)];

    [Fact]
    public void A_case_open_past_National_Day_goes_from_no_card_to_warning_yellow_and_red()
    {
        var walk = AwaitingDecision();

        // Thu 10-17: 11 of 13 wd used (09-29, 09-30, 10-08 … 10-12, 10-14 … 10-17), 2 left (10-18, 10-21): nothing applies,
        // and the shared card is returned.
        Assert.Same(SupervisionCard.None, Card(walk, D(10, 17)));

        // Fri 10-18: 12 used (≥ 90% of 13 = 11.7) and 1 wd left: a warning, naming the due date 10-21.
        var warning = Card(walk, D(10, 18));
        Assert.Equal(SupervisionCardTier.Warning, warning.Tier);
        var near = Assert.Single(warning.Reasons);
        Assert.Equal(SupervisionCardCodes.NearCommittedLimit, near.Code);
        Assert.Equal(D(10, 21), near.Date);
        Assert.Contains("2024-10-21", near.Message, System.StringComparison.Ordinal);
        Assert.Contains("预警", near.ChineseMessage, System.StringComparison.Ordinal);

        // Mon 10-21, the last day: still a warning for the case, but the decision step's 2 wd ended on 10-18: a yellow card
        // for the step alone.
        var stepLate = Card(walk, D(10, 21));
        Assert.Equal(SupervisionCardTier.Yellow, stepLate.Tier);
        Assert.Equal([SupervisionCardCodes.NearCommittedLimit, SupervisionCardCodes.StepLimitPassed], Codes(stepLate));
        Assert.Equal(D(10, 18), stepLate.Reasons[1].Date);

        // Tue 10-22: the committed limit passed on 10-21: yellow card. The supervision deadline, 3 wd after 10-21:
        // 10-22(1), 10-23(2), 10-24(3) → 10-24, so Thu 10-24 is still yellow.
        foreach (var day in new[] { D(10, 22), D(10, 24) })
        {
            var yellow = Card(walk, day);
            Assert.Equal(SupervisionCardTier.Yellow, yellow.Tier);
            Assert.Equal([SupervisionCardCodes.CommittedLimitPassed, SupervisionCardCodes.StepLimitPassed], Codes(yellow));
            Assert.Equal(D(10, 21), yellow.Reasons[0].Date);
            Assert.Contains("2024-10-21", yellow.Reasons[0].ChineseMessage, System.StringComparison.Ordinal);
        }

        // Fri 10-25: still open after the supervision deadline: red card, naming 10-24.
        var red = Card(walk, D(10, 25));
        Assert.Equal(SupervisionCardTier.Red, red.Tier);
        Assert.Equal([SupervisionCardCodes.CommittedLimitPassed, SupervisionCardCodes.SupervisionDeadlinePassed, SupervisionCardCodes.StepLimitPassed], Codes(red));
        var supervision = red.Reasons[1];
        Assert.Equal(D(10, 24), supervision.Date);
        Assert.Contains("2024-10-24", supervision.Message, System.StringComparison.Ordinal);
        Assert.Contains("督办期限", supervision.ChineseMessage, System.StringComparison.Ordinal);

        // Fri 11-01 is the last legal day; Mon 11-04 the case is past its legal limit too (违法超期).
        Assert.False(Card(walk, D(11, 1)).Has(SupervisionCardCodes.LegalLimitPassed));
        var illegal = Card(walk, D(11, 4));
        Assert.Equal(SupervisionCardTier.Red, illegal.Tier);
        var legal = Assert.Single(illegal.Reasons, r => r.Code == SupervisionCardCodes.LegalLimitPassed);
        Assert.Equal(D(11, 1), legal.Date);
        Assert.Contains("违法超期", legal.ChineseMessage, System.StringComparison.Ordinal);
    }

    [Fact]
    public void A_province_that_shows_yellow_at_80_percent_and_red_5_working_days_later_cards_the_same_case_earlier()
    {
        var walk = AwaitingDecision();
        var province = new SupervisionCardEvaluator(Calendar, SupervisionCardPolicy.Default with { YellowCardPercent = 80, SupervisionLimit = TimeLimit.WorkingDays(5) });

        // 80% of 13 wd = 10.4, rounded down to 10 wd: the 10th wd after 09-27 is 10-16, so yellow from Thu 10-17, when the
        // default shows nothing. Supervision deadline 5 wd after 10-16: 10-17(1), 10-18(2), 10-21(3), 10-22(4), 10-23(5).
        var early = Card(walk, D(10, 17), province);
        Assert.Equal(SupervisionCardTier.Yellow, early.Tier);
        var yellow = Assert.Single(early.Reasons);
        Assert.Equal(SupervisionCardCodes.CommittedLimitPassed, yellow.Code);
        Assert.Equal(D(10, 16), yellow.Date);
        Assert.Contains("80%", yellow.Message, System.StringComparison.Ordinal);
        Assert.Equal(SupervisionCardTier.None, Card(walk, D(10, 17)).Tier);

        // Wed 10-23 is the last day of the province's deadline; Thu 10-24 it is red, while the default is still yellow.
        Assert.Equal(SupervisionCardTier.Yellow, Card(walk, D(10, 23), province).Tier);
        var red = Card(walk, D(10, 24), province);
        Assert.Equal(SupervisionCardTier.Red, red.Tier);
        Assert.Equal(D(10, 23), red.Reasons.Single(r => r.Code == SupervisionCardCodes.SupervisionDeadlinePassed).Date);
        Assert.Equal(SupervisionCardTier.Yellow, Card(walk, D(10, 24)).Tier);

        // A province that keeps yellow at the limit but gives 5 wd: 10-22(1), 10-23(2), 10-24(3), 10-25(4), 10-28(5) → red
        // from Tue 10-29; Fri 10-25, red by default, is still yellow there.
        var patient = new SupervisionCardEvaluator(Calendar, SupervisionCardPolicy.Default with { SupervisionLimit = TimeLimit.WorkingDays(5) });
        Assert.Equal(SupervisionCardTier.Red, Card(walk, D(10, 25)).Tier);
        Assert.Equal(SupervisionCardTier.Yellow, Card(walk, D(10, 25), patient).Tier);
        Assert.Equal(SupervisionCardTier.Yellow, Card(walk, D(10, 28), patient).Tier);
        Assert.Equal(SupervisionCardTier.Red, Card(walk, D(10, 29), patient).Tier);
    }

    [Fact]
    public void A_suspended_case_keeps_the_card_it_had_when_the_clock_stopped_and_its_supervision_deadline_waits()
    {
        // Still in review on Tue 10-22, one day past the committed limit (yellow); expert review from 10-22, announced to end
        // Fri 11-15 (Art. 45).
        var walk = CaseWalk.Start(BuiltInProcedures.AdministrativeLicensing, BuiltInPowers.Licensing, Clerk, At(2024, 9, 27))
            .Fire("accept", Clerk, At(2024, 9, 30));
        Assert.Equal(SupervisionCardTier.Yellow, Card(walk, D(10, 22)).Tier);
        walk.Fire("suspend", Reviewer, At(2024, 10, 22), new Dictionary<string, string> { ["cause"] = "专家评审", ["until"] = "2024-11-15" });

        // While the clock stands still the case keeps its yellow card, and no red comes, however long the review takes;
        // the review step's own clock stands still too.
        foreach (var day in new[] { D(10, 25), D(11, 15), D(11, 20) })
        {
            var card = Card(walk, day);
            Assert.Equal(SupervisionCardTier.Yellow, card.Tier);
            Assert.Equal([SupervisionCardCodes.CommittedLimitPassed], Codes(card));
            Assert.Equal(D(10, 21), card.Reasons[0].Date);
        }

        // Resumed Mon 11-18: the days in (10-22, 11-18] do not count: 10-23 … 10-25 (3), 10-28 … 11-01 (5), 11-04 … 11-08 (5),
        // 11-11 … 11-15 (5), 11-18 (1) = 19 wd. The committed due date moves 19 wd past 10-21: 10-22 … 10-25 (4),
        // 10-28 … 11-01 (9), 11-04 … 11-08 (14), 11-11 … 11-15 (19) → 11-15; the supervision deadline 3 wd later:
        // 11-18(1), 11-19(2), 11-20(3) → 11-20. So: yellow on Wed 11-20, red on Thu 11-21.
        walk.Fire("resume", Reviewer, At(2024, 11, 18));
        var beforeRed = Card(walk, D(11, 20));
        Assert.Equal(SupervisionCardTier.Yellow, beforeRed.Tier);
        Assert.Equal(D(11, 15), beforeRed.Reasons.Single(r => r.Code == SupervisionCardCodes.CommittedLimitPassed).Date);
        var red = Card(walk, D(11, 21));
        Assert.Equal(SupervisionCardTier.Red, red.Tier);
        Assert.Equal(D(11, 20), red.Reasons.Single(r => r.Code == SupervisionCardCodes.SupervisionDeadlinePassed).Date);
    }

    [Fact]
    public void A_closed_case_shows_the_card_it_ended_with()
    {
        // Refused with reasons on Wed 10-23: past the committed 10-21, within the supervision deadline (10-24): yellow, for
        // good, whatever day it is read.
        var withinDeadline = AwaitingDecision().Fire("refuse", Head, At(2024, 10, 23), reason: "经营场所卫生条件不符合要求");
        var yellow = Card(withinDeadline, D(12, 2));
        Assert.Equal(SupervisionCardTier.Yellow, yellow.Tier);
        var passed = Assert.Single(yellow.Reasons);
        Assert.Equal(SupervisionCardCodes.CommittedLimitPassed, passed.Code);
        Assert.Contains("closed on 2024-10-23", passed.Message, System.StringComparison.Ordinal);
        Assert.Contains("超时办结", passed.ChineseMessage, System.StringComparison.Ordinal);

        // Refused on Fri 10-25, after the supervision deadline: red. Within the legal 11-01, so not 违法超期.
        var afterDeadline = AwaitingDecision().Fire("refuse", Head, At(2024, 10, 25), reason: "经营场所卫生条件不符合要求");
        var red = Card(afterDeadline, D(12, 2));
        Assert.Equal(SupervisionCardTier.Red, red.Tier);
        Assert.Equal([SupervisionCardCodes.CommittedLimitPassed, SupervisionCardCodes.SupervisionDeadlinePassed], Codes(red));

        // Refused on Fri 10-18, on time: nothing.
        var onTime = AwaitingDecision().Fire("refuse", Head, At(2024, 10, 18), reason: "经营场所卫生条件不符合要求");
        Assert.Same(SupervisionCard.None, Card(onTime, D(12, 2)));
    }

    [Fact]
    public void A_legal_limit_overrun_is_red_whatever_the_supervision_deadline()
    {
        // A policy that would give a whole year before red: on Mon 11-04, past the legal 11-01, the case is red all the same.
        var lenient = new SupervisionCardEvaluator(Calendar, SupervisionCardPolicy.Default with { SupervisionLimit = TimeLimit.WorkingDays(365), StepOverruns = false });
        var walk = AwaitingDecision();
        Assert.Equal(SupervisionCardTier.Yellow, Card(walk, D(11, 1), lenient).Tier);
        var card = Card(walk, D(11, 4), lenient);
        Assert.Equal(SupervisionCardTier.Red, card.Tier);
        Assert.Equal([SupervisionCardCodes.CommittedLimitPassed, SupervisionCardCodes.LegalLimitPassed], Codes(card));
    }

    [Fact]
    public void Where_no_law_sets_a_limit_the_announced_limit_is_the_legal_one_and_passing_it_is_red_at_once()
    {
        // A superior's decision (限时办结, 15 wd, no statutory limit) registered Fri 09-27 and assigned Mon 09-30. Case: 09-29(1),
        // 09-30(2), 10-08(3) … 10-12(7), 10-14 … 10-18(12), 10-21(13), 10-22(14), 10-23(15) → 10-23. The step's own 15 wd
        // from 09-30: 10-08(1) … 10-23(14), 10-24(15) → 10-24.
        var definition = BuiltInProcedures.TimeLimitedCompletion;
        var registrar = new Actor("收文员吴某", TimeLimitedCompletion.Registrar);
        var walk = CaseWalk.Start(definition, BuiltInPowers.TimeLimitedCompletion, registrar, At(2024, 9, 27))
            .Fire("assign", registrar, At(2024, 9, 30), Args(TimeLimitedCompletion.ToArgument, "民政办"));
        Assert.Equal(SupervisionCardTier.Warning, Card(walk, D(10, 23)).Tier);

        // Thu 10-24: the announced limit is the only one, so passing it is 违法超期 as the board reads it: red, no supervision deadline.
        var card = Card(walk, D(10, 24));
        Assert.Equal(SupervisionCardTier.Red, card.Tier);
        Assert.Equal([SupervisionCardCodes.CommittedLimitPassed, SupervisionCardCodes.LegalLimitPassed], Codes(card));
        Assert.Contains("no law sets one", card.Reasons[1].Message, System.StringComparison.Ordinal);
        Assert.Contains("无法定时限", card.Reasons[1].ChineseMessage, System.StringComparison.Ordinal);
        Assert.True(walk.DeadlinesAt(At(2024, 10, 24)).IsLegallyLate);
    }

    [Fact]
    public void Evaluating_an_on_time_case_allocates_nothing()
    {
        var walk = AwaitingDecision();
        Card(walk, D(10, 17));

        var before = System.GC.GetAllocatedBytesForCurrentThread();
        var card = Cards.Evaluate(walk.Snapshot, walk.Definition, D(10, 17));
        var after = System.GC.GetAllocatedBytesForCurrentThread();

        Assert.Same(SupervisionCard.None, card);
        Assert.Equal(0, after - before);
    }
}
