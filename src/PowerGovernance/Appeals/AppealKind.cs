namespace PowerGovernance.Appeals;

/// <summary>The kinds of appeal the kernel knows the default windows of (申诉、复议、复查).</summary>
public enum AppealKind
{
    /// <summary>An appeal against an accountability decision (问责申诉): 15 working days from receipt, reviewed within 30 working days (the township's accountability rules, 行政问责制: 申诉 and 复核).</summary>
    Accountability = 1,

    /// <summary>An application for administrative reconsideration (行政复议): 60 days from knowing of the act, decided within 60 days (行政复议法 2023 Arts. 20, 62).</summary>
    AdministrativeReconsideration = 2,

    /// <summary>A petitioner's request for review of a handling opinion (信访复查): 30 days from receipt, decided within 30 days (信访工作条例 Art. 35).</summary>
    PetitionReview = 3,
}
