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
    public static readonly string[] Parts = ["calendar", "notice", "catalog", "cases", "board", "front-desk", "accountability", "civil-affairs", "stability", "evaluation"];

    /// <summary>The story begins on the first working day of 2024, 09:00 in Beijing.</summary>
    public static readonly Instant Start = new LocalDateTime(2024, 1, 2, 9, 0).InZoneStrictly(Deadline.ChinaStandardZone).ToInstant();

    public static int Run(Narrator narrator, FileInfo? catalogFile, string[] only, DirectoryInfo? flowcharts)
    {
        bool Wants(string part) => only.Length == 0 || only.Contains(part, StringComparer.Ordinal);
        var townshipPath = Path.Combine(AppContext.BaseDirectory, "catalog", "township-catalog.csv");
        var township = CatalogDemo.Load(townshipPath);
        using var host = SampleHost.Build(township, Start);
        var services = host.Services;

        if (Wants("calendar"))
        {
            CalendarDemo.Run(narrator, services.GetRequiredService<IWorkingCalendar>());
        }

        if (Wants("notice"))
        {
            NoticeDemo.Run(narrator);
        }

        if (Wants("catalog") && !CatalogDemo.Run(narrator, catalogFile?.FullName ?? townshipPath))
        {
            return SampleExitCodes.BadInput;
        }

        if (Wants("cases"))
        {
            if (!ProcedureDemo.Run(narrator, services, flowcharts ?? SampleFolders.Flowcharts))
            {
                return SampleExitCodes.OutputNotWritten;
            }
        }

        BoardReport? yearEnd = null;
        if (Wants("board"))
        {
            yearEnd = BoardDemo.Run(narrator, services);
        }

        if (Wants("front-desk"))
        {
            FrontDeskDemo.Run(narrator, services);
        }

        if (Wants("accountability"))
        {
            AccountabilityDemo.Run(narrator, services, yearEnd);
        }

        if (Wants("civil-affairs"))
        {
            CivilAffairsDemo.Run(narrator);
        }

        if (Wants("stability"))
        {
            StabilityDemo.Run(narrator, services);
        }

        if (Wants("evaluation"))
        {
            EvaluationDemo.Run(narrator, services);
        }

        return SampleExitCodes.Success;
    }
}
