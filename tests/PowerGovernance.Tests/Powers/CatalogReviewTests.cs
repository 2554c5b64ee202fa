using System;
using System.Linq;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using NodaTime;
using PowerGovernance.Powers;
using PowerGovernance.Testing;

namespace PowerGovernance.Tests.Powers;

public class CatalogReviewTests
{
    private static readonly Instant Day1 = Instant.FromUtc(2024, 3, 1, 2, 0);

    /// <summary>The confidential inspection with a legal basis, so that it may be confirmed.</summary>
    private static readonly Power FoundedInspection = SamplePowers.SecretInspection with
    {
        LegalBases = [new LegalBasis("《民兵武器装备管理条例》", null, LegalBasisRank.AdministrativeRegulation)],
    };

    private static CatalogReviewRound Accepted(CatalogReviewResult result)
    {
        Assert.True(result.IsAccepted, result.Message);
        Assert.Empty(result.Findings);
        Assert.Equal(string.Empty, result.ChineseMessage);
        return result.Round;
    }

    private static CatalogReviewRound DeclaredFirstRound()
    {
        var changes = CatalogChangeSet.Empty.Add(SamplePowers.MinimumLivingAllowance).Add(SamplePowers.BuildingPermit).Add(SamplePowers.SecretInspection);
        var round = Accepted(CatalogReview.Start(PowerCatalog.Empty, changes, "镇政府办", Day1));
        round = Accepted(CatalogReview.ReviewCollectively(round, "镇党委会议", Day1.Plus(Duration.FromDays(3)), "会议纪要〔2024〕5号"));
        round = Accepted(CatalogReview.Sign(round, "镇长", Day1.Plus(Duration.FromDays(4))));
        return Accepted(CatalogReview.Declare(round, "县政府法制办", Day1.Plus(Duration.FromDays(5))));
    }

    [Fact]
    public void A_first_catalog_goes_from_draft_to_published_with_every_item_decided()
    {
        var round = DeclaredFirstRound();
        Assert.Equal(CatalogReviewStage.Declared, round.Stage);
        Assert.Equal(3, round.OpenItems.Count);

        round = Accepted(CatalogReview.Decide(round, SamplePowers.MinimumLivingAllowance.Code, ItemDecision.Confirmed, "县政府法制办", Day1));
        round = Accepted(CatalogReview.Decide(round, SamplePowers.BuildingPermit.Code, ItemDecision.Confirmed, "县政府法制办", Day1));
        round = Accepted(CatalogReview.Decide(round, SamplePowers.SecretInspection.Code, ItemDecision.Abolished, "县政府法制办", Day1, "无法律依据"));
        var published = Accepted(CatalogReview.Publish(round, "镇政府", Day1.Plus(Duration.FromDays(20))));

        Assert.Equal(CatalogReviewStage.Published, published.Stage);
        Assert.NotNull(published.Result);
        Assert.Equal(1, published.Result.Version);
        Assert.Equal([SamplePowers.MinimumLivingAllowance.Code, SamplePowers.BuildingPermit.Code], published.Result.Powers.Select(p => p.Code));
        Assert.Equal(
            ["Drafted", "Collectively reviewed", "Signed", "Declared", "Decided 62052400MZ-JF-0001: Confirmed", "Decided 62052400MZ-XK-0001: Confirmed", "Decided 62052400MZ-JC-0009: Abolished", "Published"],
            published.History.Select(e => e.Action));
        Assert.Equal(
            ["起草职权目录", "集体审议", "主要负责人签字", "申报法制办", "审核62052400MZ-JF-0001：予以确认", "审核62052400MZ-XK-0001：予以确认", "审核62052400MZ-JC-0009：予以废止", "公布职权目录"],
            published.History.Select(e => e.ChineseAction));
        Assert.Equal("会议纪要〔2024〕5号", published.History[1].Note);
    }

