using System;
using System.Collections.Generic;
using NodaTime;
using PowerGovernance.Calendars;
using PowerGovernance.Internal;
using PowerGovernance.Procedures;

namespace PowerGovernance.Supervision;

/// <summary>
/// Shows a case's electronic supervision card (电子监察亮牌: 预警、黄牌、红牌) under a <see cref="SupervisionCardPolicy"/>,
/// reading its clocks as <see cref="CaseSupervisor"/> does (electronic supervision as local
/// rules practise it; no national standard sets the cards). Pure and thread-safe; a case nothing applies to gets the shared
/// <see cref="SupervisionCard.None"/>, and under the default <see cref="SupervisionCardPolicy.YellowCardPercent"/> reading it
/// allocates nothing (unless a clock is suspended with an announced end, which is read on a copy without it).
/// </summary>
/// <remarks>
/// <para>
/// <b>Lateness of the case</b> (committed clock, 承诺时限): a <see cref="SupervisionCardTier.Warning"/> while the clock is in
/// <see cref="DeadlineState.Warning"/> under <see cref="SupervisionCardPolicy.Warning"/>; a yellow card from the day after
/// the yellow threshold day (the committed due date, or the last day of <see cref="SupervisionCardPolicy.YellowCardPercent"/>
/// of the limit); a red card when the case is still open after <see cref="SupervisionCardPolicy.SupervisionLimit"/>
/// counted from the threshold day (督办期限, the threshold day not counted). Suspended days and days in steps
/// whose time does not count move these days as they move the due date. On a calendar with provisional years every day is
/// the latest the unpublished arrangement can make it: no card rests on a guess.
/// </para>
/// <para>
/// <b>A clock standing still</b> (<see cref="DeadlineState.Suspended"/> or <see cref="DeadlineState.NotCounting"/>) keeps
/// the yellow or red card it had on the day it stopped, and shows no warning: the supervision deadline stands still with
/// it. <b>A closed case</b> shows the card it ended with: yellow when it finished after the committed limit (or its
/// yellow share), red when it closed after the supervision deadline; <see cref="SupervisionCardCodes.EarlierPeriodLate"/>
/// is for open cases, whose earlier period (分段计时) overran while the current one is on time.
/// </para>
/// <para>
/// <b>Legal lateness</b> (违法超期, legal clock of the case or of the current step) is always red: the case's legal clock
/// overdue, standing still after its due date, or finished late; or the current step past the legal limit the law sets for it.
/// Where no law sets a case limit, the limit the office announced is the legal one (as <see cref="CaseSupervisor.LegalStatus"/>
/// and <see cref="CaseDeadlines.IsLegallyLate"/> read it, 无法定时限的以公布时限为准), so such a case turns red the day after
/// its committed limit, with no supervision deadline; the reason's message says so.
/// </para>
/// <para>
/// <b>Other triggers</b>, each switched by the policy: the current step over its own committed limit (yellow); a refusal
/// without written reasons, for a case closed <see cref="CaseOutcome.Refused"/> or <see cref="CaseOutcome.NotAccepted"/>
/// whose closing event (<see cref="SupervisionCardEvidence.ClosingEvent"/>) has a null or blank
/// <see cref="CaseEvent.Reason"/>; a fee outside the published standard (<see cref="SupervisionCardEvidence.FeeCharged"/>
/// compared with the power's <see cref="Powers.Power.Fee"/>: a power published as free (<see cref="Powers.Fee.IsFree"/>)
/// has a standard of 0 yuan, a charged power with a fixed <see cref="Powers.Fee.Amount"/> that amount, and any other
/// charge, above or below, is outside it; a standard that sets a rate (no <see cref="Powers.Fee.Amount"/>) or a power
/// whose fee is not published (<see langword="null"/>) cannot be compared mechanically and is not checked). A trigger
/// whose evidence is not given is not checked.
/// </para>
/// <para>
/// <b>Technical problems are never cards.</b> An incomplete snapshot, a definition that is not the case's, a step the
/// definition does not define, evidence for another case or power, or a negative fee throw an
/// <see cref="ArgumentException"/>; a date outside the calendar's coverage throws the
/// <see cref="CalendarCoverageException"/> unchanged. A caller sweeping many cases reports these as unreadable, as
/// <see cref="SupervisionBoard"/> does.
/// </para>
/// </remarks>
public sealed class SupervisionCardEvaluator
{
    private readonly CaseSupervisor supervisor;

