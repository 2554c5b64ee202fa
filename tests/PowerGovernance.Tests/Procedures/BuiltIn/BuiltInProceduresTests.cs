using System.Collections.Generic;
using System.Linq;
using PowerGovernance.Calendars;
using PowerGovernance.Calendars.China;
using PowerGovernance.Procedures;
using PowerGovernance.Procedures.BuiltIn;

namespace PowerGovernance.Tests.Procedures.BuiltIn;

public class BuiltInProceduresTests
{
    public static TheoryData<string> Ids => new(BuiltInProcedures.All.Select(d => d.Id));

    private static ProcedureDefinition Get(string id) => BuiltInProcedures.All.Single(d => d.Id == id);

    [Fact]
    public void All_lists_the_six_procedures_once_each_and_builds_them_once()
    {
        var calendar = ChinaCalendars.Official;
        var all = BuiltInProcedures.All;

        Assert.Equal(
            [AdministrativeLicensing.Id, MinimumLivingAllowance.Id, GovernmentInformationRequest.Id, DecisionDisclosure.Id, Petition.Id, TimeLimitedCompletion.Id, FiveGuaranteeSupport.Id, SeriousIllnessAid.Id, DisasterRelief.Id, LivingAllowanceLettersAndVisits.Id, LeaderOwnedCase.Id],
            all.Select(d => d.Id));
        Assert.Same(BuiltInProcedures.AdministrativeLicensing, all[0]);
        Assert.Same(all[3], BuiltInProcedures.DecisionDisclosure);
        Assert.Same(all[4], BuiltInProcedures.Petition);
        Assert.Same(all[5], BuiltInProcedures.TimeLimitedCompletion);
        Assert.All(all, d => Assert.Equal(1, d.Version));
    }

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
        Assert.All(definition.ComplaintChannels, c => Assert.False(string.IsNullOrWhiteSpace(c.Contact)));
    }

    [Theory]
    [MemberData(nameof(Ids))]
    public void Each_committed_limit_is_at_least_one_third_shorter_than_the_legal_one(string id)
    {
        var definition = Get(id);
        if (definition.LegalLimit is { } legal)
        {
            Assert.Equal(legal.Kind, definition.CommittedLimit.Kind);
            Assert.True(definition.CommittedLimit.Days * 3 <= legal.Days * 2, $"{definition.CommittedLimit} vs {legal}");
        }
        else
        {
            Assert.Contains(id, new[] { DecisionDisclosure.Id, TimeLimitedCompletion.Id, DisasterRelief.Id, LeaderOwnedCase.Id }); // the office's own limits: no law sets one
        }
    }

    [Theory]
    [MemberData(nameof(Ids))]
    public void Each_refusal_needs_written_reasons_and_each_extension_a_reason_and_the_case_limits_kind(string id)
    {
        var definition = Get(id);
        var refusals = definition.Steps.Where(s => s.Outcome is CaseOutcome.Refused or CaseOutcome.NotAccepted).Select(s => s.Id).ToHashSet();

        Assert.All(definition.Triggers.Where(t => refusals.Contains(t.To)), t => Assert.True(t.RequiresReason, t.Id));
        Assert.All(definition.Triggers.Where(t => t.Clock == ClockEffect.Extend), t =>
        {
            Assert.True(t.RequiresReason);
            Assert.Equal(definition.CommittedLimit.Kind, t.Extension!.Value.Kind);
        });
        Assert.All(
            definition.Triggers.Where(t => t.Clock == ClockEffect.Suspend),
            t => Assert.True(t.Guards.Count > 0 || t.Arguments.Any(a => a.Name == ProcedureEngine.CauseArgument && a.AcceptedValues.Count > 0), t.Id + " does not restrict its cause"));
    }

    [Fact]
    public void The_extensions_are_the_statutory_ones()
    {
        Assert.Equal([TimeLimit.WorkingDays(10)], Extensions(BuiltInProcedures.AdministrativeLicensing));
        Assert.Equal([TimeLimit.WorkingDays(20)], Extensions(BuiltInProcedures.GovernmentInformationRequest));
        Assert.Equal([TimeLimit.NaturalDays(30)], Extensions(BuiltInProcedures.Petition));
        Assert.Empty(Extensions(BuiltInProcedures.MinimumLivingAllowance));
        Assert.Empty(Extensions(BuiltInProcedures.TimeLimitedCompletion));
    }

    [Fact]
    public void Every_built_in_is_one_shared_definition_and_custom_limits_are_working_days_within_a_year()
    {
        Assert.Same(BuiltInProcedures.All, BuiltInProcedures.All);
        Assert.Equal(
            [BuiltInProcedures.AdministrativeLicensing, BuiltInProcedures.MinimumLivingAllowance, BuiltInProcedures.GovernmentInformationRequest, BuiltInProcedures.DecisionDisclosure, BuiltInProcedures.Petition, BuiltInProcedures.TimeLimitedCompletion, BuiltInProcedures.FiveGuaranteeSupport, BuiltInProcedures.SeriousIllnessAid, BuiltInProcedures.DisasterRelief, BuiltInProcedures.LivingAllowanceLettersAndVisits, BuiltInProcedures.LeaderOwnedCase],
            BuiltInProcedures.All);
        Assert.Throws<System.ArgumentOutOfRangeException>(() => TimeLimitedCompletion.CreateBuilder(TimeLimit.WorkingDays(0)));
        Assert.Throws<System.ArgumentOutOfRangeException>(() => TimeLimitedCompletion.CreateBuilder(TimeLimit.NaturalDays(15)));
        Assert.Throws<System.ArgumentOutOfRangeException>(() => DecisionDisclosure.CreateBuilder(TimeLimit.WorkingDays(366)));
        Assert.Throws<System.ArgumentOutOfRangeException>(() => DecisionDisclosure.CreateBuilder(TimeLimit.NaturalDays(5)));
    }

    private static IEnumerable<TimeLimit> Extensions(ProcedureDefinition definition) =>
        definition.Triggers.Where(t => t.Clock == ClockEffect.Extend).Select(t => t.Extension!.Value).Distinct();
}
