using System.Collections.Generic;
using PowerGovernance.Validation;

namespace PowerGovernance.Procedures;

/// <summary>The problems found in a snapshot handed in by the host; the list is made only when there is a problem.</summary>
/// <param name="snapshot">The snapshot checked.</param>
internal sealed class SnapshotFindings(CaseSnapshot snapshot)
{
    /// <summary>Gets the problems found, or <see langword="null"/> when there are none.</summary>
    internal List<Finding>? List { get; private set; }

    /// <summary>Adds a finding as it is.</summary>
    internal void AddFinding(Finding finding) => (List ??= []).Add(finding);

    /// <summary>Adds an error about the snapshot, its messages prefixed with the case.</summary>
    internal void Add(string code, string path, string? value, string english, string chinese)
    {
        var id = ProcedureEngine.Bounded(snapshot.CaseId);
        AddFinding(Finding.Error(code, path, value, $"Case '{id}': " + english, $"办件“{id}”：" + chinese));
    }
}
