namespace PowerGovernance.Stability;

/// <summary>The regular meetings of the comprehensive-governance and stability office's briefing rules (情况通报制度).</summary>
public enum MeetingKind
{
    /// <summary>The weekly office meeting every Monday (每周一组织召开一次办公例会): last week's work summed up, this week's planned.</summary>
    WeeklyOfficeMeeting = 0,

    /// <summary>
    /// The quarterly meeting (每季度召开一次会议): the past period's dispute screening and settlement, public order and the
    /// departments' work analysed and circulated, the next period's tasks planned.
    /// </summary>
    QuarterlyAnalysisMeeting = 1,
}
