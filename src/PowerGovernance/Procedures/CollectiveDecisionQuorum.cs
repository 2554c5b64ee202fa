using System;

namespace PowerGovernance.Procedures;

/// <summary>
/// The quorum of a body that decides collectively (集体决策的议事规则): how many members it has (应到人数) and how many must
/// be present for the meeting to decide (到会人数). A decision on a major matter, an important appointment, a major project
/// or a large sum (“三重一大”事项) is taken by such a body, never by one person (集体讨论决定); the decision passes when more
/// than half of the members present vote for it.
/// </summary>
public sealed record CollectiveDecisionQuorum
{
    /// <summary>Creates a quorum.</summary>
    /// <param name="members">The members of the body (应到人数), at least 2 (one person is not a collective).</param>
    /// <param name="minimumPresent">The fewest members who must be present (法定到会人数), from more than half of <paramref name="members"/> to all of them.</param>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="members"/> is below 2, or <paramref name="minimumPresent"/> is not more than half of the members or exceeds them.</exception>
    public CollectiveDecisionQuorum(int members, int minimumPresent)
    {
        if (members < 2)
        {
            throw new ArgumentOutOfRangeException(nameof(members), members, "A collective body has at least 2 members. / 集体决策机构至少有2名成员。");
        }

        if (minimumPresent * 2 <= members || minimumPresent > members)
        {
            throw new ArgumentOutOfRangeException(nameof(minimumPresent), minimumPresent, $"The quorum of a body of {members} is more than half of them and not more than all of them. / {members}人的集体决策机构，法定到会人数应超过半数且不超过全体成员。");
        }

        Members = members;
        MinimumPresent = minimumPresent;
    }

    /// <summary>Gets the number of members (应到人数).</summary>
    public int Members { get; }

    /// <summary>Gets the fewest members who must be present (法定到会人数).</summary>
    public int MinimumPresent { get; }

    /// <summary>Returns the quorum of more than half of the members (半数以上成员到会).</summary>
    /// <param name="members">The members of the body, at least 2.</param>
    /// <returns>The quorum, e.g. 4 of 7, 5 of 8.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="members"/> is below 2.</exception>
    public static CollectiveDecisionQuorum MoreThanHalf(int members) => new(members, (members / 2) + 1);

    /// <summary>Returns the quorum of two thirds of the members (三分之二以上成员到会), as for appointments and dismissals.</summary>
    /// <param name="members">The members of the body, at least 2.</param>
    /// <returns>The quorum, e.g. 5 of 7, 6 of 9.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="members"/> is below 2.</exception>
    public static CollectiveDecisionQuorum TwoThirds(int members) => new(members, ((2 * members) + 2) / 3);

    /// <summary>Returns the quorum in words.</summary>
    /// <returns>E.g. <c>at least 4 of 7 members present</c>.</returns>
    public override string ToString() => $"at least {MinimumPresent} of {Members} members present";
}
