using System;
using System.Collections.Generic;
using PowerGovernance.Calendars;
using PowerGovernance.Validation;

namespace PowerGovernance.Tool.Seams;

/// <summary>
/// The check of a readable calendar against the holiday law (seam): e.g. every statutory day a rest day,
/// make-up days next to their holiday, the number of days off per holiday.
/// </summary>
/// <remarks>
/// This build's check is <see cref="NoticeLawCheck"/> (PowerGovernance.Calendars.China's <c>NoticeChecker</c> on every
/// whole year). A check that is not available (<see cref="IsAvailable"/> false) makes <c>calendar check</c> report the
/// file's structural validity only, and say so.
/// </remarks>
internal sealed class CalendarLawCheck
{
    private readonly Func<WorkingCalendar, IReadOnlyList<Finding>>? check;

    /// <param name="name">What checks the law, for the report, e.g. <c>NoticeChecker</c>.</param>
    /// <param name="check">The check; <see langword="null"/> when this build has none.</param>
    public CalendarLawCheck(string name, Func<WorkingCalendar, IReadOnlyList<Finding>>? check)
    {
        Name = name;
        this.check = check;
    }

    /// <summary>Gets the law check of this build: <see cref="NoticeLawCheck"/>.</summary>
    public static CalendarLawCheck Default { get; } = new("NoticeChecker", NoticeLawCheck.Check);

    /// <summary>Gets the name of what checks the law.</summary>
    public string Name { get; }

    /// <summary>Gets whether this build checks calendars against the holiday law.</summary>
    public bool IsAvailable => check is not null;

    /// <summary>Checks the calendar; empty when <see cref="IsAvailable"/> is false.</summary>
    public IReadOnlyList<Finding> Check(WorkingCalendar calendar) => check is null ? [] : check(calendar);
}
