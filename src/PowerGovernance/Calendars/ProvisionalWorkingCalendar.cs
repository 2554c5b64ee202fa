using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using NodaTime;
using PowerGovernance.Internal;
using PowerGovernance.Validation;

namespace PowerGovernance.Calendars;

/// <summary>
/// A working calendar with provisional years (含待公布年度的工作日历): a most likely arrangement, the days on
/// which the unpublished notice may differ from it, and the earliest and latest calendars those days allow.
/// Every query and every working-day calculation stays O(1) and allocation-free.
/// </summary>
/// <remarks>
/// Built with <see cref="Create"/> from the most likely calendar and the uncertain days. An uncertain weekday
/// is a working day on <see cref="Earliest"/> and a rest day on <see cref="Latest"/>; an uncertain weekend day
/// is a make-up working day on <see cref="Earliest"/> and a rest day on <see cref="Latest"/>. Every other day
/// is the same on all three. Immutable and safe to share between threads.
/// </remarks>
public sealed class ProvisionalWorkingCalendar : IProvisionalWorkingCalendar
{
    private readonly WorkingCalendar mostLikely;
    private readonly WorkingCalendar earliest;
    private readonly WorkingCalendar latest;
    private readonly int[] unpublishedThrough;
    private readonly int[] uncertainThrough;
    private readonly Dictionary<LocalDate, ProvisionalDay> uncertain;
    private readonly Lazy<CalendarIdentity> identity;

    private ProvisionalWorkingCalendar(
        string id,
        WorkingCalendar mostLikely,
        WorkingCalendar earliest,
        WorkingCalendar latest,
        DateInterval published,
        Dictionary<LocalDate, ProvisionalDay> uncertain,
        IReadOnlyList<CalendarYearProvenance> provenance)
    {
        Id = id;
        this.mostLikely = mostLikely;
        this.earliest = earliest;
        this.latest = latest;
        PublishedCoverage = published;
        this.uncertain = uncertain;
        Provenance = ImmutableLists.Of(provenance);
        var coverage = mostLikely.Coverage;
        unpublishedThrough = new int[coverage.Length];
        uncertainThrough = new int[coverage.Length];
        var unpublished = 0;
        var open = 0;
        var day = coverage.Start;
        for (var i = 0; i < coverage.Length; i++, day = IsoDates.NextOrNull(day) ?? day)
        {
            if (!published.Contains(day))
            {
                unpublished++;
            }

            if (uncertain.ContainsKey(day))
            {
                open++;
            }

            unpublishedThrough[i] = unpublished;
            uncertainThrough[i] = open;
        }

        identity = new Lazy<CalendarIdentity>(() => CalendarIdentity.Of(this));
    }

    /// <inheritdoc />
    public string Id { get; }

    /// <inheritdoc />
    public DateInterval Coverage => mostLikely.Coverage;

    /// <inheritdoc />
    public CalendarIdentity Identity => identity.Value;

    /// <inheritdoc />
    public DateInterval PublishedCoverage { get; }

    /// <summary>Gets the most likely arrangement (最可能安排), the calendar the <see cref="IWorkingCalendar"/> members answer from.</summary>
    public WorkingCalendar MostLikely => mostLikely;

    /// <inheritdoc />
    public IWorkingCalendar Earliest => earliest;

    /// <inheritdoc />
    public IWorkingCalendar Latest => latest;

    /// <inheritdoc />
    public IReadOnlyList<CalendarYearProvenance> Provenance { get; }

    /// <summary>Gets the uncertain days, in date order.</summary>
    public IReadOnlyList<ProvisionalDay> UncertainDays => ImmutableLists.Of(uncertain.Values.OrderBy(d => d.Date));

