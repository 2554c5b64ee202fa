using System;
using System.Collections.Generic;
using System.Globalization;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using NodaTime;
using NodaTime.Text;
using PowerGovernance.Calendars;
using PowerGovernance.Internal;
using PowerGovernance.Procedures;

namespace PowerGovernance.Supervision;

/// <summary>
/// A health check on the working calendar deadlines are counted on (工作日历健康检查): it turns degraded before the
/// published holiday arrangements run out, and unhealthy once the calendar does not know today.
/// </summary>
/// <remarks>
/// <para>
/// Today is the date of the clock's instant in <see cref="Zone"/>. The published dates are
/// <see cref="IProvisionalWorkingCalendar.PublishedCoverage"/> for a calendar with provisional years, and
/// <see cref="IWorkingCalendar.Coverage"/> otherwise. The status is:
/// </para>
/// <list type="bullet">
/// <item><description><see cref="HealthStatus.Unhealthy"/> (or the registration's failure status) when today is outside the
/// calendar's coverage: every clock read today fails (the board reports every open case as unreadable).</description></item>
/// <item><description><see cref="HealthStatus.Degraded"/> when the published dates end at most
/// <see cref="CalendarHealthCheckOptions.Warning"/> after today (or already ended, on a calendar that continues
/// with provisional days), or when the due date of a case received today under any of the <see cref="Horizons"/> lies after
/// the published dates (on provisional days, or outside the calendar, where it cannot be counted).</description></item>
/// <item><description><see cref="HealthStatus.Healthy"/> otherwise.</description></item>
/// </list>
/// <para>
/// The description is in English followed by Simplified Chinese. <see cref="HealthCheckResult.Data"/> holds:
/// <c>calendarId</c> (string), <c>today</c>, <c>coverageEnd</c> and <c>publishedEnd</c> (ISO dates as strings),
/// <c>daysLeft</c> (int: days from today to the published end, negative once it has passed), <c>provisional</c> (bool: the
/// calendar continues past its published dates); and, when today is covered, <c>horizon</c> (the longest horizon, e.g.
/// <c>20 working days</c>), <c>horizonBeyondPublished</c> (bool) and, when the calendar can count it, <c>horizonEnd</c>
/// (ISO date).
/// </para>
/// <para>
/// <c>AddPowerGovernance</c> registers the check as a singleton on the kernel's calendar and clock. The health-check
/// builder is not in the abstractions package the kernel uses; with package Microsoft.Extensions.Diagnostics.HealthChecks
/// (part of ASP.NET Core) a host adds it with
/// <c>services.AddHealthChecks().AddCheck&lt;CalendarHealthCheck&gt;(CalendarHealthCheck.Name)</c>. Thread-safe.
/// </para>
/// </remarks>
public sealed class CalendarHealthCheck : IHealthCheck
{
    /// <summary>The name to register the check under: <c>powergovernance-calendar</c>.</summary>
    public const string Name = "powergovernance-calendar";

    private static readonly LocalDatePattern Iso = LocalDatePattern.Iso;
    private readonly IClock clock;
    private readonly IWorkingCalendar? underlying;

    /// <summary>Creates a check on <paramref name="calendar"/>.</summary>
    /// <param name="calendar">The office's calendar deadlines are counted on, with the zone whose dates count.</param>
    /// <param name="clock">The host's clock.</param>
    /// <param name="options">The options; <see cref="CalendarHealthCheckOptions.Default"/> when <see langword="null"/>. Without a
    /// horizon in the options, the horizon is <see cref="CalendarHealthCheckOptions.DefaultHorizon"/>.</param>
    /// <exception cref="ArgumentNullException"><paramref name="calendar"/> or <paramref name="clock"/> is null.</exception>
    public CalendarHealthCheck(OfficeCalendar calendar, IClock clock, CalendarHealthCheckOptions? options)
        : this(Preconditions.CheckNotNull(calendar), null, clock, options, null)
    {
    }

    /// <summary>
    /// Creates a check on the engine's calendar, in the engine's zone. Without a horizon in the options, the horizons are the
    /// longest committed limits (承诺时限) of the engine's definitions: the longest in working days and the longest in natural
    /// days; <see cref="CalendarHealthCheckOptions.DefaultHorizon"/> when the engine has no definitions.
    /// </summary>
    /// <param name="engine">The procedure engine.</param>
    /// <param name="clock">The host's clock.</param>
    /// <param name="options">The options; <see cref="CalendarHealthCheckOptions.Default"/> when <see langword="null"/>.</param>
    /// <exception cref="ArgumentNullException"><paramref name="engine"/> or <paramref name="clock"/> is null.</exception>
    public CalendarHealthCheck(ProcedureEngine engine, IClock clock, CalendarHealthCheckOptions? options)
        : this(new OfficeCalendar(Preconditions.CheckNotNull(engine).Calendar, engine.Zone), null, clock, options, engine.Definitions)
    {
    }

