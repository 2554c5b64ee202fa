using System;
using System.Linq;
using NodaTime;
using PowerGovernance.Powers;
using PowerGovernance.Procedures;
using PowerGovernance.Procedures.BuiltIn;
using PowerGovernance.Supervision;
using PowerGovernance.Tests.Procedures.BuiltIn;
using static PowerGovernance.Tests.Procedures.BuiltIn.BuiltInFixture;

namespace PowerGovernance.Tests.Supervision.Cards;

/// <summary>
/// The card triggers other than the case's lateness (LAW.md: a refusal without written reasons, fees outside the published
/// standard, a step over its own limit), each switched by the policy, and technical problems that are never cards.
/// </summary>
public class SupervisionCardTriggerTests
{
    private static readonly Actor Clerk = new("张敏", AdministrativeLicensing.Clerk);
    private static readonly Actor Reviewer = new("李强", AdministrativeLicensing.Reviewer);
    private static readonly Actor Head = new("王局长", AdministrativeLicensing.Head);
    private static readonly SupervisionCardEvaluator Cards = new(Calendar);

    private static CaseWalk Receive(Instant at) => CaseWalk.Start(BuiltInProcedures.AdministrativeLicensing, BuiltInPowers.Licensing, Clerk, at);

    /// <summary>Not accepted Tue 2024-05-07, the day after receipt, with written reasons (the built-in requires them).</summary>
    private static CaseWalk NotAccepted() => Receive(At(2024, 5, 6)).Fire("not-accept", Clerk, At(2024, 5, 7), reason: "申请事项依法不需要取得行政许可");

    [Fact]
    public void A_refusal_whose_closing_event_has_no_written_reason_is_red_by_default_and_the_host_may_lower_or_switch_it_off()
    {
        var walk = NotAccepted();
        var today = new LocalDate(2024, 5, 20);
        Assert.Same(SupervisionCard.None, Cards.Evaluate(walk.Snapshot, walk.Definition, today, new SupervisionCardEvidence(walk.Events[^1])));

        // A host's own procedure that does not require the reason would log the closing event without one: blank counts as none.
        foreach (var missing in new[] { null, "  " })
        {
            var closing = walk.Events[^1] with { Reason = missing };
            var card = Cards.Evaluate(walk.Snapshot, walk.Definition, today, new SupervisionCardEvidence(closing));
            Assert.Equal(SupervisionCardTier.Red, card.Tier);
            var reason = Assert.Single(card.Reasons);
            Assert.Equal(SupervisionCardCodes.RefusalWithoutReasons, reason.Code);
            Assert.Equal(new LocalDate(2024, 5, 7), reason.Date);
            Assert.Contains("not accepted on 2024-05-07", reason.Message, StringComparison.Ordinal);
            Assert.Contains("不予受理", reason.ChineseMessage, StringComparison.Ordinal);
        }

        var unreasoned = new SupervisionCardEvidence(walk.Events[^1] with { Reason = null });
        var yellow = new SupervisionCardEvaluator(Calendar, SupervisionCardPolicy.Default with { RefusalWithoutReasons = SupervisionCardTier.Yellow });
        Assert.Equal(SupervisionCardTier.Yellow, yellow.Evaluate(walk.Snapshot, walk.Definition, today, unreasoned).Tier);
        var off = new SupervisionCardEvaluator(Calendar, SupervisionCardPolicy.Default with { RefusalWithoutReasons = SupervisionCardTier.None });
        Assert.Same(SupervisionCard.None, off.Evaluate(walk.Snapshot, walk.Definition, today, unreasoned));

        // Without the closing event the trigger is not checked.
        Assert.Same(SupervisionCard.None, Cards.Evaluate(walk.Snapshot, walk.Definition, today));
    }

