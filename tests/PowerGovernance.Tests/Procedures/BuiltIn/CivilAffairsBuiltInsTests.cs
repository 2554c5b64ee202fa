using System.Linq;
using PowerGovernance.Procedures;
using PowerGovernance.Procedures.BuiltIn;

namespace PowerGovernance.Tests.Procedures.BuiltIn;

/// <summary>
/// The checks <see cref="BuiltInProceduresTests"/> makes of every built-in, made of the civil-affairs ones until they join
/// <see cref="BuiltInProcedures.All"/>: the seven flowchart elements, committed limits at most two thirds of the legal
/// ones, and written reasons for every refusal.
/// </summary>
public class CivilAffairsBuiltInsTests
{
    public static TheoryData<string> Ids() => new(CivilAffairsFixture.Definitions.Select(d => d.Id));

    private static ProcedureDefinition Get(string id) => CivilAffairsFixture.Definitions.Single(d => d.Id == id);

    [Theory]
    [MemberData(nameof(Ids))]
    public void Each_procedure_has_the_seven_flowchart_elements(string id)
    {
        var definition = Get(id);

        Assert.False(string.IsNullOrWhiteSpace(definition.InitiationBasis));
        Assert.All(definition.Steps, s => Assert.False(string.IsNullOrWhiteSpace(s.Post)));
        Assert.All(definition.Steps.Where(s => !s.IsTerminal), s => Assert.NotNull(s.Limit));
        Assert.NotEmpty(definition.SupervisionPoints);
        Assert.Contains(definition.Steps, s => s.Rights != CounterpartRights.None);
        Assert.NotEmpty(definition.ComplaintChannels);
    }

    [Theory]
    [MemberData(nameof(Ids))]
    public void Each_committed_limit_is_at_most_two_thirds_of_the_legal_one_and_only_disaster_relief_has_none(string id)
    {
        var definition = Get(id);
        if (definition.LegalLimit is { } legal)
        {
            Assert.Equal(legal.Kind, definition.CommittedLimit.Kind);
            Assert.True(definition.CommittedLimit.Days * 3 <= legal.Days * 2, $"{definition.CommittedLimit} vs {legal}");
        }
        else
        {
            Assert.Equal(DisasterRelief.Id, id); // neither the service rules nor the relief regulations set a limit
        }

        Assert.All(definition.Steps.Where(s => s.LegalLimit is not null), s => Assert.True(s.Limit!.Value.Days * 3 <= s.LegalLimit!.Value.Days * 2, s.Id));
    }

    [Theory]
    [MemberData(nameof(Ids))]
    public void Each_refusal_needs_written_reasons(string id)
    {
        var definition = Get(id);
        var refusals = definition.Steps.Where(s => s.Outcome is CaseOutcome.Refused or CaseOutcome.NotAccepted).Select(s => s.Id).ToHashSet();

        Assert.All(definition.Triggers.Where(t => refusals.Contains(t.To)), t => Assert.True(t.RequiresReason, t.Id));
        Assert.DoesNotContain(definition.Triggers, t => t.Clock == ClockEffect.Extend);
    }
}