    /// <summary>
    /// Creates a check on <paramref name="calendar"/> whose published dates end no later than those of
    /// <paramref name="underlying"/>: the calendar a local overlay was built on, which may have provisional years the overlay
    /// does not show.
    /// </summary>
    internal CalendarHealthCheck(
        OfficeCalendar calendar,
        IWorkingCalendar? underlying,
        IClock clock,
        CalendarHealthCheckOptions? options,
        IEnumerable<ProcedureDefinition>? definitions)
    {
        Calendar = Preconditions.CheckNotNull(calendar).Calendar;
        this.clock = Preconditions.CheckNotNull(clock);
        this.underlying = underlying;
        Options = options ?? CalendarHealthCheckOptions.Default;
        Zone = calendar.Zone;
        Horizons = Options.Horizon is { } horizon ? Array.AsReadOnly([horizon]) : LongestCommitted(definitions);
    }

    /// <summary>Gets the working calendar checked.</summary>
    public IWorkingCalendar Calendar { get; }

    /// <summary>Gets the options.</summary>
    public CalendarHealthCheckOptions Options { get; }

    /// <summary>Gets the zone whose dates count.</summary>
    public DateTimeZone Zone { get; }

    /// <summary>
    /// Gets the horizons (前瞻时限): the limits whose due date, for a case received today, must lie on published days. The
    /// option's horizon, else the longest committed limits of the engine's definitions (one per kind of day), else
    /// <see cref="CalendarHealthCheckOptions.DefaultHorizon"/>.
    /// </summary>
    public IReadOnlyList<TimeLimit> Horizons { get; }

    /// <summary>Checks the calendar at the clock's current instant.</summary>
    /// <param name="context">The context; its registration's failure status replaces <see cref="HealthStatus.Unhealthy"/>.</param>
    /// <param name="cancellationToken">Not used: the check is a few O(1) calendar reads.</param>
    /// <returns>The result, with a bilingual description and the data described in the remarks.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="context"/> is null.</exception>
    public Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        Preconditions.CheckNotNull(context);

