using PowerGovernance.Calendars;

namespace PowerGovernance.Procedures;

/// <summary>
/// The legal and committed limits of one period of a case counted in successive periods (分段计时), e.g. the
/// county civil-affairs bureau's 15 days for a minimum living allowance, counted from the township's report.
/// </summary>
/// <param name="Legal">The legal limit of the period (法定时限).</param>
/// <param name="Committed">The committed limit of the period (承诺时限); never longer than <paramref name="Legal"/>.</param>
public sealed record PeriodLimits(TimeLimit Legal, TimeLimit Committed);
