using System;
using System.Collections.Generic;
using PowerGovernance.Calendars;
using PowerGovernance.Internal;

namespace PowerGovernance.Procedures;

/// <summary>Configures one trigger inside <see cref="ProcedureDefinitionBuilder.Trigger(ProcedureTrigger, string, string, string[], System.Action{TriggerBuilder}?)"/>.</summary>
public sealed class TriggerBuilder
{
    private readonly List<GuardDefinition> guards = [];
    private readonly List<string> requiredArguments = [];
    private readonly List<ProcedureArgument> arguments = [];
    private readonly string id;
    private readonly string chineseName;
    private readonly string englishName;
    private readonly string from;
    private readonly string to;
    private readonly string[] posts;
    private bool requiresReason;
    private ClockEffect clock;
    private TimeLimit? extension;
    private bool certified;
    private PeriodLimits? period;
    private bool accepts;
    private TimeLimit? deemedAcceptedAfter;
    private bool statesSuspensionEnd;
    private RoleAssignment? assigns;
    private CollectiveDecisionQuorum? collective;
    private bool twoOfficers;

    internal TriggerBuilder(string id, string chineseName, string englishName, string from, string to, string[] posts)
    {
        this.id = id;
        this.chineseName = chineseName;
        this.englishName = englishName;
        this.from = from;
        this.to = to;
        this.posts = posts;
    }

    /// <summary>Adds a guard: a condition that must hold, with the words shown when it does not.</summary>
    /// <param name="description">What must hold, e.g. <c>材料齐全</c>.</param>
    /// <param name="condition">The pure check.</param>
    /// <returns>This builder.</returns>
    public TriggerBuilder When(string description, Func<TriggerContext, bool> condition)
    {
        guards.Add(new GuardDefinition(description, condition));
        return this;
    }

    /// <summary>Adds a guard described in Simplified Chinese and English, citing the rule (shown in rejections and flowcharts).</summary>
    /// <param name="chinese">What must hold, in Chinese.</param>
    /// <param name="english">The same in English.</param>
    /// <param name="condition">The check; pure, must not throw.</param>
    /// <returns>This builder.</returns>
    public TriggerBuilder When(string chinese, string english, Func<TriggerContext, bool> condition)
    {
        guards.Add(new GuardDefinition(chinese, english, condition));
        return this;
    }

    /// <summary>Requires a written reason (书面说明理由), e.g. for a refusal.</summary>
    /// <returns>This builder.</returns>
    public TriggerBuilder RequiresReason()
    {
        requiresReason = true;
        return this;
    }

    /// <summary>Requires an argument, e.g. <c>cause</c> for a suspension.</summary>
    /// <param name="name">The argument's name.</param>
    /// <returns>This builder.</returns>
    public TriggerBuilder RequiresArgument(string name) =>
        RequiresArgument(ProcedureArgument.Text(Preconditions.CheckNotBlank(name), name, name));

    /// <summary>
    /// Requires <paramref name="argument"/> (必填参数): the trigger is refused when it is missing or not in its form, with the
    /// argument's name, the refused value and the accepted values.
    /// </summary>
    /// <param name="argument">The argument.</param>
    /// <returns>This builder.</returns>
    /// <exception cref="System.ArgumentNullException"><paramref name="argument"/> is null.</exception>
    public TriggerBuilder RequiresArgument(ProcedureArgument argument)
    {
        Preconditions.CheckNotNull(argument);
        Declare(argument);
        if (!requiredArguments.Contains(argument.Name))
        {
            requiredArguments.Add(argument.Name);
        }

        return this;
    }

    /// <summary>
    /// Lets the trigger take <paramref name="argument"/> without requiring it (可选参数). A trigger takes no argument it
    /// does not declare: any other name is refused.
    /// </summary>
    /// <param name="argument">The argument.</param>
    /// <returns>This builder.</returns>
    /// <exception cref="System.ArgumentNullException"><paramref name="argument"/> is null.</exception>
    public TriggerBuilder TakesArgument(ProcedureArgument argument)
    {
        Declare(Preconditions.CheckNotNull(argument));
        return this;
    }

    /// <summary>
    /// Makes the trigger suspend the case clock; it requires a <c>cause</c> argument and takes the suspension's expected end
    /// (<see cref="ProcedureEngine.SuspendedUntil"/>).
    /// </summary>
    /// <returns>This builder.</returns>
    public TriggerBuilder Suspends() => Suspends(ProcedureEngine.Cause);

