using NodaTime;

namespace PowerGovernance.Supervision;

/// <summary>One line of a clock's explanation: what happened on a day and how many days it took out of the count.</summary>
/// <param name="Date">The day.</param>
/// <param name="Kind">What happened.</param>
/// <param name="UncountedDays">Days this entry takes out of the count (not counted toward the limit), in the limit's kind of day; 0 for most kinds.</param>
/// <param name="English">The line in English.</param>
/// <param name="Chinese">The line in Simplified Chinese.</param>
public sealed record ClockEntry(LocalDate Date, ClockEntryKind Kind, int UncountedDays, string English, string Chinese);
