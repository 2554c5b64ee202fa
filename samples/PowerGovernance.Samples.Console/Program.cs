using System;
using System.IO;
using System.Text;
using PowerGovernance.Calendars.China;
using PowerGovernance.Samples.ConsoleHost;
using Spectre.Console;

// PowerGovernance sample host: the working-day calendar, the township catalog (validated, with its
// public projection), and two cases walked through built-in procedures with their clocks and
// flowcharts. See README.md "Status" for what the kernel does not do yet.
Console.OutputEncoding = Encoding.UTF8;
if (Console.IsOutputRedirected)
{
    AnsiConsole.Profile.Width = 200;
}

var calendar = ChinaCalendars.Official;
CalendarDemo.Run(calendar);
var catalog = CatalogDemo.Run(Path.Combine(AppContext.BaseDirectory, "catalog", "township-catalog.csv"));
ProcedureDemo.Run(calendar, catalog, Path.Combine(AppContext.BaseDirectory, "flowcharts"));
FrontDeskDemo.Run(calendar, catalog);
AccountabilityDemo.Run(calendar, catalog);
