using System;
using System.Collections.Generic;
using System.Globalization;
using NodaTime;
using PowerGovernance.Calendars;
using PowerGovernance.Internal;
using PowerGovernance.Powers;
using PowerGovernance.Procedures;

namespace PowerGovernance.Supervision;

/// <summary>
/// Explains a case's legal and committed due dates from its events (办理期限说明): what an official tells the applicant
/// who asks why the deadline is now that day.
/// </summary>
public static class CaseDeadlineExplainer
{
    /// <summary>
    /// Replays <paramref name="events"/> on <paramref name="engine"/> (checking the audit chain as
    /// <see cref="ProcedureEngine.Replay(string, PowerCode, IReadOnlyList{CaseEvent})"/> does) and explains both clocks of
    /// the case as they stand at <paramref name="now"/>: every start, acceptance, restart, new period, suspension,
    /// resumption, extension and uncounted step, in English and Simplified Chinese. The due date of each explanation is
    /// the one <see cref="CaseSupervisor.Deadlines(CaseSnapshot, ProcedureDefinition, Instant)"/> reports for the replayed
    /// case at <paramref name="now"/> (on a provisional calendar, the most likely one).
    /// </summary>
    /// <param name="engine">The engine the case runs on.</param>
    /// <param name="definitionId">The procedure's id.</param>
    /// <param name="powerCode">The power exercised.</param>
    /// <param name="events">The case's events, in order, starting with the start event.</param>
    /// <param name="now">The instant to read the clocks at.</param>
    /// <returns>The explanation.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="InvalidOperationException">The events do not replay (broken chain, unknown definition, an event that does not reproduce itself).</exception>
    /// <exception cref="CalendarCoverageException">A day needed is outside the calendar's coverage.</exception>
    public static CaseDeadlineExplanation ExplainDeadlines(this ProcedureEngine engine, string definitionId, PowerCode powerCode, IReadOnlyList<CaseEvent> events, Instant now)
    {
        Preconditions.CheckNotNull(engine);
        Preconditions.CheckNotNull(definitionId);
        Preconditions.CheckNotNull(events);
        var snapshots = new List<CaseSnapshot>(events.Count);
        var final = engine.Replay(definitionId, powerCode, events, null, (_, s) => snapshots.Add(s));
        if (!engine.TryGetDefinition(final, out var definition))
        {
            throw new InvalidOperationException($"The engine does not know procedure '{definitionId}'. / 引擎中没有程序“{definitionId}”。");
        }

        var today = now.InZone(engine.Zone).Date;
        var supervisor = engine.Supervisor;
        var legal = Explain(ExplainedClock.Legal, engine, supervisor, definition, events, snapshots, today, s => s.LegalClock, CaseSupervisor.LegalLimit(definition));
        var committed = Explain(ExplainedClock.Committed, engine, supervisor, definition, events, snapshots, today, s => s.CommittedClock, definition.CommittedLimit);
        return new CaseDeadlineExplanation(final.CaseId, today, legal, committed);
    }

