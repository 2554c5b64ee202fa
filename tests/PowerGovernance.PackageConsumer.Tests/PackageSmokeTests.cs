using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using FsCheck.Fluent;
using Microsoft.Extensions.DependencyInjection;
using NodaTime;
using PowerGovernance.Calendars;
using PowerGovernance.Calendars.China;
using PowerGovernance.Cryptography.Sm;
using PowerGovernance.Powers;
using PowerGovernance.Procedures;
using PowerGovernance.Procedures.BuiltIn;
using PowerGovernance.Serialization;
using PowerGovernance.Supervision;
using PowerGovernance.Testing;

namespace PowerGovernance.PackageConsumer.Tests;

/// <summary>
/// Smoke tests against the packed packages (PackageReference from artifacts/packages): each one fails
/// if a package is missing a dependency, its embedded data or an assembly for the running framework.
/// </summary>
public class PackageSmokeTests
{
    private static readonly PowerCode Licensing = PowerCode.Parse("62099907ZF-XK-0001");

    [Fact]
    public void The_official_calendar_loads_its_embedded_data_and_counts_across_National_Day()
    {
        var calendar = ChinaCalendars.Official;
        var due = calendar.DueDate(new LocalDate(2024, 9, 27), TimeLimit.WorkingDays(15));
        Assert.Equal(new LocalDate(2024, 10, 23), due);
        Assert.True(calendar.IsWorkingDay(new LocalDate(2024, 9, 29)));   // 调休 make-up Sunday
        Assert.False(calendar.IsWorkingDay(new LocalDate(2024, 10, 1)));
    }

    [Fact]
    public void A_catalog_imports_from_the_sample_spreadsheet()
    {
        var catalog = ImportSampleCatalog();
        Assert.Equal(20, catalog.Powers.Count);
        Assert.True(catalog.TryGet(Licensing, out _));
    }

    [Fact]
    public void A_licensing_case_starts_and_is_accepted_and_its_audit_chain_verifies()
    {
        var catalog = ImportSampleCatalog();
        var engine = new ProcedureEngine(ChinaCalendars.Official, catalog, BuiltInProcedures.All);
        var clerk = new Actor("赵窗口", AdministrativeLicensing.Clerk);
        var receivedAt = At(2024, 9, 27);

        var started = engine.Start("XK-001", Licensing, AdministrativeLicensing.Id, clerk, receivedAt);
        Assert.True(started.IsAccepted, started.Message);
        var accepted = engine.Fire(started.Snapshot!, "accept", clerk, At(2024, 9, 29), expectedVersion: started.Snapshot!.Version);
        Assert.True(accepted.IsAccepted, accepted.Message);

        var events = started.Events.Concat(accepted.Events).ToList();
        var verification = AuditChain.Verify(events, accepted.Snapshot!.AuditHead);
        Assert.True(verification.IsValid, verification.Problem);
        Assert.Equal(accepted.Snapshot, engine.Replay(AdministrativeLicensing.Id, Licensing, events));

        var status = new CaseSupervisor(ChinaCalendars.Official).CaseStatus(accepted.Snapshot, BuiltInProcedures.AdministrativeLicensing, At(2024, 9, 30));
        Assert.Equal(DeadlineState.OnTime, status.State);
    }

    [Fact]
    public void A_case_hashed_with_SM3_from_the_package_verifies_with_SM3_and_not_with_SHA_256()
    {
        var engine = new ProcedureEngine(ChinaCalendars.Official, ImportSampleCatalog(), BuiltInProcedures.All, digest: Sm3AuditDigest.Instance);
        var started = engine.Start("XK-SM3", Licensing, AdministrativeLicensing.Id, new Actor("赵窗口", AdministrativeLicensing.Clerk), At(2024, 9, 27));
        Assert.True(started.IsAccepted, started.Message);
        Assert.True(AuditChain.Verify(started.Events, Sm3AuditDigest.Instance).IsValid);
        Assert.False(AuditChain.Verify(started.Events, AuditDigest.Sha256).IsValid);
    }

    [Fact]
    public void AddPowerGovernance_resolves_the_engine()
    {
        var catalog = ImportSampleCatalog();
        using var provider = new ServiceCollection()
            .AddChinaOfficialCalendar()
            .AddPowerGovernance(options =>
            {
                options.Catalog = catalog;
                options.Procedures.Add(BuiltInProcedures.AdministrativeLicensing);
            })
            .BuildServiceProvider();

        var engine = provider.GetRequiredService<ProcedureEngine>();
        Assert.Contains(engine.Definitions, d => d.Id == AdministrativeLicensing.Id);
        Assert.Same(ChinaCalendars.Provisional, provider.GetRequiredService<IWorkingCalendar>());
        Assert.NotNull(provider.GetRequiredService<IClock>());
    }

    [Fact]
    public void A_Testing_generator_produces_well_formed_powers()
    {
        var powers = PowerGenerators.WellFormed.Sample(5);
        Assert.Equal(5, powers.Length);
        Assert.All(powers, power => Assert.False(string.IsNullOrWhiteSpace(power.Name)));
    }

    private static PowerCatalog ImportSampleCatalog()
    {
        using var file = File.OpenRead(Path.Combine(AppContext.BaseDirectory, "township-catalog.csv"));
        return CatalogCsv.Import(file);
    }

    private static Instant At(int year, int month, int day) =>
        new LocalDateTime(year, month, day, 10, 0).InZoneStrictly(Deadline.ChinaStandardZone).ToInstant();
}
