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
}
