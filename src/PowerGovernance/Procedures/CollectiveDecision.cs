using System;
using System.Collections.Generic;
using PowerGovernance.Internal;
using PowerGovernance.Validation;

namespace PowerGovernance.Procedures;

/// <summary>
/// The record of a collective decision (集体讨论决定的会议记录): the arguments a trigger declared with
/// <see cref="TriggerBuilder.RequiresCollectiveDecision"/> takes, so that who attended and how each voted are in the event and
/// the audit chain, and the checks the engine makes on them, on firing and on replay: a decision on a major matter, an
/// important appointment, a major project or a large sum (“三重一大”事项) is taken by the body, never by one person.
/// </summary>
public static class CollectiveDecision
{
    /// <summary>The name under which the event records who attended (到会人员).</summary>
    public const string AttendeesArgument = "attendees";

    /// <summary>The name under which the event records who voted for (赞成).</summary>
    public const string VotesForArgument = "votes-for";

    /// <summary>The name under which the event records who voted against (反对).</summary>
    public const string VotesAgainstArgument = "votes-against";

    /// <summary>The name under which the event records who abstained (弃权).</summary>
    public const string AbstentionsArgument = "abstentions";

    /// <summary>Gets the members who attended the meeting (到会人员), by person id; required; the person firing the decision among them.</summary>
    public static ProcedureArgument<IReadOnlyList<string>> Attendees { get; } = ProcedureArgument.ListOf(AttendeesArgument, "到会人员", "members present");

    /// <summary>Gets the members present who voted for (赞成), by person id; required.</summary>
    public static ProcedureArgument<IReadOnlyList<string>> VotesFor { get; } = ProcedureArgument.ListOf(VotesForArgument, "赞成", "votes for");

    /// <summary>Gets the members present who voted against (反对), by person id; omitted when none did.</summary>
    public static ProcedureArgument<IReadOnlyList<string>> VotesAgainst { get; } = ProcedureArgument.ListOf(VotesAgainstArgument, "反对", "votes against");

    /// <summary>Gets the members present who abstained (弃权), by person id; omitted when none did.</summary>
    public static ProcedureArgument<IReadOnlyList<string>> Abstentions { get; } = ProcedureArgument.ListOf(AbstentionsArgument, "弃权", "abstentions");

