using System;
using System.Threading.Tasks;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using NodaTime;
using NodaTime.Testing;
using PowerGovernance.Calendars;
using PowerGovernance.Procedures;
using PowerGovernance.Supervision;
using PowerGovernance.Tests.Procedures;

namespace PowerGovernance.Tests.Supervision;

/// <summary>
/// The calendar health check on a hand-made 2026 calendar (weekends, and 10-01..10-07 off), strict or continued by a
/// provisional 2027. Counted by hand: 2026-10-01 is a Thursday, 91 days before 12-31; 60 natural days later is Monday
/// 11-30; the 13th working day after 10-01 is Monday 10-26, the 61st is Thursday 12-31, the 62nd lies in 2027.
/// </summary>
public class CalendarHealthCheckTests
{
    private static readonly HolidayName NationalDay = new("国庆节", "National Day");
    private static readonly HolidayName SpringFestival = new("春节", "Spring Festival");

    internal static WorkingCalendar Strict2026() =>
        new WorkingCalendarBuilder("test-2026")
            .WithCoverage(new LocalDate(2026, 1, 1), new LocalDate(2026, 12, 31))
            .AddHoliday(new LocalDate(2026, 10, 1), new LocalDate(2026, 10, 7), NationalDay)
            .Build();

    internal static ProvisionalWorkingCalendar Provisional2027() =>
        ProvisionalWorkingCalendar.Create(
            "test-2026-2027",
            new WorkingCalendarBuilder("test-2026-2027-likely")
                .WithCoverage(new LocalDate(2026, 1, 1), new LocalDate(2027, 12, 31))
                .AddHoliday(new LocalDate(2026, 10, 1), new LocalDate(2026, 10, 7), NationalDay)
                .Build(),
            new DateInterval(new LocalDate(2026, 1, 1), new LocalDate(2026, 12, 31)),
            [new ProvisionalDay(new LocalDate(2027, 2, 5), SpringFestival, "The Spring Festival arrangement of 2027 is not published.", "2027年春节安排尚未公布。")],
            [new CalendarYearProvenance(2026, CalendarProvenanceKind.LoadedByHost, "test"), new CalendarYearProvenance(2027, CalendarProvenanceKind.Provisional, "国务院令第795号")]);

    private static FakeClock On(int year, int month, int day) => new(Instant.FromUtc(year, month, day, 2, 0));

    private static Task<HealthCheckResult> Check(CalendarHealthCheck check) => check.CheckHealthAsync(new HealthCheckContext());