        // A context made by hand (not by the health-check service) has no registration.
        var failure = (HealthCheckRegistration?)context.Registration is { } registration ? registration.FailureStatus : HealthStatus.Unhealthy;
        return Task.FromResult(Check(failure));
    }

    private static System.Collections.ObjectModel.ReadOnlyCollection<TimeLimit> LongestCommitted(IEnumerable<ProcedureDefinition>? definitions)
    {
        var working = -1;
        var natural = -1;
        foreach (var definition in definitions ?? [])
        {
            var limit = definition.CommittedLimit;
            if (limit.Kind == TimeLimitKind.WorkingDays)
            {
                working = Math.Max(working, limit.Days);
            }
            else if (limit.Kind == TimeLimitKind.EndOfQuarter)
            {
                // A quarter limit reaches at most 92 natural days per quarter counted.
                natural = Math.Max(natural, (int)Math.Min(TimeLimit.MaxDays, (limit.Days + 1L) * 92));
            }
            else
            {
                natural = Math.Max(natural, limit.Days);
            }
        }

        var longest = new List<TimeLimit>(2);
        if (working >= 0)
        {
            longest.Add(TimeLimit.WorkingDays(working));
        }

        if (natural >= 0)
        {
            longest.Add(TimeLimit.NaturalDays(natural));
        }

        if (longest.Count == 0)
        {
            longest.Add(CalendarHealthCheckOptions.DefaultHorizon);
        }

        return longest.AsReadOnly();
    }

    private static LocalDate PublishedEnd(IWorkingCalendar calendar) =>
        calendar is IProvisionalWorkingCalendar provisional ? provisional.PublishedCoverage.End : calendar.Coverage.End;

    private static string Format(LocalDate date) => Iso.Format(date);

    private static string Number(int value) => value.ToString(CultureInfo.InvariantCulture);

    private HealthCheckResult Check(HealthStatus failure)
    {
        var today = clock.GetCurrentInstant().InZone(Zone).Date;
        var coverage = Calendar.Coverage;
        var publishedEnd = PublishedEnd(Calendar);
        if (underlying is not null && PublishedEnd(underlying) < publishedEnd)
        {
            publishedEnd = PublishedEnd(underlying);
        }

        var daysLeft = Period.DaysBetween(today, publishedEnd);
        var id = Calendar.Id;
        var data = new Dictionary<string, object>(StringComparer.Ordinal)
        {
            ["calendarId"] = id,
            ["today"] = Format(today),
            ["coverageEnd"] = Format(coverage.End),
            ["publishedEnd"] = Format(publishedEnd),
            ["daysLeft"] = daysLeft,
            ["provisional"] = publishedEnd < coverage.End,
        };

        if (!coverage.Contains(today))
        {
            var description =
                "Working calendar '" + id + "' does not cover today (" + Format(today) + "): it covers " + Format(coverage.Start) + " to " + Format(coverage.End)
                + ", so every deadline counted today fails. Load the arrangement for " + Number(today.Year) + ". "
                + "工作日历“" + id + "”未覆盖今日（" + Format(today) + "）：其覆盖范围为" + Format(coverage.Start) + "至" + Format(coverage.End)
                + "，今日计算的时限都将失败。请加载" + Number(today.Year) + "年的节假日安排。";
            return new HealthCheckResult(failure, description, null, data);
        }

        // The due date of a case received today under the longest horizon; null when it lies outside the calendar.
        var horizon = Horizons[0];
        LocalDate? horizonEnd = null;
        var beyondCoverage = false;
        foreach (var limit in Horizons)
        {
            try
            {
                var due = Calendar.DueDate(today, limit);
                if (!beyondCoverage && (horizonEnd is null || due > horizonEnd))
                {
                    horizonEnd = due;
                    horizon = limit;
                }
            }
            catch (CalendarCoverageException)
            {
                if (!beyondCoverage)
                {
                    beyondCoverage = true;
                    horizon = limit;
                    horizonEnd = null;
                }
            }
        }

        var horizonBeyond = beyondCoverage || horizonEnd > publishedEnd;
        data["horizon"] = horizon.ToString();
        data["horizonBeyondPublished"] = horizonBeyond;
        if (horizonEnd is { } end)
        {
            data["horizonEnd"] = Format(end);
        }

        var soon = daysLeft <= Options.Warning.Days;
        var english = daysLeft >= 0
            ? "Working calendar '" + id + "' is published to " + Format(publishedEnd) + ", " + Number(daysLeft) + " day(s) after today (" + Format(today) + ")"
            : "Working calendar '" + id + "' is published only to " + Format(publishedEnd) + ", " + Number(-daysLeft) + " day(s) before today (" + Format(today) + "): today's dates are provisional";
        var chinese = daysLeft >= 0
            ? "工作日历“" + id + "”已公布至" + Format(publishedEnd) + "，距今日（" + Format(today) + "）" + Number(daysLeft) + "天"
            : "工作日历“" + id + "”仅公布至" + Format(publishedEnd) + "，早于今日（" + Format(today) + "）" + Number(-daysLeft) + "天：今日的日期为暂定安排";
        if (soon && daysLeft >= 0)
        {
            english += ", within the " + Number(Options.Warning.Days) + "-day warning period";
            chinese += "，已进入" + Number(Options.Warning.Days) + "天预警期";
        }

        english += ".";
        chinese += "。";
        if (beyondCoverage)
        {
            english += " Deadlines of cases received today (" + horizon + ") reach past the calendar's coverage, which ends " + Format(coverage.End) + ": they cannot be counted.";
            chinese += "今日收件的办件时限（" + horizon.ToChineseString() + "）超出日历覆盖范围（至" + Format(coverage.End) + "），无法计算。";
        }
        else if (horizonBeyond)
        {
            english += " Deadlines of cases received today (" + horizon + ", due " + Format(horizonEnd!.Value) + ") rest on provisional days after " + Format(publishedEnd) + ".";
            chinese += "今日收件的办件时限（" + horizon.ToChineseString() + "，" + Format(horizonEnd!.Value) + "届满）落在" + Format(publishedEnd) + "之后的暂定日期上。";
        }
        else
        {
            english += " Deadlines of cases received today (" + horizon + ") end by " + Format(horizonEnd!.Value) + ".";
            chinese += "今日收件的办件时限（" + horizon.ToChineseString() + "）于" + Format(horizonEnd!.Value) + "前届满。";
        }

        var degraded = soon || horizonBeyond;
        if (degraded)
        {
            english += " Load the next published arrangement before the published dates run out.";
            chinese += "请在已公布日期用尽前加载新公布的节假日安排。";
        }

        return new HealthCheckResult(degraded ? HealthStatus.Degraded : HealthStatus.Healthy, english + " " + chinese, null, data);
    }
}
