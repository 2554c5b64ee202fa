using System.Linq;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using PowerGovernance.Calendars;
using PowerGovernance.Testing;

namespace PowerGovernance.Serialization.Tests;

/// <summary>Random valid calendars written in each format and read back are identical (<see cref="CalendarDifferences"/>).</summary>
public class CalendarRoundTripProperties
{
    [Property(MaxTest = 150)]
    public Property Text_format_round_trip_is_identity() =>
        Prop.ForAll(RandomCalendars.Any(), spec =>
        {
            var calendar = spec.Build();
            var again = WorkingCalendar.Parse(calendar.ToText());
            return Identical(CalendarDifferences.Differences(calendar, again), calendar.Id == again.Id && calendar.Name == again.Name);
        });

    [Property(MaxTest = 150)]
    public Property ICalendar_round_trip_is_identity() =>
        Prop.ForAll(RandomCalendars.Any(), spec =>
        {
            var calendar = spec.Build();
            var again = CalendarIcs.Read(CalendarIcs.Write(calendar), "random.ics").Calendar;
            return Identical(CalendarDifferences.Differences(calendar, again), calendar.Id == again.Id && calendar.Name == again.Name);
        });

    /// <summary>holiday-cn keeps the days, coverage and weekend; not the identifier, name or issue dates (see <see cref="HolidayCnJson"/>).</summary>
    [Property(MaxTest = 150)]
    public Property Holiday_cn_round_trip_keeps_every_day() =>
        Prop.ForAll(RandomCalendars.HolidayCn(), spec =>
        {
            var calendar = spec.Build();
            var again = HolidayCnJson.Read(HolidayCnJson.Write(calendar), "random.json").Calendar;
            var urlTitles = calendar.Sources.Where(s => s.Title.StartsWith("https://", System.StringComparison.Ordinal)).Select(s => (s.Year, s.Title));
            return Identical(
                CalendarDifferences.Differences((IWorkingCalendar)calendar, again),
                again.WeekendDays.OrderBy(d => d).SequenceEqual(calendar.WeekendDays.OrderBy(d => d))
                && again.Sources.Select(s => (s.Year, s.Title)).OrderBy(s => s).SequenceEqual(urlTitles.OrderBy(s => s)));
        });

    private static Property Identical(System.Collections.Generic.IReadOnlyList<string> differences, bool rest) =>
        (differences.Count == 0 && rest).Label(string.Join("; ", differences) + (rest ? string.Empty : " (identifier, name, weekend or sources differ)"));
}
