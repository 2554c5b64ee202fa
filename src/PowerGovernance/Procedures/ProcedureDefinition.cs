using System.Collections.Frozen;
using System.Collections.Generic;
using System.Linq;
using PowerGovernance.Calendars;
using PowerGovernance.Internal;
using PowerGovernance.Powers;

namespace PowerGovernance.Procedures;

/// <summary>
/// A procedure (权力运行流程): the steps a power runs through, who undertakes each, its time limits,
/// the triggers between steps with their guards and permitted posts, the supervision points, the
/// counterpart's rights and the complaint channels. Built and validated by
/// <see cref="ProcedureDefinitionBuilder"/>; immutable, thread-safe and compiled once.
/// </summary>
/// <remarks>
/// Compiling configures a Stateless state machine once with the steps and triggers and freezes its answers
/// (which trigger leaves which step, and which step it enters) into a table; <see cref="TryGetTrigger"/>,
/// <see cref="HasTrigger"/>, <see cref="TriggersFrom"/> and the <see cref="ProcedureEngine"/> read that table.
/// Guards are not part of the Stateless configuration: the engine calls them directly (see <see cref="GuardDefinition"/>).
/// </remarks>
public sealed class ProcedureDefinition
{
    private readonly FrozenDictionary<string, StepDefinition> steps;

    internal ProcedureDefinition(ProcedureDefinitionBuilder.Data data)
    {
        Id = data.Id;
        Version = data.Version;
        ChineseName = data.ChineseName;
        EnglishName = data.EnglishName;
        PowerCodes = ImmutableLists.Of(data.PowerCodes);
        PowerCategories = ImmutableLists.Of(data.PowerCategories.Distinct());
        Initiation = data.Initiation;
        InitiationBasis = data.InitiationBasis!;
        InitialStep = data.InitialStep!;
        LegalLimit = data.LegalLimit;
        CommittedLimit = data.CommittedLimit!.Value;
        Steps = ImmutableLists.Of(data.Steps);
        Triggers = ImmutableLists.Of(data.Triggers.Select(t => t.Build()));
        SupervisionPoints = ImmutableLists.Of(data.SupervisionPoints);
        ComplaintChannels = ImmutableLists.Of(data.ComplaintChannels);
        steps = Steps.ToFrozenDictionary(s => s.Id, System.StringComparer.Ordinal);
        RecusedRoles = ImmutableLists.Of(data.RecusedRoles.Distinct());
        PostRoles = data.PostRoles.GroupBy(p => p.Key, System.StringComparer.Ordinal).ToFrozenDictionary(g => g.Key, g => g.First().Value, System.StringComparer.Ordinal);
        Separations = ImmutableLists.Of(data.Separations);
        Roles = ImmutableLists.Of(RecusedRoles
            .Concat(data.PostRoles.Select(p => p.Value))
            .Concat(Separations.SelectMany(r => new[] { r.First, r.Second }))
            .Concat(Triggers.Where(t => t.Assigns is not null).Select(t => t.Assigns!.Role))
            .Distinct());
        HasParties = Roles.Count > 0;
        Machine = new CompiledMachine(this);
    }

    /// <summary>Gets the definition's id, e.g. <c>licensing</c>.</summary>
    public string Id { get; }

    /// <summary>Gets the definition's version; a changed flowchart is a new version.</summary>
    public int Version { get; }

    /// <summary>Gets the name in Chinese.</summary>
    public string ChineseName { get; }

    /// <summary>Gets the name in English.</summary>
    public string EnglishName { get; }

    /// <summary>Gets the codes of the powers this procedure serves; empty when it serves any listed power.</summary>
    public IReadOnlyList<PowerCode> PowerCodes { get; }

    /// <summary>Gets the categories of power the procedure serves (适用的权力类别); empty for any category.</summary>
    public IReadOnlyList<PowerCategory> PowerCategories { get; }

    /// <summary>Gets how the procedure is set in motion (the first flowchart element: 行使权力的条件).</summary>
    public Initiation Initiation { get; }

    /// <summary>Gets the basis for acting (依据), e.g. the article that requires an application.</summary>
    public string InitiationBasis { get; }

