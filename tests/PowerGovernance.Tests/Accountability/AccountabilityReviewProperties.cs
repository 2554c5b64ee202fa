using PowerGovernance.Tests.Procedures;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Linq;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using PowerGovernance.Accountability;
using PowerGovernance.Procedures;
using static PowerGovernance.Tests.Accountability.AccountabilityWalk;
using static PowerGovernance.Tests.Procedures.BuiltIn.BuiltInFixture;

namespace PowerGovernance.Tests.Accountability;

/// <summary>
/// No heavier treatment because of an appeal (不因申请复核、提出申诉而被加重处理): on cases decided with every allowed combination of a
/// tier's sanctions and then appealed, any variation the review panel tries is accepted exactly when it is no heavier than the
/// decision. The oracle is Hall's condition, independent of the kernel's ranking: for every weight w, the outcome has no more sanctions
/// of weight w or more than the decision has.
/// </summary>
[Properties(Arbitrary = [typeof(AccountabilityReviewProperties)], MaxTest = 150)]
public class AccountabilityReviewProperties
{
    private static readonly Actor Zhao = Investigator("纪委赵某");
    private static readonly Actor Zheng = Reviewer("县纪委郑某");
    private static readonly ConcurrentDictionary<(SeverityTier, int), AccountabilityCase> UnderReview = new();

    /// <summary>A decision (a tier and a non-empty subset of its sanctions, as a bit mask) and a variation (a non-empty subset of all ten).</summary>
    public sealed record Review(SeverityTier Tier, int DecidedMask, int VariedMask)
    {
        public Sanction[] Decided => Pick(SanctionTable.Default.SanctionsOf(Tier), DecidedMask);

        public Sanction[] Varied => Pick(Sanction.WellKnown, VariedMask);

        public override string ToString() =>
            $"decided {Tier} [{string.Join(",", Decided.Select(s => s.Code))}], varied [{string.Join(",", Varied.Select(s => s.Code))}]";
    }

    /// <summary>Three sets of sanctions of the default table, as bit masks over the ten (each possibly empty).</summary>
    public sealed record Triple(int A, int B, int C)
    {
        public override string ToString() => $"A [{Codes(A)}], B [{Codes(B)}], C [{Codes(C)}]";
    }

    public static Arbitrary<Review> Reviews()
    {
        var gen =
            from tier in Gen.Elements(SeverityTier.Minor, SeverityTier.Serious, SeverityTier.EspeciallySerious)
            from decided in Gen.Choose(1, (1 << SanctionTable.Default.SanctionsOf(tier).Count) - 1)
            from varied in Gen.Frequency(
                (3, Gen.Choose(1, (1 << 10) - 1)),
                (1, Gen.Choose(1, (1 << SanctionTable.Default.SanctionsOf(tier).Count) - 1).Select(m => m << (SanctionTable.Default.SanctionsOf(tier)[0].Weight - 1))))
            select new Review(tier, decided, varied);
        return Arb.From(gen);
    }

    public static Arbitrary<Triple> Triples()
    {
        var mask = Gen.Choose(0, (1 << 10) - 1);
        return Arb.From(from a in mask from b in mask from c in mask select new Triple(a, b, c));
    }

    [Property]
    public bool No_variation_accepted_after_the_subjects_appeal_is_heavier_than_the_decision(Review r)
    {
        var @case = UnderReview.GetOrAdd((r.Tier, r.DecidedMask), k => Appealed(k.Item1, Pick(SanctionTable.Default.SanctionsOf(k.Item1), k.Item2)));
        var arguments = new Dictionary<string, string>
        {
            [AccountabilityProcedure.SanctionsArgument] = string.Join(",", r.Varied.Select(s => s.Code)),
            ["opinion"] = "变更",
        };
        var result = Proceedings.Fire(@case, "vary", Zheng, At(2024, 11, 15), arguments);
        var noHeavier = Enumerable.Range(1, 10).All(w => r.Varied.Count(s => s.Weight >= w) <= r.Decided.Count(s => s.Weight >= w));
        if (result.IsAccepted != noHeavier)
        {
            return false;
        }

        if (!result.IsAccepted)
        {
            return result.Rejection == RejectionKind.GuardFailed
                && ReferenceEquals(result.Case, @case)
                && result.Events.Count == 0
                && result.UnmetGuards().Single().Contains("不因申请复核、提出申诉而被加重处理", System.StringComparison.Ordinal);
        }

        var varied = result.Case!;
        var table = SanctionTable.Default;
        return varied.Snapshot.Step == "varied"
            && varied.Sanctions.SequenceEqual(r.Varied)
            && varied.Sanctions.Max(s => s.Weight) <= r.Decided.Max(s => s.Weight)
            && table.TierOf(varied.Sanctions.MaxBy(s => s.Weight)!) <= r.Tier
            && varied.Sanctions.Count <= r.Decided.Length
            && Proceedings.DecisionInForce(varied);
    }

    [Property]
    public bool Not_heavier_is_a_preorder_that_dropping_sanctions_respects_and_adding_one_breaks(Triple t)
    {
        var table = SanctionTable.Default;
        Sanction[] a = Pick(Sanction.WellKnown, t.A), b = Pick(Sanction.WellKnown, t.B), c = Pick(Sanction.WellKnown, t.C);
        var subset = Pick(Sanction.WellKnown, t.A & t.B);
        var added = Pick(Sanction.WellKnown, t.A | t.B);
        return !table.IsHeavier(a, a)
            && !table.IsHeavier(subset, a)
            && ((t.B & ~t.A) == 0 || table.IsHeavier(added, a))
            && (table.IsHeavier(a, b) || table.IsHeavier(b, c) || !table.IsHeavier(a, c))
            && (a.Length == 0 || b.Length == 0 || a.Max(s => s.Weight) <= b.Max(s => s.Weight) || table.IsHeavier(a, b));
    }

    private static AccountabilityCase Appealed(SeverityTier tier, Sanction[] decided) =>
        Open(At(2024, 9, 9), caseId: "prop-review")
            .Fire("verify", Office, At(2024, 9, 10), reason: "属实")
            .Fire("open-investigation", Head, At(2024, 9, 11))
            .Fire("assign-investigator", Head, At(2024, 9, 11, 11), Args(AccountabilityProcedure.PersonArgument, Zhao.Name))
            .Fire("hear", Zhao, At(2024, 9, 18))
            .Fire("heard", Zhao, At(2024, 9, 19), reason: "已听取")
            .Fire("submit-report", Zhao, At(2024, 9, 20), new Dictionary<string, string> { ["facts"] = "f", ["conclusion"] = "c", ["proposal"] = "p" })
            .Fire("decide", Committee, At(2024, 9, 27), new Dictionary<string, string> { [AccountabilityProcedure.TierArgument] = tier.ToString(), [AccountabilityProcedure.SanctionsArgument] = string.Join(",", decided.Select(s => s.Code)) })
            .Fire("serve", Office, At(2024, 10, 8))
            .Fire("appeal", Office, At(2024, 10, 28))
            .Fire("assign-reviewer", Committee, At(2024, 10, 29), Args(AccountabilityProcedure.PersonArgument, Zheng.Name))
            .Case;

    private static Sanction[] Pick(IReadOnlyList<Sanction> sanctions, int mask) => sanctions.Where((_, i) => ((mask >> i) & 1) == 1).ToArray();

    private static string Codes(int mask) => string.Join(",", Pick(Sanction.WellKnown, mask).Select(s => s.Code));
}
