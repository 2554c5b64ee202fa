using NodaTime;
using PowerGovernance.Calendars;
using PowerGovernance.Supervision;

namespace PowerGovernance.Tests.Supervision;

/// <summary>Supervision on unpublished days never calls a clock red or late on a guess.</summary>
public class ProvisionalSupervisionTests
{
    private static readonly HolidayName Festival = new("节日", "Festival");

    // September 2031, published through the 7th; Monday 15 and Tuesday 16 September may be given as rest days.
    // A clock started on Monday 1 September with 10 working days: most likely due Monday 15 September
    // (Sep 2–5, 8–12, 15); earliest the same; latest Wednesday 17 September (the 15th and 16th not counted).
    private static readonly ProvisionalWorkingCalendar Calendar = ProvisionalWorkingCalendar.Create(
        "test",
        new WorkingCalendarBuilder("test").WithCoverage(new LocalDate(2031, 8, 1), new LocalDate(2031, 12, 31)).Build(),
        new DateInterval(new LocalDate(2031, 8, 1), new LocalDate(2031, 9, 7)),
        [
            new ProvisionalDay(new LocalDate(2031, 9, 15), Festival, "may be given as a rest day", "可能调休放假"),
            new ProvisionalDay(new LocalDate(2031, 9, 16), Festival, "may be given as a rest day", "可能调休放假"),
        ],
        []);

    private static readonly CaseSupervisor Supervisor = new(new OfficeCalendar(Calendar, DateTimeZone.Utc), WarningPolicy.Default);
    private static readonly LocalDate Start = new(2031, 9, 1);
    private static readonly TimeLimit Limit = TimeLimit.WorkingDays(10);

    private static Instant At(int day) => Instant.FromUtc(2031, 9, day, 10, 0);

    [Fact]
    public void The_range_is_computed_by_hand()
    {
        var range = Calendar.DueDateRange(Start, Limit);
        Assert.Equal(new LocalDate(2031, 9, 15), range.Earliest);
        Assert.Equal(new LocalDate(2031, 9, 15), range.MostLikely);
        Assert.Equal(new LocalDate(2031, 9, 17), range.Latest);
        Assert.True(range.IsProvisional);
    }

    [Fact]
    public void Past_the_most_likely_due_date_but_not_the_latest_is_a_warning_not_overdue()
    {
        var status = Supervisor.Status(Start, Limit, null, At(16));
        Assert.Equal(DeadlineState.Warning, status.State);
        Assert.True(status.IsProvisional);
    }

    [Fact]
    public void Past_the_latest_possible_due_date_is_overdue()
    {
        Assert.Equal(DeadlineState.Overdue, Supervisor.Status(Start, Limit, null, At(18)).State);
    }

    [Fact]
    public void Finishing_before_the_latest_possible_due_date_is_not_late()
    {
        Assert.Equal(DeadlineState.FinishedOnTime, Supervisor.Status(Start, Limit, new LocalDate(2031, 9, 17), At(20)).State);
        Assert.Equal(DeadlineState.FinishedLate, Supervisor.Status(Start, Limit, new LocalDate(2031, 9, 18), At(20)).State);
    }

    [Fact]
    public void On_a_published_calendar_the_most_likely_date_is_the_date()
    {
        var published = new CaseSupervisor(new OfficeCalendar(Calendar.MostLikely, DateTimeZone.Utc), WarningPolicy.Default);
        Assert.Equal(DeadlineState.Overdue, published.Status(Start, Limit, null, At(16)).State);
        Assert.False(published.Status(Start, Limit, null, At(16)).IsProvisional);
    }

    [Fact]
    public void Creating_a_provisional_calendar_reports_every_problem_at_once()
    {
        var builder = new WorkingCalendarBuilder("bad").WithCoverage(new LocalDate(2031, 1, 1), new LocalDate(2031, 12, 31));
        var error = Assert.Throws<InvalidCalendarException>(() => ProvisionalWorkingCalendar.Create(
            "bad",
            builder.Build(),
            new DateInterval(new LocalDate(2031, 2, 1), new LocalDate(2031, 3, 1)),
            [
                new ProvisionalDay(new LocalDate(2032, 1, 5), Festival, "x", "x"),
                new ProvisionalDay(new LocalDate(2031, 5, 5), Festival, "x", "x"),
                new ProvisionalDay(new LocalDate(2031, 5, 5), Festival, "x", "x"),
            ],
            []));
        Assert.Equal(
            [CalendarRuleCodes.OutsideCoverage, CalendarRuleCodes.OutsideCoverage, CalendarRuleCodes.DuplicateUncertainDay],
            System.Linq.Enumerable.ToArray(System.Linq.Enumerable.Select(error.Findings, p => p.Code)));
    }
}
