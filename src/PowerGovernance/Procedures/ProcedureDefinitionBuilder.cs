using System.Collections.Generic;
using System.Linq;
using PowerGovernance.Calendars;
using PowerGovernance.Internal;
using PowerGovernance.Powers;

namespace PowerGovernance.Procedures;

/// <summary>
/// Builds a <see cref="ProcedureDefinition"/> fluently. The builder collects data without judging it;
/// <see cref="Build"/> checks it (FluentValidation) and reports every problem at once in an
/// <see cref="InvalidProcedureDefinitionException"/>: unreachable steps, non-terminal dead ends,
/// steps without a post or a time limit, missing flowchart elements (the seven a published flowchart states), a committed case
/// limit not at least one third shorter than the legal one. Not thread-safe; its products are.
/// </summary>
public sealed class ProcedureDefinitionBuilder
{
    private readonly Data data;

    /// <summary>Starts a definition.</summary>
    /// <param name="id">The definition's id, e.g. <c>licensing</c>.</param>
    /// <param name="version">Its version, 1 or more.</param>
    public ProcedureDefinitionBuilder(string id, int version = 1)
    {
        data = new Data { Id = Preconditions.CheckNotNull(id), Version = version };
    }

    /// <summary>Names the procedure.</summary>
    /// <param name="chinese">The Chinese name, e.g. <c>行政许可</c>.</param>
    /// <param name="english">The English name.</param>
    /// <returns>This builder.</returns>
    public ProcedureDefinitionBuilder Named(string chinese, string english)
    {
        data.ChineseName = Preconditions.CheckNotNull(chinese);
        data.EnglishName = Preconditions.CheckNotNull(english);
        return this;
    }

    /// <summary>Restricts the procedure to the powers with these codes (default: any listed power).</summary>
    /// <param name="codes">The power codes.</param>
    /// <returns>This builder.</returns>
    public ProcedureDefinitionBuilder ForPowers(params PowerCode[] codes)
    {
        data.PowerCodes.AddRange(Preconditions.CheckNotNull(codes));
        return this;
    }

    /// <summary>States how the procedure starts and on what basis (the first flowchart element: 行使权力的条件).</summary>
    /// <param name="initiation">On application or ex officio.</param>
    /// <param name="basis">The basis, e.g. <c>《中华人民共和国行政许可法》第二十九条</c>.</param>
    /// <returns>This builder.</returns>
    public ProcedureDefinitionBuilder Initiated(Initiation initiation, string basis)
    {
        data.Initiation = initiation;
        data.InitiationBasis = basis;
        return this;
    }

    /// <summary>
    /// Declares the categories of power the procedure serves (适用的权力类别), e.g. licensing: a case on a power of another
    /// category is refused at start.
    /// </summary>
    /// <param name="categories">The categories.</param>
    /// <returns>This builder.</returns>
    /// <exception cref="System.ArgumentNullException"><paramref name="categories"/> or one of them is null.</exception>
    public ProcedureDefinitionBuilder ForCategories(params PowerCategory[] categories)
    {
        foreach (var category in Preconditions.CheckNotNull(categories))
        {
            data.PowerCategories.Add(Preconditions.CheckNotNull(category, nameof(categories)));
        }

        return this;
    }

    /// <summary>Sets the case limits: the legal one (or none) and the committed one that supervision watches.</summary>
    /// <param name="legal">The legal limit, or <see langword="null"/> where no law sets one.</param>
    /// <param name="committed">The committed limit, at most two thirds of the legal one (rounded down), same kind.</param>
    /// <returns>This builder.</returns>
    public ProcedureDefinitionBuilder CaseLimits(TimeLimit? legal, TimeLimit committed)
    {
        data.LegalLimit = legal;
        data.CommittedLimit = committed;
        return this;
    }

    /// <summary>Adds a working step (办理环节).</summary>
    /// <param name="id">The step id.</param>
    /// <param name="chineseName">The Chinese name.</param>
    /// <param name="englishName">The English name.</param>
    /// <param name="post">The undertaking post.</param>
    /// <param name="limit">The step's committed time limit, or <see langword="null"/>.</param>
    /// <param name="rights">The counterpart's rights at this step.</param>
    /// <param name="disclosure">What is disclosed, where and when; or <see langword="null"/>.</param>
    /// <param name="countsTowardCaseLimit">Whether time here counts toward the case limit (default yes).</param>
    /// <param name="legalLimit">The step's legal limit where the law limits the step itself, or <see langword="null"/>; never shorter than <paramref name="limit"/>.</param>
    /// <returns>This builder.</returns>
    public ProcedureDefinitionBuilder Step(
        string id,
        string chineseName,
        string englishName,
        Post post,
        TimeLimit? limit,
        CounterpartRights rights = CounterpartRights.None,
        string? disclosure = null,
        bool countsTowardCaseLimit = true,
        TimeLimit? legalLimit = null)
    {
        data.Steps.Add(new StepDefinition(id, chineseName, englishName, post, limit, countsTowardCaseLimit, null, rights, disclosure) { LegalLimit = legalLimit });
        return this;
    }

