namespace PowerGovernance.Evaluation;

/// <summary>The supervision cadence (每月一督查，每季一通报，年终总考核).</summary>
public enum AssessmentKind
{
    /// <summary>The monthly check (每月一督查).</summary>
    MonthlyCheck = 1,

    /// <summary>The quarterly circular (每季一通报).</summary>
    QuarterlyCircular = 2,

    /// <summary>The year-end assessment (年终总考核).</summary>
    YearEnd = 3,
}
