using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using NodaTime;
using PowerGovernance.Appeals;
using PowerGovernance.Internal;
using PowerGovernance.Powers;
using PowerGovernance.Procedures;

namespace PowerGovernance.Accountability;

/// <summary>
/// Runs accountability cases (问责办理) on a <see cref="ProcedureEngine"/> that holds the <see cref="AccountabilityProcedure"/>. Recusal and
/// the separation of duties are declared by the procedure and enforced by the engine itself, on every path (the proceedings, the plain
/// engine, replay); the proceedings add the conduct and decision rules:
/// <list type="bullet">
/// <item><description><b>Recusal (回避).</b> The subject never acts on their own case and is never assigned to it; a person who declared an
/// interest steps aside and can no longer act or be assigned (<see cref="RejectionKind.Recused"/>). People are compared by id, exactly
/// (<see cref="Actor.Name"/>), from the case's sealed <see cref="CaseSnapshot.Parties"/>, never from an edited
/// <see cref="AccountabilityCase"/>. (Engine.)</description></item>
/// <item><description><b>Separation of duties (调查与审查分离).</b> Investigators never review and reviewers never investigate
/// (<see cref="RejectionKind.SeparationOfDuties"/>); investigation-group and review-panel steps are fired only by the people assigned to
/// this case. (Engine.)</description></item>
/// <item><description><b>Conduct.</b> Only the table's factors can be established, never the derived repeat factor; duties are suspended
/// only after obstruction is established.</description></item>
/// <item><description><b>Decision.</b> The sanctions decided must lie in the <see cref="SanctionPolicy"/>'s allowed set for the tier and the
/// established facts; the subject's statements are recorded but are not an input of the policy.</description></item>
/// <item><description><b>No heavier treatment on appeal (不因申诉而加重处理).</b> A review reaches the case only through the subject's own
/// appeal, and its variation (<c>vary</c>) may not be heavier than the decision appealed, as <see cref="SanctionTable.IsHeavier"/> defines
/// it (公务员法 2018 Art. 96; 政务处分法 Art. 56): such a variation is refused (<see cref="RejectionKind.GuardFailed"/>, naming the rule in
/// English and Chinese) and the case is unchanged. Upholding, revoking, and lighter or equal variations stay allowed.</description></item>
/// <item><description><b>Effect on service (送达生效).</b> The decision is in force from the day it is served on the subject, not from the
/// day it is made (<see cref="DecisionInForce"/>).</description></item>
/// </list>
/// Pure and thread-safe: every call returns a new value and changes nothing on a rejection.
/// </summary>
public sealed class AccountabilityProceedings
{
    private readonly Dictionary<string, AccountabilityMatter> matters;
    private readonly AccountabilityValidator rules;

    /// <summary>Creates the proceedings.</summary>
    /// <param name="engine">The engine; it must hold a definition with id <see cref="AccountabilityProcedure.Id"/>.</param>
    /// <param name="policy">The sanction policy; <see cref="SanctionPolicy.Default"/> when null.</param>
    /// <param name="matters">The circumstances the office recognizes; when null, <see cref="AccountabilityMatter.WellKnown"/>,
    /// <see cref="AccountabilityMatter.WrongfulEnforcement"/> (行政执法过错责任追究) and <see cref="AccountabilityMatter.InvestigatorMisconduct"/>
    /// (调查人员的责任).</param>
    /// <param name="appealPolicy">Whether an appeal suspends the decision; <see cref="AppealPolicy.Default"/> when null.</param>
    /// <exception cref="ArgumentNullException"><paramref name="engine"/> is null.</exception>
    /// <exception cref="ArgumentException">The engine holds no accountability procedure.</exception>
    public AccountabilityProceedings(ProcedureEngine engine, SanctionPolicy? policy = null, IEnumerable<AccountabilityMatter>? matters = null, AppealPolicy? appealPolicy = null)
    {
        Engine = Preconditions.CheckNotNull(engine);
        Definition = engine.Definitions.FirstOrDefault(d => d.Id == AccountabilityProcedure.Id)
            ?? throw new ArgumentException("The engine holds no '" + AccountabilityProcedure.Id + "' procedure: add AccountabilityProcedure.Definition to its definitions.", nameof(engine));
        Policy = policy ?? SanctionPolicy.Default;
        this.matters = (matters ?? [.. AccountabilityMatter.WellKnown, AccountabilityMatter.WrongfulEnforcement, AccountabilityMatter.InvestigatorMisconduct]).ToDictionary(m => Preconditions.CheckNotNull(m).Code, StringComparer.Ordinal);
        AppealPolicy = appealPolicy ?? AppealPolicy.Default;
        rules = new AccountabilityValidator(Policy, engine.Zone);
    }