    /// <summary>Creates an evaluator.</summary>
    /// <param name="calendar">The office's calendar: the working calendar and the zone whose dates count.</param>
    /// <param name="policy">The card policy; <see cref="SupervisionCardPolicy.Default"/> when <see langword="null"/>.</param>
    /// <exception cref="ArgumentNullException"><paramref name="calendar"/> is null.</exception>
    public SupervisionCardEvaluator(OfficeCalendar calendar, SupervisionCardPolicy? policy = null)
    {
        Policy = policy ?? SupervisionCardPolicy.Default;
        supervisor = new CaseSupervisor(calendar, Policy.Warning);
    }

    /// <summary>Gets the working calendar.</summary>
    public IWorkingCalendar Calendar => supervisor.Calendar;

    /// <summary>Gets the card policy.</summary>
    public SupervisionCardPolicy Policy { get; }

    /// <summary>
    /// Shows the case's card on <paramref name="today"/>: the host's date in the zone whose dates count, e.g.
    /// <c>clock.GetCurrentInstant().InZone(Deadline.ChinaStandardZone).Date</c>.
    /// </summary>
    /// <param name="snapshot">The case.</param>
    /// <param name="definition">The case's procedure definition (same id and version).</param>
    /// <param name="today">The day to read the clocks on.</param>
    /// <param name="evidence">The closing event, power and fee charged, for the triggers other than lateness; none by default.</param>
    /// <returns>The card: <see cref="SupervisionCard.None"/> when nothing applies.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="ArgumentException">The snapshot is incomplete, the definition is not the case's, the case is at a step the definition does not define, or the evidence is for another case or power or has a negative fee.</exception>
    /// <exception cref="CalendarCoverageException">A date needed is outside the calendar's coverage.</exception>
    public SupervisionCard Evaluate(CaseSnapshot snapshot, ProcedureDefinition definition, LocalDate today, SupervisionCardEvidence evidence = default)
    {
        Preconditions.CheckComplete(snapshot);
        Preconditions.CheckNotNull(definition);
        var step = CheckArguments(snapshot, definition, evidence);
        List<SupervisionCardReason>? reasons = null;
        var counts = step.CountsTowardCaseLimit;

        var committed = supervisor.ClockStatus(snapshot, snapshot.CommittedClock, definition.CommittedLimit, today, counts);
        CommittedLateness(snapshot, definition.CommittedLimit, counts, committed, today, ref reasons);

        var legalLimit = CaseSupervisor.LegalLimit(definition);
        var legal = supervisor.ClockStatus(snapshot, snapshot.LegalClock, legalLimit, today, counts);
        LegalLateness(snapshot, legalLimit, definition.LegalLimit is not null, counts, legal, today, ref reasons);

        if (!snapshot.IsClosed)
        {
            StepLateness(snapshot, step, today, ref reasons);
        }

        if (Policy.RefusalWithoutReasons != SupervisionCardTier.None
            && snapshot.Outcome is CaseOutcome.Refused or CaseOutcome.NotAccepted
            && evidence.ClosingEvent is { } closing
            && !Internal.VisibleText.HasVisibleText(closing.Reason))
        {
            Add(ref reasons, SupervisionCardReasons.RefusalWithoutReasons(Policy.RefusalWithoutReasons, snapshot.Outcome.Value, closing, snapshot.Closed ?? today));
        }

        if (Policy.FeeOutsideStandard != SupervisionCardTier.None
            && evidence is { FeeCharged: { } charged, Power.Fee: { } fee }
            && (fee.IsFree ? 0m : fee.Amount) is { } published
            && charged != published)
        {
            Add(ref reasons, SupervisionCardReasons.FeeOutsideStandard(Policy.FeeOutsideStandard, charged, published, fee.Standard));
        }

        return SupervisionCard.Of(reasons);
    }

