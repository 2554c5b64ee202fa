using System.Collections.Generic;
using System.Linq;
using PowerGovernance.Internal;

namespace PowerGovernance.Validation;

/// <summary>
/// The one shape of every result of an operation that can be refused or can report problems (办理结果): whether it was
/// accepted, and every <see cref="Finding"/> at once (一次性告知), each with its code, severity, path and messages in
/// English and Simplified Chinese. Each operation's result type derives from it and adds its value, which is never
/// <see langword="null"/>.
/// </summary>
/// <remarks>
/// An operation is accepted when none of its findings is an <see cref="FindingSeverity.Error"/>; warnings and
/// information may accompany an accepted result. A refused operation changes nothing.
/// </remarks>
public abstract class OperationResult
{
    /// <summary>Initializes the result from its findings.</summary>
    /// <param name="findings">Every finding, errors first or in the order they were found; not null.</param>
    /// <exception cref="System.ArgumentNullException"><paramref name="findings"/> is null.</exception>
    private protected OperationResult(IReadOnlyList<Finding> findings)
    {
        Findings = Preconditions.CheckNotNull(findings);
        var accepted = true;
        foreach (var finding in findings)
        {
            if (finding.Severity == FindingSeverity.Error)
            {
                accepted = false;
                break;
            }
        }

        IsAccepted = accepted;
    }

    /// <summary>Gets whether the operation was accepted (已受理/通过): no finding is an error.</summary>
    public bool IsAccepted { get; }

    /// <summary>Gets every finding (全部问题), in the order found; empty when there is nothing to report.</summary>
    public IReadOnlyList<Finding> Findings { get; }

    /// <summary>Gets the findings that are errors (错误), which refused the operation.</summary>
    public IEnumerable<Finding> Errors => Findings.Where(static f => f.Severity == FindingSeverity.Error);

    /// <summary>Gets the English messages of the errors, joined with spaces; empty when accepted.</summary>
    public string Message => string.Join(" ", Errors.Select(static f => f.Message));

    /// <summary>Gets the Simplified Chinese messages of the errors (中文说明), joined; empty when accepted.</summary>
    public string ChineseMessage => string.Concat(Errors.Select(static f => f.ChineseMessage));

    /// <summary>Returns <c>accepted</c>, or <c>refused:</c> followed by the English and Chinese messages.</summary>
    /// <returns>A one-line summary.</returns>
    public override string ToString() => IsAccepted ? "accepted" : "refused: " + Message + " / " + ChineseMessage;
}
