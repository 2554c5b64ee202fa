using NodaTime;
using PowerGovernance.Powers;

namespace PowerGovernance.Disclosures;

/// <summary>A disclosure that is due (应公开事项) and by when.</summary>
/// <param name="Power">The power.</param>
/// <param name="Name">The power's name.</param>
/// <param name="Timing">Its timing class.</param>
/// <param name="DueDate">The last day to disclose (the period ends at 24:00).</param>
/// <param name="Reason">Why it is due, in Chinese, e.g. <c>2024年第1期定期公开</c>.</param>
public sealed record DisclosureDue(PowerCode Power, string? Name, DisclosureTiming Timing, LocalDate DueDate, string Reason);
