using System.Collections.Generic;
using PowerGovernance.Validation;

namespace PowerGovernance.FrontDesk;

/// <summary>The result of answering or routing an inquiry: the inquiry to store, and findings when refused.</summary>
/// <param name="IsAccepted">Whether the change was made.</param>
/// <param name="Inquiry">The changed inquiry when accepted; the unchanged one when refused.</param>
/// <param name="Findings">Why it was refused; empty when accepted.</param>
public sealed record InquiryResult(bool IsAccepted, Inquiry Inquiry, IReadOnlyList<Finding> Findings);
