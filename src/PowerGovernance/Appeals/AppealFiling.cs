using NodaTime;

namespace PowerGovernance.Appeals;

/// <summary>Whether an appeal filed on a date is in time (申诉是否逾期), and by how much it is late.</summary>
/// <param name="Filed">The filing date.</param>
/// <param name="LastDay">The window's last day.</param>
/// <param name="InTime">Whether <paramref name="Filed"/> is on or before <paramref name="LastDay"/>.</param>
/// <param name="DaysLate">Natural days after the last day; 0 when in time.</param>
/// <param name="WorkingDaysLate">Working days after the last day, up to and including the filing date; 0 when in time (a filing on the
/// weekend after the last day is late by one or more natural days and 0 working days).</param>
public sealed record AppealFiling(LocalDate Filed, LocalDate LastDay, bool InTime, int DaysLate, int WorkingDaysLate);
