using NodaTime;

namespace PowerGovernance.Stability;

/// <summary>A periodic written return of the stability office (综治维稳定期报告) and the day it is due.</summary>
/// <param name="Kind">Which return.</param>
/// <param name="Period">The month or quarter it reports on.</param>
/// <param name="Due">The working day it is due: the period's last day, or the next working day when that is a rest day.</param>
/// <param name="Title">The title in Chinese, e.g. <c>2026年第一季度来访情况归类上报</c>.</param>
/// <param name="EnglishTitle">The title in English.</param>
public sealed record StabilityReturn(StabilityReturnKind Kind, DateInterval Period, LocalDate Due, string Title, string EnglishTitle);
