namespace PowerGovernance.FrontDesk;

/// <summary>What came of asking for a one-time notice (告知结果).</summary>
public enum NoticeOutcome
{
    /// <summary>A notice was issued.</summary>
    Issued = 0,

    /// <summary>Nothing is missing: the materials are complete and no notice is needed (材料齐全).</summary>
    Complete = 1,

    /// <summary>The notice would break the one-time rule or the input is wrong; the findings say why. Nothing was issued.</summary>
    Refused = 2,
}