    /// <summary>Adds a terminal step that ends the case with <paramref name="outcome"/>.</summary>
    /// <param name="id">The step id.</param>
    /// <param name="chineseName">The Chinese name.</param>
    /// <param name="englishName">The English name.</param>
    /// <param name="post">The post that issues the outcome.</param>
    /// <param name="outcome">The outcome.</param>
    /// <param name="rights">The counterpart's rights (a refusal should tell reasons).</param>
    /// <param name="disclosure">What is disclosed; or <see langword="null"/>.</param>
    /// <returns>This builder.</returns>
    public ProcedureDefinitionBuilder Terminal(string id, string chineseName, string englishName, Post post, CaseOutcome outcome, CounterpartRights rights = CounterpartRights.None, string? disclosure = null)
    {
        data.Steps.Add(new StepDefinition(id, chineseName, englishName, post, null, false, outcome, rights, disclosure));
        return this;
    }

    /// <summary>Sets the step every case starts in.</summary>
    /// <param name="stepId">The step id.</param>
    /// <returns>This builder.</returns>
    public ProcedureDefinitionBuilder StartsAt(string stepId)
    {
        data.InitialStep = stepId;
        return this;
    }

    /// <summary>Adds a trigger from one step to another.</summary>
    /// <param name="id">The trigger id.</param>
    /// <param name="chineseName">The Chinese name, e.g. <c>受理</c>.</param>
    /// <param name="from">The step it leaves.</param>
    /// <param name="to">The step it enters (the same step for clock actions).</param>
    /// <param name="posts">The posts allowed to fire it.</param>
    /// <param name="configure">Adds guards, reason and argument requirements and clock effects; or <see langword="null"/>.</param>
    /// <returns>This builder.</returns>
    [System.Diagnostics.CodeAnalysis.SuppressMessage("ApiDesign", "RS0026:Do not add multiple public overloads with optional parameters", Justification = "The overloads differ in a required parameter's type (a typed trigger or its id and Chinese name), so no call is ambiguous.")]
    public ProcedureDefinitionBuilder Trigger(string id, string chineseName, string from, string to, string[] posts, System.Action<TriggerBuilder>? configure = null)
    {
        var trigger = new TriggerBuilder(id, chineseName, id, from, to, posts ?? []);
        configure?.Invoke(trigger);
        data.Triggers.Add(trigger);
        return this;
    }

    /// <summary>Adds a typed trigger from one step to another (办理动作).</summary>
    /// <param name="trigger">The trigger, with its id and names in both languages.</param>
    /// <param name="from">The step it leaves.</param>
    /// <param name="to">The step it enters (the same step for clock actions).</param>
    /// <param name="posts">The posts allowed to fire it.</param>
    /// <param name="configure">Adds guards, reason and argument requirements and clock effects; or <see langword="null"/>.</param>
    /// <returns>This builder.</returns>
    /// <exception cref="System.ArgumentNullException"><paramref name="trigger"/> is null.</exception>
    [System.Diagnostics.CodeAnalysis.SuppressMessage("ApiDesign", "RS0026:Do not add multiple public overloads with optional parameters", Justification = "The overloads differ in a required parameter's type (a typed trigger or its id and Chinese name), so no call is ambiguous.")]
    public ProcedureDefinitionBuilder Trigger(ProcedureTrigger trigger, string from, string to, string[] posts, System.Action<TriggerBuilder>? configure = null)
    {
        Preconditions.CheckNotNull(trigger);
        var builder = new TriggerBuilder(trigger.Id, trigger.ChineseName, trigger.EnglishName, from, to, posts ?? []);
        configure?.Invoke(builder);
        data.Triggers.Add(builder);
        return this;
    }

    /// <summary>
    /// Adds a typed trigger that leaves each of several steps for the same step, declared once (e.g. withdrawing an
    /// application, 撤回申请, from every step before the decision).
    /// </summary>
    /// <param name="trigger">The trigger, with its id and names in both languages.</param>
    /// <param name="from">The steps it leaves; at least one.</param>
    /// <param name="to">The step it enters.</param>
    /// <param name="posts">The posts allowed to fire it.</param>
    /// <param name="configure">Adds guards, reason and argument requirements; applied to every step's rule; or <see langword="null"/>.</param>
    /// <returns>This builder.</returns>
    /// <exception cref="System.ArgumentNullException"><paramref name="trigger"/> or <paramref name="from"/> is null.</exception>
    public ProcedureDefinitionBuilder TriggerFromEach(ProcedureTrigger trigger, System.Collections.Generic.IEnumerable<string> from, string to, string[] posts, System.Action<TriggerBuilder>? configure = null)
    {
        Preconditions.CheckNotNull(from);
        foreach (var step in from)
        {
            Trigger(trigger, step, to, posts, configure);
        }

        return this;
    }