    private static StepDefinition CheckArguments(CaseSnapshot snapshot, ProcedureDefinition definition, SupervisionCardEvidence evidence)
    {
        if (!string.Equals(definition.Id, snapshot.DefinitionId, StringComparison.Ordinal) || definition.Version != snapshot.DefinitionVersion)
        {
            throw new ArgumentException(
                Invariant($"The definition is '{definition.Id}' version {definition.Version}, but case '{snapshot.CaseId}' runs on '{snapshot.DefinitionId}' version {snapshot.DefinitionVersion}. 流程定义为“{definition.Id}”第{definition.Version}版，而办件“{snapshot.CaseId}”使用“{snapshot.DefinitionId}”第{snapshot.DefinitionVersion}版。"),
                nameof(definition));
        }

        if (!definition.TryGetStep(snapshot.Step, out var step))
        {
            throw new ArgumentException(
                Invariant($"Case '{snapshot.CaseId}' is at step '{snapshot.Step}', which '{definition.Id}' version {definition.Version} does not define. 办件“{snapshot.CaseId}”所在环节“{snapshot.Step}”在该流程定义中不存在。"),
                nameof(snapshot));
        }

        if (evidence.ClosingEvent is { } closing && (!string.Equals(closing.CaseId, snapshot.CaseId, StringComparison.Ordinal) || closing.Sequence != snapshot.Version))
        {
            throw new ArgumentException(
                Invariant($"The closing event is event {closing.Sequence} of case '{closing.CaseId}', but the last event of case '{snapshot.CaseId}' is event {snapshot.Version}. 所给办结记录为办件“{closing.CaseId}”第{closing.Sequence}条，而办件“{snapshot.CaseId}”的最后一条记录为第{snapshot.Version}条。"),
                nameof(evidence));
        }

        if (evidence.Power is { } power && power.Code != snapshot.PowerCode)
        {
            throw new ArgumentException(
                Invariant($"The power is {power.Code}, but case '{snapshot.CaseId}' exercises {snapshot.PowerCode}. 所给权力事项为{power.Code}，而办件“{snapshot.CaseId}”行使的是{snapshot.PowerCode}。"),
                nameof(evidence));
        }

        if (evidence.FeeCharged is { } charged && (charged < 0m || evidence.Power is null))
        {
            throw new ArgumentException(
                charged < 0m
                    ? Invariant($"The fee charged must be 0 or more; {charged} is not allowed. 所收费用须不小于0，不能为{charged}。")
                    : "The fee charged needs the power whose published fee it is compared with (SupervisionCardEvidence.Power). 比对收费须同时提供权力事项（SupervisionCardEvidence.Power）。",
                nameof(evidence));
        }

        return step;
    }

    private static void Add(ref List<SupervisionCardReason>? reasons, SupervisionCardReason reason) => (reasons ??= []).Add(reason);

    private static string Invariant(FormattableString text) => FormattableString.Invariant(text);

    private void CommittedLateness(CaseSnapshot snapshot, TimeLimit definitionLimit, bool counts, DeadlineStatus committed, LocalDate today, ref List<SupervisionCardReason>? reasons)
    {
        var clock = snapshot.CommittedClock;
        var percent = Policy.YellowCardPercent;
        if (committed.State == DeadlineState.Warning)
        {
            Add(ref reasons, SupervisionCardReasons.NearCommittedLimit(committed));
        }

        // The common case, a running clock within its limit under the default yellow share, needs no further reading.
        var passed = false;
        LocalDate day = default;
        LocalDate threshold = default;
        if (!(percent == 100 && committed.State is DeadlineState.OnTime or DeadlineState.Warning))
        {
            (day, threshold) = Judge(snapshot, clock, definitionLimit, counts, committed, today, percent);
            passed = snapshot.IsClosed ? committed.State == DeadlineState.FinishedLate || (percent < 100 && day > threshold) : day > threshold;
        }

        if (!passed)
        {
            if (!snapshot.IsClosed && clock.LateStops > 0)
            {
                Add(ref reasons, SupervisionCardReasons.EarlierPeriodLate(clock.Start));
            }

            return;
        }

        var closed = snapshot.IsClosed ? snapshot.Closed : null;
        Add(ref reasons, SupervisionCardReasons.CommittedLimitPassed(committed.Limit, percent, threshold, closed));
        var deadline = Calendar.DueDateRange(threshold, Policy.SupervisionLimit).Latest;
        if (day > deadline)
        {
            Add(ref reasons, SupervisionCardReasons.SupervisionDeadlinePassed(Policy.SupervisionLimit, threshold, deadline, closed));
        }
    }

