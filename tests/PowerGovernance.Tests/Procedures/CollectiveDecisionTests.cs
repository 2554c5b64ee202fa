using System.Collections.Generic;
using System.Linq;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using NodaTime;
using PowerGovernance.Calendars;
using PowerGovernance.Powers;
using PowerGovernance.Procedures;
using PowerGovernance.Tests.Procedures.BuiltIn;
using static PowerGovernance.Tests.Procedures.BuiltIn.BuiltInFixture;

namespace PowerGovernance.Tests.Procedures;

/// <summary>
/// A decision on a major matter, an important appointment, a major project or a large sum (“三重一大”) is taken collectively
/// (集体讨论决定): the engine refuses it without the attendance and the vote, or with a vote that does not carry it.
/// </summary>
public class CollectiveDecisionTests
{
    private static readonly Post Office = new("党政办", "Party and government office");
    private static readonly Post Committee = new("党委会", "Party committee");

    /// <summary>A committee of 7; at least 4 present (more than half).</summary>
    private static readonly CollectiveDecisionQuorum Quorum = CollectiveDecisionQuorum.MoreThanHalf(7);

    private static readonly ProcedureDefinition MajorExpenditure = new ProcedureDefinitionBuilder("major-expenditure")
        .Named("大额资金使用", "Use of a large sum")
        .Initiated(Initiation.ExOfficio, "“三重一大”决策制度")
        .CaseLimits(TimeLimit.WorkingDays(20), TimeLimit.WorkingDays(13))
        .Step("proposed", "提出议题", "Proposed", Office, TimeLimit.WorkingDays(10), CounterpartRights.Reasons)
        .Terminal("decided", "集体决定", "Decided", Committee, CaseOutcome.Completed, CounterpartRights.Statement)
        .StartsAt("proposed")
        .Trigger("decide", "集体讨论决定", "proposed", "decided", [Committee], t => t.RequiresCollectiveDecision(Quorum))
        .SupervisedBy(new SupervisionPoint("proposed", "镇纪委", "镇纪委监督电话", "0830-1234567"))
        .ComplaintsTo(new ComplaintChannel("镇纪委", "0830-1234567"))
        .Build();

    private static readonly ProcedureEngine Engine = new(Calendar, BuiltInPowers.Catalog, [MajorExpenditure]);
    private static readonly Actor Clerk = new("办公室李某", Office);
    private static readonly Actor Secretary = new("书记张某", Committee);

    private static CaseSnapshot Proposed(string id) =>
        Engine.Start(id, BuiltInPowers.Licensing.Code, MajorExpenditure.Id, Clerk, At(2026, 2, 12)).Snapshot!;

    private static TriggerArguments Meeting(string[] attendees, string[] votesFor, string[]? against = null, string[]? abstained = null)
    {
        var arguments = TriggerArguments.None.With(CollectiveDecision.Attendees, attendees).With(CollectiveDecision.VotesFor, votesFor);
        arguments = against is null ? arguments : arguments.With(CollectiveDecision.VotesAgainst, against);
        return abstained is null ? arguments : arguments.With(CollectiveDecision.Abstentions, abstained);
    }

    [Fact]
    public void A_decision_fired_without_attendance_and_vote_is_refused_with_both_rule_codes_and_changes_nothing()
    {
        var snapshot = Proposed("SZYD-2026-1");

        // Received on Thursday 2026-02-12; the committee meets on Tuesday 2026-02-24, the first working day after the
        // Spring Festival holiday (2026-02-15..2026-02-23).
        var refused = Engine.Fire(snapshot, "decide", Secretary, At(2026, 2, 24));

        Assert.Equal(RejectionKind.ArgumentMissing, refused.Rejection);
        Assert.Same(snapshot, refused.Snapshot);
        Assert.Equal(
            [CollectiveDecisionRuleCodes.AttendanceMissing, CollectiveDecisionRuleCodes.VoteMissing],
            refused.Findings.Select(f => f.Code).ToArray());
        Assert.All(refused.Findings, f => Assert.Contains("集体讨论决定", f.ChineseMessage, System.StringComparison.Ordinal));
        Assert.Contains("decided collectively", refused.Message, System.StringComparison.Ordinal);

        // Still offered to the committee: only the record of the meeting is missing.
        Assert.Contains(Engine.PermittedTriggers(snapshot, Secretary, At(2026, 2, 24)), t => t.Id == "decide");
    }

