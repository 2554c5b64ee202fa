using NodaTime;

namespace PowerGovernance.Calendars;

/// <summary>One day between the day of receipt and the due date, as seen by a <see cref="DueDateExplanation"/>.</summary>
/// <param name="Date">The day.</param>
/// <param name="Type">Its day type on the calendar.</param>
/// <param name="Holiday">The holiday it belongs to (or, for a make-up working day, makes up for), if any.</param>
/// <param name="CountedAs">
/// The day's number in the period (1 = first day counted) when it counts toward the limit; <see langword="null"/>
/// when it is passed over (a weekend or holiday in a working-day limit, or a day the last day was moved over
/// in a natural-day limit).
/// </param>
public sealed record ExplainedDay(LocalDate Date, DayType Type, HolidayName? Holiday, int? CountedAs);
