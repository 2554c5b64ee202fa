using NodaTime;

namespace PowerGovernance.Stability;

/// <summary>A regular meeting of the stability office (综治维稳例会) and the days it may be held.</summary>
/// <param name="Kind">Which meeting.</param>
/// <param name="Period">The week (Monday to Sunday) or the quarter the meeting belongs to.</param>
/// <param name="Earliest">The first working day it may be held: for the weekly meeting the meeting day itself; for the quarterly meeting the quarter's first working day.</param>
/// <param name="Due">The working day it is due by: for the weekly meeting the meeting day; for the quarterly meeting the quarter's last working day.</param>
/// <param name="Occasion">The occasion in Chinese, e.g. <c>2026-02-23当周办公例会（周一逢休息日，顺延至本周首个工作日）</c>.</param>
/// <param name="EnglishOccasion">The occasion in English.</param>
public sealed record MeetingDue(MeetingKind Kind, DateInterval Period, LocalDate Earliest, LocalDate Due, string Occasion, string EnglishOccasion);
