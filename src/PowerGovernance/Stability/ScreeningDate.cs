using NodaTime;

namespace PowerGovernance.Stability;

/// <summary>A day on which a dispute screening (矛盾纠纷排查) is due, and why.</summary>
/// <param name="Date">The working day of the screening.</param>
/// <param name="Reason">Why it is due.</param>
/// <param name="Occasion">The occasion in Chinese, e.g. <c>国庆节、中秋节（2025-10-01起）前夕集中排查</c>.</param>
/// <param name="EnglishOccasion">The occasion in English.</param>
public sealed record ScreeningDate(LocalDate Date, ScreeningReason Reason, string Occasion, string EnglishOccasion);
