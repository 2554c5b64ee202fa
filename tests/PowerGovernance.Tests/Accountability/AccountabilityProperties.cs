using System;
using System.Collections.Generic;
using System.Linq;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using NodaTime;
using PowerGovernance.Accountability;
using PowerGovernance.Procedures;
using PowerGovernance.Tests.Procedures.BuiltIn;
using static PowerGovernance.Tests.Accountability.AccountabilityWalk;

namespace PowerGovernance.Tests.Accountability;

/// <summary>
/// Laws of the sanction policy (on the default table and on generated office tables) and of the accountability proceedings (on
/// random sequences of assignments, declarations and triggers by random people, the subject among them).
/// </summary>
[Properties(Arbitrary = [typeof(AccountabilityProperties)], MaxTest = 200)]
public class AccountabilityProperties
{
    private static readonly string[] People = [Subject, "甲", "乙", "丙", "丁"];
    private static readonly string[] Posts = [AccountabilityProcedure.Office, AccountabilityProcedure.Head, AccountabilityProcedure.InvestigationGroup, AccountabilityProcedure.PartyCommittee, AccountabilityProcedure.ReviewPanel];
    private static readonly Instant Opened = BuiltInFixture.At(2024, 3, 4);

    /// <summary>Facts for a policy: a table (default or generated), a tier, a record and established conduct.</summary>
    public sealed record PolicyCase(SanctionTable Table, SeverityTier Tier, LocalDate[] Record, AggravatingFactor[] Conduct, int ExtraFactor)
    {
        public AccountabilityFacts Facts => new(Tier, new LocalDate(2024, 10, 8), Record, Conduct);

        public override string ToString() =>
            $"Tier {Tier}, table [{string.Join(" ", Table.Sanctions.Select(s => s.Code + ":" + Table.TierOf(s)))}], record [{string.Join(", ", Record)}], conduct [{string.Join(", ", Conduct.Select(c => c.Code))}], extra {ExtraFactor}";
    }

    /// <summary>A random walk through the proceedings: each move is (trigger pick, person, post, argument pick, minutes).</summary>
    public sealed record Moves((int Trigger, int Person, int Post, int Argument, int Minutes)[] Steps)
    {
        public override string ToString() => string.Join(" ", Steps.Select(s => $"({s.Trigger},{s.Person},{s.Post},{s.Argument},{s.Minutes})"));
    }

    public static Arbitrary<PolicyCase> PolicyCases()
    {
        var table =
            from n in Gen.Choose(3, 12)
            from cut1 in Gen.Choose(1, n - 2)
            from cut2 in Gen.Choose(cut1 + 1, n - 1)
            from gaps in Gen.ArrayOf(Gen.Choose(1, 3), n)
            select Table(n, cut1, cut2, gaps);
        var cases =
            from t in Gen.Frequency((1, Gen.Constant(SanctionTable.Default)), (2, table))
            from tier in Gen.Elements(SeverityTier.Minor, SeverityTier.Serious, SeverityTier.EspeciallySerious)
            from record in Gen.ArrayOf(Gen.Choose(-800, 60).Select(d => new LocalDate(2024, 10, 8).PlusDays(d)))
            from conduct in Gen.SubListOf(AggravatingFactor.WellKnown.Skip(1).ToArray())
            from extra in Gen.Choose(1, 3)
            select new PolicyCase(t, tier, record, conduct.ToArray(), extra);
        return Arb.From(cases);
    }

    public static Arbitrary<Moves> Walks()
    {
        var step =
            from trigger in Gen.Choose(0, 9_999)
            from person in Gen.Choose(0, People.Length - 1)
            from post in Gen.Choose(0, 99)
            from argument in Gen.Choose(0, 9_999)
            from minutes in Gen.Choose(0, 60 * 24 * 3)
            select (trigger, person, post, argument, minutes);
        return Arb.From(Gen.ListOf(step).Select(l => new Moves(l.ToArray())));
    }

    [Property]
    public bool Recommended_sanctions_always_lie_in_the_allowed_set_and_the_tier(PolicyCase c)
    {
        var assessment = new SanctionPolicy(c.Table).Assess(c.Facts);
        return assessment.Allowed.Contains(assessment.Recommended)
            && assessment.Allowed.Count > 0
            && assessment.Allowed.All(s => c.Table.TierOf(s) == c.Tier)
            && assessment.Check([assessment.Recommended]).Count == 0;
    }

