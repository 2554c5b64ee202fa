using System.Collections.Generic;
using PowerGovernance.Validation;

namespace PowerGovernance.FrontDesk;

/// <summary>
/// The result of answering or routing an inquiry (首问办理结果): the inquiry to store and, when refused, the findings
/// that say why (codes from <see cref="FrontDeskRuleCodes"/>).
/// </summary>
public sealed class InquiryResult : OperationResult
{
    internal InquiryResult(Inquiry inquiry, IReadOnlyList<Finding> findings)
        : base(findings)
    {
        Inquiry = inquiry;
    }

    /// <summary>Gets the inquiry to store (来访来电登记): the changed inquiry when accepted; the unchanged one when refused.</summary>
    public Inquiry Inquiry { get; }
}
