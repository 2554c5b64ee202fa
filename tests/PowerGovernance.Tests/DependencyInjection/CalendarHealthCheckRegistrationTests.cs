using System.Threading.Tasks;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using NodaTime;
using NodaTime.Testing;
using PowerGovernance.Calendars;
using PowerGovernance.Supervision;
using PowerGovernance.Tests.Procedures;
using PowerGovernance.Tests.Supervision;

namespace PowerGovernance.Tests.DependencyInjection;

/// <summary>
/// <c>AddPowerGovernance</c> registers the <see cref="CalendarHealthCheck"/>; a host adds it to its health checks with the
/// line the documentation gives.
/// </summary>
public class CalendarHealthCheckRegistrationTests
{
    private static ServiceProvider Host(IWorkingCalendar calendar, Instant now, System.Action<PowerGovernance.DependencyInjection.PowerGovernanceOptions>? more = null, HealthStatus? failureStatus = null)
    {
        var services = new ServiceCollection()
            .AddSingleton<IClock>(new FakeClock(now))
            .AddSingleton(typeof(ILogger<>), typeof(NullLogger<>))
            .AddPowerGovernance(options =>
            {
                options.Calendar = calendar;
                options.Catalog = SampleProcedures.Catalog;
                options.Procedures.Add(SampleProcedures.Licensing);
                more?.Invoke(options);
            });
        services.AddHealthChecks().AddCheck<CalendarHealthCheck>(CalendarHealthCheck.Name, failureStatus);
        return services.BuildServiceProvider(validateScopes: true);
    }

    [Fact]
    public async Task The_host_adds_the_registered_check_with_one_line_and_the_host_clock_drives_it()
    {
        using var provider = Host(CalendarHealthCheckTests.Strict2026(), Instant.FromUtc(2026, 11, 30, 2, 0));

        var report = await provider.GetRequiredService<HealthCheckService>().CheckHealthAsync();

        var entry = report.Entries[CalendarHealthCheck.Name];
        Assert.Equal(HealthStatus.Degraded, entry.Status);
        Assert.Equal(31, entry.Data["daysLeft"]);
        Assert.Equal("13 working days", entry.Data["horizon"]);
        Assert.Same(provider.GetRequiredService<CalendarHealthCheck>(), provider.GetRequiredService<CalendarHealthCheck>());
    }

    [Fact]
    public async Task A_run_out_calendar_reports_the_registrations_failure_status()
    {
        using var unhealthy = Host(CalendarHealthCheckTests.Strict2026(), Instant.FromUtc(2027, 1, 15, 2, 0));
        using var degraded = Host(CalendarHealthCheckTests.Strict2026(), Instant.FromUtc(2027, 1, 15, 2, 0), failureStatus: HealthStatus.Degraded);

        Assert.Equal(HealthStatus.Unhealthy, (await unhealthy.GetRequiredService<HealthCheckService>().CheckHealthAsync()).Status);
        Assert.Equal(HealthStatus.Degraded, (await degraded.GetRequiredService<HealthCheckService>().CheckHealthAsync()).Status);
    }

    [Fact]
    public async Task The_options_reach_the_check()
    {
        using var provider = Host(
            CalendarHealthCheckTests.Strict2026(),
            Instant.FromUtc(2026, 11, 30, 2, 0),
            options => options.CalendarHealth = new CalendarHealthCheckOptions(warning: TimeLimit.NaturalDays(30)));

        var result = await provider.GetRequiredService<CalendarHealthCheck>().CheckHealthAsync(new HealthCheckContext());

        Assert.Equal(HealthStatus.Healthy, result.Status);
        Assert.Equal(TimeLimit.NaturalDays(30), provider.GetRequiredService<CalendarHealthCheck>().Options.Warning);
    }

    [Fact]
    public async Task A_local_overlay_on_a_provisional_calendar_keeps_its_published_end()
    {
        // The overlay goes on the most likely arrangement and stays provisional: the published end is the base's.
        using var provider = Host(
            CalendarHealthCheckTests.Provisional2027(),
            Instant.FromUtc(2026, 11, 30, 2, 0),
            options => options.CalendarOverlay = builder => builder.AddHoliday(new LocalDate(2026, 12, 1), new HolidayName("县庆", "County Day")));

        var check = provider.GetRequiredService<CalendarHealthCheck>();
        var result = await check.CheckHealthAsync(new HealthCheckContext());

        Assert.Equal("test-2026-2027+local", check.Calendar.Id);
        Assert.IsAssignableFrom<IProvisionalWorkingCalendar>(check.Calendar);
        Assert.Equal(HealthStatus.Degraded, result.Status);
        Assert.Equal("2026-12-31", result.Data["publishedEnd"]);
        Assert.Equal(true, result.Data["provisional"]);
    }
}
