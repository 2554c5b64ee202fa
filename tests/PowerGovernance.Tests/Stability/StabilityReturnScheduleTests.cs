using System.Linq;
using NodaTime;
using PowerGovernance.Calendars.China;
using PowerGovernance.Stability;

namespace PowerGovernance.Tests.Stability;

/// <summary>The monthly and quarterly returns of visits and the quarterly screening summary, on real calendars.</summary>
public class StabilityReturnScheduleTests
{
    private static readonly StabilityReturnSchedule Schedule = new(ChinaCalendars.Official);

    private static LocalDate D(int y, int m, int d) => new(y, m, d);

    [Fact]
    public void Q1_2026_across_Spring_Festival_January_is_due_on_Monday_2_February_and_February_on_the_make_up_Saturday()
    {
        // Due on the period's last day, or the next working day when it is a rest day.
        // December 2025: Wed 12-31, a working day → 12-31, before the range.
        // January 2026: Sat 01-31 is an ordinary weekend → Mon 02-02.
        // February 2026: Sat 02-28 is a make-up working day of Spring Festival → 02-28 itself.
        // March 2026 and Q1 2026 (both returns): Tue 03-31, a working day → 03-31.
        var due = Schedule.Due(new DateInterval(D(2026, 1, 1), D(2026, 3, 31)));

        Assert.Equal(
            [
                (D(2026, 2, 2), StabilityReturnKind.MonthlyVisitReturn, D(2026, 1, 1)),
                (D(2026, 2, 28), StabilityReturnKind.MonthlyVisitReturn, D(2026, 2, 1)),
                (D(2026, 3, 31), StabilityReturnKind.MonthlyVisitReturn, D(2026, 3, 1)),
                (D(2026, 3, 31), StabilityReturnKind.QuarterlyVisitReturn, D(2026, 1, 1)),
                (D(2026, 3, 31), StabilityReturnKind.QuarterlyScreeningSummary, D(2026, 1, 1)),
            ],
            due.Select(r => (r.Due, r.Kind, r.Period.Start)));
        Assert.Equal("2026年1月来访情况归类上报", due[0].Title);
        Assert.Equal("2026年第一季度来访情况归类上报", due[3].Title);
        Assert.Equal("2026年第一季度矛盾纠纷排查总结报告", due[4].Title);
        Assert.Equal("quarterly summary report of the dispute screening for Q1 2026", due[4].EnglishTitle);
    }

    [Fact]
    public void Around_National_Day_2025_August_s_return_falls_into_September_and_Q3_is_due_on_30_September()
    {
        // August 2025 ends on Sun 08-31 → Mon 09-01, inside the range although August is not.
        // September and Q3 2025: Tue 09-30, a working day (the holiday starts 10-01). October: Fri 10-31.
        var due = Schedule.Due(new DateInterval(D(2025, 9, 1), D(2025, 10, 31)));

        Assert.Equal(
            [
                (D(2025, 9, 1), StabilityReturnKind.MonthlyVisitReturn, D(2025, 8, 1)),
                (D(2025, 9, 30), StabilityReturnKind.MonthlyVisitReturn, D(2025, 9, 1)),
                (D(2025, 9, 30), StabilityReturnKind.QuarterlyVisitReturn, D(2025, 7, 1)),
                (D(2025, 9, 30), StabilityReturnKind.QuarterlyScreeningSummary, D(2025, 7, 1)),
                (D(2025, 10, 31), StabilityReturnKind.MonthlyVisitReturn, D(2025, 10, 1)),
            ],
            due.Select(r => (r.Due, r.Kind, r.Period.Start)));
    }

    [Fact]
    public void January_2025_ends_inside_Spring_Festival_2025_and_is_due_on_Wednesday_5_February()
    {
        // Spring Festival 2025: holiday 01-28..02-04 → Fri 01-31 is a holiday day; the next working day is Wed 02-05.
        var january = Schedule.For(StabilityReturnKind.MonthlyVisitReturn, D(2025, 1, 15));

        Assert.Equal(new DateInterval(D(2025, 1, 1), D(2025, 1, 31)), january.Period);
        Assert.Equal(D(2025, 2, 5), january.Due);
        Assert.Equal("monthly return of visits for 2025-01", january.EnglishTitle);
    }

    [Fact]
    public void Bad_input_is_refused()
    {
        var error = Assert.Throws<System.ArgumentOutOfRangeException>(() => Schedule.For((StabilityReturnKind)9, D(2025, 1, 1)));
        Assert.Contains("kind = 9", error.Message, System.StringComparison.Ordinal);
        Assert.Contains("报告种类", error.Message, System.StringComparison.Ordinal);
        Assert.Throws<System.ArgumentNullException>(() => Schedule.Due(null!));
        Assert.Throws<PowerGovernance.Calendars.CalendarCoverageException>(() => Schedule.Due(new DateInterval(D(2026, 12, 1), D(2027, 1, 31))));
    }
}
