using System;
using System.Text;
using PowerGovernance.Samples.ConsoleHost;
using Spectre.Console;

// PowerGovernance sample host: one year (2024) of a township's powers on a fake clock. Run with --help for the parts,
// --catalog for your own catalog spreadsheet, and the flowcharts subcommand to write every procedure's chart.
Console.OutputEncoding = Encoding.UTF8;
if (Console.IsOutputRedirected)
{
    // Plain text when redirected (CI, a file): no colours or cursor codes; wide enough for the tables.
    AnsiConsole.Console = AnsiConsole.Create(new AnsiConsoleSettings { Ansi = AnsiSupport.No, ColorSystem = ColorSystemSupport.NoColors, Interactive = InteractionSupport.No });
    AnsiConsole.Profile.Width = 200;
}

return SampleCommands.Create().Parse(args).Invoke();
