using System;
using System.IO;
using System.Text;
using PowerGovernance.Calendars.China;
using PowerGovernance.Samples.ConsoleHost;
using Spectre.Console;

// PowerGovernance sample host: the working-day calendar, then the township catalog (validated, with
// its public projection). See README.md "Status" for what the kernel does not do yet.
Console.OutputEncoding = Encoding.UTF8;
if (Console.IsOutputRedirected)
{
    AnsiConsole.Profile.Width = 200;
}

var calendar = ChinaCalendars.Official;
CalendarDemo.Run(calendar);
CatalogDemo.Run(Path.Combine(AppContext.BaseDirectory, "catalog", "township-catalog.csv"));
