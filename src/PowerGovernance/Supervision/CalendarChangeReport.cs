using System;
using System.Collections.Generic;
using System.Linq;
using NodaTime;
using PowerGovernance.Calendars;
using PowerGovernance.Internal;
using PowerGovernance.Procedures;

namespace PowerGovernance.Supervision;

/// <summary>
/// What a calendar change does to open cases (日历变动影响报告): the changed days, and every case or step due date
/// that moves, with the status before and after, e.g. when the notice replaces a provisional year or a year is
/// amended mid-year (as the 2020 Spring Festival extension was).
/// </summary>
/// <param name="OldCalendar">The identity of the calendar before the change.</param>
/// <param name="NewCalendar">The identity of the calendar after the change.</param>
/// <param name="ChangedDays">The days whose type or holiday changed.</param>
/// <param name="MovedDeadlines">The due dates that move, by case in the order given, case clock before step clock.</param>
/// <param name="UnreadableCases">Cases that could not be read on one of the calendars, with the reason; never reported as moved.</param>
public sealed record CalendarChangeReport(
    CalendarIdentity OldCalendar,
    CalendarIdentity NewCalendar,
    IReadOnlyList<ChangedDay> ChangedDays,
    IReadOnlyList<MovedDeadline> MovedDeadlines,
    IReadOnlyList<KeyValuePair<string, string>> UnreadableCases)
{
    /// <summary>Compares two calendars over a set of cases at one instant.</summary>
    /// <param name="oldCalendar">The office's calendar before the change (the working calendar and the zone whose dates count).</param>
    /// <param name="newCalendar">The office's calendar after the change; usually the same zone as <paramref name="oldCalendar"/>.</param>
    /// <param name="cases">The cases with their procedure definitions.</param>
    /// <param name="now">The instant at which statuses are read, from the host's clock.</param>
    /// <param name="policy">The warning policy; <see cref="WarningPolicy.Default"/> when <see langword="null"/>.</param>
    /// <returns>The report.</returns>
    /// <exception cref="ArgumentNullException">A calendar or <paramref name="cases"/> is null.</exception>
    public static CalendarChangeReport Compare(
        OfficeCalendar oldCalendar,
        OfficeCalendar newCalendar,
        IEnumerable<(CaseSnapshot Snapshot, ProcedureDefinition Definition)> cases,
        Instant now,
        WarningPolicy? policy = null)
    {
        Preconditions.CheckNotNull(oldCalendar);
        Preconditions.CheckNotNull(newCalendar);
        Preconditions.CheckNotNull(cases);
        var before = new CaseSupervisor(oldCalendar, policy);
        var after = new CaseSupervisor(newCalendar, policy);
        var moved = new List<MovedDeadline>();
        var unreadable = new List<KeyValuePair<string, string>>();
        foreach (var (snapshot, definition) in cases)
        {
            if (snapshot is null || definition is null)
            {
                unreadable.Add(new KeyValuePair<string, string>(snapshot?.CaseId ?? "(null)", "The case or its definition is missing. 办件或其流程定义缺失。"));
                continue;
            }

            try
            {
                var old = before.Deadlines(snapshot, definition, now);
                var changed = after.Deadlines(snapshot, definition, now);
                Compare(moved, snapshot, SupervisedClock.Case, old.Committed, changed.Committed);
                Compare(moved, snapshot, SupervisedClock.Step, old.StepCommitted, changed.StepCommitted);
                Compare(moved, snapshot, SupervisedClock.LegalCase, old.Legal, changed.Legal);
                Compare(moved, snapshot, SupervisedClock.LegalStep, old.StepLegal, changed.StepLegal);
            }
            catch (CalendarCoverageException e)
            {
                unreadable.Add(new KeyValuePair<string, string>(snapshot.CaseId, e.Message));
            }
        }

        return new CalendarChangeReport(oldCalendar.Calendar.Identity, newCalendar.Calendar.Identity, CalendarComparison.ChangedDays(oldCalendar.Calendar, newCalendar.Calendar), moved, unreadable);
    }

    private static void Compare(List<MovedDeadline> moved, CaseSnapshot snapshot, SupervisedClock clock, DeadlineStatus? before, DeadlineStatus? after)
    {
        if (before is { } old && after is { } changed && (old.DueDateRange != changed.DueDateRange || old.State != changed.State))
        {
            moved.Add(new MovedDeadline(snapshot.CaseId, clock, snapshot.Step, old.DueDate, changed.DueDate, old, changed));
        }
    }

    /// <summary>Returns whether <paramref name="other"/> has equal members, the lists element by element (值相等).</summary>
    /// <param name="other">The other value.</param>
    /// <returns><see langword="true"/> when every member is equal.</returns>
    public bool Equals(CalendarChangeReport? other) =>
        other is not null
        && Equals(OldCalendar, other.OldCalendar)
        && Equals(NewCalendar, other.NewCalendar)
        && ValueEquality.SequenceEqual(ChangedDays, other.ChangedDays)
        && ValueEquality.SequenceEqual(MovedDeadlines, other.MovedDeadlines)
        && ValueEquality.SequenceEqual(UnreadableCases, other.UnreadableCases);

    /// <summary>Returns a hash code consistent with <see cref="Equals(CalendarChangeReport)"/>.</summary>
    /// <returns>The hash code.</returns>
    public override int GetHashCode() => HashCode.Combine(OldCalendar, NewCalendar);
}
