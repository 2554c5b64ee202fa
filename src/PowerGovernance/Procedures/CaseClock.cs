using NodaTime;
using PowerGovernance.Calendars;

namespace PowerGovernance.Procedures;

/// <summary>
/// The state of one of a case's two clocks (计时状态), the legal one (法定时限) or the committed one
/// (承诺时限): when counting started, whether and since when it is suspended, how many days finished
/// suspensions took (for the case and for the current step), and the extension granted, if any.
/// </summary>
/// <remarks>
/// Suspended days are counted in the kind of the clock's limit (working days for a working-day limit):
/// for a suspension from day S to day R, the days in (S, R].
/// </remarks>
/// <param name="Start">The day counting starts from (not counted itself): the day of receipt, of acceptance (受理), of a restart, or of the start of a new period.</param>
/// <param name="SuspendedSince">The day the current suspension began, or <see langword="null"/> when running.</param>
/// <param name="SuspensionCause">The cause of the current suspension, or <see langword="null"/>.</param>
/// <param name="SuspendedDays">Days since <paramref name="Start"/> that do not count: finished suspensions, and time spent in steps left since whose time does not count toward the case limit.</param>
/// <param name="StepSuspendedDays">Days of finished suspensions since the current step was entered.</param>
/// <param name="Extension">The extension granted (at most once), or <see langword="null"/>.</param>
[System.Text.Json.Serialization.JsonConverter(typeof(PowerGovernance.Internal.Json.CaseClockJsonConverter))]
public sealed record CaseClock(LocalDate Start, LocalDate? SuspendedSince, string? SuspensionCause, int SuspendedDays, int StepSuspendedDays, TimeLimit? Extension)
{
    /// <summary>
    /// Gets the limit of the period the clock counts, before any extension; <see langword="null"/> for the
    /// procedure definition's case limit (a snapshot written before clocks carried their limit). A trigger that
    /// starts a new period (分段计时, e.g. the county's 15 days after the township's 10) sets it.
    /// </summary>
    public TimeLimit? Limit { get; init; }

    /// <summary>
    /// Gets the day the current suspension is expected to end, as the applicant was told in writing
    /// (《行政许可法》第四十五条：将所需时间书面告知申请人), or <see langword="null"/> when not stated.
    /// </summary>
    public LocalDate? SuspendedUntil { get; init; }

    /// <summary>Gets the day the extension was approved (批准延长之日), or <see langword="null"/> when not extended.</summary>
    public LocalDate? ExtendedOn { get; init; }

    /// <summary>
    /// Gets how many times the clock stopped counting after its due date (超期后停止计时的次数): the case left a counted step
    /// for one whose time does not count, ended, or began a new period (分段计时) when its time was already over. A case
    /// whose township period overran is late even when the county decides within its own period; a finished case is
    /// judged by this count, fixed on the day the clock stopped, so that a natural-day period rolled past rest days
    /// is not undone by uncounted days that follow it.
    /// </summary>
    public int LateStops { get; init; }

    /// <summary>Gets whether the clock is suspended.</summary>
    public bool IsSuspended => SuspendedSince is not null;

    /// <summary>Gets whether the limit has been extended.</summary>
    public bool IsExtended => Extension is not null;

    /// <summary>A clock that starts counting on <paramref name="date"/> against <paramref name="limit"/>.</summary>
    internal static CaseClock StartOn(LocalDate date, TimeLimit limit) => new(date, null, null, 0, 0, null) { Limit = limit };

    /// <summary>This clock stopped on <paramref name="date"/> for <paramref name="cause"/>, expected to run again after <paramref name="until"/> (中止计时).</summary>
    internal CaseClock SuspendOn(LocalDate date, string cause, LocalDate? until) =>
        this with { SuspendedSince = date, SuspensionCause = cause, SuspendedUntil = until };

    /// <summary>
    /// This clock running again on <paramref name="date"/> (恢复计时): the days of the suspension, counted in
    /// <paramref name="kind"/> on <paramref name="calendar"/>, are added to the uncounted days of the case and of the step.
    /// </summary>
    internal CaseClock ResumeOn(IWorkingCalendar calendar, LocalDate date, TimeLimitKind kind)
    {
        var since = SuspendedSince ?? date;
        var days = System.Math.Max(0, calendar.CountDays(kind, since, date));
        return this with { SuspendedSince = null, SuspensionCause = null, SuspendedUntil = null, SuspendedDays = SuspendedDays + days, StepSuspendedDays = StepSuspendedDays + days };
    }

    /// <summary>This clock extended once by <paramref name="by"/>, approved on <paramref name="date"/> (延长期限).</summary>
    internal CaseClock ExtendOn(LocalDate date, TimeLimit? by) => this with { Extension = by, ExtendedOn = date };

    /// <summary>
    /// This clock counted again from <paramref name="date"/> (重新计算), keeping its limit, extension and late stops; the
    /// clock itself when it already is that (an acceptance on the day of receipt, before anything stopped it).
    /// </summary>
    internal CaseClock RestartOn(LocalDate date) =>
        Start == date && SuspendedSince is null && SuspensionCause is null && SuspendedUntil is null && SuspendedDays == 0 && StepSuspendedDays == 0
            ? this
            : new CaseClock(date, null, null, 0, 0, Extension) { Limit = Limit, ExtendedOn = ExtendedOn, LateStops = LateStops };

    /// <summary>A new period starting on <paramref name="date"/> with <paramref name="limit"/> (新的办理期间), keeping the late stops.</summary>
    internal CaseClock StartPeriodOn(LocalDate date, TimeLimit limit) => new(date, null, null, 0, 0, null) { Limit = limit, LateStops = LateStops };

    /// <summary>This clock with <paramref name="days"/> more days that do not count (a step outside the case limit).</summary>
    internal CaseClock WithUncountedDays(int days) => days == 0 ? this : this with { SuspendedDays = SuspendedDays + days };

    /// <summary>This clock with one more stop past its due date (超期办结).</summary>
    internal CaseClock StoppedLate() => this with { LateStops = LateStops + 1 };

    /// <summary>This clock entering a new step: the step's own uncounted days start again from zero.</summary>
    internal CaseClock EnteringStep() => StepSuspendedDays == 0 ? this : this with { StepSuspendedDays = 0 };
}
