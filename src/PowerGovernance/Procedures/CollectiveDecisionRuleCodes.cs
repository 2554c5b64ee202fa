namespace PowerGovernance.Procedures;

/// <summary>
/// Stable codes of the rules a collective decision (集体讨论决定, “三重一大”决策制度) must follow (see
/// <see cref="Validation.Finding.Code"/>), reported when a trigger declared with
/// <see cref="TriggerBuilder.RequiresCollectiveDecision"/> is fired without a valid record of the meeting.
/// </summary>
public static class CollectiveDecisionRuleCodes
{
    /// <summary>Who attended is not recorded (未记载到会人员).</summary>
    public const string AttendanceMissing = "CollectiveAttendanceMissing";

    /// <summary>The vote is not recorded (未记载表决情况).</summary>
    public const string VoteMissing = "CollectiveVoteMissing";

    /// <summary>A person named is not a valid person id (人员标识无效).</summary>
    public const string PersonInvalid = "CollectivePersonInvalid";

    /// <summary>More people attended than the body has members (到会人数超过应到人数).</summary>
    public const string MoreThanMembers = "CollectiveMoreThanMembers";

    /// <summary>Fewer members attended than the quorum (到会人数不足法定人数).</summary>
    public const string QuorumNotPresent = "CollectiveQuorumNotPresent";

    /// <summary>The person firing the decision did not attend the meeting (办理人未出席会议).</summary>
    public const string ActorNotPresent = "CollectiveActorNotPresent";

    /// <summary>Someone voted who did not attend (表决人未到会).</summary>
    public const string VoterNotPresent = "CollectiveVoterNotPresent";

    /// <summary>Someone is counted in more than one way of voting (重复计票).</summary>
    public const string CountedTwice = "CollectiveCountedTwice";

    /// <summary>Not more than half of the members present voted for (赞成票未超过到会成员半数).</summary>
    public const string MajorityNotReached = "CollectiveMajorityNotReached";
}
