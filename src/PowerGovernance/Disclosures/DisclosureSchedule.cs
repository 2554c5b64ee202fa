using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using NodaTime;
using PowerGovernance.Calendars;
using PowerGovernance.Internal;
using PowerGovernance.Powers;

namespace PowerGovernance.Disclosures;

/// <summary>
/// Disclosure timing (公开时限, the township's rules on open government: 公开的时限应与内容相适应): stable content long-term, routine content periodically
/// (quarterly by default), stage work by stage, temporary work immediately; a matter the public asks to be
/// disclosed within 3 days; a proposed decision open for comment at least 5 working days; every finished
/// disclosure filed. Given a catalog and a date it says what is due and by when. Pure and thread-safe.
/// </summary>
/// <remarks>
/// <para>
/// Withheld powers (<see cref="Power.IsWithheld"/>: marked confidential with a confidentiality basis) are never
/// due; a power marked confidential without a basis must be disclosed (凡无保密依据的，均要予以公开) and is
/// scheduled like any other. A long-term power is due on the day asked when
/// it was never filed as disclosed. A periodic power is due by the last day of the current period unless a
/// disclosure was filed within it. A by-stage or immediate power is due for each event not followed by a
/// filing: by-stage <see cref="DisclosureOptions.StageLimit"/> after the stage ends,
/// immediate the same day. A power disclosed on request has nothing due until a request arrives
/// (<see cref="RequestDeadline"/>).
/// </para>
/// <para>
/// "3日内" says only days, so it is natural days (counted as Civil Procedure Law Art. 85 counts periods): the day of receipt is not counted, and a
/// period whose last day is not a working day ends on the next working day. A period's last day (a quarter's
/// end) that is not a working day moves forward the same way.
/// </para>
/// </remarks>
public sealed class DisclosureSchedule
{
    private readonly OfficeCalendar office;

    /// <summary>Creates a schedule.</summary>
    /// <param name="calendar">The office's calendar: the working calendar and the zone whose midnight ends a period.</param>
    /// <param name="options">The numbers; <see cref="DisclosureOptions.Default"/> when <see langword="null"/>.</param>
    /// <exception cref="ArgumentNullException"><paramref name="calendar"/> is null.</exception>
    public DisclosureSchedule(OfficeCalendar calendar, DisclosureOptions? options = null)
    {
        office = Preconditions.CheckNotNull(calendar);
        Options = options ?? DisclosureOptions.Default;
    }

    /// <summary>Gets the working calendar.</summary>
    public IWorkingCalendar Calendar => office.Calendar;

    /// <summary>Gets the time zone whose dates count.</summary>
    public NodaTime.DateTimeZone Zone => office.Zone;

    /// <summary>Gets the numbers.</summary>
    public DisclosureOptions Options { get; }

    /// <summary>Returns the deadline for disclosing a matter the public asked about on <paramref name="received"/> (natural days, rolled forward off non-working days).</summary>
    /// <param name="received">The day the request was received (not counted).</param>
    /// <returns>The deadline.</returns>
    /// <exception cref="CalendarCoverageException">A date needed is outside the calendar's coverage.</exception>
    public Deadline RequestDeadline(LocalDate received) => office.Deadline(received, Options.RequestLimit);

    /// <summary>Returns the last day of the comment period of a decision proposed on <paramref name="published"/>; it may be decided from the next day.</summary>
    /// <param name="published">The day the proposal was published (not counted).</param>
    /// <returns>The last day of <see cref="DisclosureOptions.CommentPeriod"/> after it.</returns>
    /// <exception cref="CalendarCoverageException">A date needed is outside the calendar's coverage.</exception>
    public LocalDate CommentPeriodEnd(LocalDate published) => Calendar.DueDate(published, Options.CommentPeriod);

    /// <summary>Returns the periodic disclosure period that contains <paramref name="date"/>, both ends included.</summary>
    /// <param name="date">The date.</param>
    /// <returns>The period, e.g. 2024-01-01 to 2024-03-31 for a quarter.</returns>
    public DateInterval PeriodOf(LocalDate date)
    {
        var startMonth = ((date.Month - 1) / Options.PeriodMonths * Options.PeriodMonths) + 1;
        var start = new LocalDate(date.Year, startMonth, 1);
        return new DateInterval(start, start.PlusMonths(Options.PeriodMonths).PlusDays(-1));
    }

    /// <summary>Lists what is due for disclosure on <paramref name="date"/> and by when, in catalog order.</summary>
    /// <param name="catalog">The catalog.</param>
    /// <param name="date">The day asked about.</param>
    /// <param name="filed">The finished disclosures filed so far.</param>
    /// <param name="events">Stage ends and temporary work that call for disclosure, or <see langword="null"/>.</param>
    /// <returns>The disclosures due, overdue ones included.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="catalog"/> or <paramref name="filed"/> is null.</exception>
    /// <exception cref="CalendarCoverageException">A date needed is outside the calendar's coverage.</exception>
    public IReadOnlyList<DisclosureDue> Due(PowerCatalog catalog, LocalDate date, IEnumerable<DisclosureFiling> filed, IEnumerable<DisclosureEvent>? events = null)
    {
        Preconditions.CheckNotNull(catalog);
        var filings = Preconditions.CheckNotNull(filed).Where(f => f is not null).ToArray();
        var happened = (events ?? []).Where(e => e is not null && e.Occurred <= date).ToArray();
        Calendar.GetDayType(date);
        var due = new List<DisclosureDue>();
        foreach (var power in catalog.Powers.Where(p => !p.IsWithheld))
        {
            var timing = power.Disclosure?.Timing ?? DisclosureTiming.LongTerm;
            var mine = filings.Where(f => f.Power == power.Code).ToArray();
            switch (timing)
            {
                case DisclosureTiming.LongTerm when mine.Length == 0:
                    due.Add(new DisclosureDue(power.Code, power.Name, timing, date, "长期公开，尚未公开"));
                    break;
                case DisclosureTiming.Periodic:
                    var period = PeriodOf(date);
                    if (!mine.Any(f => period.Contains(f.DisclosedOn)))
                    {
                        due.Add(new DisclosureDue(power.Code, power.Name, timing, WorkingDayOnOrAfter(period.End), string.Create(CultureInfo.InvariantCulture, $"{date.Year}年第{((date.Month - 1) / Options.PeriodMonths) + 1}期定期公开")));
                    }

                    break;
                case DisclosureTiming.ByStage or DisclosureTiming.Immediate:
                    foreach (var e in happened.Where(e => e.Power == power.Code && !mine.Any(f => f.DisclosedOn >= e.Occurred)))
                    {
                        var by = timing == DisclosureTiming.ByStage ? Calendar.DueDate(e.Occurred, Options.StageLimit) : e.Occurred;
                        due.Add(new DisclosureDue(power.Code, power.Name, timing, by, (timing == DisclosureTiming.ByStage ? "阶段性公开：" : "即时公开：") + e.Description));
                    }

                    break;
                default:
                    break;
            }
        }

        return due;
    }

    private LocalDate WorkingDayOnOrAfter(LocalDate date) => Calendar.IsWorkingDay(date) ? date : Calendar.NextWorkingDay(date);
}
