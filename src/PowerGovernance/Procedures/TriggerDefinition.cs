using System;
using System.Collections.Generic;
using PowerGovernance.Calendars;
using PowerGovernance.Internal;

namespace PowerGovernance.Procedures;

/// <summary>
/// A trigger (流转动作) that moves a case from one step to another: who may fire it, what must hold,
/// whether a written reason is required, which arguments it takes and what it does to the clock.
/// </summary>
/// <param name="Id">The trigger's identifier, e.g. <c>approve</c>; the same id may leave several steps.</param>
/// <param name="ChineseName">The name in Chinese, e.g. <c>批准</c>.</param>
/// <param name="From">The step it leaves.</param>
/// <param name="To">The step it enters (may equal <paramref name="From"/> for clock actions).</param>
/// <param name="AllowedPosts">The posts allowed to fire it.</param>
/// <param name="Guards">The conditions, all of which must hold.</param>
/// <param name="RequiresReason">Whether a written reason is required (书面说明理由).</param>
/// <param name="RequiredArguments">Names of arguments that must be given, e.g. <c>cause</c>.</param>
/// <param name="Clock">What the trigger does to the case clock.</param>
/// <param name="Extension">For <see cref="ClockEffect.Extend"/>, the extra time allowed; otherwise <see langword="null"/>.</param>
public sealed record TriggerDefinition(
    string Id,
    string ChineseName,
    string From,
    string To,
    IReadOnlyList<string> AllowedPosts,
    IReadOnlyList<GuardDefinition> Guards,
    bool RequiresReason,
    IReadOnlyList<string> RequiredArguments,
    ClockEffect Clock,
    TimeLimit? Extension)
{
    private readonly string? englishName;
    private readonly IReadOnlyList<ProcedureArgument> arguments = [];

    /// <summary>Gets the posts allowed to fire it (a read-only copy of the list given).</summary>
    public IReadOnlyList<string> AllowedPosts { get; init; } = Internal.ImmutableLists.Of(AllowedPosts);

    /// <summary>Gets the conditions, all of which must hold (a read-only copy of the list given).</summary>
    public IReadOnlyList<GuardDefinition> Guards { get; init; } = Internal.ImmutableLists.Of(Guards);

    /// <summary>Gets the names of arguments that must be given (a read-only copy of the list given).</summary>
    public IReadOnlyList<string> RequiredArguments { get; init; } = Internal.ImmutableLists.Of(RequiredArguments);

    /// <summary>Gets whether only a certified enforcement officer may fire it (持证执法): the actor needs a certificate valid that day.</summary>
    public bool RequiresCertifiedOfficer { get; init; }

    /// <summary>
    /// Gets whether the act needs two certified officers (执法人员不得少于两人, 《行政处罚法》第四十二条): the actor and
    /// <see cref="Actor.SecondOfficer"/>, each with their own certificate valid that day; implies <see cref="RequiresCertifiedOfficer"/>.
    /// </summary>
    public bool RequiresTwoCertifiedOfficers { get; init; }

    /// <summary>Gets the trigger's English name; its id when none was given.</summary>
    public string EnglishName { get => englishName ?? Id; init => englishName = value; }

    /// <summary>
    /// Gets the arguments the trigger takes (动作参数), required ones (<see cref="RequiredArguments"/>) and optional ones;
    /// any other argument is refused.
    /// </summary>
    public IReadOnlyList<ProcedureArgument> Arguments { get => arguments; init => arguments = Internal.ImmutableLists.Of(value); }

    /// <summary>Gets the trigger this definition is a rule for: its id and names in both languages.</summary>
    public ProcedureTrigger Trigger => new(Id, ChineseName, EnglishName);

    /// <summary>For <see cref="ClockEffect.StartPeriod"/>, the legal and committed limits of the new period; otherwise <see langword="null"/>.</summary>
    public PeriodLimits? Period { get; init; }

    /// <summary>
    /// Gets whether the trigger accepts the application (受理): the legal clock restarts on its day, because the
    /// legal limit runs from acceptance (《行政许可法》第四十二条、《信访工作条例》第三十四条：自受理之日起). The committed
    /// clock keeps counting from receipt.
    /// </summary>
    public bool Accepts { get; init; }

    /// <summary>
    /// Gets, for an accepting trigger, the time after receipt within which the application can still be accepted
    /// on its own day: an acceptance after it counts from the day of receipt (逾期不告知的，自收到申请材料之日起即为受理,
    /// 《行政许可法》第三十二条第一款第四项); <see langword="null"/> when acceptance always starts the legal clock.
    /// </summary>
    public TimeLimit? DeemedAcceptedAfter { get; init; }

    /// <summary>
    /// Gets whether a suspension must state its expected end (argument <see cref="ProcedureEngine.SuspendedUntilArgument"/>,
    /// an ISO date), which the applicant is told in writing (《行政许可法》第四十五条：将所需时间书面告知申请人).
    /// </summary>
    public bool StatesSuspensionEnd { get; init; }

    /// <summary>Gets the role the trigger assigns a person to (指派角色), or <see langword="null"/> when it assigns none.</summary>
    public RoleAssignment? Assigns { get; init; }

    /// <summary>
    /// Gets the quorum of the body when the trigger is a collective decision (集体讨论决定, “三重一大”), or <see langword="null"/>:
    /// see <see cref="TriggerBuilder.RequiresCollectiveDecision"/>.
    /// </summary>
    public CollectiveDecisionQuorum? CollectiveDecision { get; init; }

    /// <summary>Returns whether <paramref name="other"/> has equal members, the lists element by element (值相等).</summary>
    /// <param name="other">The other value.</param>
    /// <returns><see langword="true"/> when every member is equal.</returns>
    public bool Equals(TriggerDefinition? other) =>
        other is not null
        && Id == other.Id
        && ChineseName == other.ChineseName
        && From == other.From
        && To == other.To
        && ValueEquality.SequenceEqual(AllowedPosts, other.AllowedPosts)
        && ValueEquality.SequenceEqual(Guards, other.Guards)
        && RequiresReason == other.RequiresReason
        && ValueEquality.SequenceEqual(RequiredArguments, other.RequiredArguments)
        && Clock == other.Clock
        && Extension == other.Extension
        && RequiresCertifiedOfficer == other.RequiresCertifiedOfficer
        && RequiresTwoCertifiedOfficers == other.RequiresTwoCertifiedOfficers
        && Equals(Period, other.Period)
        && Accepts == other.Accepts
        && DeemedAcceptedAfter == other.DeemedAcceptedAfter
        && StatesSuspensionEnd == other.StatesSuspensionEnd
        && Equals(Assigns, other.Assigns)
        && Equals(CollectiveDecision, other.CollectiveDecision);

    /// <summary>Returns a hash code consistent with <see cref="Equals(TriggerDefinition)"/>.</summary>
    /// <returns>The hash code.</returns>
    public override int GetHashCode() => HashCode.Combine(Id, From, To);
}
