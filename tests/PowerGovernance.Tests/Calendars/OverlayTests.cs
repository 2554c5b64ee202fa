using System;
using System.Linq;
using NodaTime;
using PowerGovernance.Calendars;

namespace PowerGovernance.Tests.Calendars;

public class OverlayTests
{
    private static readonly WorkingCalendar Official = SampleCalendars.Autumn2024();
    private static readonly HolidayName Closure = new("台风停工", "Typhoon closure");

    private static LocalDate D(int month, int day) => new(2024, month, day);

    [Fact]
    public void A_local_closure_is_added_on_top_of_the_base_without_changing_it()
    {
        var local = WorkingCalendarBuilder.OverlayOn(Official, "test-local")
            .AddHoliday(D(9, 16), D(9, 17), Closure)
            .Build();

        Assert.Same(Official, local.Base);
        Assert.Equal(Official.Coverage, local.Coverage);
        Assert.Equal(DayType.Holiday, local.GetDayType(D(9, 16)));
        Assert.Equal(Closure, local.GetHolidayName(D(9, 17)));
        Assert.Equal(DayType.WorkingWeekday, Official.GetDayType(D(9, 16)));
        Assert.Equal(SampleCalendars.NationalDay, local.GetHolidayName(D(10, 2)));
        Assert.Equal(DayType.MakeUpWorkingDay, local.GetDayType(D(9, 29)));
        Assert.Equal(D(9, 18), local.AddWorkingDays(D(9, 13), 1));
        Assert.Equal(D(9, 16), Official.AddWorkingDays(D(9, 13), 1));
        Assert.Equal(Official.WorkingDayCount - 2, local.WorkingDayCount);
    }

    [Fact]
    public void An_overlay_may_close_on_a_make_up_day_but_not_restate_a_base_holiday()
    {
        var closesOnMakeUp = WorkingCalendarBuilder.OverlayOn(Official, "test-local").AddHoliday(D(9, 29), Closure).Build();
        Assert.Equal(DayType.Holiday, closesOnMakeUp.GetDayType(D(9, 29)));

        var restates = WorkingCalendarBuilder.OverlayOn(Official, "test-local").AddHoliday(D(10, 7), D(10, 8), Closure);
        var error = Assert.Throws<InvalidCalendarException>(restates.Build);
        var problem = Assert.Single(error.Findings);
        Assert.Equal(CalendarRuleCodes.AlreadyHolidayInBase, problem.Code);
        Assert.Contains("already a holiday (国庆节) in base calendar 'test-autumn-2024'", problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void An_overlay_make_up_day_must_be_a_base_weekend_day_and_coverage_must_stay_inside_the_base()
    {
        var builder = WorkingCalendarBuilder.OverlayOn(Official, "test-local")
            .WithCoverage(D(9, 1), D(11, 30))
            .AddMakeUpWorkingDay(D(10, 3), Closure);

        var error = Assert.Throws<InvalidCalendarException>(builder.Build);

        Assert.Equal([CalendarRuleCodes.OutsideCoverage, CalendarRuleCodes.MakeUpDayNotWeekend], error.Findings.Select(p => p.Code));
        Assert.Throws<InvalidOperationException>(() => WorkingCalendarBuilder.OverlayOn(Official, "x").WithWeekendDays(IsoDayOfWeek.Sunday));
    }

    [Fact]
    public void A_local_make_up_day_turns_a_base_weekend_into_a_working_day()
    {
        var local = WorkingCalendarBuilder.OverlayOn(Official, "test-local").AddMakeUpWorkingDay(D(9, 21), Closure).Build();

        Assert.True(local.IsWorkingDay(D(9, 21)));
        Assert.Equal(D(9, 21), local.NextWorkingDay(D(9, 20)));
    }
}