    /// <summary>The engine.</summary>
    public ProcedureEngine Engine { get; }

    /// <summary>The accountability procedure the engine holds.</summary>
    public ProcedureDefinition Definition { get; }

    /// <summary>The sanction policy.</summary>
    public SanctionPolicy Policy { get; }

    /// <summary>The appeal rules (whether an appeal suspends the decision).</summary>
    public AppealPolicy AppealPolicy { get; }

    /// <summary>Opens a case: starts it on the engine and registers the subject, the matter and the source (two events).</summary>
    /// <param name="caseId">The case id.</param>
    /// <param name="powerCode">The catalog power the office exercises (行政问责); it must be listed.</param>
    /// <param name="actor">Who registers the matter: the accountability office.</param>
    /// <param name="at">When.</param>
    /// <param name="subject">The person the case is about.</param>
    /// <param name="matter">The circumstance; one the proceedings recognize.</param>
    /// <param name="source">Where the matter came from.</param>
    /// <param name="earlierDecisions">The subject's earlier accountability decision dates (the record); none when null.</param>
    /// <param name="proposer">Whoever instructed or proposed the accountability (作出问责批示、提出问责建议的单位或个人), told the result before
    /// the decision is served or the clearance told; required when <paramref name="source"/> is
    /// <see cref="AccountabilitySource.SuperiorInstruction"/>, <see cref="AccountabilitySource.DeputiesProposal"/> or
    /// <see cref="AccountabilitySource.SupervisoryOrJudicialBody"/>, optional otherwise.</param>
    /// <returns>Accepted with the case and two events, or rejected (nothing to store).</returns>
    /// <exception cref="ArgumentNullException">A reference argument other than <paramref name="earlierDecisions"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="subject"/> is blank or not a valid id (padded with white space, holding an invisible character, not in NFC: see <see cref="Actor(string, string[])"/>), <paramref name="matter"/> is not recognized or
    /// <paramref name="source"/> is not defined, or <paramref name="proposer"/> is missing where required or is given without visible text; the message lists every problem.</exception>
    public AccountabilityResult Open(string caseId, PowerCode powerCode, Actor actor, Instant at, string subject, AccountabilityMatter matter, AccountabilitySource source, IEnumerable<LocalDate>? earlierDecisions = null, string? proposer = null)
    {
        Preconditions.CheckNotNull(caseId);
        Preconditions.CheckNotNull(actor);
        Preconditions.CheckNotNull(subject);
        Preconditions.CheckNotNull(matter);
        var problems = new List<string>();
        if (!VisibleText.HasVisibleText(subject))
        {
            problems.Add("subject: the person the case is about must be named (visible text, not only white space, zero-width or control characters). / 被调查人须写明（须含可见文字，不能仅含空白、零宽或控制字符）。");
        }
        else if (PersonIds.Problem(subject) is { } invalid)
        {
            problems.Add("subject: " + PersonIds.Describe(subject, invalid));
        }

        if (!matters.TryGetValue(matter.Code, out var known) || known != matter)
        {
            problems.Add("matter: '" + matter.Code + "' is not a circumstance these proceedings recognize.");
        }

        if (!Enum.IsDefined(source))
        {
            problems.Add("source: '" + ((int)source).ToString(CultureInfo.InvariantCulture) + "' is not one of the eight sources.");
        }

        if (proposer is not null && !VisibleText.HasVisibleText(proposer))
        {
            problems.Add("proposer: whoever instructed or proposed the accountability is named with visible text, or not given. / 作出问责批示、提出问责建议的单位或个人须写明（须含可见文字），无则不填。");
        }
        else if (proposer is null && AccountabilityProcedure.HasProposer(source))
        {
            problems.Add("proposer: a matter from " + source + " comes from a unit or person who instructed or proposed it; name them, they are told the result. / 来源为上级批示、代表委员提案或监督司法机关意见的，须写明作出批示、提出建议的单位或个人，以便告知问责情况。");
        }

        if (problems.Count > 0)
        {
            throw new ArgumentException(ProblemList.Describe("Opening the accountability case", "问责案件立案", problems));
        }

        if (string.Equals(actor.Name, subject, StringComparison.Ordinal))
        {
            return AccountabilityResult.Refused(null, AccountabilityValidator.Reject(RejectionKind.Recused, ProcedureEngine.StartTrigger, string.Empty, "The subject of a case can never act on it.", "被调查人不得办理自己的案件（回避）。"));
        }

        var started = Engine.Start(caseId, powerCode, AccountabilityProcedure.Id, actor, at);
        if (!started.IsAccepted)
        {
            return AccountabilityResult.Refused(null, started.Rejection, started.Findings);
        }

        var arguments = new Dictionary<string, string>(StringComparer.Ordinal)
        {
            [AccountabilityProcedure.SubjectArgument] = subject,
            [AccountabilityProcedure.MatterArgument] = matter.Code,
            [AccountabilityProcedure.SourceArgument] = source.ToString(),
        };
        if (proposer is not null)
        {
            arguments[AccountabilityProcedure.ProposerArgument] = proposer;
        }

        var registered = Engine.Fire(started.Snapshot, "register", actor, at, arguments);
        if (!registered.IsAccepted)
        {
            return AccountabilityResult.Refused(null, registered.Rejection, registered.Findings);
        }

        var record = (earlierDecisions ?? []).ToArray();
        var opened = new AccountabilityCase(registered.Snapshot, subject, matter, source, Array.AsReadOnly(record)) { Proposer = proposer };
        return AccountabilityResult.Accepted(opened, [started.Events[0], registered.Events[0]]);
    }