    /// <summary>
    /// Declares that people in <paramref name="role"/> step aside (回避), e.g. the subject of the case or a person who declared an
    /// interest: the engine refuses any trigger they fire on the case and any assignment of them to another role
    /// (<see cref="RejectionKind.Recused"/>). A recusal is itself an assignment to such a role (<see cref="TriggerBuilder.Assigns"/>).
    /// </summary>
    /// <param name="role">The role.</param>
    /// <returns>This builder.</returns>
    /// <exception cref="System.ArgumentNullException"><paramref name="role"/> is null.</exception>
    public ProcedureDefinitionBuilder Recuses(CaseRole role)
    {
        data.RecusedRoles.Add(Preconditions.CheckNotNull(role));
        return this;
    }

    /// <summary>
    /// Declares that <paramref name="post"/> acts on a case only through the people assigned to <paramref name="role"/> in it (e.g.
    /// the investigation group's steps only by this case's investigators): holding the post is not enough
    /// (<see cref="RejectionKind.ActorLacksPost"/>, or <see cref="RejectionKind.SeparationOfDuties"/> when the person plays a role
    /// separated from it).
    /// </summary>
    /// <param name="post">The post's code.</param>
    /// <param name="role">The role its holders must play in the case.</param>
    /// <returns>This builder.</returns>
    /// <exception cref="System.ArgumentNullException">An argument is null.</exception>
    public ProcedureDefinitionBuilder ActsOnlyThrough(string post, CaseRole role)
    {
        data.PostRoles.Add(new KeyValuePair<string, CaseRole>(Preconditions.CheckNotNull(post), Preconditions.CheckNotNull(role)));
        return this;
    }

    /// <summary>
    /// Declares that nobody plays both roles in one case (职责分离, e.g. 调查与审查分离: investigators never review): a person in one is
    /// never assigned to the other and never acts in a post that acts only through the other (<see cref="RejectionKind.SeparationOfDuties"/>).
    /// </summary>
    /// <param name="first">One role.</param>
    /// <param name="second">The other role.</param>
    /// <returns>This builder.</returns>
    /// <exception cref="System.ArgumentNullException">An argument is null.</exception>
    public ProcedureDefinitionBuilder Separates(CaseRole first, CaseRole second)
    {
        data.Separations.Add(new RoleSeparation(Preconditions.CheckNotNull(first), Preconditions.CheckNotNull(second)));
        return this;
    }

    /// <summary>Adds a supervision point (the fifth flowchart element: 监督制约环节).</summary>
    /// <param name="point">The supervision point.</param>
    /// <returns>This builder.</returns>
    public ProcedureDefinitionBuilder SupervisedBy(SupervisionPoint point)
    {
        data.SupervisionPoints.Add(Preconditions.CheckNotNull(point));
        return this;
    }

    /// <summary>Adds a complaint and report channel (the seventh flowchart element: 投诉举报途径和方式).</summary>
    /// <param name="channel">The channel.</param>
    /// <returns>This builder.</returns>
    public ProcedureDefinitionBuilder ComplaintsTo(ComplaintChannel channel)
    {
        data.ComplaintChannels.Add(Preconditions.CheckNotNull(channel));
        return this;
    }

    /// <summary>Checks the definition and compiles it.</summary>
    /// <returns>The immutable, thread-safe definition.</returns>
    /// <exception cref="InvalidProcedureDefinitionException">The definition breaks one or more rules; every finding is reported.</exception>
    public ProcedureDefinition Build()
    {
        var findings = ProcedureDefinitionValidator.Check(data);
        if (findings.Any(f => f.Severity == Validation.FindingSeverity.Error))
        {
            throw new InvalidProcedureDefinitionException(data.Id, findings);
        }

        return new ProcedureDefinition(data);
    }

    /// <summary>The collected data, as checked by the validator.</summary>
    internal sealed class Data
    {
        public string Id { get; set; } = string.Empty;

        public int Version { get; set; }

        public string ChineseName { get; set; } = string.Empty;

        public string EnglishName { get; set; } = string.Empty;

        public List<PowerCode> PowerCodes { get; } = [];

        public List<PowerCategory> PowerCategories { get; } = [];

        public Initiation Initiation { get; set; }

        public string? InitiationBasis { get; set; }

        public string? InitialStep { get; set; }

        public TimeLimit? LegalLimit { get; set; }

        public TimeLimit? CommittedLimit { get; set; }

        public List<StepDefinition> Steps { get; } = [];

        public List<TriggerBuilder> Triggers { get; } = [];

        public List<SupervisionPoint> SupervisionPoints { get; } = [];

        public List<ComplaintChannel> ComplaintChannels { get; } = [];

        public List<CaseRole> RecusedRoles { get; } = [];

        public List<KeyValuePair<string, CaseRole>> PostRoles { get; } = [];

        public List<RoleSeparation> Separations { get; } = [];

        public IEnumerable<TriggerDefinition> BuiltTriggers() => Triggers.Select(t => t.Build());
    }
}