    [Property]
    public bool Adding_an_aggravating_factor_never_makes_the_recommendation_lighter(PolicyCase c)
    {
        var policy = new SanctionPolicy(c.Table);
        var before = policy.Assess(c.Facts);
        var extra = AggravatingFactor.WellKnown[c.ExtraFactor];
        var withFactor = policy.Assess(c.Facts with { EstablishedConduct = [.. c.Conduct, extra] });
        var withRepeat = policy.Assess(c.Facts with { EarlierDecisions = [.. c.Record, new LocalDate(2024, 5, 1)] });
        return withFactor.Recommended.Weight >= before.Recommended.Weight
            && withRepeat.Recommended.Weight >= before.Recommended.Weight
            && withFactor.Allowed.Min(s => s.Weight) >= before.Allowed.Min(s => s.Weight)
            && withFactor.Allowed.All(s => before.Allowed.Contains(s));
    }

    [Property(MaxTest = 60)]
    public bool No_sequence_of_statements_or_defences_changes_the_outcome(string[] statements, int sanctionPick)
    {
        var quiet = Investigated([]);
        var vocal = Investigated(statements.Where(PowerGovernance.Internal.VisibleText.HasVisibleText).Take(8).ToArray());
        var date = new LocalDate(2024, 4, 1);
        var a = Proceedings.Assess(quiet, SeverityTier.Serious, date);
        var b = Proceedings.Assess(vocal, SeverityTier.Serious, date);
        var chosen = string.Join(",", Sanction.WellKnown.Where((_, i) => ((sanctionPick >> i) & 1) == 1).Select(s => s.Code).DefaultIfEmpty("admonition"));
        var arguments = new Dictionary<string, string> { [AccountabilityProcedure.TierArgument] = "Serious", [AccountabilityProcedure.SanctionsArgument] = chosen };
        var decideQuiet = Proceedings.Fire(quiet, "decide", Committee, BuiltInFixture.At(2024, 4, 1), arguments);
        var decideVocal = Proceedings.Fire(vocal, "decide", Committee, BuiltInFixture.At(2024, 4, 1), arguments);
        return a.Allowed.SequenceEqual(b.Allowed) && a.Recommended == b.Recommended && a.Factors.SequenceEqual(b.Factors)
            && decideQuiet.IsAccepted == decideVocal.IsAccepted
            && (!decideQuiet.IsAccepted || decideQuiet.Case!.Sanctions.SequenceEqual(decideVocal.Case!.Sanctions));
    }

    [Property]
    public bool Recusal_and_separation_are_never_violated_and_the_chain_verifies(Moves moves)
    {
        var (@case, events) = Run(moves);
        var investigators = new HashSet<string>();
        var reviewers = new HashSet<string>();
        var recused = new HashSet<string>();
        foreach (var e in events.Skip(2))
        {
            if (e.Actor == Subject || recused.Contains(e.Actor)
                || (e.Post == AccountabilityProcedure.InvestigationGroup && !investigators.Contains(e.Actor))
                || (e.Post == AccountabilityProcedure.ReviewPanel && (!reviewers.Contains(e.Actor) || investigators.Contains(e.Actor))))
            {
                return false;
            }

            var person = e.Arguments.FirstOrDefault(a => a.Key == AccountabilityProcedure.PersonArgument).Value;
            switch (e.Trigger)
            {
                case "assign-investigator" when person == Subject || recused.Contains(person!) || reviewers.Contains(person!):
                case "assign-reviewer" when person == Subject || recused.Contains(person!) || investigators.Contains(person!):
                    return false;
                case "assign-investigator":
                    investigators.Add(person!);
                    break;
                case "assign-reviewer":
                    reviewers.Add(person!);
                    break;
                case "declare-interest":
                    recused.Add(person!);
                    break;
            }
        }

        var replayed = Proceedings.Replay(@case.Snapshot.PowerCode, events);
        return AuditChain.Verify(events, @case.Snapshot.AuditHead).IsValid
            && replayed.Snapshot.Equals(@case.Snapshot)
            && replayed.Investigators.SequenceEqual(@case.Investigators)
            && replayed.Recused.SequenceEqual(@case.Recused)
            && !@case.Investigators.Intersect(@case.Reviewers).Any();
    }

