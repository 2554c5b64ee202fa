using NodaTime;

namespace PowerGovernance.FrontDesk;

/// <summary>
/// One entry of the first-inquiry log (首问登记): who asked, from which unit, when, how, about what, who first
/// received it, and the result. The first receiver owns the inquiry (首问责任人) until it is answered or handed
/// to the responsible post. An immutable value the host stores; change it through <see cref="FirstInquiryDesk"/>.
/// </summary>
/// <param name="Id">The host's id.</param>
/// <param name="AskerName">The inquirer's name (姓名).</param>
/// <param name="AskerUnit">The inquirer's unit (单位), or <see langword="null"/>.</param>
/// <param name="ReceivedAt">When it was received (时间).</param>
/// <param name="ReceivedOn">The local date it was received.</param>
/// <param name="Channel">How it came in.</param>
/// <param name="Matter">What was asked (咨询或办理事项).</param>
/// <param name="FirstReceiver">The official who first received it (首问责任人).</param>
/// <param name="State">Open, being clarified, answered, routed or taken in.</param>
/// <param name="Result">The answer or what was done (办理结果), or <see langword="null"/> while open.</param>
/// <param name="Route">Where it was handed, or <see langword="null"/>.</param>
/// <param name="ClosedAt">When it was answered or routed, or <see langword="null"/>.</param>
public sealed record Inquiry(
    string Id,
    string AskerName,
    string? AskerUnit,
    Instant ReceivedAt,
    LocalDate ReceivedOn,
    InquiryChannel Channel,
    string Matter,
    string FirstReceiver,
    InquiryState State,
    string? Result,
    InquiryRoute? Route,
    Instant? ClosedAt)
{
    /// <summary>Gets the materials taken in for an absent handler and their handing over, or <see langword="null"/>.</summary>
    public MaterialsHandover? Handover { get; init; }

    /// <summary>
    /// Gets the matter taken on to be found out and told (咨询了解或请示报告, 一次性告知制 3), kept after the result is told, or
    /// <see langword="null"/>.
    /// </summary>
    public Clarification? Clarification { get; init; }

    /// <summary>Gets whether the inquiry is still open: <see cref="InquiryState.Open"/> or <see cref="InquiryState.BeingClarified"/> (not yet answered, routed or taken in).</summary>
    public bool IsOpen => State is InquiryState.Open or InquiryState.BeingClarified;

    /// <summary>Gets who is responsible now: the first receiver until it is routed, then the undertaking post.</summary>
    public string Owner => Route?.Post ?? FirstReceiver;
}