    [Fact]
    public void Every_fault_of_the_record_is_reported_at_once()
    {
        var snapshot = Proposed("SZYD-2026-2");

        // 3 of 7 attended (quorum 4); the secretary firing it is not among them; 赵某 voted without attending; 钱某 is
        // counted for and against; 1 for out of 3 present is no majority.
        var refused = Engine.Fire(snapshot, "decide", Secretary, At(2026, 2, 25), Meeting(["钱某", "孙某", "李某"], ["钱某"], ["钱某", "赵某"]));

        Assert.Equal(RejectionKind.ArgumentInvalid, refused.Rejection);
        var codes = refused.Findings.Select(f => f.Code).ToHashSet();
        Assert.Equal(
            new HashSet<string>
            {
                CollectiveDecisionRuleCodes.QuorumNotPresent,
                CollectiveDecisionRuleCodes.ActorNotPresent,
                CollectiveDecisionRuleCodes.VoterNotPresent,
                CollectiveDecisionRuleCodes.CountedTwice,
                CollectiveDecisionRuleCodes.MajorityNotReached,
            },
            codes);
        var quorum = refused.Findings.Single(f => f.Code == CollectiveDecisionRuleCodes.QuorumNotPresent);
        Assert.Equal("Arguments[attendees]", quorum.Path);
        Assert.Contains("only 3 of the 7 members attended; at least 4", quorum.Message, System.StringComparison.Ordinal);
        Assert.Contains("应到7人，实到3人", quorum.ChineseMessage, System.StringComparison.Ordinal);
        Assert.Equal("赵某", refused.Findings.Single(f => f.Code == CollectiveDecisionRuleCodes.VoterNotPresent).AttemptedValue);
    }

    [Fact]
    public void Eight_attendees_for_seven_members_and_a_tied_vote_are_refused()
    {
        var snapshot = Proposed("SZYD-2026-3");
        string[] eight = ["书记张某", "a1", "a2", "a3", "a4", "a5", "a6", "a7"];
        var tooMany = Engine.Fire(snapshot, "decide", Secretary, At(2026, 2, 26), Meeting(eight, ["书记张某", "a1", "a2", "a3", "a4"]));
        Assert.Equal([CollectiveDecisionRuleCodes.MoreThanMembers], tooMany.Findings.Select(f => f.Code).ToArray());

        // 4 present, 2 for and 2 against: half is not more than half.
        var tied = Engine.Fire(snapshot, "decide", Secretary, At(2026, 2, 26), Meeting(["书记张某", "a1", "a2", "a3"], ["书记张某", "a1"], ["a2", "a3"]));
        Assert.Equal([CollectiveDecisionRuleCodes.MajorityNotReached], tied.Findings.Select(f => f.Code).ToArray());
    }

    [Fact]
    public void A_carried_decision_records_attendance_and_vote_in_the_chain_and_replays_and_a_forged_vote_does_not()
    {
        var started = Engine.Start("SZYD-2026-4", BuiltInPowers.Licensing.Code, MajorExpenditure.Id, Clerk, At(2026, 2, 12));

        // 5 of 7 attended on 2026-02-24; 3 for, 1 against, 1 abstained: 3 > 5 / 2, carried.
        var meeting = Meeting(["书记张某", "镇长王某", "委员甲", "委员乙", "委员丙"], ["书记张某", "镇长王某", "委员甲"], ["委员乙"], ["委员丙"]);
        var decided = Engine.Fire(started.Snapshot!, "decide", Secretary, At(2026, 2, 24), meeting);

        Assert.True(decided.IsAccepted, decided.Message);
        var e = Assert.Single(decided.Events);
        Assert.Contains(new KeyValuePair<string, string>(CollectiveDecision.AttendeesArgument, "书记张某,镇长王某,委员甲,委员乙,委员丙"), e.Arguments);
        Assert.Contains(new KeyValuePair<string, string>(CollectiveDecision.VotesForArgument, "书记张某,镇长王某,委员甲"), e.Arguments);
        Assert.Contains(new KeyValuePair<string, string>(CollectiveDecision.VotesAgainstArgument, "委员乙"), e.Arguments);
        Assert.Contains(new KeyValuePair<string, string>(CollectiveDecision.AbstentionsArgument, "委员丙"), e.Arguments);
        IReadOnlyList<CaseEvent> history = [.. started.Events, e];
        Assert.Equal(decided.Snapshot, Engine.Replay(history));

        // An insider moves two votes from 'for' to nobody and re-hashes the event: the chain holds, the replay refuses it.
        var edited = e with { Arguments = [.. e.Arguments.Select(a => a.Key == CollectiveDecision.VotesForArgument ? new KeyValuePair<string, string>(a.Key, "书记张某") : a)] };
        var forged = edited with { Hash = AuditChain.ComputeHash(edited) };
        IReadOnlyList<CaseEvent> forgedHistory = [.. started.Events, forged];
        Assert.True(AuditChain.Verify(forgedHistory).IsValid);
        var replay = Assert.Throws<System.InvalidOperationException>(() => Engine.Replay(forgedHistory));
        Assert.Contains("more than half", replay.Message, System.StringComparison.Ordinal);
        var verification = Engine.Verify(decided.Snapshot! with { AuditHead = forged.Hash }, forgedHistory);
        Assert.Contains(verification.Findings, f => f.Code == HistoryRuleCodes.TransitionRefused && f.Path == "Events[1]");
    }

