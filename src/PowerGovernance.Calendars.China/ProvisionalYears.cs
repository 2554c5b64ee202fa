using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using NodaTime;
using NodaTime.Text;

namespace PowerGovernance.Calendars.China;

/// <summary>
/// Builds the years after the published arrangements from the holiday law (依法推算待公布年度): the statutory
/// holidays, which are certain; the days near them that the notice may change, which are not; and a most
/// likely arrangement following the notices' usual pattern.
/// </summary>
internal static class ProvisionalYears
{
    private static readonly LocalDatePattern Iso = LocalDatePattern.Iso;

    internal static ProvisionalWorkingCalendar Build(
        string id,
        WorkingCalendar published,
        IReadOnlyList<CalendarYearProvenance> publishedProvenance,
        ProvisionalCalendarOptions options)
    {
        var publishedEnd = published.Coverage.End;
        var lastYear = Math.Min(options.LastYear, HolidayLawVersion.LastYear);
        if (lastYear < publishedEnd.Year || (lastYear == publishedEnd.Year && publishedEnd.Month == 12 && publishedEnd.Day == 31))
        {
            throw new ArgumentOutOfRangeException(
                nameof(options),
                lastYear,
                string.Create(CultureInfo.InvariantCulture, $"The last provisional year {lastYear} must be after the published data, which ends on {Iso.Format(publishedEnd)}. 推算的最后年度{lastYear}须晚于已公布数据的截止日{Iso.Format(publishedEnd)}。"));
        }

        var end = new LocalDate(lastYear, 12, 31);
        var first = publishedEnd.PlusDays(1);

        // Statutory days from the published data's last year (its late December may be changed by the next
        // notice) to the year after the last provisional one (its 1 January shapes late December).
        var statutory = new SortedDictionary<LocalDate, StatutoryDay>();
        for (var year = Math.Max(HolidayLawVersion.FirstYear, publishedEnd.Year); year <= Math.Min(HolidayLawVersion.LastYear, lastYear + 1); year++)
        {
            foreach (var day in HolidayLawVersion.InForceIn(year).StatutoryDays(year))
            {
                statutory.TryAdd(day.Date, day);
            }
        }

        var likely = MostLikely(published, first, end, statutory);
        var uncertain = UncertainDays(published, likely, first, end, statutory, options);
        var provenance = publishedProvenance.Concat(
            Enumerable.Range(first.Year, lastYear - first.Year + 1)
                .Select(y => new CalendarYearProvenance(y, CalendarProvenanceKind.Provisional, HolidayLawVersion.InForceIn(y).ToString())))
            .ToArray();
        return ProvisionalWorkingCalendar.Create(id, likely, published.Coverage, uncertain, provenance);
    }

    private static WorkingCalendar MostLikely(WorkingCalendar published, LocalDate first, LocalDate end, SortedDictionary<LocalDate, StatutoryDay> statutory)
    {
        var plan = new ArrangementPlan(first, end);
        foreach (var day in statutory.Values)
        {
            plan.Statutory(day);
        }

        // Golden weeks and long blocks first, as the notices have set them since 2020; then the single-day
        // festivals joined to the weekend.
        foreach (var cluster in Clusters(statutory.Values))
        {
            plan.Arrange(cluster);
        }

        var builder = new WorkingCalendarBuilder(published.Id).WithCoverage(first, end);
        if (published.Name is { } name)
        {
            builder.WithName(name);
        }

        plan.WriteTo(builder);
        var provisional = builder.Build();
        var combined = WorkingCalendar.Combine(published.Id, published.Name, [published, provisional]);
        return combined.WithStatutoryHolidays(
            statutory.Values.Where(d => d.Date >= first && d.Date <= end).Select(d => new KeyValuePair<LocalDate, HolidayName>(d.Date, d.Name)));
    }

