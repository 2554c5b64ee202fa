using NodaTime;
using PowerGovernance.Powers;
using PowerGovernance.Procedures;

namespace PowerGovernance.Risks;

/// <summary>A risk warning (风险预警): why, how serious, about what, and who must act.</summary>
/// <param name="Kind">Why it is raised.</param>
/// <param name="Level">How serious it is.</param>
/// <param name="Raised">The day of the observation that raised it.</param>
/// <param name="Subject">The case or matter; for repeated complaints, the power's code or the post's name.</param>
/// <param name="Power">The power concerned, if known.</param>
/// <param name="Post">The post concerned, if known.</param>
/// <param name="MustAct">The post that must act on it (责任人).</param>
/// <param name="Message">What to do, in Chinese.</param>
/// <param name="EnglishMessage">What to do, in English.</param>
public sealed record RiskWarning(RiskWarningKind Kind, RiskLevel Level, LocalDate Raised, string Subject, PowerCode? Power, Post? Post, Post MustAct, string Message, string EnglishMessage);
