using System;
using System.IO;
using System.Linq;
using PowerGovernance.Calendars.China;
using PowerGovernance.Procedures.BuiltIn;
using PowerGovernance.Samples.ConsoleHost;

namespace PowerGovernance.Tool.Tests;

/// <summary>
/// The console sample (samples/PowerGovernance.Samples.Console) run in-process through <see cref="SampleApp.Run"/>: the
/// language switch, a bad <c>--lang</c>, the flowcharts' default folder and an unwritable one. One class, so the tests
/// that write the default folder never run at the same time.
/// </summary>
public sealed class SampleHostTests : IDisposable
{
    private readonly string temp = Path.Combine(Path.GetTempPath(), "powergov-sample-tests-" + Guid.NewGuid().ToString("N"));

    public SampleHostTests() => Directory.CreateDirectory(temp);

    public void Dispose() => Directory.Delete(temp, recursive: true);

    [Fact]
    public void English_is_the_default_and_the_calendar_is_told_in_English()
    {
        var byDefault = Sample.Run("--part", "calendar");
        var english = Sample.Run("--part", "calendar", "--lang", "en");

        Assert.Equal(0, byDefault.ExitCode);
        Assert.Equal(english.Out, byDefault.Out);
        Assert.Contains("1. Working-day calendar", byDefault.Out, StringComparison.Ordinal);
        Assert.Contains("│ 2024-09-29 │ Sunday    │ make-up working day │ National Day │", byDefault.Out, StringComparison.Ordinal);
        Assert.Contains("Due date: Wednesday 2024-10-23", byDefault.Out, StringComparison.Ordinal);
        Assert.DoesNotContain("工作日历", byDefault.Out, StringComparison.Ordinal);
        Assert.DoesNotContain("届满日：", byDefault.Out, StringComparison.Ordinal);
        Assert.Equal(string.Empty, byDefault.Error);
    }

    [Fact]
    public void Lang_zh_tells_the_calendar_in_Chinese()
    {
        var run = Sample.Run("--part", "calendar", "--lang", "zh");

        Assert.Equal(0, run.ExitCode);
        Assert.Contains("1. 工作日历", run.Out, StringComparison.Ordinal);
        Assert.Contains("│ 2024-09-29 │ 星期日 │ 调休上班日 │ 国庆节 │", run.Out, StringComparison.Ordinal);
        Assert.Contains("届满日：2024年10月23日（星期三）", run.Out, StringComparison.Ordinal);
        Assert.DoesNotContain("Working-day calendar", run.Out, StringComparison.Ordinal);
        Assert.DoesNotContain("make-up working day", run.Out, StringComparison.Ordinal);
    }