    /// <summary>
    /// Checks the record of the meeting against <paramref name="quorum"/>: attendance and the vote recorded, every name a valid
    /// person id, no more attendees than members, the quorum present, the actor among the attendees, every voter present and
    /// counted once, and more than half of those present for. Every problem is reported.
    /// </summary>
    internal static List<Finding>? Check(CollectiveDecisionQuorum quorum, Actor actor, IReadOnlyDictionary<string, string> arguments, string prefix, string prefixChinese)
    {
        var findings = new List<Finding>();
        void Add(string code, string name, string? value, string english, string chinese) =>
            findings.Add(Finding.Error(code, "Arguments[" + name + "]", value is null ? null : ProcedureEngine.Bounded(value), prefix + english, prefixChinese + chinese));

        var attendees = Read(Attendees, arguments);
        var votesFor = Read(VotesFor, arguments);
        var against = Read(VotesAgainst, arguments) ?? [];
        var abstained = Read(Abstentions, arguments) ?? [];
        if (attendees is null)
        {
            Add(CollectiveDecisionRuleCodes.AttendanceMissing, AttendeesArgument, null, $"it is decided collectively ({quorum}), and who attended is not recorded (argument '{AttendeesArgument}').", $"该事项须集体讨论决定（应到{quorum.Members}人，至少{quorum.MinimumPresent}人到会），未记载到会人员（参数“{AttendeesArgument}”）。");
        }

        if (votesFor is null)
        {
            Add(CollectiveDecisionRuleCodes.VoteMissing, VotesForArgument, null, $"it is decided collectively, and the vote is not recorded (argument '{VotesForArgument}', with '{VotesAgainstArgument}' and '{AbstentionsArgument}' when any).", $"该事项须集体讨论决定，未记载表决情况（参数“{VotesForArgument}”，如有反对、弃权另记“{VotesAgainstArgument}”“{AbstentionsArgument}”）。");
        }

        CheckIds(AttendeesArgument, attendees);
        CheckIds(VotesForArgument, votesFor);
        CheckIds(VotesAgainstArgument, against);
        CheckIds(AbstentionsArgument, abstained);

        if (attendees is not null)
        {
            var present = attendees.Count;
            if (present > quorum.Members)
            {
                Add(CollectiveDecisionRuleCodes.MoreThanMembers, AttendeesArgument, arguments[AttendeesArgument], $"{present} attendees are recorded, more than the {quorum.Members} members of the body.", $"记载到会{present}人，超过应到人数{quorum.Members}人。");
            }
            else if (present < quorum.MinimumPresent)
            {
                Add(CollectiveDecisionRuleCodes.QuorumNotPresent, AttendeesArgument, arguments[AttendeesArgument], $"only {present} of the {quorum.Members} members attended; at least {quorum.MinimumPresent} must be present to decide.", $"应到{quorum.Members}人，实到{present}人，不足法定到会人数{quorum.MinimumPresent}人，不能作出决定。");
            }

            if (!Contains(attendees, actor.Name))
            {
                Add(CollectiveDecisionRuleCodes.ActorNotPresent, AttendeesArgument, arguments[AttendeesArgument], $"{actor.Name}, who records the decision, is not among the attendees.", $"办理人{actor.Name}不在到会人员之中。");
            }

            CheckPresent(VotesForArgument, votesFor, attendees);
            CheckPresent(VotesAgainstArgument, against, attendees);
            CheckPresent(AbstentionsArgument, abstained, attendees);
            if (votesFor is not null && votesFor.Count * 2 <= present)
            {
                Add(CollectiveDecisionRuleCodes.MajorityNotReached, VotesForArgument, arguments[VotesForArgument], $"{votesFor.Count} of the {present} members present voted for; more than half ({(present / 2) + 1}) must.", $"到会{present}人，赞成{votesFor.Count}人，未超过到会人数的半数（至少{(present / 2) + 1}人赞成）。");
            }
        }

        CheckTwice(votesFor ?? [], against, VotesForArgument, VotesAgainstArgument);
        CheckTwice(votesFor ?? [], abstained, VotesForArgument, AbstentionsArgument);
        CheckTwice(against, abstained, VotesAgainstArgument, AbstentionsArgument);
        return findings.Count == 0 ? null : findings;

        void CheckIds(string name, IReadOnlyList<string>? people)
        {
            foreach (var person in people ?? [])
            {
                if (PersonIds.Problem(person) is { } why)
                {
                    Add(CollectiveDecisionRuleCodes.PersonInvalid, name, person, $"'{ProcedureEngine.Bounded(person)}' in '{name}' is not a person's id: {why.English}", $"参数“{name}”中的“{ProcedureEngine.Bounded(person)}”不是有效的人员标识：{why.Chinese}");
                }
            }
        }

        void CheckPresent(string name, IReadOnlyList<string>? voters, IReadOnlyList<string> present)
        {
            foreach (var voter in voters ?? [])
            {
                if (!Contains(present, voter))
                {
                    Add(CollectiveDecisionRuleCodes.VoterNotPresent, name, voter, $"{ProcedureEngine.Bounded(voter)} is recorded in '{name}' but did not attend.", $"{ProcedureEngine.Bounded(voter)}记载于“{name}”，但未到会。");
                }
            }
        }

        void CheckTwice(IReadOnlyList<string> first, IReadOnlyList<string> second, string firstName, string secondName)
        {
            foreach (var voter in first)
            {
                if (Contains(second, voter))
                {
                    Add(CollectiveDecisionRuleCodes.CountedTwice, secondName, voter, $"{ProcedureEngine.Bounded(voter)} is counted both in '{firstName}' and in '{secondName}'; each member votes once.", $"{ProcedureEngine.Bounded(voter)}同时计入“{firstName}”和“{secondName}”；每人只能表决一次。");
                }
            }
        }
    }

    private static IReadOnlyList<string>? Read(ProcedureArgument<IReadOnlyList<string>> argument, IReadOnlyDictionary<string, string> arguments) =>
        arguments.TryGetValue(argument.Name, out var text) && argument.TryParse(text, out var items) ? items : null;

    private static bool Contains(IReadOnlyList<string> people, string person)
    {
        for (var i = 0; i < people.Count; i++)
        {
            if (string.Equals(people[i], person, StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
    }
}