    [Fact]
    public async Task Ninety_one_days_before_the_end_of_a_strict_calendar_it_is_healthy()
    {
        var result = await Check(new CalendarHealthCheck(Strict2026(), On(2026, 10, 1), null));

        Assert.Equal(HealthStatus.Healthy, result.Status);
        Assert.Equal("test-2026", result.Data["calendarId"]);
        Assert.Equal("2026-10-01", result.Data["today"]);
        Assert.Equal("2026-12-31", result.Data["publishedEnd"]);
        Assert.Equal("2026-12-31", result.Data["coverageEnd"]);
        Assert.Equal(91, result.Data["daysLeft"]);
        Assert.Equal(false, result.Data["provisional"]);
        Assert.Equal("60 natural days", result.Data["horizon"]);
        Assert.Equal("2026-11-30", result.Data["horizonEnd"]);
        Assert.Equal(false, result.Data["horizonBeyondPublished"]);
        Assert.Contains("Working calendar 'test-2026' is published to 2026-12-31, 91 day(s) after today (2026-10-01).", result.Description, StringComparison.Ordinal);
        Assert.Contains("工作日历“test-2026”已公布至2026-12-31，距今日（2026-10-01）91天。", result.Description, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(10, 31, HealthStatus.Healthy, 61)]
    [InlineData(11, 1, HealthStatus.Degraded, 60)]
    [InlineData(11, 30, HealthStatus.Degraded, 31)]
    [InlineData(12, 31, HealthStatus.Degraded, 0)]
    public async Task Within_sixty_days_of_the_end_it_is_degraded(int month, int day, HealthStatus status, int daysLeft)
    {
        var result = await Check(new CalendarHealthCheck(Strict2026(), On(2026, month, day), null));

        Assert.Equal(status, result.Status);
        Assert.Equal(daysLeft, result.Data["daysLeft"]);
        Assert.Equal(status == HealthStatus.Degraded, result.Description!.Contains("within the 60-day warning period", StringComparison.Ordinal));
        Assert.Equal(status == HealthStatus.Degraded, result.Description.Contains("已进入60天预警期", StringComparison.Ordinal));
    }

    [Fact]
    public async Task On_2026_11_30_deadlines_of_today_cannot_be_counted_on_a_strict_calendar()
    {
        var result = await Check(new CalendarHealthCheck(Strict2026(), On(2026, 11, 30), null));

        Assert.Equal(HealthStatus.Degraded, result.Status);
        Assert.Equal(true, result.Data["horizonBeyondPublished"]);
        Assert.False(result.Data.ContainsKey("horizonEnd"));
        Assert.Contains("Deadlines of cases received today (60 natural days) reach past the calendar's coverage, which ends 2026-12-31", result.Description, StringComparison.Ordinal);
        Assert.Contains("今日收件的办件时限（60日）超出日历覆盖范围（至2026-12-31），无法计算。", result.Description, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Once_a_strict_calendar_has_run_out_it_is_unhealthy_or_the_registrations_failure_status()
    {
        var check = new CalendarHealthCheck(Strict2026(), On(2027, 1, 15), null);

        var result = await Check(check);
        var registered = await check.CheckHealthAsync(new HealthCheckContext { Registration = new HealthCheckRegistration(CalendarHealthCheck.Name, check, HealthStatus.Degraded, null) });

        Assert.Equal(HealthStatus.Unhealthy, result.Status);
        Assert.Equal(-15, result.Data["daysLeft"]);
        Assert.False(result.Data.ContainsKey("horizon"));
        Assert.Contains("Working calendar 'test-2026' does not cover today (2027-01-15): it covers 2026-01-01 to 2026-12-31", result.Description, StringComparison.Ordinal);
        Assert.Contains("工作日历“test-2026”未覆盖今日（2027-01-15）", result.Description, StringComparison.Ordinal);
        Assert.Contains("请加载2027年的节假日安排", result.Description, StringComparison.Ordinal);
        Assert.Equal(HealthStatus.Degraded, registered.Status);
    }

    [Theory]
    [InlineData(61, HealthStatus.Healthy, "2026-12-31")]
    [InlineData(62, HealthStatus.Degraded, null)]
    public async Task A_working_day_horizon_that_leaves_the_published_dates_degrades_the_calendar_long_before_the_warning_period(int workingDays, HealthStatus status, string? end)
    {
        var options = new CalendarHealthCheckOptions(horizon: TimeLimit.WorkingDays(workingDays));

        var result = await Check(new CalendarHealthCheck(Strict2026(), On(2026, 10, 1), options));

        Assert.Equal(status, result.Status);
        Assert.Equal(91, result.Data["daysLeft"]);
        Assert.Equal(end, result.Data.TryGetValue("horizonEnd", out var value) ? value : null);
    }

    [Fact]
    public async Task The_horizon_is_the_longest_committed_limit_of_the_engines_definitions()
    {
        var calendar = Strict2026();
        var licensing = new ProcedureEngine(calendar, SampleProcedures.Catalog, [SampleProcedures.Licensing]);
        var longOne = SampleProcedures.LicensingBuilder().CaseLimits(TimeLimit.WorkingDays(93), TimeLimit.WorkingDays(62)).Build();
        var slow = new ProcedureEngine(calendar, SampleProcedures.Catalog, [longOne]);

        var check = new CalendarHealthCheck(licensing, On(2026, 10, 1), null);
        var result = await Check(check);
        var slowResult = await Check(new CalendarHealthCheck(slow, On(2026, 10, 1), null));
        var overridden = await Check(new CalendarHealthCheck(slow, On(2026, 10, 1), new CalendarHealthCheckOptions(horizon: TimeLimit.NaturalDays(30))));
        var none = new CalendarHealthCheck(new ProcedureEngine(calendar, SampleProcedures.Catalog, []), On(2026, 10, 1), null);

        Assert.Equal([TimeLimit.WorkingDays(13)], check.Horizons);
        Assert.Equal(HealthStatus.Healthy, result.Status);
        Assert.Equal("13 working days", result.Data["horizon"]);
        Assert.Equal("2026-10-26", result.Data["horizonEnd"]);
        Assert.Contains("今日收件的办件时限（13个工作日）于2026-10-26前届满。", result.Description, StringComparison.Ordinal);
        Assert.Equal(HealthStatus.Degraded, slowResult.Status);
        Assert.Equal("62 working days", slowResult.Data["horizon"]);
        Assert.Equal(HealthStatus.Healthy, overridden.Status);
        Assert.Equal([CalendarHealthCheckOptions.DefaultHorizon], none.Horizons);
    }

    [Theory]
    [InlineData(2026, 10, 1, HealthStatus.Healthy, 91)]
    [InlineData(2026, 11, 30, HealthStatus.Degraded, 31)]
    [InlineData(2027, 1, 15, HealthStatus.Degraded, -15)]
    [InlineData(2028, 1, 3, HealthStatus.Unhealthy, -368)]
    public async Task A_provisional_calendar_is_degraded_on_its_provisional_days_and_unhealthy_only_past_them(int year, int month, int day, HealthStatus status, int daysLeft)
    {
        var result = await Check(new CalendarHealthCheck(Provisional2027(), On(year, month, day), null));

        Assert.Equal(status, result.Status);
        Assert.Equal(daysLeft, result.Data["daysLeft"]);
        Assert.Equal("2026-12-31", result.Data["publishedEnd"]);
        Assert.Equal("2027-12-31", result.Data["coverageEnd"]);
        Assert.Equal(true, result.Data["provisional"]);
    }

    [Fact]
    public async Task On_a_provisional_calendar_deadlines_past_the_published_dates_are_named_as_resting_on_provisional_days()
    {
        var nearEnd = await Check(new CalendarHealthCheck(Provisional2027(), On(2026, 11, 30), null));
        var inProvisionalYear = await Check(new CalendarHealthCheck(Provisional2027(), On(2027, 1, 15), null));

        // 2026-11-30 + 60 = Friday 2027-01-29, a provisional day the calendar can still count.
        Assert.Equal("2027-01-29", nearEnd.Data["horizonEnd"]);
        Assert.Equal(true, nearEnd.Data["horizonBeyondPublished"]);
        Assert.Contains("Deadlines of cases received today (60 natural days, due 2027-01-29) rest on provisional days after 2026-12-31.", nearEnd.Description, StringComparison.Ordinal);
        Assert.Contains("落在2026-12-31之后的暂定日期上", nearEnd.Description, StringComparison.Ordinal);
        Assert.Contains("published only to 2026-12-31, 15 day(s) before today (2027-01-15): today's dates are provisional", inProvisionalYear.Description, StringComparison.Ordinal);
        Assert.Contains("仅公布至2026-12-31，早于今日（2027-01-15）15天", inProvisionalYear.Description, StringComparison.Ordinal);
    }

    [Fact]
    public void Arguments_are_checked()
    {
        Assert.Throws<ArgumentNullException>(() => new CalendarHealthCheck((OfficeCalendar)null!, On(2026, 1, 1), null));
        Assert.Throws<ArgumentNullException>(() => new CalendarHealthCheck(Strict2026(), null!, null));
        Assert.Throws<ArgumentNullException>(() => new CalendarHealthCheck((ProcedureEngine)null!, On(2026, 1, 1), null));
        Assert.Contains("natural days", Assert.Throws<ArgumentOutOfRangeException>(() => new CalendarHealthCheckOptions(TimeLimit.WorkingDays(30))).Message, StringComparison.Ordinal);
        Assert.Equal("warning", Assert.Throws<ArgumentOutOfRangeException>(() => new CalendarHealthCheckOptions(TimeLimit.NaturalDays(CalendarHealthCheckOptions.MaxWarningDays + 1))).ParamName);
        Assert.Equal(TimeLimit.NaturalDays(0), new CalendarHealthCheckOptions(TimeLimit.NaturalDays(0)).Warning);
        Assert.Equal(TimeLimit.NaturalDays(60), CalendarHealthCheckOptions.Default.Warning);
        Assert.Null(CalendarHealthCheckOptions.Default.Horizon);
    }
}