    [Fact]
    public void A_trigger_without_a_collective_decision_takes_none_of_its_arguments_and_quorums_are_checked()
    {
        Assert.Null(new ProcedureDefinitionBuilder("x").Named("x", "x").Initiated(Initiation.ExOfficio, "x").CaseLimits(TimeLimit.WorkingDays(3), TimeLimit.WorkingDays(2))
            .Step("a", "a", "a", Office, TimeLimit.WorkingDays(1), CounterpartRights.Reasons).Terminal("b", "b", "b", Office, CaseOutcome.Completed, CounterpartRights.Statement)
            .StartsAt("a").Trigger("t", "t", "a", "b", [Office]).SupervisedBy(new SupervisionPoint("a", "x", "x", "x")).ComplaintsTo(new ComplaintChannel("x", "x")).Build()
            .Triggers.Single().CollectiveDecision);
        Assert.Equal(Quorum, Assert.Single(MajorExpenditure.Triggers).CollectiveDecision);
        Assert.Equal(4, CollectiveDecisionQuorum.MoreThanHalf(7).MinimumPresent);
        Assert.Equal(5, CollectiveDecisionQuorum.MoreThanHalf(8).MinimumPresent);
        Assert.Equal(5, CollectiveDecisionQuorum.TwoThirds(7).MinimumPresent);
        Assert.Equal(6, CollectiveDecisionQuorum.TwoThirds(9).MinimumPresent);
        Assert.Throws<System.ArgumentOutOfRangeException>(() => new CollectiveDecisionQuorum(1, 1)); // one person is no collective
        Assert.Throws<System.ArgumentOutOfRangeException>(() => new CollectiveDecisionQuorum(8, 4)); // half is not a quorum
        Assert.Throws<System.ArgumentOutOfRangeException>(() => new CollectiveDecisionQuorum(7, 8));
    }

    /// <summary>
    /// The policy: whatever the record, the decision is accepted exactly when at least 4 and at most 7 attended, the secretary
    /// attended, every voter attended and is counted once, and more than half of those present voted for.
    /// </summary>
    [Property(MaxTest = 200)]
    public bool A_decision_is_accepted_exactly_when_the_quorum_attended_and_a_majority_of_those_present_voted_for(PositiveInt seed)
    {
        var random = new System.Random(seed.Get);
        string[] pool = ["书记张某", "m1", "m2", "m3", "m4", "m5", "m6", "m7", "m8"];
        string[] Pick() => pool.Where(_ => random.Next(3) == 0).ToArray();
        var attendees = Pick();
        var votesFor = Pick();
        var against = Pick();
        var abstained = Pick();
        var arguments = TriggerArguments.None;
        arguments = attendees.Length > 0 ? arguments.With(CollectiveDecision.Attendees, attendees) : arguments;
        arguments = votesFor.Length > 0 ? arguments.With(CollectiveDecision.VotesFor, votesFor) : arguments;
        arguments = against.Length > 0 ? arguments.With(CollectiveDecision.VotesAgainst, against) : arguments;
        arguments = abstained.Length > 0 ? arguments.With(CollectiveDecision.Abstentions, abstained) : arguments;

        var result = Engine.Fire(Proposed("P-" + seed.Get), "decide", Secretary, At(2026, 2, 24), arguments);

        var voters = votesFor.Concat(against).Concat(abstained).ToArray();
        var valid = attendees.Length >= 4 && attendees.Length <= 7 && attendees.Contains("书记张某")
            && voters.All(attendees.Contains) && voters.Distinct().Count() == voters.Length
            && votesFor.Length * 2 > attendees.Length;
        return result.IsAccepted == valid && (valid || result.Findings.All(f => f.Code.StartsWith("Collective", System.StringComparison.Ordinal)));
    }
}
