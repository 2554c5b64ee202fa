using System;
using Microsoft.Extensions.DependencyInjection;
using NodaTime;
using PowerGovernance.Calendars;
using PowerGovernance.Calendars.China;
using PowerGovernance.Procedures;
using PowerGovernance.Supervision;
using PowerGovernance.Tests.Calendars;

namespace PowerGovernance.Tests.Attacks;

/// <summary>
/// Issue 14, finding 8 (DI): with a calendar overlay configured, the <see cref="IWorkingCalendar"/> a host resolves
/// and the one the engine counts on were different objects that disagreed on the overlay's days; a host computing a
/// deadline itself got another date than the engine. Now there is one calendar, however the host registered its own.
/// </summary>
public class OneCalendarAttackTests
{
    private static readonly LocalDate CountyDay = new(2024, 11, 8);

    private static void Overlay(PowerGovernance.DependencyInjection.PowerGovernanceOptions options) =>
        options.CalendarOverlay = builder => builder.AddHoliday(CountyDay, new HolidayName("县庆", "County day"));

    public static TheoryData<string> Registrations => new()
    {
        "options",
        "instance",
        "official",
        "factory",
        "type",
    };

    [Theory]
    [MemberData(nameof(Registrations))]
    public void The_host_and_the_engine_resolve_the_same_overlaid_calendar(string registration)
    {
        var services = new ServiceCollection();
        switch (registration)
        {
            case "instance":
                services.AddSingleton<IWorkingCalendar>(SampleCalendars.SecondHalf2024());
                break;
            case "official":
                services.AddChinaOfficialCalendar(ChinaCalendarMode.Strict);
                break;
            case "factory":
                services.AddSingleton<IWorkingCalendar>(_ => SampleCalendars.SecondHalf2024());
                break;
            case "type":
                services.AddSingleton<IWorkingCalendar, SecondHalf2024Calendar>();
                break;
        }

        services.AddPowerGovernance(options =>
        {
            if (registration == "options")
            {
                options.Calendar = SampleCalendars.SecondHalf2024();
            }

            Overlay(options);
        });
        using var provider = services.BuildServiceProvider(validateScopes: true);

        var resolved = provider.GetRequiredService<IWorkingCalendar>();
        var engine = provider.GetRequiredService<ProcedureEngine>();
        Assert.Same(engine.Calendar, resolved);
        Assert.False(resolved.IsWorkingDay(CountyDay));
        Assert.Same(resolved, provider.GetRequiredService<CaseSupervisor>().Calendar);
        Assert.Single(provider.GetServices<IWorkingCalendar>());
    }

    [Fact]
    public void Without_an_overlay_the_host_calendar_is_the_engine_calendar()
    {
        var calendar = SampleCalendars.SecondHalf2024();
        using var provider = new ServiceCollection()
            .AddSingleton<IWorkingCalendar>(calendar)
            .AddPowerGovernance(_ => { })
            .BuildServiceProvider();

        Assert.Same(calendar, provider.GetRequiredService<IWorkingCalendar>());
        Assert.Same(calendar, provider.GetRequiredService<ProcedureEngine>().Calendar);
    }

    [Fact]
    public void A_bad_overlay_on_a_calendar_registered_through_a_factory_fails_when_first_resolved_naming_the_option()
    {
        using var provider = new ServiceCollection()
            .AddSingleton<IWorkingCalendar>(_ => SampleCalendars.SecondHalf2024())
            .AddPowerGovernance(options => options.CalendarOverlay = b => b.AddHoliday(new LocalDate(2003, 1, 2), new HolidayName("县庆", "County day")))
            .BuildServiceProvider();

        var error = Assert.Throws<InvalidOperationException>(() => provider.GetRequiredService<IWorkingCalendar>());

        Assert.Contains("options.CalendarOverlay", error.Message, StringComparison.Ordinal);
    }

    /// <summary>A calendar registered by type, as a host with its own calendar class would.</summary>
    internal sealed class SecondHalf2024Calendar : IWorkingCalendar
    {
        private readonly WorkingCalendar inner = SampleCalendars.SecondHalf2024();

        public string Id => inner.Id;

        public DateInterval Coverage => inner.Coverage;

        public CalendarIdentity Identity => inner.Identity;

        public LocalDate AddWorkingDays(LocalDate start, int count) => inner.AddWorkingDays(start, count);

        public int CountWorkingDays(LocalDate start, LocalDate end) => inner.CountWorkingDays(start, end);

        public DayType GetDayType(LocalDate date) => inner.GetDayType(date);

        public HolidayName? GetHolidayName(LocalDate date) => inner.GetHolidayName(date);

        public bool IsWorkingDay(LocalDate date) => inner.IsWorkingDay(date);

        public LocalDate NextWorkingDay(LocalDate date) => inner.NextWorkingDay(date);

        public LocalDate PreviousWorkingDay(LocalDate date) => inner.PreviousWorkingDay(date);
    }
}
