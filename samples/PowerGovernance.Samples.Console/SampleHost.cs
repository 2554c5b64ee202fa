using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using NodaTime;
using NodaTime.Testing;
using PowerGovernance.Accountability;
using PowerGovernance.Calendars;
using PowerGovernance.Calendars.China;
using PowerGovernance.Powers;
using PowerGovernance.Procedures.BuiltIn;

namespace PowerGovernance.Samples.ConsoleHost;

/// <summary>
/// The generic host the story runs in, registered the way an e-government system would: the official calendar, the kernel with
/// the township's catalog and every built-in procedure, and a <see cref="FakeClock"/> as the <see cref="IClock"/> (the host's own
/// clock wins over the kernel's default system clock).
/// </summary>
internal static class SampleHost
{
    /// <summary>行政问责: the sample spreadsheet does not list it; the story adds it to the catalog its cases run on.</summary>
    public static readonly Power AccountabilityPower = new()
    {
        Code = PowerCode.Parse("62099907ZF-QT-0099"),
        Name = "行政问责",
        Category = PowerCategory.Other,
        LegalBases = [new LegalBasis("《XXX权力查究问责制度》", "行政问责制", LegalBasisRank.NormativeDocument)],
        ImplementingBody = "陇泉县石门镇人民政府",
        UndertakingUnit = "党政办公室",
        Initiation = Initiation.ExOfficio,
        CommittedTimeLimit = TimeLimit.WorkingDays(10),
    };

    public static IHost Build(PowerCatalog township, Instant start)
    {
        var builder = Host.CreateApplicationBuilder(new HostApplicationBuilderSettings { DisableDefaults = true });
        builder.Logging.SetMinimumLevel(LogLevel.Warning);
        var clock = new FakeClock(start);
        builder.Services
            .AddSingleton<IClock>(clock)
            .AddSingleton(clock)
            .AddChinaOfficialCalendar()
            .AddPowerGovernance(options =>
            {
                options.Catalog = new PowerCatalog([.. township.Powers, AccountabilityPower]);
                foreach (var definition in BuiltInProcedures.All)
                {
                    options.Procedures.Add(definition);
                }

                options.Procedures.Add(AccountabilityProcedure.Definition);
                options.Procedures.Add(PowerGovernance.Evaluation.RatingRectificationProcedure.Definition);
            });
        return builder.Build();
    }
}