    [Fact]
    public void A_grant_without_a_reason_is_no_refusal()
    {
        // Received Mon 11-04, accepted the same day, decided Tue 11-05 and delivered Wed 11-06: the grant's events carry no reason.
        var walk = Receive(At(2024, 11, 4)).Fire("accept", Clerk, At(2024, 11, 4)).Fire("submit", Reviewer, At(2024, 11, 5))
            .Fire("grant", Head, At(2024, 11, 5)).Fire("deliver", Clerk, At(2024, 11, 6));
        Assert.Null(walk.Events[^1].Reason);
        Assert.Same(SupervisionCard.None, Cards.Evaluate(walk.Snapshot, walk.Definition, new LocalDate(2024, 11, 20), new SupervisionCardEvidence(walk.Events[^1])));
    }

    [Fact]
    public void A_fee_is_compared_with_a_free_or_fixed_published_standard_and_a_rate_is_not_compared()
    {
        var walk = NotAccepted();
        var today = new LocalDate(2024, 5, 20);
        SupervisionCard Charged(Power power, decimal fee, SupervisionCardEvaluator? cards = null) =>
            (cards ?? Cards).Evaluate(walk.Snapshot, walk.Definition, today, new SupervisionCardEvidence(Power: power, FeeCharged: fee));

        // The licensing power is published as free (the catalog's default): 0 is fine, any charge is outside it.
        var free = BuiltInPowers.Licensing;
        Assert.Same(SupervisionCard.None, Charged(free, 0m));
        var charged = Charged(free, 10m);
        Assert.Equal(SupervisionCardTier.Red, charged.Tier);
        var reason = Assert.Single(charged.Reasons);
        Assert.Equal(SupervisionCardCodes.FeeOutsideStandard, reason.Code);
        Assert.Null(reason.Date);
        Assert.Contains("10 yuan", reason.Message, StringComparison.Ordinal);
        Assert.Contains("不收费", reason.ChineseMessage, StringComparison.Ordinal);

        // A fixed standard of 10 yuan: above or below it is outside it.
        var fixedFee = free with { Fee = Fee.Charged(10m, "《公共场所卫生管理条例》", "每件10元") };
        Assert.Same(SupervisionCard.None, Charged(fixedFee, 10.00m));
        Assert.Contains("above", Assert.Single(Charged(fixedFee, 15m).Reasons).Message, StringComparison.Ordinal);
        Assert.Contains("低于", Assert.Single(Charged(fixedFee, 8m).Reasons).ChineseMessage, StringComparison.Ordinal);

        // A rate, or a fee the catalog does not publish, cannot be compared mechanically: not checked.
        Assert.Same(SupervisionCard.None, Charged(free with { Fee = Fee.Charged(null, "某收费文件", "按面积每平方米2元") }, 999m));
        Assert.Same(SupervisionCard.None, Charged(free with { Fee = null }, 999m));

        // Switched off, or lowered to yellow.
        Assert.Same(SupervisionCard.None, Charged(fixedFee, 15m, new SupervisionCardEvaluator(Calendar, SupervisionCardPolicy.Default with { FeeOutsideStandard = SupervisionCardTier.None })));
        Assert.Equal(SupervisionCardTier.Yellow, Charged(fixedFee, 15m, new SupervisionCardEvaluator(Calendar, SupervisionCardPolicy.Default with { FeeOutsideStandard = SupervisionCardTier.Yellow })).Tier);
    }

