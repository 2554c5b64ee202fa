namespace PowerGovernance.FrontDesk;

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

    /// <summary>
    /// Told on the last notice and still missing, or still wrong in the same way: the applicant came back and
    /// what they brought is still incomplete, so they are told again, once, everything still missing
    /// (补交的材料仍不齐备的，应再次进行一次性告知).
    /// </summary>
    StillMissing = 5,
}
