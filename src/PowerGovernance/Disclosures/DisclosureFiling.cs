using NodaTime;
using PowerGovernance.Powers;

namespace PowerGovernance.Disclosures;

/// <summary>A finished disclosure, filed and archived (公开归档): what was disclosed, when, how, and when it was filed.</summary>
/// <param name="Power">The power whose information was disclosed.</param>
/// <param name="DisclosedOn">The day it was disclosed.</param>
/// <param name="Forms">The forms used (公开栏, 网站 …).</param>
/// <param name="Content">What was disclosed.</param>
/// <param name="FiledOn">The day it was filed (归档).</param>
public sealed record DisclosureFiling(PowerCode Power, LocalDate DisclosedOn, DisclosureForms Forms, string Content, LocalDate FiledOn);
