using System.Globalization;
using PowerGovernance.Validation;

namespace PowerGovernance.Powers;

/// <summary>
/// The findings of the catalog rules for one power (单项权力的审核结果), with the power's position in the
/// validated list and its code.
/// </summary>
/// <remarks>
/// <see cref="OperationResult.Findings"/> come in the order of <see cref="Power"/>'s members;
/// <see cref="OperationResult.IsAccepted"/> tells whether the power passes (审核通过): no finding is an
/// <see cref="FindingSeverity.Error"/> (warnings and information allowed). Instances are immutable.
/// </remarks>
public sealed class PowerFindings : OperationResult
{
    internal PowerFindings(int index, Power? power, Finding[] findings)
        : base(findings)
    {
        Index = index;
        Power = power;
        foreach (var finding in findings)
        {
            switch (finding.Severity)
            {
                case FindingSeverity.Error:
                    ErrorCount++;
                    break;
                case FindingSeverity.Warning:
                    WarningCount++;
                    break;
                default:
                    InfoCount++;
                    break;
            }
        }
    }

    /// <summary>Gets the zero-based position (序号) of the power in the validated list (0 when a single power was validated).</summary>
    public int Index { get; }

    /// <summary>Gets the validated power (权力事项), or <see langword="null"/> when the list held <see langword="null"/> at <see cref="Index"/>.</summary>
    public Power? Power { get; }

    /// <summary>Gets the power's code (权力编码); the empty code when the power is null or has none.</summary>
    public PowerCode Code => Power?.Code ?? default;

    /// <summary>Gets the number of <see cref="FindingSeverity.Error"/> findings (错误数).</summary>
    public int ErrorCount { get; }

    /// <summary>Gets the number of <see cref="FindingSeverity.Warning"/> findings (警告数).</summary>
    public int WarningCount { get; }

    /// <summary>Gets the number of <see cref="FindingSeverity.Info"/> findings (提示数).</summary>
    public int InfoCount { get; }

    /// <summary>Returns e.g. <c>#3 62052400MZ-XK-0001: 2 errors, 1 warning, 0 info</c>.</summary>
    /// <returns>The index, code and counts.</returns>
    public override string ToString() => string.Create(
        CultureInfo.InvariantCulture,
        $"#{Index} {(Code.IsEmpty ? "(no code)" : Code.Value)}: {ErrorCount} error{(ErrorCount == 1 ? string.Empty : "s")}, {WarningCount} warning{(WarningCount == 1 ? string.Empty : "s")}, {InfoCount} info");
}
