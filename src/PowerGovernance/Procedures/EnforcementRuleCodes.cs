namespace PowerGovernance.Procedures;

/// <summary>
/// Stable codes of the rules on the officers of an enforcement act (行政执法责任制: 持证上岗; 执法人员不得少于两人,
/// 《行政处罚法》第四十二条), reported when a trigger declared with <see cref="TriggerBuilder.RequiresTwoCertifiedOfficers"/> is
/// refused (see <see cref="Validation.Finding.Code"/>).
/// </summary>
public static class EnforcementRuleCodes
{
    /// <summary>No second officer acts with the actor (执法人员少于两人).</summary>
    public const string SecondOfficerMissing = "SecondOfficerMissing";

    /// <summary>The second officer is the actor: one person counted twice (同一执法人员重复计算).</summary>
    public const string SameOfficerTwice = "SameOfficerTwice";

    /// <summary>The second officer holds no certificate valid that day: none, expired or not yet valid (第二名执法人员未持有效执法证).</summary>
    public const string SecondOfficerNotCertified = "SecondOfficerNotCertified";

    /// <summary>The second officer's certificate was issued to someone else (执法证件不得借用).</summary>
    public const string SecondOfficerCertificateOfAnother = "SecondOfficerCertificateOfAnother";

    /// <summary>The arguments name another second officer or certificate than the one acting (记载的第二名执法人员或证号与实际不符).</summary>
    public const string SecondOfficerMismatch = "SecondOfficerMismatch";
}
