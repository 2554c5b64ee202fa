using System;
using System.Collections.Generic;
using NodaTime;

namespace PowerGovernance.Calendars.China.Tests;

/// <summary>
/// A hand-made arrangement for the notice checker's tests: the official calendar with some days changed,
/// including changes the calendar file would refuse (a make-up day on a weekday).
/// </summary>
internal sealed class ArrangedCalendar : IWorkingCalendar
{
    private readonly IWorkingCalendar baseCalendar;
    private readonly Dictionary<LocalDate, (DayType Type, HolidayName? Name)> changes = [];

    public ArrangedCalendar(IWorkingCalendar baseCalendar) => this.baseCalendar = baseCalendar;

    public string Id => "arranged";

    public DateInterval Coverage => baseCalendar.Coverage;

    public CalendarIdentity Identity => CalendarIdentity.Of(this);

    public ArrangedCalendar With(LocalDate date, DayType type, HolidayName? name = null)
    {
        changes[date] = (type, name);
        return this;
    }

    public bool IsWorkingDay(LocalDate date) => GetDayType(date) is DayType.WorkingWeekday or DayType.MakeUpWorkingDay;

    public DayType GetDayType(LocalDate date) => changes.TryGetValue(date, out var change) ? change.Type : baseCalendar.GetDayType(date);

    public HolidayName? GetHolidayName(LocalDate date) => changes.TryGetValue(date, out var change) ? change.Name : baseCalendar.GetHolidayName(date);

    public LocalDate AddWorkingDays(LocalDate start, int count)
    {
        var date = start;
        for (var remaining = Math.Abs(count); remaining > 0;)
        {
            date = date.PlusDays(Math.Sign(count));
            if (IsWorkingDay(date))
            {
                remaining--;
            }
        }

        return date;
    }

    public int CountWorkingDays(LocalDate start, LocalDate end)
    {
        var (from, to, sign) = start <= end ? (start, end, 1) : (end, start, -1);
        var count = 0;
        for (var date = from.PlusDays(1); date <= to; date = date.PlusDays(1))
        {
            if (IsWorkingDay(date))
            {
                count++;
            }
        }

        return sign * count;
    }

    public LocalDate NextWorkingDay(LocalDate date) => AddWorkingDays(date, 1);

    public LocalDate PreviousWorkingDay(LocalDate date) => AddWorkingDays(date, -1);
}