    [Fact]
    public void Delivery_over_its_own_limit_is_yellow_and_over_its_legal_limit_red_while_the_case_clock_stands_still()
    {
        // Received and accepted Mon 07-01, decided (granted) Thu 07-04. Delivery's committed 6 wd: 07-05(1), 07-08(2) … 07-12(6)
        // → 07-12; its legal 10 wd (Art. 44): … 07-15(7) … 07-18(10) → 07-18. The case clock stands still in delivery
        // (3 wd used: 07-02, 07-03, 07-04), on time.
        var walk = Receive(At(2024, 7, 1)).Fire("accept", Clerk, At(2024, 7, 1)).Fire("submit", Reviewer, At(2024, 7, 3)).Fire("grant", Head, At(2024, 7, 4));
        Assert.Same(SupervisionCard.None, Cards.Evaluate(walk.Snapshot, walk.Definition, new LocalDate(2024, 7, 11)));

        // Mon 07-15: over the committed 07-12.
        var yellow = Cards.Evaluate(walk.Snapshot, walk.Definition, new LocalDate(2024, 7, 15));
        Assert.Equal(SupervisionCardTier.Yellow, yellow.Tier);
        var step = Assert.Single(yellow.Reasons);
        Assert.Equal(SupervisionCardCodes.StepLimitPassed, step.Code);
        Assert.Equal(new LocalDate(2024, 7, 12), step.Date);
        Assert.Contains("颁发送达", step.ChineseMessage, StringComparison.Ordinal);

        // Fri 07-19: over the legal 07-18 (违法超期): red.
        var red = Cards.Evaluate(walk.Snapshot, walk.Definition, new LocalDate(2024, 7, 19));
        Assert.Equal(SupervisionCardTier.Red, red.Tier);
        Assert.Equal(new LocalDate(2024, 7, 18), Assert.Single(red.Reasons, r => r.Code == SupervisionCardCodes.StepLegalLimitPassed).Date);

        // With step cards switched off, the committed overrun is not carded; the legal one still is.
        var off = new SupervisionCardEvaluator(Calendar, SupervisionCardPolicy.Default with { StepOverruns = false });
        Assert.Same(SupervisionCard.None, off.Evaluate(walk.Snapshot, walk.Definition, new LocalDate(2024, 7, 15)));
        Assert.Equal([SupervisionCardCodes.StepLegalLimitPassed], [.. off.Evaluate(walk.Snapshot, walk.Definition, new LocalDate(2024, 7, 19)).Reasons.Select(r => r.Code)]);
    }

    [Fact]
    public void Technical_problems_are_errors_never_cards()
    {
        var walk = NotAccepted();
        var today = new LocalDate(2024, 5, 20);

        // The official calendar covers 2004–2026: an open case read in 2027 cannot be counted.
        var open = Receive(At(2024, 5, 6));
        Assert.Throws<PowerGovernance.Calendars.CalendarCoverageException>(() => Cards.Evaluate(open.Snapshot, open.Definition, new LocalDate(2027, 1, 4)));

        // Another definition, a step it does not define, evidence of another case or power, a negative fee, a fee without its power.
        Assert.Throws<ArgumentException>(() => Cards.Evaluate(walk.Snapshot, BuiltInProcedures.MinimumLivingAllowance, today));
        Assert.Throws<ArgumentException>(() => Cards.Evaluate(walk.Snapshot with { Step = "nowhere" }, walk.Definition, today));
        Assert.Throws<ArgumentException>(() => Cards.Evaluate(walk.Snapshot, walk.Definition, today, new SupervisionCardEvidence(walk.Events[^2])));
        Assert.Throws<ArgumentException>(() => Cards.Evaluate(walk.Snapshot, walk.Definition, today, new SupervisionCardEvidence(walk.Events[^1] with { CaseId = "other" })));
        Assert.Throws<ArgumentException>(() => Cards.Evaluate(walk.Snapshot, walk.Definition, today, new SupervisionCardEvidence(Power: BuiltInPowers.Petition, FeeCharged: 0m)));
        Assert.Throws<ArgumentException>(() => Cards.Evaluate(walk.Snapshot, walk.Definition, today, new SupervisionCardEvidence(Power: BuiltInPowers.Licensing, FeeCharged: -1m)));
        Assert.Throws<ArgumentException>(() => Cards.Evaluate(walk.Snapshot, walk.Definition, today, new SupervisionCardEvidence(FeeCharged: 1m)));
        Assert.Throws<ArgumentNullException>(() => Cards.Evaluate(null!, walk.Definition, today));
        Assert.Throws<ArgumentNullException>(() => Cards.Evaluate(walk.Snapshot, null!, today));
    }
}