    [Fact]
    public void The_notice_part_reads_the_2026_notice_traces_its_days_and_checks_it_in_plain_text()
    {
        var english = Sample.Run("--part", "notice");
        var chinese = Sample.Run("--part", "notice", "--lang", "zh");

        // The 2026 notice (国务院办公厅, 2025-11-04): 春节 2月15日至23日 rest (9 days), 2月14日（周六）、2月28日（周六）worked.
        Assert.Equal(0, english.ExitCode);
        Assert.Contains("the 2026 notice issued 2025-11-04", english.Out, StringComparison.Ordinal);
        Assert.Contains("2026-02-28 Saturday: make-up working day, Spring Festival", english.Out, StringComparison.Ordinal);
        Assert.Contains("2026-02-15 Sunday: rest day, Spring Festival — sentence 7, line 6", english.Out, StringComparison.Ordinal);
        Assert.Contains("0 error(s)", english.Out, StringComparison.Ordinal);
        Assert.DoesNotContain("\u001b", english.Out, StringComparison.Ordinal);
        Assert.Equal(string.Empty, english.Error);
        Assert.Equal(0, chinese.ExitCode);
        Assert.Contains("2026-02-14 星期六：调休上班，春节——第8句（第6行）", chinese.Out, StringComparison.Ordinal);
        Assert.Contains("其中错误0项", chinese.Out, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("en")]
    [InlineData("zh")]
    public void Cases_show_step_and_trigger_names_and_clock_states_in_the_chosen_language(string lang)
    {
        var run = Sample.Run("--part", "cases", "--lang", lang, "--flowcharts", Path.Combine(temp, "charts"));

        Assert.Equal(0, run.ExitCode);
        var licensing = BuiltInProcedures.AdministrativeLicensing;
        var review = licensing.Steps.Single(s => s.Id == "review");
        var accept = licensing.Triggers.First(t => t.Id == "accept");
        var chinese = lang == "zh";
        var row = run.Out.Split('\n').Single(l => l.StartsWith("│ 2024-09-29 ", StringComparison.Ordinal));
        Assert.Contains(chinese ? accept.ChineseName : "accept", row, StringComparison.Ordinal);
        Assert.Contains(chinese ? review.ChineseName : review.EnglishName, row, StringComparison.Ordinal);
        Assert.Contains(chinese ? "正常" : "on time", row, StringComparison.Ordinal);
        Assert.DoesNotContain(chinese ? review.EnglishName : review.ChineseName, row, StringComparison.Ordinal);
        Assert.Contains(chinese ? "结果：准予，办结于2024-10-18" : "Outcome: granted on 2024-10-18", run.Out, StringComparison.Ordinal);
        Assert.Contains(chinese ? "3. 权力运行与电子监察" : "3. Procedures and supervision", run.Out, StringComparison.Ordinal);
    }

    [Fact]
    public void Accountability_refusals_are_told_in_the_chosen_language()
    {
        var english = Sample.Run("--part", "accountability", "--lang", "en");
        var chinese = Sample.Run("--part", "accountability", "--lang", "zh");

        Assert.Equal(0, english.ExitCode);
        Assert.Equal(0, chinese.ExitCode);
        // The engine refuses the subject's assignment (recusal is a rule of the procedure), with its usual prefix: what, from where, why.
        Assert.Contains("refused Recused: 'assign-investigator' from step 'investigation'", english.Out, StringComparison.Ordinal);
        Assert.Contains("the subject of this case", english.Out, StringComparison.Ordinal);
        Assert.Contains("Recused：办件“WZ-2024-001”", chinese.Out, StringComparison.Ordinal);
        Assert.Contains("农业农村办王某是本案被调查人", chinese.Out, StringComparison.Ordinal);
        Assert.Contains("Allowed: Reassignment, Suspension from duty; recommended: Suspension from duty; decided: Reassignment.", english.Out, StringComparison.Ordinal);
        Assert.Contains("可采用：调整工作岗位、停职检查；建议：停职检查；决定：调整工作岗位。", chinese.Out, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("fr")]
    [InlineData("EN-GB")]
    [InlineData("")]
    public void An_unknown_language_is_a_bilingual_error_listing_en_and_zh_with_exit_code_2(string lang)
    {
        var run = Sample.Run("--lang", lang);

        Assert.Equal(2, run.ExitCode);
        Assert.Equal(string.Empty, run.Out);
        Assert.Contains($"Unknown language '{lang}' for --lang: the accepted values are en (English) and zh (简体中文, Simplified Chinese).", run.Error, StringComparison.Ordinal);
        Assert.Contains($"--lang 的取值“{lang}”无法识别：可选 en（英文）或 zh（简体中文）。", run.Error, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void An_unknown_language_is_refused_for_the_flowcharts_subcommand_too()
    {
        var run = Sample.Run("flowcharts", "--out", Path.Combine(temp, "never"), "--lang", "fr");

        Assert.Equal(2, run.ExitCode);
        Assert.Contains("Unknown language 'fr'", run.Error, StringComparison.Ordinal);
        Assert.False(Directory.Exists(Path.Combine(temp, "never")));
    }

    [Fact]
    public void Help_documents_lang_and_its_default()
    {
        var run = Sample.Run("--help");

        Assert.Equal(0, run.ExitCode);
        Assert.Contains("--lang <en|zh>", run.Out, StringComparison.Ordinal);
        Assert.Contains("en (English, the default) or zh", run.Out, StringComparison.Ordinal);
        Assert.Contains("[default: en]", run.Out, StringComparison.Ordinal);
    }

    [Fact]
    public void Flowcharts_without_out_write_next_to_the_program_and_print_the_path()
    {
        var folder = Path.Combine(AppContext.BaseDirectory, "flowcharts");
        if (Directory.Exists(folder))
        {
            Directory.Delete(folder, recursive: true);
        }

        var run = Sample.Run("flowcharts");

        Assert.Equal(0, run.ExitCode);
        Assert.Contains($"Flowcharts of {BuiltInProcedures.All.Count + 1} procedures written to {folder}:", run.Out, StringComparison.Ordinal); // every built-in and the accountability procedure
        foreach (var definition in BuiltInProcedures.All)
        {
            Assert.True(File.Exists(Path.Combine(folder, definition.Id + ".mmd")), definition.Id + ".mmd");
            Assert.True(File.Exists(Path.Combine(folder, definition.Id + ".dot")), definition.Id + ".dot");
        }
    }

    [Fact]
    public void Flowcharts_report_where_they_were_written_in_Chinese()
    {
        var folder = Path.Combine(temp, "图");

        var run = Sample.Run("flowcharts", "--out", folder, "--lang", "zh");

        Assert.Equal(0, run.ExitCode);
        Assert.Contains($"{BuiltInProcedures.All.Count + 1}个流程的权力运行流程图已写入 {folder}：", run.Out, StringComparison.Ordinal);
        Assert.True(File.Exists(Path.Combine(folder, AdministrativeLicensing.Id + ".mmd")));
    }

    [Fact]
    public void An_unwritable_flowchart_folder_is_a_bilingual_message_and_exit_code_1_not_a_stack_trace()
    {
        var file = Path.Combine(temp, "a-file");
        File.WriteAllText(file, "not a folder");
        var folder = Path.Combine(file, "charts");

        var run = Sample.Run("flowcharts", "--out", folder);

        AssertUnwritable(run, folder);
    }

    [Fact]
    public void A_folder_under_proc_is_unwritable_too()
    {
        // /proc accepts no new folders, not even from root (Linux; on macOS the root folder is not writable either).
        // Windows has no /proc: there the path would be C:\proc\x, so a folder under a file stands in for it.
        var folder = OperatingSystem.IsWindows() ? Path.Combine(temp, "a-file", "x") : "/proc/x";
        File.WriteAllText(Path.Combine(temp, "a-file"), "not a folder");

        var run = Sample.Run("flowcharts", "--out", folder);

        AssertUnwritable(run, folder);
    }

    [Fact]
    public void The_year_story_stops_with_exit_code_1_when_its_flowchart_folder_is_unwritable()
    {
        var file = Path.Combine(temp, "a-file");
        File.WriteAllText(file, "not a folder");
        var folder = Path.Combine(file, "charts");

        var run = Sample.Run("--part", "cases", "--flowcharts", folder, "--lang", "zh");

        AssertUnwritable(run, folder);
        Assert.Contains("农村村民宅基地审批", run.Out, StringComparison.Ordinal);
    }

    private static void AssertUnwritable(SampleRun run, string folder)
    {
        Assert.Equal(1, run.ExitCode);
        Assert.Contains($"The flowcharts cannot be written to {folder}: ", run.Error, StringComparison.Ordinal);
        Assert.Contains($"无法将流程图写入 {folder}：", run.Error, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", run.Error, StringComparison.Ordinal);
        Assert.DoesNotContain("Exception", run.Error, StringComparison.Ordinal);
    }
}

/// <summary>The result of one run of the sample: exit code, stdout and stderr.</summary>
internal sealed record SampleRun(int ExitCode, string Out, string Error)
{
    public override string ToString() => $"exit {ExitCode}\n--- stdout\n{Out}\n--- stderr\n{Error}";
}

/// <summary>Runs the console sample through <see cref="SampleApp.Run"/> with captured output (plain text, no colours).</summary>
internal static class Sample
{
    public static SampleRun Run(params string[] args)
    {
        using var stdout = new StringWriter();
        using var stderr = new StringWriter();
        var code = SampleApp.Run(args, stdout, stderr);
        return new SampleRun(code, stdout.ToString(), stderr.ToString());
    }
}