    /// <summary>
    /// Creates a calendar with provisional years from its most likely arrangement and the days on which the
    /// unpublished arrangement may differ.
    /// </summary>
    /// <param name="id">The calendar's identifier, e.g. <c>cn-china</c>.</param>
    /// <param name="mostLikely">The most likely arrangement over the whole coverage (published days included).</param>
    /// <param name="publishedCoverage">The published dates: a range at the start of the coverage.</param>
    /// <param name="uncertainDays">The uncertain days; each inside the coverage, listed once, and neither a statutory holiday nor a local holiday.</param>
    /// <param name="provenance">Where each year comes from.</param>
    /// <returns>The calendar.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="InvalidCalendarException">The data breaks a rule; every problem is reported.</exception>
    public static ProvisionalWorkingCalendar Create(
        string id,
        WorkingCalendar mostLikely,
        DateInterval publishedCoverage,
        IEnumerable<ProvisionalDay> uncertainDays,
        IEnumerable<CalendarYearProvenance> provenance)
    {
        Preconditions.CheckNotNull(id);
        Preconditions.CheckNotNull(mostLikely);
        Preconditions.CheckNotNull(publishedCoverage);
        Preconditions.CheckNotNull(uncertainDays);
        Preconditions.CheckNotNull(provenance);
        var problems = new List<Finding>();
        var iso = NodaTime.Text.LocalDatePattern.Iso;
        var coverage = mostLikely.Coverage;
        if (string.IsNullOrWhiteSpace(id))
        {
            problems.Add(Finding.Error(CalendarRuleCodes.IdRequired, "calendar", null, "The calendar needs an identifier, e.g. 'cn-china'.", "日历需要标识，例如“cn-china”。"));
        }

        if (publishedCoverage.Start != coverage.Start || !coverage.Contains(publishedCoverage.End))
        {
            problems.Add(Finding.Error(
                CalendarRuleCodes.OutsideCoverage,
                "publishedCoverage",
                publishedCoverage.ToString(),
                "The published dates must start where the calendar's coverage starts and end inside it (" + coverage + ").",
                "已公布范围须从日历覆盖范围起点开始并位于其中（" + coverage + "）。"));
        }

        var byDate = new Dictionary<LocalDate, ProvisionalDay>();
        var index = 0;
        foreach (var day in uncertainDays)
        {
            var field = string.Create(CultureInfo.InvariantCulture, $"uncertainDays[{index++}]");
            if (day is null)
            {
                problems.Add(Finding.Error(CalendarRuleCodes.Syntax, field, null, "An uncertain day is missing (null).", "待定日期缺失。"));
                continue;
            }

            var text = iso.Format(day.Date);
            if (!coverage.Contains(day.Date))
            {
                problems.Add(Finding.Error(CalendarRuleCodes.OutsideCoverage, field, text, "The uncertain day lies outside the calendar's coverage " + coverage + ".", "待定日期不在日历覆盖范围" + coverage + "内。"));
                continue;
            }

            if (!byDate.TryAdd(day.Date, day))
            {
                problems.Add(Finding.Error(CalendarRuleCodes.DuplicateUncertainDay, field, text, "The day is listed as uncertain more than once.", "待定日期重复。"));
                continue;
            }

            if (mostLikely.GetDayType(day.Date) == DayType.StatutoryHoliday)
            {
                problems.Add(Finding.Error(CalendarRuleCodes.StatutoryDayUncertain, field, text, "A statutory holiday is fixed by law and cannot be uncertain.", "法定节假日由法律确定，不能列为待定日期。"));
            }
        }

        if (problems.Count > 0)
        {
            throw new InvalidCalendarException(string.IsNullOrWhiteSpace(id) ? null : id, problems);
        }

        var length = coverage.Length;
        var likelyTypes = new DayType[length];
        var earlyTypes = new DayType[length];
        var lateTypes = new DayType[length];
        var likelyNames = new HolidayName?[length];
        var earlyNames = new HolidayName?[length];
        var lateNames = new HolidayName?[length];
        var weekend = mostLikely.WeekendDays;
        var date = coverage.Start;
        for (var i = 0; i < length; i++, date = IsoDates.NextOrNull(date) ?? date)
        {
            var type = mostLikely.GetDayType(date);
            var name = mostLikely.GetHolidayName(date);
            likelyTypes[i] = earlyTypes[i] = lateTypes[i] = type;
            likelyNames[i] = earlyNames[i] = lateNames[i] = name;
            if (!byDate.TryGetValue(date, out var open))
            {
                continue;
            }

            var isWeekend = weekend.Contains(date.DayOfWeek);
            if (type is DayType.WorkingWeekday or DayType.MakeUpWorkingDay)
            {
                lateTypes[i] = isWeekend ? DayType.Weekend : DayType.Holiday;
                lateNames[i] = isWeekend ? null : open.NearHoliday;
            }
            else
            {
                earlyTypes[i] = isWeekend ? DayType.MakeUpWorkingDay : DayType.WorkingWeekday;
                earlyNames[i] = isWeekend ? open.NearHoliday : null;
            }
        }

        var sources = mostLikely.Sources;
        var likely = new WorkingCalendar(id, mostLikely.Name, coverage, weekend, likelyTypes, likelyNames, null, null, sources);
        var early = new WorkingCalendar(id + "-earliest", mostLikely.Name, coverage, weekend, earlyTypes, earlyNames, null, null, sources);
        var late = new WorkingCalendar(id + "-latest", mostLikely.Name, coverage, weekend, lateTypes, lateNames, null, null, sources);
        return new ProvisionalWorkingCalendar(id, likely, early, late, publishedCoverage, byDate, provenance.ToArray());
    }