    [Fact]
    public void Steps_out_of_order_are_rejected_and_change_nothing()
    {
        var draft = Accepted(CatalogReview.Start(PowerCatalog.Empty, CatalogChangeSet.Empty.Add(SamplePowers.BuildingPermit), "镇政府办", Day1));

        var signedTooEarly = CatalogReview.Sign(draft, "镇长", Day1);
        var publishedTooEarly = CatalogReview.Publish(draft, "镇政府", Day1);
        var decidedTooEarly = CatalogReview.Decide(draft, SamplePowers.BuildingPermit.Code, ItemDecision.Confirmed, "法制办", Day1);

        Assert.False(signedTooEarly.IsAccepted);
        Assert.Same(draft, signedTooEarly.Round);
        Assert.Equal((CatalogReviewRuleCodes.ReviewStepOutOfOrder, "Stage", "Draft"), (Assert.Single(signedTooEarly.Findings).Code, signedTooEarly.Findings[0].Path, signedTooEarly.Findings[0].AttemptedValue));
        Assert.Equal("'Signed' needs a round at CollectivelyReviewed; round 1 is at Draft.", signedTooEarly.Message);
        Assert.Contains("领导班子集体审议", signedTooEarly.ChineseMessage, StringComparison.Ordinal);
        Assert.Contains("第1轮审核处于“起草”阶段", signedTooEarly.ChineseMessage, StringComparison.Ordinal);
        Assert.False(publishedTooEarly.IsAccepted);
        Assert.Contains("is at Draft", publishedTooEarly.Message, StringComparison.Ordinal);
        Assert.Contains("方可公布", publishedTooEarly.ChineseMessage, StringComparison.Ordinal);
        Assert.False(decidedTooEarly.IsAccepted);
        Assert.Single(draft.History);
    }

    [Fact]
    public void Publishing_waits_for_items_to_be_clarified_and_decided_again()
    {
        var round = DeclaredFirstRound();
        round = Accepted(CatalogReview.Decide(round, SamplePowers.MinimumLivingAllowance.Code, ItemDecision.Confirmed, "法制办", Day1));
        round = Accepted(CatalogReview.Decide(round, SamplePowers.SecretInspection.Code, ItemDecision.Abolished, "法制办", Day1, "无法律依据"));
        round = Accepted(CatalogReview.Decide(round, SamplePowers.BuildingPermit.Code, ItemDecision.ToBeClarified, "法制办", Day1, "承办岗位不明确"));

        var blocked = CatalogReview.Publish(round, "镇政府", Day1);
        Assert.False(blocked.IsAccepted);
        Assert.Equal(CatalogReviewRuleCodes.DecisionsOpen, Assert.Single(blocked.Findings).Code);
        Assert.Equal("1 item(s) still need a decision: 62052400MZ-XK-0001.", blocked.Message);
        Assert.Equal("尚有1个事项未作审核决定：62052400MZ-XK-0001。", blocked.ChineseMessage);

        var clarified = SamplePowers.BuildingPermit with { UndertakingPost = "规划建设专干" };
        round = Accepted(CatalogReview.Clarify(round, clarified, "规划办", Day1));
        Assert.Equal(ItemDecision.Pending, round.Decisions[clarified.Code]);
        Assert.False(CatalogReview.Clarify(round, clarified, "规划办", Day1).IsAccepted);
        round = Accepted(CatalogReview.Decide(round, clarified.Code, ItemDecision.Confirmed, "法制办", Day1));

        var published = Accepted(CatalogReview.Publish(round, "镇政府", Day1));
        Assert.Equal("规划建设专干", published.Result!.Require(clarified.Code).UndertakingPost);
    }

    [Fact]
    public void A_later_round_reviews_only_the_changed_items_and_makes_the_next_version()
    {
        var inForce = new PowerCatalog([SamplePowers.MinimumLivingAllowance, SamplePowers.BuildingPermit], version: 1);
        var changes = CatalogChangeSet.Empty
            .Add(FoundedInspection)
            .Abolish(SamplePowers.BuildingPermit.Code, "职能划转");

        var round = Accepted(CatalogReview.Start(inForce, changes, "镇政府办", Day1));

        Assert.Equal(2, round.Number);
        Assert.Equal([FoundedInspection.Code], round.Decisions.Keys);
        round = Accepted(CatalogReview.ReviewCollectively(round, "会议", Day1));
        round = Accepted(CatalogReview.Sign(round, "镇长", Day1));
        round = Accepted(CatalogReview.Declare(round, "法制办", Day1));
        Assert.False(CatalogReview.Decide(round, SamplePowers.MinimumLivingAllowance.Code, ItemDecision.Abolished, "法制办", Day1).IsAccepted);
        round = Accepted(CatalogReview.Decide(round, FoundedInspection.Code, ItemDecision.Confirmed, "法制办", Day1));
        var published = Accepted(CatalogReview.Publish(round, "镇政府", Day1)).Result!;

        Assert.Equal(2, published.Version);
        Assert.Equal([SamplePowers.MinimumLivingAllowance.Code, FoundedInspection.Code], published.Powers.Select(p => p.Code));
        Assert.Equal(2, inForce.Count);
    }