    /// <summary>
    /// Suspends both clocks (中止计时) for a cause that must be one <paramref name="cause"/> accepts, for example
    /// <see cref="ProcedureArgument.OneOf"/> the causes a law lists.
    /// </summary>
    /// <param name="cause">The cause argument; its name must be <see cref="ProcedureEngine.CauseArgument"/>.</param>
    /// <returns>This builder.</returns>
    /// <exception cref="System.ArgumentException"><paramref name="cause"/> has another name.</exception>
    public TriggerBuilder Suspends(ProcedureArgument<string> cause)
    {
        Preconditions.CheckNotNull(cause);
        if (cause.Name != ProcedureEngine.CauseArgument)
        {
            throw new System.ArgumentException($"The cause argument is named '{ProcedureEngine.CauseArgument}', not '{cause.Name}'. / 中止事由参数应命名为“{ProcedureEngine.CauseArgument}”。", nameof(cause));
        }

        clock = ClockEffect.Suspend;
        arguments.RemoveAll(a => a.Name == cause.Name);
        RequiresArgument(cause);
        if (!arguments.Exists(a => a.Name == ProcedureEngine.SuspendedUntilArgument))
        {
            Declare(ProcedureEngine.SuspendedUntil); // every suspension may state its expected end (《行政许可法》第四十五条)
        }

        return this;
    }

    /// <summary>
    /// Suspends the clock and requires the suspension's expected end (argument
    /// <see cref="ProcedureEngine.SuspendedUntilArgument"/>), which the applicant is told in writing
    /// (《行政许可法》第四十五条：行政机关应当将所需时间书面告知申请人).
    /// </summary>
    /// <returns>This builder.</returns>
    public TriggerBuilder SuspendsUntilStatedEnd()
    {
        statesSuspensionEnd = true;
        if (clock != ClockEffect.Suspend)
        {
            Suspends();
        }

        return RequiresArgument(ProcedureEngine.SuspendedUntil);
    }

    /// <summary>
    /// Marks the trigger as accepting the application (受理): the legal clock restarts on its day, since the legal
    /// limit runs from acceptance. With <paramref name="deemedAcceptedAfter"/>, an acceptance later than that time
    /// after receipt counts from the day of receipt instead (逾期不告知的，自收到申请材料之日起即为受理).
    /// </summary>
    /// <param name="deemedAcceptedAfter">The window after receipt, or <see langword="null"/>.</param>
    /// <returns>This builder.</returns>
    public TriggerBuilder Accepts(TimeLimit? deemedAcceptedAfter = null)
    {
        accepts = true;
        this.deemedAcceptedAfter = deemedAcceptedAfter;
        return this;
    }

    /// <summary>
    /// Starts a new period on both clocks (分段计时): e.g. the county's 15 days counted from the township's report.
    /// </summary>
    /// <param name="legal">The period's legal limit.</param>
    /// <param name="committed">The period's committed limit, of the same kind and not longer.</param>
    /// <returns>This builder.</returns>
    public TriggerBuilder StartsPeriod(TimeLimit legal, TimeLimit committed)
    {
        clock = ClockEffect.StartPeriod;
        period = new PeriodLimits(legal, committed);
        return this;
    }

    /// <summary>Makes the trigger resume a suspended case clock.</summary>
    /// <returns>This builder.</returns>
    public TriggerBuilder Resumes()
    {
        clock = ClockEffect.Resume;
        return this;
    }

    /// <summary>Makes the trigger extend the case limit once by <paramref name="by"/>; it requires a reason.</summary>
    /// <param name="by">The extra time, of the same kind as the case limit.</param>
    /// <returns>This builder.</returns>
    public TriggerBuilder Extends(TimeLimit by)
    {
        clock = ClockEffect.Extend;
        extension = by;
        return RequiresReason();
    }

    /// <summary>Makes the trigger restart the case clock from its own day (e.g. a corrected request arrives).</summary>
    /// <returns>This builder.</returns>
    public TriggerBuilder Restarts()
    {
        clock = ClockEffect.Restart;
        return this;
    }

