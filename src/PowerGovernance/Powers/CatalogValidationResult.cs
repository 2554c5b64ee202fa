using System.Collections.Generic;
using System.Globalization;
using PowerGovernance.Validation;

namespace PowerGovernance.Powers;

/// <summary>
/// The findings of the catalog rules for a whole list of powers (职权目录审核结果), gathered in one pass:
/// one <see cref="PowerFindings"/> per power in input order, and every finding in a flat list.
/// </summary>
/// <remarks>Instances are immutable.</remarks>
public sealed class CatalogValidationResult
{
    private readonly PowerFindings[] powers;
    private readonly Finding[] findings;

    internal CatalogValidationResult(PowerFindings[] powers)
    {
        this.powers = powers;
        var all = new List<Finding>();
        foreach (var power in powers)
        {
            all.AddRange(power.Findings);
            ErrorCount += power.ErrorCount;
            WarningCount += power.WarningCount;
            InfoCount += power.InfoCount;
            if (power.Findings.Count > 0)
            {
                PowersWithFindingsCount++;
            }
        }

        findings = all.ToArray();
    }

    /// <summary>Gets the findings grouped by power (按事项分组), one entry per validated power, in input order (<c>Powers[i].Index == i</c>), including powers without findings.</summary>
    public IReadOnlyList<PowerFindings> Powers => powers;

    /// <summary>Gets every finding (全部问题), power by power in input order; use <see cref="Powers"/> to know which power each belongs to.</summary>
    public IReadOnlyList<Finding> Findings => findings;

    /// <summary>Gets whether the catalog passes (审核通过): no finding is an <see cref="FindingSeverity.Error"/> (warnings and information allowed).</summary>
    public bool IsValid => ErrorCount == 0;

    /// <summary>Gets the number of <see cref="FindingSeverity.Error"/> findings (错误数).</summary>
    public int ErrorCount { get; }

    /// <summary>Gets the number of <see cref="FindingSeverity.Warning"/> findings (警告数).</summary>
    public int WarningCount { get; }

    /// <summary>Gets the number of <see cref="FindingSeverity.Info"/> findings (提示数).</summary>
    public int InfoCount { get; }

    /// <summary>Gets the number of powers with at least one finding (有问题的事项数).</summary>
    public int PowersWithFindingsCount { get; }

    /// <summary>Returns e.g. <c>120 powers, 7 with findings: 5 errors, 3 warnings, 1 info</c>.</summary>
    /// <returns>The counts.</returns>
    public override string ToString() => string.Create(
        CultureInfo.InvariantCulture,
        $"{powers.Length} power{(powers.Length == 1 ? string.Empty : "s")}, {PowersWithFindingsCount} with findings: {ErrorCount} error{(ErrorCount == 1 ? string.Empty : "s")}, {WarningCount} warning{(WarningCount == 1 ? string.Empty : "s")}, {InfoCount} info");
}