    private static ClockExplanation Explain(
        ExplainedClock which,
        ProcedureEngine engine,
        CaseSupervisor supervisor,
        ProcedureDefinition definition,
        IReadOnlyList<CaseEvent> events,
        List<CaseSnapshot> snapshots,
        LocalDate today,
        Func<CaseSnapshot, CaseClock> select,
        TimeLimit definitionLimit)
    {
        var calendar = engine.Calendar;
        var entries = new List<ClockEntry>();
        var uncounted = 0;
        for (var i = 0; i < snapshots.Count; i++)
        {
            var snapshot = snapshots[i];
            var clock = select(snapshot);
            var date = events[i].At.InZone(engine.Zone).Date;
            definition.TryGetStep(snapshot.Step, out var step);
            if (i == 0)
            {
                var limit = clock.Limit ?? definitionLimit;
                entries.Add(Entry(date, ClockEntryKind.Started, 0, $"received: {limit} count from the next day.", $"收件：{limit.ToChineseString()}自次日起算。"));
                continue;
            }

            var before = snapshots[i - 1];
            var previous = select(before);
            definition.TryGetTrigger(before.Step, events[i].Trigger, out var trigger);
            definition.TryGetStep(before.Step, out var from);
            var moved = !string.Equals(before.Step, snapshot.Step, StringComparison.Ordinal);
            if (clock.LateStops > previous.LateStops)
            {
                entries.Add(Entry(date, ClockEntryKind.StoppedLate, 0, "the clock stopped after its due date: this stretch was late.", "本时段超过期限后才停止计时：已超期。"));
            }

            if (clock.Start != previous.Start || !Equals(clock.Limit, previous.Limit))
            {
                var limit = clock.Limit ?? definitionLimit;
                var (kind, english, chinese) = trigger?.Clock switch
                {
                    ClockEffect.StartPeriod => (ClockEntryKind.PeriodStarted, $"a new period begins: {limit} count from the next day.", $"进入新的计时时段：{limit.ToChineseString()}自次日起算。"),
                    ClockEffect.Restart => (ClockEntryKind.Restarted, $"the clock restarts (e.g. complete materials arrived): {limit} count again from the next day.", $"重新计时（如补正材料齐全）：{limit.ToChineseString()}自次日重新起算。"),
                    _ => (ClockEntryKind.Accepted, $"accepted: the legal limit of {limit} counts from the next day.", $"受理：法定时限{limit.ToChineseString()}自受理次日起算。"),
                };
                entries.Add(Entry(date, kind, 0, english, chinese));
                uncounted = 0;
            }
            else
            {
                if (trigger is { Accepts: true } && which == ExplainedClock.Legal)
                {
                    // The clock kept its start: accepted on the day counting started, or after the notice window
                    // (then it counts as accepted from receipt).
                    var limit = clock.Limit ?? definitionLimit;
                    entries.Add(date == clock.Start
                        ? Entry(date, ClockEntryKind.Accepted, 0, $"accepted: the legal limit of {limit} counts from the next day.", $"受理：法定时限{limit.ToChineseString()}自受理次日起算。")
                        : Entry(date, ClockEntryKind.Accepted, 0, "accepted after the notice window: the application counts as accepted from receipt.", "受理时已超过告知补正期限：视为自收件之日起受理。"));
                }

                var days = clock.SuspendedDays - previous.SuspendedDays;
                if (days != 0)
                {
                    var resumed = previous.IsSuspended && !clock.IsSuspended;
                    var stepName = from?.EnglishName ?? before.Step;
                    var stepChinese = from?.ChineseName ?? before.Step;
                    entries.Add(resumed && from is { CountsTowardCaseLimit: true }
                        ? Entry(date, ClockEntryKind.Resumed, days, Invariant($"resumed: {Days(days, clock, definitionLimit)} suspended are not counted."), Invariant($"恢复计时：中止的{ChineseDays(days, clock, definitionLimit)}不计入。"))
                        : Entry(date, ClockEntryKind.LeftUncountedStep, days, Invariant($"left '{stepName}', whose time does not count: {Days(days, clock, definitionLimit)} not counted."), Invariant($"结束“{stepChinese}”环节（不计入办理时限）：{ChineseDays(days, clock, definitionLimit)}不计入。")));
                    uncounted += days;
                }

                if (trigger?.Clock == ClockEffect.Suspend)
                {
                    var until = clock.SuspendedUntil is { } end ? Invariant($", expected to end {end:uuuu-MM-dd}") : string.Empty;
                    var untilChinese = clock.SuspendedUntil is { } e ? Invariant($"，预计{e:uuuu-MM-dd}结束") : string.Empty;
                    entries.Add(Entry(date, ClockEntryKind.Suspended, 0, $"suspended ({clock.SuspensionCause}{until}): the days until it resumes are not counted.", $"中止计时（{clock.SuspensionCause}{untilChinese}）：恢复前的时间不计入。"));
                }
                else if (trigger?.Clock == ClockEffect.Extend && clock.Extension is { } extension)
                {
                    entries.Add(Entry(date, ClockEntryKind.Extended, 0, $"extended by {extension} with approval.", $"经批准延长{extension.ToChineseString()}。"));
                }
            }

            if (step is { IsTerminal: true })
            {
                entries.Add(Entry(date, ClockEntryKind.Finished, 0, $"finished: {step.EnglishName}.", $"办结：{step.ChineseName}。"));
            }
            else if (moved && step is { CountsTowardCaseLimit: false })
            {
                entries.Add(Entry(date, ClockEntryKind.EnteredUncountedStep, 0, $"entered '{step.EnglishName}', whose time does not count.", $"进入“{step.ChineseName}”环节，该环节时间不计入办理时限。"));
            }
        }

        var final = snapshots[^1];
        var finalClock = select(final);
        definition.TryGetStep(final.Step, out var current);
        var running = Running(calendar, final, finalClock, current, definitionLimit, today);
        if (running > 0)
        {
            entries.Add(Entry(today, ClockEntryKind.StillStopped, running, Invariant($"the clock still stands still: {Days(running, finalClock, definitionLimit)} so far not counted."), Invariant($"目前仍停止计时：至今{ChineseDays(running, finalClock, definitionLimit)}不计入。")));
        }

        var effective = finalClock.Limit ?? definitionLimit;
        var total = effective.Days + (finalClock.Extension?.Days ?? 0) + uncounted + running;
        var sum = effective.WithDays(total);
        var due = calendar.DueDateRange(finalClock.Start, sum).MostLikely;
        return new ClockExplanation(which, finalClock.Start, effective, finalClock.Extension, entries, uncounted + running, due);
    }

    private static int Running(IWorkingCalendar calendar, CaseSnapshot snapshot, CaseClock clock, StepDefinition? step, TimeLimit definitionLimit, LocalDate today)
    {
        if (snapshot.IsClosed)
        {
            return 0;
        }

        var kind = (clock.Limit ?? definitionLimit).Kind;
        if (step is null || step.CountsTowardCaseLimit)
        {
            if (clock.SuspendedSince is not { } since)
            {
                return 0;
            }

            var until = clock.SuspendedUntil is { } end && end > today ? end : today;
            return Math.Max(0, calendar.CountDays(kind, since, until));
        }

        var from = snapshot.StepEntered > clock.Start ? snapshot.StepEntered : clock.Start;
        var stood = clock.SuspendedSince is { } s && s < from ? s : from;
        return Math.Max(0, calendar.CountDays(kind, stood, today)) - clock.StepSuspendedDays;
    }

    private static string Days(int days, CaseClock clock, TimeLimit definitionLimit) =>
        Invariant($"{days} {((clock.Limit ?? definitionLimit).Kind == TimeLimitKind.WorkingDays ? "working" : "natural")} day{(days == 1 ? string.Empty : "s")}");

    private static string ChineseDays(int days, CaseClock clock, TimeLimit definitionLimit) =>
        Invariant($"{days}{((clock.Limit ?? definitionLimit).Kind == TimeLimitKind.WorkingDays ? "个工作日" : "日")}");

    private static ClockEntry Entry(LocalDate date, ClockEntryKind kind, int days, string english, string chinese) => new(date, kind, days, english, chinese);

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