    /// <summary>
    /// Fires a typed trigger of <see cref="AccountabilityProcedure.Triggers"/> on a case, after the recusal, separation,
    /// conduct and decision rules; the same as the overload taking the trigger's id.
    /// </summary>
    /// <param name="case">The case.</param>
    /// <param name="trigger">The trigger, e.g. <c>AccountabilityProcedure.Triggers.Serve</c>.</param>
    /// <param name="actor">Who fires it.</param>
    /// <param name="at">When.</param>
    /// <param name="arguments">The typed arguments (<see cref="AccountabilityProcedure.Arguments"/>), or <see langword="null"/>.</param>
    /// <param name="reason">The reason, where required.</param>
    /// <param name="expectedVersion">The version the caller read, or null.</param>
    /// <returns>Accepted with the new case and one event, or refused with the case unchanged.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="case"/>, <paramref name="trigger"/> or <paramref name="actor"/> is null.</exception>
    /// <exception cref="ArgumentException">The case's snapshot is incomplete or runs another procedure.</exception>
    [System.Diagnostics.CodeAnalysis.SuppressMessage("ApiDesign", "RS0026:Do not add multiple public overloads with optional parameters", Justification = "The overloads differ in a required parameter's type (a typed trigger or its id), so no call is ambiguous.")]
    public AccountabilityResult Fire(AccountabilityCase @case, ProcedureTrigger trigger, Actor actor, Instant at, TriggerArguments? arguments = null, string? reason = null, long? expectedVersion = null) =>
        Fire(@case, Preconditions.CheckNotNull(trigger).Id, actor, at, arguments, reason, expectedVersion);

    /// <summary>
    /// Decides the case (作出问责决定): the party committee decides the tier of the circumstances and the sanctions, which
    /// must be allowed by the sanction table for that tier, the subject's record and the established conduct; optionally
    /// referring the matter on. The intent behind <see cref="AccountabilityProcedure.Triggers.Decide"/>.
    /// </summary>
    /// <param name="case">The case, in the committee's decision step.</param>
    /// <param name="actor">The party committee (<see cref="AccountabilityProcedure.PartyCommittee"/>).</param>
    /// <param name="at">When.</param>
    /// <param name="tier">The tier decided.</param>
    /// <param name="sanctions">The sanctions decided, from the policy's table; at least one.</param>
    /// <param name="referrals">Referrals to discipline inspection or the judiciary; none by default.</param>
    /// <param name="expectedVersion">The version the caller read, or null.</param>
    /// <returns>Accepted with the decided case and one event, or refused with every reason and the case unchanged (a sanction given twice
    /// is refused as <see cref="RejectionKind.ArgumentInvalid"/>, naming it).</returns>
    /// <exception cref="ArgumentNullException">A reference argument is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="sanctions"/> is empty, or <paramref name="tier"/> or <paramref name="referrals"/> is not defined.</exception>
    public AccountabilityResult Decide(AccountabilityCase @case, Actor actor, Instant at, SeverityTier tier, IEnumerable<Sanction> sanctions, Referral referrals = Referral.None, long? expectedVersion = null)
    {
        Preconditions.CheckNotNull(sanctions);
        var codes = sanctions.Select(s => Preconditions.CheckNotNull(s, nameof(sanctions)).Code).ToArray();
        if (codes.Length == 0)
        {
            throw new ArgumentException("At least one sanction is decided; a case without sanctions is cleared instead. / 问责决定至少包含一种问责方式；不予问责的应作出不予问责决定。", nameof(sanctions));
        }

        if ((referrals & ~(Referral.Discipline | Referral.Judiciary)) != 0)
        {
            throw new ArgumentException("The referrals are Discipline, Judiciary or both. / 移送事项只能是移送纪检监察机关、司法机关或两者。", nameof(referrals));
        }

        if (ProcedureArgument.FirstRepeated(codes) is { } repeated)
        {
            Preconditions.CheckNotNull(@case);
            return AccountabilityResult.Refused(@case, AccountabilityValidator.RepeatedSanction(AccountabilityProcedure.Triggers.Decide.Id, @case.Snapshot.Step, repeated));
        }

        var arguments = TriggerArguments.None
            .With(AccountabilityProcedure.Arguments.Tier, tier)
            .With(AccountabilityProcedure.Arguments.Sanctions, codes);
        if (referrals != Referral.None)
        {
            string[] named = [.. new[] { Referral.Discipline, Referral.Judiciary }.Where(r => referrals.HasFlag(r)).Select(r => r.ToString())];
            arguments = arguments.With(AccountabilityProcedure.Arguments.Referrals, named);
        }

        return Fire(@case, AccountabilityProcedure.Triggers.Decide, actor, at, arguments, null, expectedVersion);
    }

