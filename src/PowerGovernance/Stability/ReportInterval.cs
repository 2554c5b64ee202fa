namespace PowerGovernance.Stability;

/// <summary>How often the progress of an assigned case is reported (办理进度报告周期).</summary>
public enum ReportInterval
{
    /// <summary>Once a month, the ordinary rule (一般情况下一月一报).</summary>
    Monthly = 0,

    /// <summary>Once a week, where needed (必要时一周一报).</summary>
    Weekly = 1,
}