    [Fact]
    public void A_round_that_does_not_fit_the_catalog_in_force_is_rejected()
    {
        var inForce = new PowerCatalog([SamplePowers.BuildingPermit]);

        var duplicate = CatalogReview.Start(inForce, CatalogChangeSet.Empty.Add(SamplePowers.BuildingPermit), "镇政府办", Day1);
        var empty = CatalogReview.Start(inForce, CatalogChangeSet.Empty, "镇政府办", Day1);

        Assert.False(duplicate.IsAccepted);
        Assert.Equal((CatalogReviewRuleCodes.AlreadyListed, "Changes[62052400MZ-XK-0001]"), (Assert.Single(duplicate.Findings).Code, duplicate.Findings[0].Path));
        Assert.Contains("already listed", duplicate.Message, StringComparison.Ordinal);
        Assert.Contains("已列入职权目录", duplicate.ChineseMessage, StringComparison.Ordinal);
        Assert.False(empty.IsAccepted);
        Assert.Equal(CatalogReviewRuleCodes.ReviewWithoutChanges, Assert.Single(empty.Findings).Code);
        Assert.Equal("A review round needs at least one change.", empty.Message);
        Assert.Equal("审核轮次至少须有一项变更。", empty.ChineseMessage);
    }

    [Fact]
    public void Confirming_an_item_without_a_legal_basis_is_refused_in_both_languages_and_changes_nothing()
    {
        var round = DeclaredFirstRound();

        var confirmed = CatalogReview.Decide(round, SamplePowers.SecretInspection.Code, ItemDecision.Confirmed, "县政府法制办", Day1);

        Assert.False(confirmed.IsAccepted);
        Assert.Same(round, confirmed.Round);
        Assert.Equal(ItemDecision.Pending, round.Decisions[SamplePowers.SecretInspection.Code]);
        Assert.Equal((CatalogRuleCodes.LegalBasisMissing, "Decisions[62052400MZ-JC-0009]"), (Assert.Single(confirmed.Findings).Code, confirmed.Findings[0].Path));
        Assert.Contains("'62052400MZ-JC-0009' (民兵武器装备检查) has no legal basis", confirmed.Message, StringComparison.Ordinal);
        Assert.Contains("a power without a legal basis is to be abolished", confirmed.Message, StringComparison.Ordinal);
        Assert.Contains("“62052400MZ-JC-0009”（民兵武器装备检查）无合法依据，不能予以确认", confirmed.ChineseMessage, StringComparison.Ordinal);
        Assert.Contains("凡无合法依据的，应予以废止", confirmed.ChineseMessage, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(" ")]
    [InlineData("")]
    public void A_legal_basis_that_names_no_instrument_is_no_legal_basis(string title)
    {
        var untitled = SamplePowers.BuildingPermit with { LegalBases = [new LegalBasis(title, "第四十一条", LegalBasisRank.Law)] };
        var round = Accepted(CatalogReview.Start(PowerCatalog.Empty, CatalogChangeSet.Empty.Add(untitled), "镇政府办", Day1));
        round = Accepted(CatalogReview.ReviewCollectively(round, "镇党委会议", Day1));
        round = Accepted(CatalogReview.Sign(round, "镇长", Day1));
        round = Accepted(CatalogReview.Declare(round, "县政府法制办", Day1));

        Assert.False(CatalogReview.Decide(round, untitled.Code, ItemDecision.Confirmed, "县政府法制办", Day1).IsAccepted);
    }

    [Fact]
    public void An_item_without_a_legal_basis_is_abolished_or_clarified_with_its_basis_and_never_published_without_one()
    {
        var round = DeclaredFirstRound();
        round = Accepted(CatalogReview.Decide(round, SamplePowers.MinimumLivingAllowance.Code, ItemDecision.Confirmed, "法制办", Day1));
        round = Accepted(CatalogReview.Decide(round, SamplePowers.BuildingPermit.Code, ItemDecision.Confirmed, "法制办", Day1));
        round = Accepted(CatalogReview.Decide(round, SamplePowers.SecretInspection.Code, ItemDecision.ToBeClarified, "法制办", Day1, "请补充法律依据"));

        var renamedOnly = Accepted(CatalogReview.Clarify(round, SamplePowers.SecretInspection with { Name = "民兵装备检查" }, "武装部", Day1));
        Assert.False(CatalogReview.Decide(renamedOnly, SamplePowers.SecretInspection.Code, ItemDecision.Confirmed, "法制办", Day1).IsAccepted);
        round = Accepted(CatalogReview.Clarify(round, FoundedInspection, "武装部", Day1, "补充《民兵武器装备管理条例》"));
        round = Accepted(CatalogReview.Decide(round, FoundedInspection.Code, ItemDecision.Confirmed, "法制办", Day1));
        var published = Accepted(CatalogReview.Publish(round, "镇政府", Day1)).Result!;

        Assert.Equal(
            [SamplePowers.MinimumLivingAllowance.Code, SamplePowers.BuildingPermit.Code, FoundedInspection.Code],
            published.Powers.Select(p => p.Code));
        Assert.All(published.Powers, p => Assert.True(p.HasLegalBasis));
    }

    [Fact]
    public void A_later_round_brings_a_power_in_force_without_a_legal_basis_under_review_so_that_it_is_abolished()
    {
        var inForce = new PowerCatalog([SamplePowers.MinimumLivingAllowance, SamplePowers.SecretInspection], version: 1);

        var round = Accepted(CatalogReview.Start(inForce, CatalogChangeSet.Empty.Add(SamplePowers.BuildingPermit), "镇政府办", Day1));

        Assert.Equal([SamplePowers.SecretInspection.Code, SamplePowers.BuildingPermit.Code], round.OpenItems);
        round = Accepted(CatalogReview.ReviewCollectively(round, "会议", Day1));
        round = Accepted(CatalogReview.Sign(round, "镇长", Day1));
        round = Accepted(CatalogReview.Declare(round, "法制办", Day1));
        round = Accepted(CatalogReview.Decide(round, SamplePowers.BuildingPermit.Code, ItemDecision.Confirmed, "法制办", Day1));
        Assert.False(CatalogReview.Publish(round, "镇政府", Day1).IsAccepted);
        Assert.False(CatalogReview.Decide(round, SamplePowers.SecretInspection.Code, ItemDecision.Confirmed, "法制办", Day1).IsAccepted);
        round = Accepted(CatalogReview.Decide(round, SamplePowers.SecretInspection.Code, ItemDecision.Abolished, "法制办", Day1, "无合法依据"));
        var published = Accepted(CatalogReview.Publish(round, "镇政府", Day1)).Result!;

        Assert.Equal(2, published.Version);
        Assert.Equal([SamplePowers.MinimumLivingAllowance.Code, SamplePowers.BuildingPermit.Code], published.Powers.Select(p => p.Code));
    }

    [Fact]
    public void A_later_round_that_abolishes_a_power_without_a_legal_basis_does_not_review_it_again()
    {
        var inForce = new PowerCatalog([SamplePowers.MinimumLivingAllowance, SamplePowers.SecretInspection], version: 1);
        var changes = CatalogChangeSet.Empty.Add(SamplePowers.BuildingPermit).Abolish(SamplePowers.SecretInspection.Code, "无合法依据");

        var round = Accepted(CatalogReview.Start(inForce, changes, "镇政府办", Day1));

        Assert.Equal([SamplePowers.BuildingPermit.Code], round.Decisions.Keys);
    }

    /// <summary>
    /// Whatever the legal-affairs office decides, a confirmation is accepted exactly when the item has a legal
    /// basis, and the published catalog is exactly the confirmed items: never one without a legal basis.
    /// </summary>
    [Property(MaxTest = 100)]
    public Property A_published_catalog_never_lists_a_power_without_a_legal_basis() =>
        Prop.ForAll(
            Arb.From(
                (from power in PowerGenerators.WellFormed
                 from founded in Gen.Elements(true, false)
                 from confirm in Gen.Elements(true, false)
                 select (Power: founded ? power : power with { LegalBases = [] }, Founded: founded, Confirm: confirm))
                .NonEmptyListOf()),
            items =>
            {
                var unique = items.DistinctBy(i => i.Power.Code).ToArray();
                var changes = unique.Aggregate(CatalogChangeSet.Empty, (set, i) => set.Add(i.Power));
                var round = CatalogReview.Start(PowerCatalog.Empty, changes, "镇政府办", Day1).Round;
                round = CatalogReview.ReviewCollectively(round, "会议", Day1).Round;
                round = CatalogReview.Sign(round, "镇长", Day1).Round;
                round = CatalogReview.Declare(round, "法制办", Day1).Round;
                var acceptedAsExpected = true;
                foreach (var item in unique)
                {
                    var decided = CatalogReview.Decide(round, item.Power.Code, item.Confirm ? ItemDecision.Confirmed : ItemDecision.Abolished, "法制办", Day1);
                    acceptedAsExpected &= decided.IsAccepted == (!item.Confirm || item.Founded);
                    round = decided.IsAccepted ? decided.Round : CatalogReview.Decide(round, item.Power.Code, ItemDecision.Abolished, "法制办", Day1).Round;
                }

                var published = CatalogReview.Publish(round, "镇政府", Day1);
                var expected = unique.Where(i => i.Confirm && i.Founded).Select(i => i.Power.Code);
                return acceptedAsExpected
                    && published.IsAccepted
                    && published.Round.Result!.Powers.Select(p => p.Code).SequenceEqual(expected)
                    && published.Round.Result.Powers.All(p => p.LegalBases.Count > 0);
            });
}
