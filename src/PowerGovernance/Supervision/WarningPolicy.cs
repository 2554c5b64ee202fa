using PowerGovernance.Internal;

namespace PowerGovernance.Supervision;

/// <summary>
/// When a running clock turns yellow (预警规则). The defaults follow electronic supervision in practice
/// (local rules; no national standard): a warning when <see cref="DefaultUsedPercent"/> percent of the committed limit is used, or
/// when no more than <see cref="DefaultWorkingDaysLeft"/> working day is left before the due date;
/// overdue (red) once the committed limit has passed.
/// </summary>
public sealed record WarningPolicy
{
    /// <summary>The default share of the limit used that triggers a warning: 90 (percent).</summary>
    public const int DefaultUsedPercent = 90;

    /// <summary>The default number of working days left that triggers a warning: 1.</summary>
    public const int DefaultWorkingDaysLeft = 1;

    /// <summary>Creates a policy.</summary>
    /// <param name="usedPercent">Warn when at least this percentage of the limit is used (1–100).</param>
    /// <param name="workingDaysLeft">Warn when at most this many working days are left before the due date (0 or more).</param>
    public WarningPolicy(int usedPercent = DefaultUsedPercent, int workingDaysLeft = DefaultWorkingDaysLeft)
    {
        Preconditions.CheckArgumentRange(usedPercent, 1, 100);
        Preconditions.CheckArgumentRange(workingDaysLeft, 0, 365);
        UsedPercent = usedPercent;
        WorkingDaysLeft = workingDaysLeft;
    }

    /// <summary>Gets the default policy: 90% used, or one working day left.</summary>
    public static WarningPolicy Default { get; } = new();

    /// <summary>Gets the percentage of the limit used that triggers a warning.</summary>
    public int UsedPercent { get; }

    /// <summary>Gets the number of working days left before the due date that triggers a warning.</summary>
    public int WorkingDaysLeft { get; }
}
