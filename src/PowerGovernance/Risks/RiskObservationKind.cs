namespace PowerGovernance.Risks;

/// <summary>What was observed that may call for a risk warning (风险预警信息).</summary>
public enum RiskObservationKind
{
    /// <summary>A case is overdue on the supervision board (督办板上逾期案件).</summary>
    CaseOverdue = 0,

    /// <summary>A complaint or report about a power or post was received (投诉举报).</summary>
    Complaint = 1,

    /// <summary>A supervision notice was issued on a case (发出督办通知书).</summary>
    SupervisionNotice = 2,

    /// <summary>A sign of a group incident or of petitioning past the proper level (群体性事件苗头、越级上访苗头).</summary>
    GroupIncidentSign = 3,
}
