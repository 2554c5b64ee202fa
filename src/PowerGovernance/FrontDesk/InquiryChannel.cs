namespace PowerGovernance.FrontDesk;

/// <summary>How an inquiry reached the office (咨询渠道), which decides how fast it must be dealt with (首问责任制 3–5).</summary>
public enum InquiryChannel
{
    /// <summary>In person at the counter or office (来访): answered or routed at once, on the spot.</summary>
    Counter = 0,

    /// <summary>By phone (来电): answered, or routed at once with the responsible unit's number given to the caller.</summary>
    Phone = 1,

    /// <summary>Through the website (网站): answered within <see cref="FrontDeskOptions.WebsiteAnswerLimit"/>.</summary>
    Website = 2,
}