    /// <summary>
    /// Returns this calendar with a local overlay (本地调整) applied to its most likely arrangement, e.g. a county's
    /// own holiday: the result stays provisional, and a day the overlay sets is no longer uncertain.
    /// </summary>
    /// <param name="overlayId">The overlaid calendar's identifier.</param>
    /// <param name="overlay">Adds the local holidays and make-up working days to a builder over <see cref="MostLikely"/>.</param>
    /// <returns>The overlaid calendar.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="InvalidCalendarException">The overlay breaks a rule; every problem is reported.</exception>
    public ProvisionalWorkingCalendar WithOverlay(string overlayId, Action<WorkingCalendarBuilder> overlay)
    {
        Preconditions.CheckNotNull(overlayId);
        Preconditions.CheckNotNull(overlay);
        var builder = WorkingCalendarBuilder.OverlayOn(mostLikely, overlayId);
        overlay(builder);
        var local = builder.Build();
        var stillOpen = uncertain.Values.Where(d => local.GetDayType(d.Date) == mostLikely.GetDayType(d.Date)).ToArray();
        return Create(overlayId, local, PublishedCoverage, stillOpen, Provenance);
    }

    /// <inheritdoc />
    public bool IsWorkingDay(LocalDate date) => mostLikely.IsWorkingDay(date);

    /// <inheritdoc />
    public DayType GetDayType(LocalDate date) => mostLikely.GetDayType(date);

    /// <inheritdoc />
    public HolidayName? GetHolidayName(LocalDate date) => mostLikely.GetHolidayName(date);

    /// <inheritdoc />
    public LocalDate AddWorkingDays(LocalDate start, int count) => mostLikely.AddWorkingDays(start, count);

    /// <inheritdoc />
    public int CountWorkingDays(LocalDate start, LocalDate end) => mostLikely.CountWorkingDays(start, end);

    /// <inheritdoc />
    public LocalDate NextWorkingDay(LocalDate date) => mostLikely.AddWorkingDays(date, 1);

    /// <inheritdoc />
    public LocalDate PreviousWorkingDay(LocalDate date) => mostLikely.AddWorkingDays(date, -1);

    /// <inheritdoc />
    public DayCertainty GetCertainty(LocalDate date)
    {
        var index = mostLikely.IndexOf(date, nameof(date));
        if (uncertainThrough[index] != (index == 0 ? 0 : uncertainThrough[index - 1]))
        {
            return DayCertainty.Uncertain;
        }

        return unpublishedThrough[index] != (index == 0 ? 0 : unpublishedThrough[index - 1]) ? DayCertainty.Certain : DayCertainty.Published;
    }

    /// <inheritdoc />
    public ProvisionalDay? GetUncertainty(LocalDate date)
    {
        mostLikely.IndexOf(date, nameof(date));
        return uncertain.TryGetValue(IsoDates.ToIso(date), out var day) ? day : null;
    }

    /// <inheritdoc />
    public int CountUnpublishedDays(LocalDate start, LocalDate end) =>
        Math.Max(0, unpublishedThrough[mostLikely.IndexOf(end, nameof(end))] - unpublishedThrough[mostLikely.IndexOf(start, nameof(start))]);

    /// <inheritdoc />
    public int CountUncertainDays(LocalDate start, LocalDate end) =>
        Math.Max(0, uncertainThrough[mostLikely.IndexOf(end, nameof(end))] - uncertainThrough[mostLikely.IndexOf(start, nameof(start))]);

    /// <summary>Returns <c>Id</c>, coverage and published coverage.</summary>
    /// <returns>A short description.</returns>
    public override string ToString() => Id + " " + Coverage + " (published " + PublishedCoverage + ")";
}
