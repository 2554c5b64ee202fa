using System;
using Microsoft.Extensions.DependencyInjection;
using NodaTime;
using NodaTime.Testing;
using PowerGovernance.Calendars;
using PowerGovernance.Powers;
using PowerGovernance.Procedures;
using PowerGovernance.Supervision;
using PowerGovernance.Tests.Calendars;
using PowerGovernance.Tests.Procedures;

namespace PowerGovernance.Tests.DependencyInjection;

public class AddPowerGovernanceTests
{
    [Fact]
    public void The_kernel_is_registered_as_singletons_and_the_host_clock_wins()
    {
        var clock = new FakeClock(Instant.FromUtc(2024, 10, 8, 1, 0));
        var services = new ServiceCollection()
            .AddSingleton<IClock>(clock)
            .AddPowerGovernance(options =>
            {
                options.Calendar = SampleCalendars.SecondHalf2024();
                options.Catalog = SampleProcedures.Catalog;
                options.Procedures.Add(SampleProcedures.Licensing);
            });

        using var provider = services.BuildServiceProvider(validateScopes: true);

        Assert.Same(clock, provider.GetRequiredService<IClock>());
        Assert.Equal("test-h2-2024", provider.GetRequiredService<IWorkingCalendar>().Id);
        Assert.Same(SampleProcedures.Catalog, provider.GetRequiredService<PowerCatalog>());
        var engine = provider.GetRequiredService<ProcedureEngine>();
        Assert.Same(engine, provider.GetRequiredService<ProcedureEngine>());
        Assert.Contains(SampleProcedures.Licensing, engine.Definitions);
        Assert.NotNull(provider.GetRequiredService<SupervisionBoard>());
        Assert.NotNull(provider.GetRequiredService<CaseSupervisor>());
        Assert.NotNull(provider.GetRequiredService<CatalogValidator>());
    }

    [Fact]
    public void Without_a_host_clock_the_system_clock_is_registered()
    {
        using var provider = new ServiceCollection()
            .AddPowerGovernance(options => options.Calendar = SampleCalendars.Autumn2024())
            .BuildServiceProvider();

        Assert.Same(SystemClock.Instance, provider.GetRequiredService<IClock>());
    }

    [Fact]
    public void A_calendar_is_required()
    {
        var error = Assert.Throws<InvalidOperationException>(() => new ServiceCollection().AddPowerGovernance(_ => { }));

        Assert.Contains("options.Calendar", error.Message, StringComparison.Ordinal);
    }
}
