using System.Collections.Generic;
using System.Globalization;
using PowerGovernance.Validation;

namespace PowerGovernance.Powers;

/// <summary>
/// The findings of the catalog rules for a whole list of powers (职权目录审核结果), gathered in one pass:
/// one <see cref="PowerFindings"/> per power in input order, and every finding in a flat list.
/// </summary>
/// <remarks>
/// <see cref="OperationResult.Findings"/> holds every finding, power by power in input order; use
/// <see cref="Powers"/> to know which power each belongs to. <see cref="OperationResult.IsAccepted"/> tells whether
/// the catalog passes (审核通过): no finding is an <see cref="FindingSeverity.Error"/> (warnings and information
/// allowed). Instances are immutable.
/// </remarks>
public sealed class CatalogValidationResult : OperationResult
{
    private readonly PowerFindings[] powers;

    internal CatalogValidationResult(PowerFindings[] powers)
        : base(Flatten(powers))
    {
        this.powers = powers;
        foreach (var power in powers)
        {
            ErrorCount += power.ErrorCount;
            WarningCount += power.WarningCount;
            InfoCount += power.InfoCount;
            if (power.Findings.Count > 0)
            {
                PowersWithFindingsCount++;
            }
        }
    }

    /// <summary>Gets the findings grouped by power (按事项分组), one entry per validated power, in input order (<c>Powers[i].Index == i</c>), including powers without findings.</summary>
    public IReadOnlyList<PowerFindings> Powers => powers;

    /// <summary>Gets the number of <see cref="FindingSeverity.Error"/> findings (错误数).</summary>
    public int ErrorCount { get; }

    /// <summary>Gets the number of <see cref="FindingSeverity.Warning"/> findings (警告数).</summary>
    public int WarningCount { get; }

    /// <summary>Gets the number of <see cref="FindingSeverity.Info"/> findings (提示数).</summary>
    public int InfoCount { get; }

    /// <summary>Gets the number of powers with at least one finding (有问题的事项数).</summary>
    public int PowersWithFindingsCount { get; }

    private static Finding[] Flatten(PowerFindings[] powers)
    {
        var all = new List<Finding>();
        foreach (var power in powers)
        {
            all.AddRange(power.Findings);
        }

        return all.ToArray();
    }

    /// <summary>Returns e.g. <c>120 powers, 7 with findings: 5 errors, 3 warnings, 1 info</c>.</summary>
    /// <returns>The counts.</returns>
    public override string ToString() => string.Create(
        CultureInfo.InvariantCulture,
        $"{powers.Length} power{(powers.Length == 1 ? string.Empty : "s")}, {PowersWithFindingsCount} with findings: {ErrorCount} error{(ErrorCount == 1 ? string.Empty : "s")}, {WarningCount} warning{(WarningCount == 1 ? string.Empty : "s")}, {InfoCount} info");
}
