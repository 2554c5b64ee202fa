using System;
using PowerGovernance.Calendars;
using PowerGovernance.Calendars.China;
using PowerGovernance.Serialization;
using PowerGovernance.Tool.Seams;

namespace PowerGovernance.Tool.Tests;

public sealed class CalendarExportCommandTests : IDisposable
{
    /// <summary>A writer that writes what it was given: the calendar and the range.</summary>
    private static readonly ToolSeams WithEchoWriter = ToolSeams.Default with
    {
        Export = new CalendarExporter([new CalendarExportFormat("text", "echo", (calendar, range, writer) => writer.Write(calendar.Id + " " + range + "\n"))]),
    };

    private readonly TempFiles files = new();

    public void Dispose() => files.Dispose();

    /// <summary>The official 2024 arrangement, as the committed sample file states it.</summary>
    private static WorkingCalendar Sample2024 => WorkingCalendar.Parse(CalendarFiles.Sample2024Text);

    [Fact]
    public void The_whole_official_calendar_as_text_reads_back_to_the_same_calendar()
    {
        var run = Powergov.Run("calendar", "export");

        Assert.True(run.ExitCode == 0, run.Error);
        var again = WorkingCalendar.Parse(run.Out);

        // The text format has no statutory marking; the China package adds it from the law, as for the embedded data.
        Assert.Equal(ChinaCalendars.Official.Identity, ChinaCalendars.MarkStatutory(again).Identity);
        Assert.Equal(ChinaCalendars.Official.Sources, again.Sources);
    }

    [Fact]
    public void One_year_as_text_is_that_year_of_the_official_arrangement()
    {
        var run = Powergov.Run("calendar", "export", "--format", "text", "--from", "2024", "--to", "2024");

        Assert.Equal(0, run.ExitCode);
        var year = WorkingCalendar.Parse(run.Out);
        Assert.Equal(Sample2024.Coverage, year.Coverage);
        Assert.Empty(CalendarComparison.ChangedDays(Sample2024, year));
        var source = Assert.Single(year.Sources);
        Assert.Equal(2024, source.Year);
    }

    [Fact]
    public void One_year_as_json_is_a_holiday_cn_year_object()
    {
        var run = Powergov.Run("calendar", "export", "--format", "json", "--from", "2024", "--to", "2024");

        Assert.Equal(0, run.ExitCode);
        Assert.StartsWith("{", run.Out, StringComparison.Ordinal);
        var year = HolidayCnJson.Read(run.Out, "2024.json").Calendar;
        Assert.Equal(Sample2024.Coverage, year.Coverage);
        Assert.Empty(CalendarComparison.ChangedDays(Sample2024, year));
    }

    [Fact]
    public void Several_years_as_json_are_an_array_of_year_objects()
    {
        var run = Powergov.Run("calendar", "export", "--format", "json", "--from", "2023", "--to", "2024");

        Assert.Equal(0, run.ExitCode);
        Assert.StartsWith("[", run.Out, StringComparison.Ordinal);
        var years = HolidayCnJson.Read(run.Out, "2023-2024.json").Calendar;
        Assert.Equal(new NodaTime.DateInterval(new NodaTime.LocalDate(2023, 1, 1), new NodaTime.LocalDate(2024, 12, 31)), years.Coverage);
        Assert.Empty(CalendarComparison.ChangedDays(Sample2024, years));
    }

    [Fact]
    public void One_year_as_icalendar_reads_back_to_that_year()
    {
        var run = Powergov.Run("calendar", "export", "--format", "ics", "--from", "2024", "--to", "2024");

        Assert.Equal(0, run.ExitCode);
        Assert.StartsWith("BEGIN:VCALENDAR\r\n", run.Out, StringComparison.Ordinal);
        var year = CalendarIcs.Read(run.Out, "2024.ics").Calendar;
        Assert.Equal(Sample2024.Coverage, year.Coverage);
        Assert.Empty(CalendarComparison.ChangedDays(Sample2024, year));
    }

    [Fact]
    public void A_calendar_file_is_exported_and_json_output_carries_the_content()
    {
        var run = Powergov.Run("calendar", "export", "--calendar", CalendarFiles.Sample2024, "--json");

        Assert.Equal(0, run.ExitCode);
        Assert.Equal("cn-2024", run.Json.GetProperty("calendar").GetProperty("id").GetString());
        Assert.Equal("2024-12-31", run.Json.GetProperty("range").GetProperty("end").GetString());
        Assert.Equal(Sample2024.Identity, WorkingCalendar.Parse(run.Json.GetProperty("content").GetString()!).Identity);
    }

    [Fact]
    public void A_format_that_cannot_hold_the_calendar_is_an_error()
    {
        // holiday-cn files hold whole years; this file covers October 2024 only.
        var path = files.Write("cn-2024-10.txt", "calendar cn-2024-10\nweekend Saturday Sunday\ncoverage 2024-10-01 2024-10-31\nholiday 2024-10-01..2024-10-07 国庆节 | National Day\n");

        var run = Powergov.Run("calendar", "export", "--format", "json", "--calendar", path);

        Assert.Equal(2, run.ExitCode);
        Assert.Equal(string.Empty, run.Out);
        Assert.Contains("error [CannotWrite]: Calendar 'cn-2024-10' cannot be written as holiday-cn JSON", run.Error, StringComparison.Ordinal);
        Assert.Contains("无法导出为 holiday-cn JSON", run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void A_format_without_a_writer_in_the_build_is_not_yet_supported()
    {
        var seams = ToolSeams.Default with { Export = new CalendarExporter([new CalendarExportFormat("text", "text", null)]) };

        var run = Powergov.Run(seams, "calendar", "export");

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
        var run = Powergov.Run("calendar", "export", option, year);

        Assert.Equal(2, run.ExitCode);
        Assert.Contains("error [" + code + "]", run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void Reversed_years_are_refused()
    {
        var run = Powergov.Run("calendar", "export", "--from", "2025", "--to", "2024");

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
}