    private void LegalLateness(CaseSnapshot snapshot, TimeLimit legalLimit, bool statutory, bool counts, DeadlineStatus legal, LocalDate today, ref List<SupervisionCardReason>? reasons)
    {
        bool passed;
        LocalDate due;
        if (snapshot.IsClosed)
        {
            passed = legal.State == DeadlineState.FinishedLate;
            due = legal.DueDateRange.Latest;
        }
        else if (legal.State is DeadlineState.OnTime or DeadlineState.Warning)
        {
            return;
        }
        else
        {
            (var day, due) = Judge(snapshot, snapshot.LegalClock, legalLimit, counts, legal, today, 100);
            passed = day > due;
        }

        if (passed)
        {
            Add(ref reasons, SupervisionCardReasons.LegalLimitPassed(legal.Limit, due, snapshot.Closed, statutory));
        }
    }

    private void StepLateness(CaseSnapshot snapshot, StepDefinition step, LocalDate today, ref List<SupervisionCardReason>? reasons)
    {
        if (Policy.StepOverruns && step.Limit is { } limit)
        {
            var status = supervisor.StepStatus(snapshot, snapshot.CommittedClock, limit, today);
            if (status.State == DeadlineState.Overdue)
            {
                Add(ref reasons, SupervisionCardReasons.StepLimitPassed(step, status));
            }
        }

        if (step.LegalLimit is { } legalLimit)
        {
            var status = supervisor.StepStatus(snapshot, snapshot.LegalClock, legalLimit, today);
            if (status.State == DeadlineState.Overdue)
            {
                Add(ref reasons, SupervisionCardReasons.StepLegalLimitPassed(step, status));
            }
        }
    }

    /// <summary>
    /// Returns the day a clock is judged on (today; the closing day; or the day a clock standing still stopped) and the last
    /// day within <paramref name="percent"/> of its limit in force, counted as its due date is, on the latest arrangement.
    /// </summary>
    private (LocalDate Day, LocalDate Threshold) Judge(CaseSnapshot snapshot, CaseClock clock, TimeLimit definitionLimit, bool counts, DeadlineStatus status, LocalDate today, int percent)
    {
        var stopped = !snapshot.IsClosed && status.State is DeadlineState.Suspended or DeadlineState.NotCounting;
        var day = snapshot.IsClosed ? snapshot.Closed!.Value
            : status.State == DeadlineState.Suspended ? clock.SuspendedSince ?? today
            : status.State == DeadlineState.NotCounting ? (snapshot.StepEntered > clock.Start ? snapshot.StepEntered : clock.Start)
            : today;
        if (percent == 100 && !stopped)
        {
            return (day, status.DueDateRange.Latest);
        }

        // Read the clock again on the day it is judged, with its limit cut to the yellow share; a clock standing still is read
        // on the day it stopped, without the announced end of its suspension (which only projects the due date forward).
        var adjusted = clock;
        if (percent < 100)
        {
            var limit = CaseSupervisor.EffectiveLimit(clock, definitionLimit);
            TimeLimit share;
            if (limit.Kind == TimeLimitKind.EndOfQuarter)
            {
                // A quarter limit's share is a share of the natural days from the start to the quarter's end.
                var end = WorkingCalendarExtensions.QuarterEnd(clock.Start, limit.Days) ?? clock.Start;
                share = TimeLimit.NaturalDays((int)Math.Min(TimeLimit.MaxDays, (long)Period.DaysBetween(clock.Start, end) * percent / 100));
            }
            else
            {
                share = limit.WithDays((long)limit.Days * percent / 100);
            }

            adjusted = clock with { Limit = share, Extension = null, SuspendedUntil = stopped ? null : clock.SuspendedUntil };
        }
        else if (clock.SuspendedUntil is not null)
        {
            adjusted = clock with { SuspendedUntil = null };
        }

        return (day, supervisor.ClockStatus(snapshot, adjusted, definitionLimit, day, counts).DueDateRange.Latest);
    }
}
