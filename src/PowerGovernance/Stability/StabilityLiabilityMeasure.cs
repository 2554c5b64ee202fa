using PowerGovernance.Accountability;

namespace PowerGovernance.Stability;

/// <summary>The measure a liability under the stability office's liability rules calls for (责任追究办法).</summary>
/// <param name="Sanction">The sanction the rule names, or <see langword="null"/> when it names none and the matter goes elsewhere.</param>
/// <param name="Referral">Where the matter goes beyond administrative accountability: discipline under the civil-servant rules, or the judiciary.</param>
/// <param name="Reason">Why, in Chinese, quoting the rule.</param>
/// <param name="EnglishReason">Why, in English.</param>
public sealed record StabilityLiabilityMeasure(Sanction? Sanction, Referral Referral, string Reason, string EnglishReason);
