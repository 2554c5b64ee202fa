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
        if (moved && compiled.From.CountsTowardCaseLimit && (!compiled.To.CountsTowardCaseLimit || transition.Clock == ClockEffect.StartPeriod))
        {
            // The clock stops (or a period ends) today: judge it now, on the latest due date the calendar allows.
            if (StoppedLate(engine, snapshot, clock, definitionLimit, date))
            {
                clock = clock.StoppedLate();
            }
        }

        if (moved && transition.Clock is not (ClockEffect.Restart or ClockEffect.StartPeriod) && !compiled.From.CountsTowardCaseLimit)
        {
            clock = clock.WithUncountedDays(UncountedDays(calendar, snapshot, clock, date, kind));
        }

        clock = transition.Clock switch
        {
            ClockEffect.Suspend => clock.SuspendOn(date, arguments[ProcedureEngine.CauseArgument], suspendedUntil),
            ClockEffect.Resume => clock.ResumeOn(calendar, date, kind),
            ClockEffect.Extend => clock.ExtendOn(date, transition.Extension),
            ClockEffect.Restart => clock.RestartOn(date),
            ClockEffect.StartPeriod => clock.StartPeriodOn(date, legal ? transition.Period!.Legal : transition.Period!.Committed),
            _ => clock,
        };

        if (legal && transition.Accepts && IsAcceptedOnItsDay(calendar, snapshot, transition, date))
        {
            // The legal limit runs from acceptance (自受理之日起); an acceptance after the deemed-acceptance window counts
            // from receipt, so the clock keeps its start.
            clock = clock.RestartOn(date);
        }

        if (compiled.To.IsTerminal && clock.IsSuspended)
        {
            clock = clock.ResumeOn(calendar, date, kind);
        }

        if (moved)
        {
            clock = clock.EnteringStep();
        }

        return clock;
    }


    /// <summary>
    /// Parses an ISO date (<c>uuuu-MM-dd</c>) as <see cref="LocalDatePattern.Iso"/> does: ten ASCII characters naming a
    /// valid date of years 1 to 9999 are read directly (no parse result allocated), anything else goes to the pattern,
    /// with nothing trailing (text holding a control character such as U+0000 is refused, see <see cref="Internal.IsoText"/>).
    /// </summary>
    internal static LocalDate? ParseDate(string text)
    {
        if (text.Length == 10 && text[4] == '-' && text[7] == '-'
            && TryDigits(text, 0, 4, out var year) && TryDigits(text, 5, 2, out var month) && TryDigits(text, 8, 2, out var day)
            && year >= 1 && month is >= 1 and <= 12 && day >= 1 && day <= CalendarSystem.Iso.GetDaysInMonth(year, month))
        {
            return new LocalDate(year, month, day);
        }

        return Internal.IsoText.ParseDate(text);
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


    private static int UncountedDays(IWorkingCalendar calendar, CaseSnapshot snapshot, CaseClock clock, LocalDate date, TimeLimitKind kind)
    {
        var from = Later(snapshot.StepEntered, clock.Start);
        var until = clock.SuspendedSince is { } since ? Later(from, since) : date;
        var days = calendar.CountDays(kind, from, until);
        return Math.Max(0, days - clock.StepSuspendedDays);
    }

    private static LocalDate Later(LocalDate a, LocalDate b) => a > b ? a : b;
}
