using System;
using Microsoft.Extensions.DependencyInjection;
using NodaTime;
using NodaTime.Testing;
using PowerGovernance.Accountability;
using PowerGovernance.Appeals;
using PowerGovernance.Calendars;
using PowerGovernance.Calendars.China;
using PowerGovernance.Evaluation;
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

    [Fact]
    public void Accountability_is_registered_with_the_offices_own_sanction_table()
    {
        var calendar = SampleCalendars.SecondHalf2024();
        Sanction[] own = [new("talk", 1, "提醒谈话", "Talk"), new("criticism", 2, "通报批评", "Criticism"), new("removal", 3, "建议免职", "Removal")];
        var table = new SanctionTable(own, ["talk"], ["criticism"], ["removal"]);
        using var provider = new ServiceCollection()
            .AddPowerGovernance(options =>
            {
                options.Calendar = calendar;
                options.Catalog = SampleProcedures.Catalog;
                options.Procedures.Add(AccountabilityProcedure.Definition);
                options.Sanctions = table;
                options.AppealPolicy = AppealPolicy.Default with { AppealSuspendsDecision = true };
                options.AccountabilityMatters.Add(new AccountabilityMatter("late-disclosure", "应公开未公开", "Not disclosing what must be disclosed"));
            })
            .BuildServiceProvider();

        Assert.Same(table, provider.GetRequiredService<SanctionPolicy>().Table);
        var proceedings = provider.GetRequiredService<AccountabilityProceedings>();
        Assert.Same(table, proceedings.Policy.Table);
        Assert.True(proceedings.AppealPolicy.AppealSuspendsDecision);
        var ownMatter = new AccountabilityMatter("late-disclosure", "应公开未公开", "Not disclosing what must be disclosed");
        var opened = proceedings.Open("WZ-9", SampleProcedures.Catalog.Powers[0].Code, new Actor("办公室", AccountabilityProcedure.Office), Instant.FromUtc(2024, 10, 8, 1, 0), "某甲", ownMatter, AccountabilitySource.Media);
        Assert.True(opened.IsAccepted, opened.Message);
        Assert.Equal(ownMatter, opened.Case!.Matter);
        Assert.Throws<ArgumentException>(() => new AccountabilityProceedings(proceedings.Engine).Open("WZ-9", SampleProcedures.Catalog.Powers[0].Code, new Actor("办公室", AccountabilityProcedure.Office), Instant.FromUtc(2024, 10, 8, 1, 0), "某甲", ownMatter, AccountabilitySource.Media));
        Assert.Same(provider.GetRequiredService<ProcedureEngine>(), proceedings.Engine);
        Assert.NotNull(provider.GetRequiredService<YearEndAssessment>());

        // By default the proceedings also recognize wrongful enforcement and investigators' misconduct, as they do when built directly.
        var investigator = proceedings.Open("WZ-10", SampleProcedures.Catalog.Powers[0].Code, new Actor("办公室", AccountabilityProcedure.Office), Instant.FromUtc(2024, 10, 8, 1, 0), "调查员某乙", AccountabilityMatter.InvestigatorMisconduct, AccountabilitySource.Media);
        Assert.True(investigator.IsAccepted, investigator.Message);
        Assert.True(proceedings.Open("WZ-11", SampleProcedures.Catalog.Powers[0].Code, new Actor("办公室", AccountabilityProcedure.Office), Instant.FromUtc(2024, 10, 8, 1, 0), "执法员某丙", AccountabilityMatter.WrongfulEnforcement, AccountabilitySource.Media).IsAccepted);
    }

    [Fact]
    public void Without_the_accountability_procedure_no_proceedings_are_registered()
    {
        using var provider = new ServiceCollection()
            .AddPowerGovernance(options => options.Calendar = SampleCalendars.Autumn2024())
            .BuildServiceProvider();

        Assert.Null(provider.GetService<AccountabilityProceedings>());
        Assert.Same(SanctionTable.Default, provider.GetRequiredService<SanctionPolicy>().Table);
    }

    [Fact]
    public void Bad_options_fail_at_start_up_naming_every_option()
    {
        var error = Assert.Throws<InvalidOperationException>(() => new ServiceCollection().AddPowerGovernance(options =>
        {
            options.Catalog = null!;
            options.Sanctions = null!;
            options.EvaluationPolicy = new EvaluationPolicy(CriticismVetoThreshold: 0);
            options.Procedures.Add(null!);
            options.AccountabilityMatters.Add(AccountabilityMatter.Rudeness);
        }));

        Assert.Contains("6 problem", error.Message, StringComparison.Ordinal);
        Assert.Contains("options.AccountabilityMatters: the code 'rudeness'", error.Message, StringComparison.Ordinal);
        Assert.Contains("options.Calendar", error.Message, StringComparison.Ordinal);
        Assert.Contains("options.Catalog", error.Message, StringComparison.Ordinal);
        Assert.Contains("options.Sanctions", error.Message, StringComparison.Ordinal);
        Assert.Contains("options.EvaluationPolicy.CriticismVetoThreshold", error.Message, StringComparison.Ordinal);
        Assert.Contains("options.Procedures[0]", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_host_that_registers_its_own_clock_and_calendar_keeps_them()
    {
        var clock = new FakeClock(Instant.FromUtc(2024, 10, 8, 1, 0));
        var own = SampleCalendars.SecondHalf2024();
        using var provider = new ServiceCollection()
            .AddSingleton<IClock>(clock)
            .AddSingleton<IWorkingCalendar>(own)
            .AddChinaOfficialCalendar()
            .AddPowerGovernance(options => options.Calendar = ChinaCalendars.Official)
            .BuildServiceProvider();

        Assert.Same(clock, provider.GetRequiredService<IClock>());
        Assert.Same(own, provider.GetRequiredService<IWorkingCalendar>());
        Assert.Same(own, provider.GetRequiredService<ProcedureEngine>().Calendar);
        Assert.Same(own, provider.GetRequiredService<CaseSupervisor>().Calendar);
    }

    [Fact]
    public void The_provisional_calendar_is_registered_by_the_China_package_by_default()
    {
        using var provider = new ServiceCollection()
            .AddChinaOfficialCalendar()
            .AddPowerGovernance(_ => { })
            .BuildServiceProvider();

        Assert.Same(ChinaCalendars.Provisional, provider.GetRequiredService<IWorkingCalendar>());
        Assert.Same(ChinaCalendars.Provisional, provider.GetRequiredService<ProcedureEngine>().Calendar);
    }

    [Fact]
    public void The_strict_official_calendar_is_one_option_away()
    {
        using var provider = new ServiceCollection()
            .AddChinaOfficialCalendar(ChinaCalendarMode.Strict)
            .AddPowerGovernance(_ => { })
            .BuildServiceProvider();

        Assert.Same(ChinaCalendars.Official, provider.GetRequiredService<IWorkingCalendar>());
        Assert.Throws<CalendarCoverageException>(() => provider.GetRequiredService<IWorkingCalendar>().AddWorkingDays(new LocalDate(2026, 12, 20), 20));
    }

    [Fact]
    public void A_calendar_registered_through_a_factory_is_used_when_the_kernel_is_first_resolved()
    {
        using var provider = new ServiceCollection()
            .AddSingleton<IWorkingCalendar>(_ => SampleCalendars.Autumn2024())
            .AddPowerGovernance(_ => { })
            .BuildServiceProvider();

        Assert.Same(provider.GetRequiredService<IWorkingCalendar>(), provider.GetRequiredService<ProcedureEngine>().Calendar);
    }

    [Fact]
    public void A_local_overlay_is_what_the_kernel_counts_on()
    {
        var countyDay = new LocalDate(2024, 11, 8);
        using var provider = new ServiceCollection()
            .AddChinaOfficialCalendar()
            .AddPowerGovernance(options => options.CalendarOverlay = b => b.AddHoliday(countyDay, new HolidayName("县庆", "County day")))
            .BuildServiceProvider();

        var engine = provider.GetRequiredService<ProcedureEngine>();
        Assert.Equal(ChinaCalendars.Provisional.Id + "+local", engine.Calendar.Id);
        Assert.IsAssignableFrom<IProvisionalWorkingCalendar>(engine.Calendar);
        Assert.False(engine.Calendar.IsWorkingDay(countyDay));
        Assert.Same(engine.Calendar, provider.GetRequiredService<IWorkingCalendar>());
    }

    [Fact]
    public void A_bad_overlay_fails_at_start_up_naming_the_option()
    {
        var error = Assert.Throws<InvalidOperationException>(() => new ServiceCollection()
            .AddChinaOfficialCalendar()
            .AddPowerGovernance(options => options.CalendarOverlay = b => b.AddHoliday(new LocalDate(2003, 1, 2), new HolidayName("县庆", "County day"))));

        Assert.Contains("options.CalendarOverlay", error.Message, StringComparison.Ordinal);
    }
}
