namespace PowerGovernance.FrontDesk;

/// <summary>Where an inquiry stands (办理状态).</summary>
public enum InquiryState
{
    /// <summary>Open: the first receiver still owns it (首问责任人负责).</summary>
    Open = 0,

    /// <summary>Answered or dealt with (已答复/办理).</summary>
    Answered = 1,

    /// <summary>Handed to the post that undertakes the matter (已引荐/移交).</summary>
    Routed = 2,

    /// <summary>
    /// The handler was away and nobody acted in the post, so the first receiver took the materials in and recorded them, to hand
    /// them over (经办人不在……先将被服务对象的有关材料收入，做好记录，随后移交给经办人); see <see cref="Inquiry.Handover"/>.
    /// </summary>
    TakenIn = 3,

    /// <summary>
    /// Still open: the matter involves several departments or unclear procedures or rules, and the official who received it is
    /// finding it out to tell the result (帮助其咨询了解或请示报告，并将结果告知当事人, 一次性告知制 3); see <see cref="Inquiry.Clarification"/>.
    /// It is closed only by telling the result (<see cref="FirstInquiryDesk.Answer"/>), not by routing it elsewhere.
    /// </summary>
    BeingClarified = 4,
}