    private static AccountabilityCase Investigated(string[] statements)
    {
        var walk = Open(BuiltInFixture.At(2024, 3, 4), [new LocalDate(2023, 12, 1)])
            .Fire("verify", Office, BuiltInFixture.At(2024, 3, 5), reason: "属实")
            .Fire("open-investigation", Head, BuiltInFixture.At(2024, 3, 6))
            .Fire("assign-investigator", Head, BuiltInFixture.At(2024, 3, 6), BuiltInFixture.Args(AccountabilityProcedure.PersonArgument, "甲"))
            .Fire("hear", Investigator("甲"), BuiltInFixture.At(2024, 3, 7));
        foreach (var statement in statements)
        {
            walk.Fire("record-statement", Investigator("甲"), BuiltInFixture.At(2024, 3, 8), BuiltInFixture.Args(AccountabilityProcedure.StatementArgument, statement));
        }

        return walk.Fire("heard", Investigator("甲"), BuiltInFixture.At(2024, 3, 11), reason: "已听取")
            .Fire("submit-report", Investigator("甲"), BuiltInFixture.At(2024, 3, 12), new Dictionary<string, string> { ["facts"] = "f", ["conclusion"] = "c", ["proposal"] = "p" })
            .Case;
    }

    private static (AccountabilityCase Case, List<CaseEvent> Events) Run(Moves moves)
    {
        var opened = Proceedings.Open("prop", BuiltInPowers.Accountability.Code, Office, Opened, Subject, AccountabilityMatter.AbuseOfPower, AccountabilitySource.Media);
        var @case = opened.Case!;
        var events = new List<CaseEvent>(opened.Events);
        var definition = Proceedings.Definition;
        var at = Opened;
        foreach (var (triggerPick, personPick, postPick, argumentPick, minutes) in moves.Steps)
        {
            var leaving = definition.TriggersFrom(@case.Snapshot.Step).ToArray();
            if (leaving.Length == 0)
            {
                break;
            }

            var trigger = leaving[triggerPick % leaving.Length];
            var actorName = People[personPick];
            var actor = (postPick % 3) switch
            {
                0 => new Actor(actorName, trigger.AllowedPosts[postPick / 3 % trigger.AllowedPosts.Count]),
                1 => new Actor(actorName, Posts[postPick / 3 % Posts.Length]),
                _ => new Actor(actorName, [.. Posts]),
            };
            var arguments = new Dictionary<string, string>
            {
                [AccountabilityProcedure.PersonArgument] = People[argumentPick % People.Length],
                [AccountabilityProcedure.FactorArgument] = AggravatingFactor.WellKnown[argumentPick / 5 % 4].Code,
                [AccountabilityProcedure.StatementArgument] = "陈述" + argumentPick,
                [AccountabilityProcedure.TierArgument] = ((SeverityTier)(argumentPick / 20 % 3 + 1)).ToString(),
                [AccountabilityProcedure.SanctionsArgument] = Sanction.WellKnown[argumentPick / 60 % 10].Code,
                ["facts"] = "f",
                ["conclusion"] = "c",
                ["proposal"] = "p",
                ["opinion"] = "o",
            };
            at = at.Plus(Duration.FromMinutes(minutes));
            if (at > BuiltInFixture.At(2024, 12, 31))
            {
                break;
            }

            var result = Proceedings.Fire(@case, trigger.Id, actor, at, arguments, "理由");
            if (result.IsAccepted)
            {
                @case = result.Case!;
                events.AddRange(result.Events);
            }
            else if (!ReferenceEquals(result.Case, @case) || result.Events.Count != 0)
            {
                throw new InvalidOperationException("A rejection changed the case.");
            }
        }

        return (@case, events);
    }

    private static SanctionTable Table(int n, int cut1, int cut2, int[] gaps)
    {
        var weight = 0;
        var sanctions = Enumerable.Range(0, n).Select(i => new Sanction("s" + i, weight += gaps[i], "方式" + i, "Sanction " + i)).ToArray();
        var codes = sanctions.Select(s => s.Code).ToArray();
        return new SanctionTable(sanctions, codes[..cut1], codes[cut1..cut2], codes[cut2..]);
    }
}
