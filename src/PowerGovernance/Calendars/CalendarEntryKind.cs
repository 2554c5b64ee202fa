namespace PowerGovernance.Calendars;

/// <summary>What a <see cref="CalendarEntry"/> lists (安排条目类型): a holiday block or a make-up working day.</summary>
public enum CalendarEntryKind
{
    /// <summary>
    /// A holiday block (放假): consecutive non-working days with the same holiday name, weekend days inside
    /// the block included.
    /// </summary>
    Holiday = 0,

    /// <summary>A make-up working day (调休上班日): one weekend day that is worked.</summary>
    MakeUpWorkingDay = 1,
}
