using System.Linq;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using NodaTime;
using PowerGovernance.Calendars;
using PowerGovernance.Calendars.China;
using PowerGovernance.Stability;

namespace PowerGovernance.Tests.Stability;

/// <summary>Laws of the returns schedule over ranges in 2024–2026 on the official calendar.</summary>
public class StabilityReturnScheduleProperties
{
    private static readonly LocalDate Base = new(2024, 1, 1);
    private static readonly WorkingCalendar Calendar = ChinaCalendars.Official;

    [Property(MaxTest = 100)]
    public bool Every_return_is_due_on_the_first_working_day_on_or_after_its_period_s_last_day(NonNegativeInt startOffset, NonNegativeInt length)
    {
        var start = Base.PlusDays(startOffset.Get % 900);
        var range = new DateInterval(start, start.PlusDays(length.Get % 150));
        var due = new StabilityReturnSchedule(Calendar).Due(range);
        return due.All(r => r.Due >= r.Period.End && Calendar.IsWorkingDay(r.Due) && range.Contains(r.Due)
                && (r.Due == r.Period.End || Calendar.NextWorkingDay(r.Period.End) == r.Due))
            && due.Zip(due.Skip(1)).All(p => p.First.Due <= p.Second.Due)
            && due.Select(r => (r.Kind, r.Period.Start)).Distinct().Count() == due.Count;
    }

    [Property(MaxTest = 100)]
    public bool Every_month_whose_return_falls_in_the_range_is_listed_and_quarters_match_the_screening_schedule(NonNegativeInt startOffset, NonNegativeInt length)
    {
        var start = Base.PlusDays(startOffset.Get % 900);
        var range = new DateInterval(start, start.PlusDays(length.Get % 150));
        var schedule = new StabilityReturnSchedule(Calendar);
        var due = schedule.Due(range);
        var monthly = due.Where(r => r.Kind == StabilityReturnKind.MonthlyVisitReturn).Select(r => r.Period.Start).ToHashSet();
        var screening = new ScreeningSchedule(Calendar, Base);
        return Enumerable.Range(-2, 8).Select(k => new LocalDate(start.Year, start.Month, 1).PlusMonths(k))
                .All(month => monthly.Contains(month) == range.Contains(schedule.For(StabilityReturnKind.MonthlyVisitReturn, month).Due))
            && due.Where(r => r.Kind == StabilityReturnKind.QuarterlyScreeningSummary).All(r => r.Due == screening.QuarterlyReportDue(r.Period.Start))
            && due.Where(r => r.Kind != StabilityReturnKind.MonthlyVisitReturn).All(r => r.Period.Start.Day == 1 && (r.Period.Start.Month - 1) % 3 == 0 && r.Period.Start.PlusMonths(3).PlusDays(-1) == r.Period.End);
    }
}