    private static List<ProvisionalDay> UncertainDays(
        WorkingCalendar published,
        WorkingCalendar likely,
        LocalDate first,
        LocalDate end,
        SortedDictionary<LocalDate, StatutoryDay> statutory,
        ProvisionalCalendarOptions options)
    {
        var days = new List<ProvisionalDay>();
        var dates = statutory.Keys.ToArray();
        var reach = Math.Max(options.WeekdayWindowDays, options.WeekendWindowDays);
        var from = first.PlusDays(-reach) < published.Coverage.Start ? published.Coverage.Start : first.PlusDays(-reach);
        for (var day = from; day <= end; day = day.PlusDays(1))
        {
            if (statutory.ContainsKey(day))
            {
                continue;
            }

            var isPublished = day < first;
            if (isPublished && published.GetDayType(day) is not (DayType.WorkingWeekday or DayType.Weekend))
            {
                // A day a published notice already set stays as published.
                continue;
            }

            var nearest = Nearest(dates, day);
            if (nearest is not { } near)
            {
                continue;
            }

            if (isPublished && near.Year == day.Year)
            {
                // Only the next year's notice can still change a published year's days.
                continue;
            }

            var distance = Math.Abs(Period.DaysBetween(day, near));
            var weekend = day.DayOfWeek is IsoDayOfWeek.Saturday or IsoDayOfWeek.Sunday;
            var window = weekend ? options.WeekendWindowDays : options.WeekdayWindowDays;
            var changedByModel = !isPublished && likely.GetDayType(day) is DayType.Holiday or DayType.MakeUpWorkingDay;
            if (distance > window && !changedByModel)
            {
                continue;
            }

            var holiday = statutory[near].Name;
            var text = Iso.Format(day);
            days.Add(weekend
                ? new ProvisionalDay(
                    day,
                    holiday,
                    string.Create(CultureInfo.InvariantCulture, $"{day.DayOfWeek} {text} is {distance} day(s) from {holiday.English} ({Iso.Format(near)}); the {near.Year} notice may make it a working day (调休) or leave it a rest day."),
                    string.Create(CultureInfo.InvariantCulture, $"{text}（周末）距{holiday.Chinese}（{Iso.Format(near)}）{distance}天，{near.Year}年放假通知可能将其调为上班日，也可能仍为休息日。"))
                : new ProvisionalDay(
                    day,
                    holiday,
                    string.Create(CultureInfo.InvariantCulture, $"{day.DayOfWeek} {text} is {distance} day(s) from {holiday.English} ({Iso.Format(near)}); the {near.Year} notice may give it as a rest day (调休或补假) or leave it a working day."),
                    string.Create(CultureInfo.InvariantCulture, $"{text}（工作日）距{holiday.Chinese}（{Iso.Format(near)}）{distance}天，{near.Year}年放假通知可能将其调为休息日（调休或补假），也可能仍为工作日。")));
        }

        return days;
    }

    private static LocalDate? Nearest(LocalDate[] dates, LocalDate day)
    {
        var index = Array.BinarySearch(dates, day);
        if (index >= 0)
        {
            return dates[index];
        }

        index = ~index;
        LocalDate? before = index > 0 ? dates[index - 1] : null;
        LocalDate? after = index < dates.Length ? dates[index] : null;
        if (before is null)
        {
            return after;
        }

        if (after is null)
        {
            return before;
        }

        return Period.DaysBetween(before.Value, day) <= Period.DaysBetween(day, after.Value) ? before : after;
    }

    private static IEnumerable<List<StatutoryDay>> Clusters(IEnumerable<StatutoryDay> days)
    {
        List<StatutoryDay>? current = null;
        foreach (var day in days)
        {
            if (current is not null && (current[^1].Festival == day.Festival || Period.DaysBetween(current[^1].Date, day.Date) <= 3))
            {
                current.Add(day);
                continue;
            }

            if (current is not null)
            {
                yield return current;
            }

            current = [day];
        }

        if (current is not null)
        {
            yield return current;
        }
    }
}