    /// <summary>Fires a trigger on a case, after the recusal, separation, conduct and decision rules.</summary>
    /// <param name="case">The case.</param>
    /// <param name="trigger">The trigger id.</param>
    /// <param name="actor">Who fires it.</param>
    /// <param name="at">When.</param>
    /// <param name="arguments">The trigger's arguments.</param>
    /// <param name="reason">The reason, where required.</param>
    /// <param name="expectedVersion">The version the caller read, or null.</param>
    /// <returns>Accepted with the new case and one event, or rejected with the case unchanged.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="case"/>, <paramref name="trigger"/> or <paramref name="actor"/> is null.</exception>
    /// <exception cref="ArgumentException">The case's snapshot is incomplete or runs another procedure, or a variation on review is
    /// compared with decided sanctions that are not in the policy's table.</exception>
    [System.Diagnostics.CodeAnalysis.SuppressMessage("ApiDesign", "RS0026:Do not add multiple public overloads with optional parameters", Justification = "The overloads differ in a required parameter's type (a typed trigger or its id), so no call is ambiguous.")]
    public AccountabilityResult Fire(AccountabilityCase @case, string trigger, Actor actor, Instant at, IReadOnlyDictionary<string, string>? arguments = null, string? reason = null, long? expectedVersion = null)
    {
        Preconditions.CheckNotNull(@case);
        Preconditions.CheckNotNull(trigger);
        Preconditions.CheckNotNull(actor);
        Preconditions.CheckComplete(@case.Snapshot);
        if (!string.Equals(@case.Snapshot.DefinitionId, AccountabilityProcedure.Id, StringComparison.Ordinal))
        {
            throw new ArgumentException("The case runs procedure '" + @case.Snapshot.DefinitionId + "', not '" + AccountabilityProcedure.Id + "'.", nameof(@case));
        }

        arguments ??= new Dictionary<string, string>();

        // The engine first: recusal and the separation of duties are its rules (declared by the procedure), so they come before the
        // proceedings' own and hold whichever entry point is used. A refused result is pure: nothing to undo.
        var result = Engine.Fire(@case.Snapshot, trigger, actor, at, arguments, reason, expectedVersion);
        if (!result.IsAccepted)
        {
            return AccountabilityResult.Refused(@case, result.Rejection, result.Findings);
        }

        var rejection = rules.Check(@case, trigger, actor, at, arguments);
        if (rejection is not null)
        {
            return AccountabilityResult.Refused(@case, rejection);
        }

        return AccountabilityResult.Accepted(AccountabilityCaseFold.Apply(@case with { Snapshot = result.Snapshot }, result.Events[0], Policy.Table, Engine.Zone), result.Events);
    }

