using NodaTime;
using PowerGovernance.Powers;
using PowerGovernance.Procedures;

namespace PowerGovernance.Risks;

/// <summary>One observation fed to the warning mechanism (预警信息): what, when, about which power or post and which case.</summary>
/// <param name="Kind">What was observed.</param>
/// <param name="On">The day it was observed.</param>
/// <param name="Subject">The case or matter it concerns (案件或事项), e.g. a case id; complaints about one power or post are counted together whatever their subject.</param>
/// <param name="Power">The power concerned, if known.</param>
/// <param name="Post">The post concerned, if known.</param>
public sealed record RiskObservation(RiskObservationKind Kind, LocalDate On, string Subject, PowerCode? Power = null, Post? Post = null);
