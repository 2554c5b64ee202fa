using System.Linq;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using NodaTime;
using PowerGovernance.FrontDesk;
using PowerGovernance.Procedures;

namespace PowerGovernance.Tests.FrontDesk;

/// <summary>
/// Laws of <see cref="PostRoster.WhoActs"/> over generated posts (1–3 holders, 0–3 deputies) and absences
/// (any of them away over any stretch of a fortnight), asked about every day of that fortnight.
/// </summary>
[Properties(Arbitrary = [typeof(PostRosterProperties)], MaxTest = 300)]
public class PostRosterProperties
{
    private static readonly LocalDate Start = new(2024, 2, 5);
    private static readonly string[] People = ["赵", "钱", "孙", "李", "周", "吴", "郑"];

    /// <summary>A post and a roster of absences for its people.</summary>
    public static Arbitrary<PostRoster> Rosters()
    {
        var gen =
            from people in Gen.Shuffle(People)
            from holders in Gen.Choose(1, 3)
            from deputies in Gen.Choose(0, 3)
            from absences in Gen.ListOf(
                from who in Gen.Elements(people.Take(holders + deputies).ToArray())
                from first in Gen.Choose(0, 13)
                from length in Gen.Choose(0, 5)
                from reason in Gen.Elements(AbsenceReason.Leave, AbsenceReason.BusinessTrip, AbsenceReason.Training, AbsenceReason.Meeting)
                select new Absence(who, new DateInterval(Start.PlusDays(first), Start.PlusDays(first + length)), reason))
            select new PostRoster(
                [new PostAssignment(new Post("岗位", "Post"), "某站", people.Take(holders), people.Skip(holders).Take(deputies), "业务职责", "廉政职责")],
                absences);
        return Arb.From(gen);
    }

    [Property]
    public bool The_acting_person_is_a_holder_or_a_named_deputy_and_never_nobody_while_one_of_them_is_present(PostRoster roster)
    {
        var post = roster.Posts.Single();
        return Enumerable.Range(0, 16).Select(d => Start.PlusDays(d)).All(day =>
        {
            var acting = roster.WhoActs(post.Post, day);
            var holderPresent = post.Holders.Any(h => !roster.IsAway(h, day));
            var deputyPresent = post.Deputies.Any(d => !roster.IsAway(d, day));
            return acting is null
                ? !holderPresent && !deputyPresent
                : !roster.IsAway(acting.Person, day)
                    && (acting.IsDeputy ? post.Deputies.Contains(acting.Person) && !holderPresent : post.Holders.Contains(acting.Person));
        });
    }
}
