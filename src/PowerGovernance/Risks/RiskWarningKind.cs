namespace PowerGovernance.Risks;

/// <summary>Why a risk warning (风险预警) is raised.</summary>
public enum RiskWarningKind
{
    /// <summary>A case is overdue on the supervision board (案件逾期).</summary>
    OverdueCase = 0,

    /// <summary>Repeated complaints about one power or post within the window (重复投诉).</summary>
    RepeatedComplaints = 1,

    /// <summary>A case received a second supervision notice (多次督办).</summary>
    RepeatedSupervision = 2,

    /// <summary>A sign of a group incident (群体性事件苗头): report at once to the leaders and the bodies above.</summary>
    GroupIncidentSign = 3,
}
