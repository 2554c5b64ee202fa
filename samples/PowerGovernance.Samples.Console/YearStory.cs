using System;
using System.IO;
using System.Linq;
using Microsoft.Extensions.DependencyInjection;
using NodaTime;
using PowerGovernance.Calendars;
using PowerGovernance.Supervision;

namespace PowerGovernance.Samples.ConsoleHost;

/// <summary>The year story of 石门镇 (a township) in 2024, part by part, on the host's services and its fake clock.</summary>
internal static class YearStory
{
    public static readonly string[] Parts = ["calendar", "catalog", "cases", "board", "front-desk", "accountability"];

    /// <summary>The story begins on the first working day of 2024, 09:00 in Beijing.</summary>
    public static readonly Instant Start = new LocalDateTime(2024, 1, 2, 9, 0).InZoneStrictly(Deadline.ChinaStandardZone).ToInstant();

    public static int Run(FileInfo? catalogFile, string[] only, DirectoryInfo? flowcharts)
    {
        bool Wants(string part) => only.Length == 0 || only.Contains(part, StringComparer.Ordinal);
        var townshipPath = Path.Combine(AppContext.BaseDirectory, "catalog", "township-catalog.csv");
        var township = CatalogDemo.Load(townshipPath);
        using var host = SampleHost.Build(township, Start);
        var services = host.Services;

        if (Wants("calendar"))
        {
            CalendarDemo.Run(services.GetRequiredService<IWorkingCalendar>());
        }

        if (Wants("catalog") && !CatalogDemo.Run(catalogFile?.FullName ?? townshipPath))
        {
            return 2;
        }

        if (Wants("cases"))
        {
            ProcedureDemo.Run(services, flowcharts ?? new DirectoryInfo(Path.Combine(AppContext.BaseDirectory, "flowcharts")));
        }

        BoardReport? yearEnd = null;
        if (Wants("board"))
        {
            yearEnd = BoardDemo.Run(services);
        }

        if (Wants("front-desk"))
        {
            FrontDeskDemo.Run(services);
        }

        if (Wants("accountability"))
        {
            AccountabilityDemo.Run(services, yearEnd);
        }

        return 0;
    }
}
