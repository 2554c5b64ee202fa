using System.Collections.Generic;

namespace PowerGovernance.Tool.Output;

/// <summary>
/// A finding of <c>catalog check</c>: from reading the file (<c>source</c> <c>file</c>) or from the catalog rules
/// (<c>rules</c>), located by its line and its place — <c>row 5</c> in a CSV file, a JSON path such as
/// <c>$.powers[3].legalBases</c> — with the code of the power it concerns.
/// </summary>
internal sealed record CatalogFindingJson(
    string Code,
    string Severity,
    string Source,
    int? Line,
    string? Location,
    string? Power,
    string? Field,
    string? Value,
    string Message,
    string MessageZh);

/// <summary>The output of <c>catalog check</c>.</summary>
internal sealed record CatalogCheckJson(
    string File,
    string Format,
    bool Readable,
    int PowerCount,
    bool RulesChecked,
    string Note,
    string NoteZh,
    int FindingCount,
    int ErrorCount,
    bool Truncated,
    IReadOnlyList<CatalogFindingJson> Findings);
