using System;
using System.Collections.Generic;
using NodaTime;
using NodaTime.Text;
using PowerGovernance.Calendars;

namespace PowerGovernance.Procedures;

/// <summary>What an accepted trigger does to one of a case's clocks (the legal one or the committed one).</summary>
internal static class ClockTransitions
{
    /// <summary>Why a clock effect cannot apply to the case's clocks now, or <see langword="null"/> when it can.</summary>
    internal static (string English, string Chinese)? Conflict(CaseSnapshot snapshot, ClockEffect effect) => effect switch
    {
        ClockEffect.Suspend when snapshot.CommittedClock.IsSuspended => ("the clock is already suspended.", "计时已经中止。"),
        ClockEffect.Resume when !snapshot.CommittedClock.IsSuspended => ("the clock is not suspended.", "计时未中止。"),
        ClockEffect.Extend when snapshot.CommittedClock.IsExtended || snapshot.LegalClock.IsExtended => ("the limit has already been extended once.", "期限已经延长过一次。"),
        _ => null,
    };

    internal static CaseClock Apply(ProcedureEngine engine, CaseSnapshot snapshot, CaseClock clock, TimeLimit definitionLimit, CompiledTransition compiled, LocalDate date, IReadOnlyDictionary<string, string> arguments, LocalDate? suspendedUntil, bool legal)
    {
        var calendar = engine.Calendar;
        var transition = compiled.Trigger;
        var kind = (clock.Limit ?? definitionLimit).Kind;
        var moved = compiled.Moves;
        var lateStops = clock.LateStops;
        if (moved && compiled.From.CountsTowardCaseLimit && (!compiled.To.CountsTowardCaseLimit || transition.Clock == ClockEffect.StartPeriod))
        {
            // The clock stops (or a period ends) today: judge it now, on the latest due date the calendar allows.
            if (StoppedLate(engine, snapshot, clock, definitionLimit, date))
            {
                lateStops++;
                clock = clock with { LateStops = lateStops };
            }
        }

        if (moved && transition.Clock is not (ClockEffect.Restart or ClockEffect.StartPeriod) && !compiled.From.CountsTowardCaseLimit)
        {
            clock = clock with { SuspendedDays = clock.SuspendedDays + UncountedDays(calendar, snapshot, clock, date, kind) };
        }

        switch (transition.Clock)
        {
            case ClockEffect.Suspend:
                clock = clock with
                {
                    SuspendedSince = date,
                    SuspensionCause = arguments[ProcedureEngine.CauseArgument],
                    SuspendedUntil = suspendedUntil,
                };
                break;
            case ClockEffect.Resume:
                clock = Resume(calendar, clock, date, kind);
                break;
            case ClockEffect.Extend:
                clock = clock with { Extension = transition.Extension, ExtendedOn = date };
                break;
            case ClockEffect.Restart:
                clock = Restart(clock, date);
                break;
            case ClockEffect.StartPeriod:
                var period = transition.Period!;
                clock = new CaseClock(date, null, null, 0, 0, null) { Limit = legal ? period.Legal : period.Committed, LateStops = lateStops };
                break;
            case ClockEffect.None:
            default:
                break;
        }

        if (legal && transition.Accepts && IsAcceptedOnItsDay(calendar, snapshot, transition, date))
        {
            // The legal limit runs from acceptance (自受理之日起); an acceptance after the deemed-acceptance window counts
            // from receipt, so the clock keeps its start.
            clock = Restart(clock, date);
        }

        if (compiled.To.IsTerminal && clock.IsSuspended)
        {
            clock = Resume(calendar, clock, date, kind);
        }

        if (moved && clock.StepSuspendedDays != 0)
        {
            clock = clock with { StepSuspendedDays = 0 };
        }

        return clock;
    }

