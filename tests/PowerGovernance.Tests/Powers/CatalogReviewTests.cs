using System;
using System.Linq;
using NodaTime;
using PowerGovernance.Powers;

namespace PowerGovernance.Tests.Powers;

public class CatalogReviewTests
{
    private static readonly Instant Day1 = Instant.FromUtc(2024, 3, 1, 2, 0);

    private static CatalogReviewRound Accepted(CatalogReviewResult result)
    {
        Assert.True(result.IsAccepted, result.Reason);
        Assert.Null(result.Reason);
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
        Assert.Equal("'Signed' needs a round at CollectivelyReviewed; round 1 is at Draft.", signedTooEarly.Reason);
        Assert.False(publishedTooEarly.IsAccepted);
        Assert.Contains("is at Draft", publishedTooEarly.Reason, StringComparison.Ordinal);
        Assert.False(decidedTooEarly.IsAccepted);
        Assert.Single(draft.History);
    }

    [Fact]
    public void Publishing_waits_for_items_to_be_clarified_and_decided_again()
    {
        var round = DeclaredFirstRound();
        round = Accepted(CatalogReview.Decide(round, SamplePowers.MinimumLivingAllowance.Code, ItemDecision.Confirmed, "法制办", Day1));
        round = Accepted(CatalogReview.Decide(round, SamplePowers.SecretInspection.Code, ItemDecision.Confirmed, "法制办", Day1));
        round = Accepted(CatalogReview.Decide(round, SamplePowers.BuildingPermit.Code, ItemDecision.ToBeClarified, "法制办", Day1, "承办岗位不明确"));

        var blocked = CatalogReview.Publish(round, "镇政府", Day1);
        Assert.False(blocked.IsAccepted);
        Assert.Equal("1 item(s) still need a decision: 62052400MZ-XK-0001.", blocked.Reason);

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
            .Add(SamplePowers.SecretInspection)
            .Abolish(SamplePowers.BuildingPermit.Code, "职能划转");

        var round = Accepted(CatalogReview.Start(inForce, changes, "镇政府办", Day1));

        Assert.Equal(2, round.Number);
        Assert.Equal([SamplePowers.SecretInspection.Code], round.Decisions.Keys);
        round = Accepted(CatalogReview.ReviewCollectively(round, "会议", Day1));
        round = Accepted(CatalogReview.Sign(round, "镇长", Day1));
        round = Accepted(CatalogReview.Declare(round, "法制办", Day1));
        Assert.False(CatalogReview.Decide(round, SamplePowers.MinimumLivingAllowance.Code, ItemDecision.Abolished, "法制办", Day1).IsAccepted);
        round = Accepted(CatalogReview.Decide(round, SamplePowers.SecretInspection.Code, ItemDecision.Confirmed, "法制办", Day1));
        var published = Accepted(CatalogReview.Publish(round, "镇政府", Day1)).Result!;

        Assert.Equal(2, published.Version);
        Assert.Equal([SamplePowers.MinimumLivingAllowance.Code, SamplePowers.SecretInspection.Code], published.Powers.Select(p => p.Code));
        Assert.Equal(2, inForce.Count);
    }

    [Fact]
    public void A_round_that_does_not_fit_the_catalog_in_force_is_rejected()
    {
        var inForce = new PowerCatalog([SamplePowers.BuildingPermit]);

        var duplicate = CatalogReview.Start(inForce, CatalogChangeSet.Empty.Add(SamplePowers.BuildingPermit), "镇政府办", Day1);
        var empty = CatalogReview.Start(inForce, CatalogChangeSet.Empty, "镇政府办", Day1);

        Assert.False(duplicate.IsAccepted);
        Assert.Contains("AlreadyListed", duplicate.Reason, StringComparison.Ordinal);
        Assert.False(empty.IsAccepted);
        Assert.Equal("A review round needs at least one change.", empty.Reason);
    }
}