    /// <summary>Gets the step a case starts in.</summary>
    public string InitialStep { get; }

    /// <summary>Gets the legal limit of the whole case (法定时限), or <see langword="null"/> where no law sets one.</summary>
    public TimeLimit? LegalLimit { get; }

    /// <summary>Gets the committed limit of the whole case (承诺时限), watched by supervision.</summary>
    public TimeLimit CommittedLimit { get; }

    /// <summary>Gets the steps, in the order defined.</summary>
    public IReadOnlyList<StepDefinition> Steps { get; }

    /// <summary>Gets the triggers, in the order defined.</summary>
    public IReadOnlyList<TriggerDefinition> Triggers { get; }

    /// <summary>Gets the supervision points.</summary>
    public IReadOnlyList<SupervisionPoint> SupervisionPoints { get; }

    /// <summary>Gets the complaint and report channels.</summary>
    public IReadOnlyList<ComplaintChannel> ComplaintChannels { get; }

    /// <summary>
    /// Gets the roles people play in a case of this procedure (案件角色): those the definition's rules and triggers name; empty
    /// when the procedure declares none, and its cases then have no <see cref="CaseSnapshot.Parties"/>.
    /// </summary>
    public IReadOnlyList<CaseRole> Roles { get; }

    /// <summary>Gets the roles whose people step aside (回避): they never fire a trigger and are never assigned to another role.</summary>
    public IReadOnlyList<CaseRole> RecusedRoles { get; }

    /// <summary>Gets, by post code, the role a post's holders must play in the case to act in that post (e.g. the investigation group: investigators).</summary>
    public IReadOnlyDictionary<string, CaseRole> PostRoles { get; }

    /// <summary>Gets the pairs of roles nobody plays both of in one case (职责分离).</summary>
    public IReadOnlyList<RoleSeparation> Separations { get; }

    /// <summary>Gets whether the procedure declares roles, so that the engine checks and keeps the parties of its cases.</summary>
    internal bool HasParties { get; }

    internal CompiledMachine Machine { get; }

    /// <summary>Returns the step with <paramref name="id"/>.</summary>
    /// <param name="id">The step id.</param>
    /// <param name="step">The step, or <see langword="null"/>.</param>
    /// <returns><see langword="true"/> when the step exists.</returns>
    public bool TryGetStep(string id, [System.Diagnostics.CodeAnalysis.NotNullWhen(true)] out StepDefinition? step) =>
        steps.TryGetValue(id ?? string.Empty, out step);

    /// <summary>Returns the trigger <paramref name="triggerId"/> that leaves step <paramref name="from"/>.</summary>
    /// <param name="from">The step.</param>
    /// <param name="triggerId">The trigger id.</param>
    /// <param name="trigger">The trigger, or <see langword="null"/>.</param>
    /// <returns><see langword="true"/> when that trigger leaves that step.</returns>
    public bool TryGetTrigger(string from, string triggerId, [System.Diagnostics.CodeAnalysis.NotNullWhen(true)] out TriggerDefinition? trigger)
    {
        var found = Machine.TryGetTransition(from ?? string.Empty, triggerId ?? string.Empty, out var transition);
        trigger = transition?.Trigger;
        return found;
    }

    /// <summary>Returns whether any step has a trigger with <paramref name="triggerId"/>.</summary>
    /// <param name="triggerId">The trigger id.</param>
    /// <returns><see langword="true"/> when the procedure defines it.</returns>
    public bool HasTrigger(string triggerId) => Machine.HasTrigger(triggerId ?? string.Empty);

    /// <summary>Returns the triggers that leave <paramref name="stepId"/>.</summary>
    /// <param name="stepId">The step.</param>
    /// <returns>The triggers, in the order defined.</returns>
    public IEnumerable<TriggerDefinition> TriggersFrom(string stepId) => Machine.TriggersFrom(stepId ?? string.Empty);

    /// <summary>Returns <c>id v</c>version and the Chinese name.</summary>
    /// <returns>A short description.</returns>
    public override string ToString() => Id + " v" + Version + " " + ChineseName;
}
