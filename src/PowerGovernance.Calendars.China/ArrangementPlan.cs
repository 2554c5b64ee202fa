using System;
using System.Collections.Generic;
using System.Linq;
using NodaTime;

namespace PowerGovernance.Calendars.China;

/// <summary>
/// The most likely arrangement of provisional years (最可能的放假安排), drawn up the way the yearly notices have
/// done since 2020: golden weeks for the Spring Festival and National Day and a five-day Labour Day, made up by
/// the nearest weekends; a statutory day on a weekend given back on the next weekday (Art. 6); a single weekday
/// between a holiday and a weekend bridged and made up by the adjacent weekend day.
/// </summary>
internal sealed class ArrangementPlan(LocalDate first, LocalDate end)
{
    private const int MakeUpSearchDays = 14;
    private readonly Dictionary<LocalDate, HolidayName> rest = [];
    private readonly Dictionary<LocalDate, HolidayName> worked = [];
    private readonly HashSet<LocalDate> statutory = [];

    public void Statutory(StatutoryDay day)
    {
        statutory.Add(day.Date);
        rest.TryAdd(day.Date, day.Name);
    }

    public void Arrange(List<StatutoryDay> cluster)
    {
        var name = cluster.FirstOrDefault(d => d.Festival == StatutoryFestival.NationalDay)?.Name ?? cluster[0].Name;
        var start = cluster.Min(d => d.Date);
        var last = cluster.Max(d => d.Date);
        var version = HolidayLawVersion.InForceIn(start.Year);
        LocalDate? blockStart = null;
        LocalDate? blockEnd = null;
        if (cluster.Any(d => d.Festival == StatutoryFestival.NationalDay))
        {
            blockStart = start;
            blockEnd = Max(new LocalDate(start.Year, 10, 7), last);
        }
        else if (cluster.Any(d => d.Festival == StatutoryFestival.SpringFestival))
        {
            var eveIsStatutory = version.DecreeNumber is 513 or 795;
            blockStart = eveIsStatutory ? start : start.PlusDays(-1);
            blockEnd = Max(blockStart.Value.PlusDays(version.DecreeNumber == 795 ? 7 : 6), last);
        }
        else if (cluster.Any(d => d.Festival == StatutoryFestival.LabourDay) && version.DecreeNumber is 644 or 795)
        {
            blockStart = start;
            blockEnd = Max(new LocalDate(start.Year, 5, 5), last);
        }
        else if (cluster.Any(d => d.Festival == StatutoryFestival.LabourDay) && version.DecreeNumber == 270)
        {
            blockStart = start;
            blockEnd = Max(new LocalDate(start.Year, 5, 7), last);
        }

        if (blockStart is { } from && blockEnd is { } to)
        {
            GoldenWeek(cluster, from, to, name);
        }
        else
        {
            JoinWeekend(cluster, name);
        }
    }

    public void WriteTo(WorkingCalendarBuilder builder)
    {
        foreach (var run in Runs())
        {
            builder.AddHoliday(run.First, run.Last, run.Name);
        }

        foreach (var (date, name) in worked.OrderBy(w => w.Key))
        {
            if (date >= first && date <= end)
            {
                builder.AddMakeUpWorkingDay(date, name);
            }
        }
    }

    private static LocalDate Max(LocalDate a, LocalDate b) => a > b ? a : b;

    private static bool IsWeekend(LocalDate date) => date.DayOfWeek is IsoDayOfWeek.Saturday or IsoDayOfWeek.Sunday;

    private void GoldenWeek(List<StatutoryDay> cluster, LocalDate from, LocalDate to, HolidayName name)
    {
        var weekdaysOff = 0;
        for (var day = from; day <= to; day = day.PlusDays(1))
        {
            rest.TryAdd(day, name);
            if (!IsWeekend(day))
            {
                weekdaysOff++;
            }
        }

        // Weekdays off beyond the statutory days (a statutory weekday is off anyway; one on a weekend is owed a
        // weekday under Art. 6) are made up on the nearest weekend days outside the block, alternately before and after it.
        var makeUps = weekdaysOff - cluster.Count;
        var before = from.PlusDays(-1);
        var after = to.PlusDays(1);
        for (var step = 0; makeUps > 0 && step < MakeUpSearchDays; step++)
        {
            var takeBefore = Period.DaysBetween(before, from) <= Period.DaysBetween(to, after);
            var candidate = takeBefore ? before : after;
            if (takeBefore)
            {
                before = before.PlusDays(-1);
            }
            else
            {
                after = after.PlusDays(1);
            }

            if (IsWeekend(candidate) && !rest.ContainsKey(candidate) && !worked.ContainsKey(candidate))
            {
                worked[candidate] = name;
                makeUps--;
            }
        }
    }

    private void JoinWeekend(List<StatutoryDay> cluster, HolidayName name)
    {
        var start = cluster.Min(d => d.Date);
        var last = cluster.Max(d => d.Date);

        // Art. 6: each statutory day on a weekend is given back on the next weekday after the run of rest days.
        foreach (var day in cluster.Where(d => IsWeekend(d.Date)))
        {
            var next = last.PlusDays(1);
            while (rest.ContainsKey(next) || IsWeekend(next))
            {
                next = next.PlusDays(1);
            }

            rest.TryAdd(next, name);
            last = next;
        }

        // A Tuesday holiday bridges Monday, made up on the Saturday before; a Thursday holiday bridges Friday,
        // made up on the Sunday after.
        if (start.DayOfWeek == IsoDayOfWeek.Tuesday && !statutory.Contains(start.PlusDays(-1)))
        {
            rest.TryAdd(start.PlusDays(-1), name);
            rest.TryAdd(start.PlusDays(-2), name);
            worked.TryAdd(start.PlusDays(-3), name);
        }
        else if (last.DayOfWeek == IsoDayOfWeek.Thursday && !statutory.Contains(last.PlusDays(1)))
        {
            rest.TryAdd(last.PlusDays(1), name);
            rest.TryAdd(last.PlusDays(2), name);
            worked.TryAdd(last.PlusDays(3), name);
        }
        else
        {
            // Joined with the adjacent weekend: list the weekend days inside the block.
            for (var day = start.PlusDays(-1); IsWeekend(day); day = day.PlusDays(-1))
            {
                rest.TryAdd(day, name);
            }

            for (var day = last.PlusDays(1); IsWeekend(day); day = day.PlusDays(1))
            {
                rest.TryAdd(day, name);
            }
        }
    }

    private IEnumerable<(LocalDate First, LocalDate Last, HolidayName Name)> Runs()
    {
        LocalDate? runStart = null;
        LocalDate runEnd = default;
        HolidayName? runName = null;
        foreach (var date in rest.Keys.Where(d => d >= first && d <= end).OrderBy(d => d))
        {
            var name = rest[date];
            if (runStart is not null && date == runEnd.PlusDays(1) && runName!.Equals(name))
            {
                runEnd = date;
                continue;
            }

            if (runStart is { } s)
            {
                yield return (s, runEnd, runName!);
            }

            runStart = date;
            runEnd = date;
            runName = name;
        }

        if (runStart is { } last)
        {
            yield return (last, runEnd, runName!);
        }
    }
}
