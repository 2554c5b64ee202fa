namespace PowerGovernance.Stability;

/// <summary>What a stability information report is about (信息报告的主要内容), as the office's information-reporting rules list it.</summary>
public enum StabilityInformationKind
{
    /// <summary>1. Unstable factors found in screening that touch national security and interests, political stability or social harmony (涉及国家安全和利益、影响政治稳定、社会和谐的不稳定因素).</summary>
    UnstableFactor = 0,

    /// <summary>2. The area's major arrangements, main measures and results in stability and comprehensive-governance work (维稳及综治工作的重大部署、主要措施和取得的成效).</summary>
    WorkProgress = 1,

    /// <summary>3. Signs of a group incident and how they were handled (群体性事件苗头及有关处置情况).</summary>
    GroupIncidentSign = 2,

    /// <summary>4. Disruptive activities of cult organizations and their hard-core members (“法轮功”等邪教组织及其顽固分子的滋事破坏活动情况).</summary>
    CultActivity = 3,

    /// <summary>5. Stability before major holidays and in sensitive periods, and the analysis of and measures against public-order problems (重大节日前夕和敏感时期社会政治稳定情况，治安突出问题分析、整治对策及成效).</summary>
    SensitivePeriodSituation = 4,

    /// <summary>6. Major or sudden group incidents, petitions that bypass levels, and other important information on social stability (重大、突发性群体性事件和群众越级上访情况及其它有关社会稳定的重要信息).</summary>
    MajorIncident = 5,
}
