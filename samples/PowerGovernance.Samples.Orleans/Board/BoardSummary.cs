using System;
using System.Collections.Generic;
using System.Linq;
using NodaTime;
using Orleans;
using PowerGovernance.EntityFrameworkCore;
using PowerGovernance.Supervision;

namespace PowerGovernance.Samples.Orleans.Board;

/// <summary>
/// The board as it crosses the cluster (看板摘要): the case ids on each list of a <see cref="BoardReport"/>, in the report's order,
/// the statistics per undertaking unit, and the cases the store refused (a technical alarm, not a legal finding).
/// </summary>
[GenerateSerializer]
[Immutable]
public sealed class BoardSummary
{
    /// <summary>Summarizes a report.</summary>
    /// <param name="report">The board.</param>
    /// <param name="refused">The cases the store refused to hand out.</param>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public BoardSummary(BoardReport report, IEnumerable<RefusedCase> refused)
    {
        ArgumentNullException.ThrowIfNull(report);
        ArgumentNullException.ThrowIfNull(refused);
        At = report.At;
        Swept = report.Swept;
        Yellow = report.Yellow.Select(c => c.Case.CaseId).ToArray();
        Red = report.Red.Select(c => c.Case.CaseId).ToArray();
        StepOverdue = report.StepOverdue.Select(c => c.Case.CaseId).ToArray();
        LegallyOverdue = report.LegallyOverdue.Select(c => c.Case.CaseId).ToArray();
        ByUnit = report.ByUnit.OrderBy(u => u.Key, StringComparer.Ordinal)
            .Select(u => new UnitLine(u.Key, u.Value.Open, u.Value.Warning, u.Value.Overdue, u.Value.FinishedOnTime, u.Value.FinishedLate, u.Value.LegallyOverdue))
            .ToArray();
        Unreadable = report.UnreadableCount;
        Refused = refused.Select(r => r.CaseId).ToArray();
    }

    /// <summary>Gets the instant swept.</summary>
    [Id(0)]
    public Instant At { get; private set; }

    /// <summary>Gets how many open cases were swept.</summary>
    [Id(1)]
    public int Swept { get; private set; }

    /// <summary>Gets the ids of the yellow cases (预警).</summary>
    [Id(2)]
    public string[] Yellow { get; private set; }

    /// <summary>Gets the ids of the red cases (超期).</summary>
    [Id(3)]
    public string[] Red { get; private set; }

    /// <summary>Gets the ids of the cases whose current step is over its own limit.</summary>
    [Id(4)]
    public string[] StepOverdue { get; private set; }

    /// <summary>Gets the ids of the cases past a legal limit (违法超期).</summary>
    [Id(5)]
    public string[] LegallyOverdue { get; private set; }

    /// <summary>Gets the statistics per undertaking unit, in ordinal order of the unit.</summary>
    [Id(6)]
    public UnitLine[] ByUnit { get; private set; }

    /// <summary>Gets how many cases the board could not read.</summary>
    [Id(7)]
    public int Unreadable { get; private set; }

    /// <summary>Gets the ids of the cases the store refused to hand out (their seal or chain does not verify).</summary>
    [Id(8)]
    public string[] Refused { get; private set; }
}
