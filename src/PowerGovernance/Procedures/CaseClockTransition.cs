using System;
using System.Collections.Generic;
using NodaTime;
using PowerGovernance.Calendars;

namespace PowerGovernance.Procedures;

/// <summary>What an accepted transition does to a case's clock (计时): uncounted steps, suspension, resumption, extension, restart.</summary>
internal static class CaseClockTransition
{
    /// <summary>The clock after <paramref name="transition"/> is accepted on <paramref name="date"/>.</summary>
    internal static CaseClock Next(CaseSnapshot snapshot, CompiledTransition transition, LocalDate date, IReadOnlyDictionary<string, string> arguments, TimeLimitKind kind, IWorkingCalendar calendar)
    {
        var trigger = transition.Trigger;
        var clock = snapshot.Clock;
        var moved = transition.Moves;
        if (moved && trigger.Clock != ClockEffect.Restart && !transition.From.CountsTowardCaseLimit)
        {
            clock = clock with { SuspendedDays = clock.SuspendedDays + UncountedDays(snapshot, date, kind, calendar) };
        }

        clock = trigger.Clock switch
        {
            ClockEffect.Suspend => clock with { SuspendedSince = date, SuspensionCause = arguments["cause"] },
            ClockEffect.Resume => Resume(clock, date, kind, calendar),
            ClockEffect.Extend => clock with { Extension = trigger.Extension },
            ClockEffect.Restart => new CaseClock(date, null, null, 0, 0, clock.Extension),
            _ => clock,
        };

        if (transition.To.IsTerminal && clock.IsSuspended)
        {
            clock = Resume(clock, date, kind, calendar);
        }

        return moved && clock.StepSuspendedDays != 0 ? clock with { StepSuspendedDays = 0 } : clock;
    }

    private static CaseClock Resume(CaseClock clock, LocalDate date, TimeLimitKind kind, IWorkingCalendar calendar)
    {
        var days = Math.Max(0, calendar.CountDays(kind, clock.SuspendedSince!.Value, date));
        return clock with { SuspendedSince = null, SuspensionCause = null, SuspendedDays = clock.SuspendedDays + days, StepSuspendedDays = clock.StepSuspendedDays + days };
    }

    /// <summary>
    /// The days a case spent in its current step, which does not count toward the case limit, when it
    /// leaves the step on <paramref name="date"/>: from the later of the step's entry and the clock's start,
    /// up to the leaving day or the start of a suspension still running, less the step's finished suspensions
    /// (already counted); in the kind of day of the case limit.
    /// </summary>
    private static int UncountedDays(CaseSnapshot snapshot, LocalDate date, TimeLimitKind kind, IWorkingCalendar calendar)
    {
        var clock = snapshot.Clock;
        var from = Later(snapshot.StepEntered, clock.Start);
        var until = clock.SuspendedSince is { } since ? Later(from, since) : date;
        return Math.Max(0, calendar.CountDays(kind, from, until) - clock.StepSuspendedDays);
    }

    private static LocalDate Later(LocalDate a, LocalDate b) => a > b ? a : b;
}
