using System.Collections.Generic;
using PowerGovernance.Procedures;

namespace PowerGovernance.EntityFrameworkCore;

/// <summary>
/// One page of open cases for the supervision board (在办件分页), in case-id order: the cases that verified, those that did not,
/// and the key to ask for the next page with.
/// </summary>
public sealed class OpenCasePage
{
    internal OpenCasePage(IReadOnlyList<CaseSnapshot> cases, IReadOnlyList<RefusedCase> refused, string? next)
    {
        Cases = cases;
        Refused = refused;
        Next = next;
    }

    /// <summary>Gets the open cases of the page that verified, in case-id order.</summary>
    public IReadOnlyList<CaseSnapshot> Cases { get; }

    /// <summary>Gets the open cases of the page that did not verify: not handed on, reported instead.</summary>
    public IReadOnlyList<RefusedCase> Refused { get; }

    /// <summary>
    /// Gets the last case id of this page, to pass as <c>after</c> for the next page; <see langword="null"/> when this page was
    /// the last (it held fewer rows than the page size).
    /// </summary>
    public string? Next { get; }
}
