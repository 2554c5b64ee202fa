using System;
using System.Collections.Generic;
using System.Linq;
using PowerGovernance.Accountability;
using PowerGovernance.Procedures;
using PowerGovernance.Procedures.BuiltIn;
using PowerGovernance.Tests.Calendars;

namespace PowerGovernance.Tests.Procedures.Flowcharts;

/// <summary>The definitions whose charts are checked: the sample and every built-in procedure.</summary>
internal static class FlowchartDefinitions
{
    /// <summary>Gets the built-in procedures; the calendar only feeds guards, which the charts show by description.</summary>
    public static IReadOnlyList<ProcedureDefinition> BuiltIn { get; } =
        [.. BuiltInProcedures.All.Append(AccountabilityProcedure.Definition).Append(PowerGovernance.Evaluation.RatingRectificationProcedure.Definition).DistinctBy(d => d.Id, StringComparer.Ordinal)];

    public static IReadOnlyList<ProcedureDefinition> All { get; } = [SampleProcedures.Licensing, .. BuiltIn];

    public static ProcedureDefinition Get(string id) => All.Single(d => string.Equals(d.Id, id, StringComparison.Ordinal));
}