    /// <summary>Assesses the sanctions for a case: the tier decided, the established conduct and the subject's record. The statements heard are not an input.</summary>
    /// <param name="case">The case.</param>
    /// <param name="tier">The tier.</param>
    /// <param name="decisionDate">The decision date.</param>
    /// <param name="referrals">The referrals.</param>
    /// <returns>The assessment.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="case"/> is null.</exception>
    /// <exception cref="ArgumentException">The facts break a rule of the policy.</exception>
    public SanctionAssessment Assess(AccountabilityCase @case, SeverityTier tier, LocalDate decisionDate, Referral referrals = Referral.None)
    {
        Preconditions.CheckNotNull(@case);
        return Policy.Assess(new AccountabilityFacts(tier, decisionDate, @case.EarlierDecisions, @case.EstablishedConduct, referrals));
    }

    /// <summary>The subject's appeal window, once the decision has been served; otherwise null.</summary>
    /// <param name="case">The case.</param>
    /// <returns>The window, counted on the engine's calendar.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="case"/> is null.</exception>
    public AppealWindow? AppealWindow(AccountabilityCase @case)
    {
        Preconditions.CheckNotNull(@case);
        return @case.DecisionReceived is { } received
            ? AppealPolicy.Window(AppealKind.Accountability, Engine.Calendar, received)
            : null;
    }

    /// <summary>
    /// Whether the decision is in force (生效并执行): decided, served on the subject, not revoked on review, and (unless the office's rule
    /// says an appeal suspends it) regardless of an appeal. A decision takes effect when it is served (送达), not when it is made: from
    /// <see cref="AccountabilityCase.Decided"/> until <see cref="AccountabilityCase.DecisionReceived"/> it is not yet in force. Once served it
    /// stays in force during the appeal (申诉期间，问责决定不停止执行); after a variation on review the varied sanctions are in force.
    /// </summary>
    /// <param name="case">The case.</param>
    /// <returns>Whether the sanctions in <see cref="AccountabilityCase.Sanctions"/> are being carried out.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="case"/> is null.</exception>
    public bool DecisionInForce(AccountabilityCase @case)
    {
        Preconditions.CheckNotNull(@case);
        if (@case.Decided is null || @case.Snapshot.Step == "revoked" || AppealWindow(@case) is not { } window)
        {
            return false; // not decided, revoked, or not yet served
        }

        return window.DecisionInForce(appealPending: @case.Snapshot.Step == "review");
    }

    /// <summary>Rebuilds a case from its events (the audit chain) and the subject's record.</summary>
    /// <param name="powerCode">The power the case exercises.</param>
    /// <param name="events">The events, in order, starting with the start and the registration.</param>
    /// <param name="earlierDecisions">The subject's earlier decision dates; none when null.</param>
    /// <returns>The case.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="events"/> is null.</exception>
    /// <exception cref="ArgumentException">The events do not begin with a start and a registration naming a subject, a recognized matter and a source.</exception>
    /// <exception cref="InvalidOperationException">The events do not replay (see <see cref="ProcedureEngine.Replay(string, PowerCode, IReadOnlyList{CaseEvent})"/>): e.g. an act by a person who steps aside.</exception>
    public AccountabilityCase Replay(PowerCode powerCode, IReadOnlyList<CaseEvent> events, IEnumerable<LocalDate>? earlierDecisions = null)
    {
        Preconditions.CheckNotNull(events);
        if (events.Count < 2 || events[1] is not { Trigger: "register" } register)
        {
            throw new ArgumentException("An accountability case's events begin with the start and the registration.", nameof(events));
        }

        var snapshot = Engine.Replay(AccountabilityProcedure.Id, powerCode, events);
        var subject = register.Arguments.FirstOrDefault(a => a.Key == AccountabilityProcedure.SubjectArgument).Value;
        var matterCode = register.Arguments.FirstOrDefault(a => a.Key == AccountabilityProcedure.MatterArgument).Value;
        var sourceName = register.Arguments.FirstOrDefault(a => a.Key == AccountabilityProcedure.SourceArgument).Value;
        if (subject is null || matterCode is null || !matters.TryGetValue(matterCode, out var matter) || sourceName is null || !AccountabilityProcedure.IsSource(sourceName))
        {
            throw new ArgumentException("The registration event does not name a subject, a recognized matter and a source.", nameof(events));
        }

        var proposer = register.Arguments.FirstOrDefault(a => a.Key == AccountabilityProcedure.ProposerArgument).Value;
        var @case = new AccountabilityCase(snapshot, subject, matter, StrictEnum.TryParse<AccountabilitySource>(sourceName, out var source) ? source : default, Array.AsReadOnly((earlierDecisions ?? []).ToArray())) { Proposer = proposer };
        for (var i = 2; i < events.Count; i++)
        {
            @case = AccountabilityCaseFold.Apply(@case, events[i], Policy.Table, Engine.Zone);
        }

        return @case;
    }
}
