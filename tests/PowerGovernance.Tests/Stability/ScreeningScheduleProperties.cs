using System.Linq;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using NodaTime;
using PowerGovernance.Calendars;
using PowerGovernance.Calendars.China;
using PowerGovernance.Stability;

namespace PowerGovernance.Tests.Stability;

/// <summary>Laws of the screening schedule over anchors and ranges in 2024–2026 on the official calendar.</summary>
public class ScreeningScheduleProperties
{
    private static readonly LocalDate Base = new(2024, 1, 1);
    private static readonly WorkingCalendar Calendar = ChinaCalendars.Official;

    [Property(MaxTest = 100)]
    public bool Every_screening_is_on_a_working_day_in_the_range_in_order_and_no_regular_gap_exceeds_the_cadence_plus_the_longest_rest(NonNegativeInt anchorOffset, NonNegativeInt startOffset, NonNegativeInt length)
    {
        var anchor = Base.PlusDays(anchorOffset.Get % 600);
        var start = anchor.PlusDays(startOffset.Get % 100);
        var range = new DateInterval(start, start.PlusDays(length.Get % 120));
        var due = new ScreeningSchedule(Calendar, anchor).Due(range);
        var regular = due.Where(d => d.Reason == ScreeningReason.Periodic).Select(d => d.Date).ToArray();
        return due.All(d => Calendar.IsWorkingDay(d.Date) && range.Contains(d.Date))
            && due.Zip(due.Skip(1)).All(p => p.First.Date <= p.Second.Date)
            && regular.Zip(regular.Skip(1)).All(p => Period.Between(p.First, p.Second, PeriodUnits.Days).Days is > 0 and <= ScreeningSchedule.IntervalDays + 10);
    }

    [Property(MaxTest = 100)]
    public bool Every_holiday_block_starting_after_a_day_in_the_range_has_its_eve_listed(NonNegativeInt startOffset)
    {
        var start = Base.PlusDays(startOffset.Get % 900);
        var range = new DateInterval(start, start.PlusDays(60));
        var eves = new ScreeningSchedule(Calendar, Base).Due(range).Where(d => d.Reason == ScreeningReason.BeforeHoliday).Select(d => d.Date).ToHashSet();
        return Enumerable.Range(1, 60).Select(i => start.PlusDays(i))
            .Where(d => Calendar.GetDayType(d) is DayType.Holiday or DayType.StatutoryHoliday && Calendar.IsWorkingDay(Calendar.PreviousWorkingDay(d)))
            .Where(d => Enumerable.Range(1, Period.Between(Calendar.PreviousWorkingDay(d), d, PeriodUnits.Days).Days - 1)
                .All(k => Calendar.GetDayType(d.PlusDays(-k)) is not (DayType.Holiday or DayType.StatutoryHoliday)))
            .All(d => eves.Contains(Calendar.PreviousWorkingDay(d)) || !range.Contains(Calendar.PreviousWorkingDay(d)));
    }
}
