using System.Collections.Generic;
using System.Linq;
using NodaTime;
using PowerGovernance.Calendars;

namespace PowerGovernance.Serialization.Internal;

/// <summary>
/// The days a reader has found, each a holiday day or a make-up working day with its name and where it was
/// written; builds the calendar from maximal runs of consecutive holiday days with the same name.
/// </summary>
internal sealed class DayTable
{
    private readonly Dictionary<LocalDate, DayMark> marks = [];

    /// <summary>Records a day unless it is already recorded; then returns false and the earlier mark.</summary>
    internal bool TryMark(LocalDate date, DayMark mark, out DayMark existing)
    {
        if (marks.TryGetValue(date, out existing!))
        {
            return false;
        }

        marks[date] = mark;
        return true;
    }

    internal WorkingCalendar Build(string id, string? name, DateInterval coverage, IsoDayOfWeek[] weekend, IEnumerable<CalendarSource> sources)
    {
        var builder = new WorkingCalendarBuilder(id).WithCoverage(coverage).WithWeekendDays(weekend);
        if (name is not null)
        {
            builder.WithName(name);
        }

        foreach (var source in sources)
        {
            builder.AddSource(source);
        }

        LocalDate? first = null;
        LocalDate last = default;
        HolidayName? blockName = null;
        foreach (var (date, mark) in marks.Where(m => coverage.Contains(m.Key)).OrderBy(m => m.Key))
        {
            if (first is { } start && !(mark.IsOff && mark.Name.Equals(blockName) && date == last.PlusDays(1)))
            {
                builder.AddHoliday(start, last, blockName!);
                first = null;
            }

            if (!mark.IsOff)
            {
                builder.AddMakeUpWorkingDay(date, mark.Name);
                continue;
            }

            first ??= date;
            blockName = mark.Name;
            last = date;
        }

        if (first is { } open)
        {
            builder.AddHoliday(open, last, blockName!);
        }

        return builder.Build();
    }
}

/// <summary>One recorded day: off (a holiday day) or worked (a make-up working day), its holiday and where it was written.</summary>
internal sealed record DayMark(bool IsOff, HolidayName Name, string Field, int? Line);
