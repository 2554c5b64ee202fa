using System;
using PowerGovernance.Tool.Seams;

namespace PowerGovernance.Tool.Tests;

public sealed class CalendarExportCommandTests
{
    /// <summary>A writer that writes what it was given: the calendar and the range.</summary>
    private static readonly ToolSeams WithEchoWriter = ToolSeams.Default with
    {
        Export = new CalendarExporter([new CalendarExportFormat("text", "echo", (calendar, range, writer) => writer.Write(calendar.Id + " " + range + "\n"))]),
    };

    [Theory]
    [InlineData("text")]
    [InlineData("json")]
    [InlineData("ics")]
    public void Every_format_is_not_yet_supported_in_this_build(string format)
    {
        var run = Powergov.Run("calendar", "export", "--format", format);

        Assert.Equal(2, run.ExitCode);
        Assert.Equal(string.Empty, run.Out);
        Assert.Contains("error [FormatNotYetSupported]", run.Error, StringComparison.Ordinal);
        Assert.Contains("尚不支持导出", run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void An_unknown_format_is_refused()
    {
        var run = Powergov.Run("calendar", "export", "--format", "pdf");

        Assert.Equal(2, run.ExitCode);
        Assert.Contains("error [UnknownExportFormat]: 'pdf' is not an export format. Use one of: text, json, ics.", run.Error, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("--from", "2030", "YearOutsideCoverage")]
    [InlineData("--to", "2003", "YearOutsideCoverage")]
    [InlineData("--from", "24", "InvalidYear")]
    [InlineData("--from", "２０２４", "InvalidYear")]
    public void Bad_years_are_refused(string option, string year, string code)
    {
        var run = Powergov.Run(WithEchoWriter, "calendar", "export", option, year);

        Assert.Equal(2, run.ExitCode);
        Assert.Contains("error [" + code + "]", run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void Reversed_years_are_refused()
    {
        var run = Powergov.Run(WithEchoWriter, "calendar", "export", "--from", "2025", "--to", "2024");

        Assert.Equal(2, run.ExitCode);
        Assert.Contains("error [ReversedYears]: --from 2025 is after --to 2024.", run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void The_writer_gets_the_official_calendar_and_whole_years()
    {
        var run = Powergov.Run(WithEchoWriter, "calendar", "export", "--from", "2024", "--to", "2025");

        Assert.True(run.ExitCode == 0, run.ToString());
        Assert.Equal("cn-official [2024-01-01, 2025-12-31]\n", run.Out);
    }

    [Fact]
    public void The_writer_gets_a_calendar_file_over_its_coverage_by_default()
    {
        var run = Powergov.Run(WithEchoWriter, "calendar", "export", "--calendar", CalendarFiles.Sample2024, "--json");

        Assert.Equal(0, run.ExitCode);
        Assert.Equal("cn-2024 [2024-01-01, 2024-12-31]\n", run.Json.GetProperty("content").GetString());
        Assert.Equal("2024-01-01", run.Json.GetProperty("range").GetProperty("start").GetString());
        Assert.Equal("cn-2024", run.Json.GetProperty("calendar").GetProperty("id").GetString());
    }
}
