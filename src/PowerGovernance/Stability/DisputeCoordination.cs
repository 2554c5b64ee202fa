namespace PowerGovernance.Stability;

/// <summary>
/// Who must coordinate the settlement of a dispute found in screening (分流处理), by its nature and seriousness, as the
/// office's dispute screening rules sort them (根据矛盾纠纷情况的性质和严重程度分门别类地进行分流处理，明确化解调处责任主体).
/// </summary>
public enum DisputeCoordination
{
    /// <summary>The stability office can coordinate it: a working department handles it and the full-time deputy director follows it up (交由相应工作部门协调处理，由专职副主任负责跟踪落实).</summary>
    Office = 0,

    /// <summary>It needs the principal leader: a leader owns the case (需要主要领导协调解决的，按“五个一”领导包案制度由领导包案解决).</summary>
    PrincipalLeader = 1,

    /// <summary>It needs the county Party committee and government: reported to the county office and petitions bureau (及时上报县综治办和信访局).</summary>
    County = 2,
}
