namespace PowerGovernance.Services;

/// <summary>Why a material is listed on a one-time notice (告知事由).</summary>
public enum NoticeItemReason
{
    /// <summary>Missing when the first notice was given (缺少材料).</summary>
    Missing = 0,

    /// <summary>Required because of a fact about the applicant learned since the last notice (新情况).</summary>
    NewFact = 1,

    /// <summary>Required by a checklist revision made since the last notice (新增要求).</summary>
    NewRule = 2,

    /// <summary>Told before, but the checklist has since changed its name or requirement (要求变更).</summary>
    ChangedRule = 3,

    /// <summary>Brought, but found not to meet the requirements, for a reason not told before (补交材料不符合要求).</summary>
    Defective = 4,
}
