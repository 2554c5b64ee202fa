using System;
using System.Globalization;
using System.IO;
using System.Text;
using PowerGovernance.Calendars;
using PowerGovernance.Tool.Seams;

namespace PowerGovernance.Tool.Tests;

public sealed class PowergovAppTests
{
    [Fact]
    public void Help_exits_0_and_names_the_tool_powergov()
    {
        var run = Powergov.Run("--help");

        Assert.Equal(0, run.ExitCode);
        Assert.Contains("powergov [command] [options]", run.Out, StringComparison.Ordinal);
        Assert.Contains("due <date> <limit>", run.Out, StringComparison.Ordinal);
        Assert.Contains("按中国官方工作日历计算期限届满日", run.Out, StringComparison.Ordinal);
    }

    [Fact]
    public void Subcommand_help_exits_0()
    {
        var run = Powergov.Run("calendar", "check", "--help");

        Assert.Equal(0, run.ExitCode);
        Assert.Contains("powergov calendar check <file> [options]", run.Out, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("")]
    [InlineData("calendar")]
    [InlineData("due 2024-09-27")]
    [InlineData("due 2024-09-27 20wd extra")]
    [InlineData("due 2024-09-27 20wd --bogus")]
    [InlineData("due 2024-09-27 20wd --calendar")]
    [InlineData("frobnicate")]
    public void Bad_arguments_exit_2_with_a_bilingual_message(string commandLine)
    {
        var run = Powergov.Run(commandLine.Split(' ', StringSplitOptions.RemoveEmptyEntries));

        Assert.Equal(2, run.ExitCode);
        Assert.Contains("error [InvalidArguments]: Invalid arguments: ", run.Error, StringComparison.Ordinal);
        Assert.Contains("错误 [InvalidArguments]：参数无效：", run.Error, StringComparison.Ordinal);
        Assert.Contains("powergov --help", run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void Bad_arguments_with_json_print_the_error_as_json()
    {
        var run = Powergov.Run("due", "2024-09-27", "20wd", "--bogus", "--json");

        Assert.Equal(2, run.ExitCode);
        Assert.Equal("InvalidArguments", run.Json.GetProperty("error").GetProperty("code").GetString());
    }

    [Fact]
    public void An_at_sign_argument_is_not_read_as_a_response_file()
    {
        var run = Powergov.Run("due", "@args.rsp", "20wd");

        Assert.Equal(2, run.ExitCode);
        Assert.Contains("error [InvalidDate]: '@args.rsp' is not a date", run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void An_unexpected_exception_is_reported_in_both_languages_and_exits_2()
    {
        var seams = ToolSeams.Default with
        {
            Calendars = new CalendarResolver(() => throw new InvalidOperationException("calendar store offline"), provisional: null),
        };

        var run = Powergov.Run(seams, "due", "2024-09-27", "20wd");

        Assert.Equal(2, run.ExitCode);
        Assert.Contains("error [InternalError]: Internal error (InvalidOperationException): calendar store offline", run.Error, StringComparison.Ordinal);
        Assert.Contains("错误 [InternalError]：内部错误（InvalidOperationException）：calendar store offline", run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void A_failing_output_stream_does_not_escape_as_an_exception()
    {
        using var stderr = new StringWriter();
        using var broken = new BrokenWriter();

        var code = PowergovApp.Run(["due", "2024-09-27", "20wd"], broken, stderr, new NodaTime.Testing.FakeClock(Powergov.Now), ToolSeams.Default);

        Assert.Equal(2, code);
        Assert.Contains("error [InternalError]: Internal error (IOException): pipe closed", stderr.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void Output_does_not_depend_on_the_current_culture_and_the_culture_is_restored()
    {
        var invariant = Powergov.Run("due", "2024-09-27", "20wd", "--explain");
        var culture = CultureInfo.CurrentCulture;
        var uiCulture = CultureInfo.CurrentUICulture;
        ToolRun other;
        try
        {
            CultureInfo.CurrentCulture = new CultureInfo("ar-SA");
            CultureInfo.CurrentUICulture = new CultureInfo("fr-FR");
            other = Powergov.Run("due", "2024-09-27", "20wd", "--explain");
            Assert.Equal("ar-SA", CultureInfo.CurrentCulture.Name);
            Assert.Equal("fr-FR", CultureInfo.CurrentUICulture.Name);
        }
        finally
        {
            CultureInfo.CurrentCulture = culture;
            CultureInfo.CurrentUICulture = uiCulture;
        }

        Assert.Equal(invariant.Out, other.Out);
    }

    [Fact]
    public void The_public_entry_point_uses_the_builds_seams()
    {
        using var stdout = new StringWriter();
        using var stderr = new StringWriter();

        var code = PowergovApp.Run(["due", "2024-09-27", "20wd", "--json"], stdout, stderr, new NodaTime.Testing.FakeClock(Powergov.Now));

        Assert.Equal(0, code);
        Assert.Contains("\"dueDate\": \"2024-10-30\"", stdout.ToString(), StringComparison.Ordinal);
    }

    private sealed class BrokenWriter : TextWriter
    {
        public override Encoding Encoding => Encoding.UTF8;

        public override void Write(char value) => throw new IOException("pipe closed");

        public override void Write(string? value) => throw new IOException("pipe closed");
    }
}
