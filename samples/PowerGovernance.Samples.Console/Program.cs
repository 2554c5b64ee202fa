using System;
using System.Text;
using PowerGovernance.Samples.ConsoleHost;

// PowerGovernance sample host: one year (2024) of a township's powers on a fake clock. Run with --help for the parts,
// --lang zh for Chinese, --catalog for your own catalog spreadsheet, and the flowcharts subcommand to write every
// procedure's chart. The work is in SampleApp.Run, which the tests call with their own writers.
Console.OutputEncoding = Encoding.UTF8;
return SampleApp.Run(args, Console.Out, Console.Error, interactive: !Console.IsOutputRedirected);