    /// <summary>
    /// The clock counted again from <paramref name="date"/>, keeping its limit, extension and late stops; the clock itself
    /// when it already is that (an acceptance on the day of receipt, before anything stopped it): the same value, not
    /// allocated again.
    /// </summary>
    private static CaseClock Restart(CaseClock clock, LocalDate date) =>
        clock.Start == date && clock.SuspendedSince is null && clock.SuspensionCause is null && clock.SuspendedUntil is null && clock.SuspendedDays == 0 && clock.StepSuspendedDays == 0
            ? clock
            : new CaseClock(date, null, null, 0, 0, clock.Extension) { Limit = clock.Limit, ExtendedOn = clock.ExtendedOn, LateStops = clock.LateStops };

    /// <summary>
    /// Parses an ISO date (<c>uuuu-MM-dd</c>) as <see cref="LocalDatePattern.Iso"/> does: ten ASCII characters naming a
    /// valid date of years 1 to 9999 are read directly (no parse result allocated), anything else goes to the pattern.
    /// </summary>
    internal static LocalDate? ParseDate(string text)
    {
        if (text.Length == 10 && text[4] == '-' && text[7] == '-'
            && TryDigits(text, 0, 4, out var year) && TryDigits(text, 5, 2, out var month) && TryDigits(text, 8, 2, out var day)
            && year >= 1 && month is >= 1 and <= 12 && day >= 1 && day <= CalendarSystem.Iso.GetDaysInMonth(year, month))
        {
            return new LocalDate(year, month, day);
        }

        var result = LocalDatePattern.Iso.Parse(text);
        return result.Success ? result.Value : null;
    }

    private static bool TryDigits(string text, int start, int count, out int value)
    {
        value = 0;
        for (var i = start; i < start + count; i++)
        {
            var digit = text[i] - '0';
            if ((uint)digit > 9)
            {
                return false;
            }

            value = (value * 10) + digit;
        }

        return true;
    }

    private static bool IsAcceptedOnItsDay(IWorkingCalendar calendar, CaseSnapshot snapshot, TriggerDefinition transition, LocalDate date)
    {
        if (transition.DeemedAcceptedAfter is not { } window)
        {
            return true;
        }

        try
        {
            return date <= calendar.DueDateRange(snapshot.Received, window).Latest;
        }
        catch (CalendarCoverageException) when (calendar.Coverage.Contains(snapshot.Received))
        {
            // The window ends past the calendar's last known day, so after today (which the engine checked is covered).
            return true;
        }
    }

    /// <summary>
    /// Whether the clock, stopping today, is already past its latest possible due date. A due date past the calendar's
    /// last known day is after today (the engine checked today is covered): not late, decided without a guess.
    /// </summary>
    private static bool StoppedLate(ProcedureEngine engine, CaseSnapshot snapshot, CaseClock clock, TimeLimit definitionLimit, LocalDate date)
    {
        try
        {
            return engine.Supervisor.LatestDueDate(snapshot, clock, definitionLimit, date) < date;
        }
        catch (CalendarCoverageException) when (engine.Calendar.Coverage.Contains(clock.Start))
        {
            return false;
        }
    }

    private static CaseClock Resume(IWorkingCalendar calendar, CaseClock clock, LocalDate date, TimeLimitKind kind)
    {
        var since = clock.SuspendedSince!.Value;
        var days = Math.Max(0, calendar.CountDays(kind, since, date));
        return clock with { SuspendedSince = null, SuspensionCause = null, SuspendedUntil = null, SuspendedDays = clock.SuspendedDays + days, StepSuspendedDays = clock.StepSuspendedDays + days };
    }

    private static int UncountedDays(IWorkingCalendar calendar, CaseSnapshot snapshot, CaseClock clock, LocalDate date, TimeLimitKind kind)
    {
        var from = Later(snapshot.StepEntered, clock.Start);
        var until = clock.SuspendedSince is { } since ? Later(from, since) : date;
        var days = calendar.CountDays(kind, from, until);
        return Math.Max(0, days - clock.StepSuspendedDays);
    }

    private static LocalDate Later(LocalDate a, LocalDate b) => a > b ? a : b;
}