    /// <summary>Marks the trigger as an enforcement act: only an actor holding an enforcement certificate valid that day may fire it (持证上岗).</summary>
    /// <returns>This builder.</returns>
    public TriggerBuilder RequiresCertifiedOfficer()
    {
        certified = true;
        return this;
    }

    /// <summary>
    /// Marks the trigger as an enforcement act by at least two officers (执法人员不得少于两人, 《行政处罚法》第四十二条): the actor
    /// needs a certificate valid that day (<see cref="RequiresCertifiedOfficer"/>) and so does <see cref="Actor.SecondOfficer"/>,
    /// another person holding their own certificate. The event records the second officer and their certificate number
    /// (<see cref="ProcedureEngine.SecondOfficerArgument"/>, <see cref="ProcedureEngine.SecondOfficerCertificateArgument"/>),
    /// which replay checks against the host's certificate registry.
    /// </summary>
    /// <returns>This builder.</returns>
    public TriggerBuilder RequiresTwoCertifiedOfficers()
    {
        certified = true;
        twoOfficers = true;
        return this;
    }

    /// <summary>
    /// Makes the trigger assign a person to <paramref name="role"/> in the case (指派角色): the required argument
    /// <paramref name="person"/> names them by id, and once the trigger is accepted they play the role in
    /// <see cref="CaseSnapshot.Parties"/>. The engine refuses the assignment of a person who steps aside
    /// (<see cref="ProcedureDefinitionBuilder.Recuses"/>), who plays a role separated from it
    /// (<see cref="ProcedureDefinitionBuilder.Separates"/>), or who already plays it.
    /// </summary>
    /// <param name="role">The role.</param>
    /// <param name="person">The argument naming the person; see <see cref="ProcedureArgument.Person"/>.</param>
    /// <returns>This builder.</returns>
    /// <exception cref="System.ArgumentNullException">An argument is null.</exception>
    public TriggerBuilder Assigns(CaseRole role, ProcedureArgument<string> person)
    {
        Preconditions.CheckNotNull(role);
        RequiresArgument(Preconditions.CheckNotNull(person));
        assigns = new RoleAssignment(role, person.Name);
        return this;
    }

    /// <summary>
    /// Makes the trigger a collective decision (集体讨论决定, “三重一大”决策制度: major decisions, important appointments,
    /// major projects and large sums are decided by the body, not by one person): it takes who attended
    /// (<see cref="CollectiveDecision.Attendees"/>) and how each voted (<see cref="CollectiveDecision.VotesFor"/>,
    /// <see cref="CollectiveDecision.VotesAgainst"/>, <see cref="CollectiveDecision.Abstentions"/>), all recorded in the event, and
    /// the engine refuses it, on firing and on replay, unless the quorum was present, the person firing it attended, every voter
    /// attended and is counted once, and more than half of those present voted for (rule codes in
    /// <see cref="CollectiveDecisionRuleCodes"/>).
    /// </summary>
    /// <param name="quorum">The body's members and the fewest who must be present.</param>
    /// <returns>This builder.</returns>
    /// <exception cref="System.ArgumentNullException"><paramref name="quorum"/> is null.</exception>
    public TriggerBuilder RequiresCollectiveDecision(CollectiveDecisionQuorum quorum)
    {
        collective = Preconditions.CheckNotNull(quorum);
        Declare(CollectiveDecision.Attendees);
        Declare(CollectiveDecision.VotesFor);
        Declare(CollectiveDecision.VotesAgainst);
        Declare(CollectiveDecision.Abstentions);
        return this;
    }

    private void Declare(ProcedureArgument argument)
    {
        var existing = arguments.FindIndex(a => a.Name == argument.Name);
        if (existing >= 0)
        {
            arguments[existing] = argument;
        }
        else
        {
            arguments.Add(argument);
        }
    }

    internal TriggerDefinition Build() =>
        new(id, chineseName, from, to, posts, guards.ToArray(), requiresReason, requiredArguments.ToArray(), clock, extension) { EnglishName = englishName, Arguments = arguments.ToArray(), RequiresCertifiedOfficer = certified, Period = period, Accepts = accepts, DeemedAcceptedAfter = deemedAcceptedAfter, StatesSuspensionEnd = statesSuspensionEnd, Assigns = assigns, CollectiveDecision = collective, RequiresTwoCertifiedOfficers = twoOfficers };
}
