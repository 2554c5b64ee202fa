using System;
using System.Diagnostics;
using System.IO;
using System.Linq;
using System.Text;
using System.Text.Json;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using Xunit.Abstractions;

namespace PowerGovernance.Tool.Tests;

/// <summary>
/// <c>powergov catalog check FILE</c> (issue 14, "What to build" 10): every problem of a catalog file and of the catalog
/// rules, located, in both languages, with exit code 0 (clean), 1 (rule findings that are errors) or 2 (a file that
/// cannot be imported as a catalog), never an unhandled exception, within the time, memory and message bounds.
/// </summary>
public sealed class CatalogCheckCommandTests(ITestOutputHelper output) : IDisposable
{
    /// <summary>The township sample's rows that break no rule (the other seven do on purpose).</summary>
    private static readonly string[] CleanCodes =
    [
        "62099907ZF-JF-0001", "62099907ZF-JF-0002", "62099907ZF-JF-0003", "62099907ZF-JF-0004", "62099907ZF-JF-0006",
        "62099907ZF-QR-0001", "62099907ZF-QR-0002", "62099907ZF-XK-0001", "62099907ZF-CF-0001", "62099907ZF-JC-0001",
        "62099907ZF-QT-0001", "62099907ZF-QT-0002", "62099907ZF-QT-0005",
    ];

    private readonly TempFiles files = new();

    private static string SampleCsv => Path.Combine(AppContext.BaseDirectory, "catalog", "township-catalog.csv");

    private static string SampleJson => Path.Combine(AppContext.BaseDirectory, "catalog", "township-catalog.json");

    private static string[] SampleLines => File.ReadAllText(SampleCsv).Split('\n', StringSplitOptions.RemoveEmptyEntries);

    private static string CleanCsv => string.Join("\n", SampleLines.Where((line, i) => i == 0 || CleanCodes.Any(c => line.StartsWith(c + ",", StringComparison.Ordinal)))) + "\n";

    public void Dispose() => files.Dispose();

    [Fact]
    public void The_township_sample_has_its_rule_findings_located_by_line_and_row_and_exits_1()
    {
        var run = Powergov.Run("catalog", "check", SampleCsv, "--json");

        Assert.True(run.ExitCode == 1, run.ToString());
        var json = run.Json;
        Assert.Equal("csv", json.GetProperty("format").GetString());
        Assert.True(json.GetProperty("readable").GetBoolean());
        Assert.Equal(20, json.GetProperty("powerCount").GetInt32());
        var findings = json.GetProperty("findings").EnumerateArray().ToList();
        Assert.All(findings, f => Assert.Equal("rules", f.GetProperty("source").GetString()));
        var noBasis = Assert.Single(findings, f => f.GetProperty("code").GetString() == "LegalBasisMissing");
        var line = Array.FindIndex(SampleLines, l => l.StartsWith("62099907ZF-QT-0004,", StringComparison.Ordinal)) + 1;
        Assert.Equal(line, noBasis.GetProperty("line").GetInt32());
        Assert.Equal("62099907ZF-QT-0004", noBasis.GetProperty("power").GetString());
        Assert.StartsWith("row " + line + ", power 权力 62099907ZF-QT-0004", noBasis.GetProperty("location").GetString(), StringComparison.Ordinal);
        Assert.False(string.IsNullOrWhiteSpace(noBasis.GetProperty("messageZh").GetString()));
        // Seven rows break a rule on purpose; six of those are errors (a missing complaint channel is a warning).
        Assert.Equal(6, findings.Where(f => f.GetProperty("severity").GetString() == "error").Select(f => f.GetProperty("power").GetString()).Distinct().Count());
        Assert.Equal(findings.Count(f => f.GetProperty("severity").GetString() == "error"), json.GetProperty("errorCount").GetInt32());
    }

    [Fact]
    public void The_JSON_sample_has_the_same_findings_located_by_JSON_path()
    {
        var run = Powergov.Run("catalog", "check", SampleJson, "--json");

        Assert.True(run.ExitCode == 1, run.ToString());
        var noBasis = Assert.Single(run.Json.GetProperty("findings").EnumerateArray(), f => f.GetProperty("code").GetString() == "LegalBasisMissing");
        Assert.Equal("json", run.Json.GetProperty("format").GetString());
        Assert.Equal("$.powers[18].legalBases", noBasis.GetProperty("location").GetString());
        Assert.Equal(JsonValueKind.Null, noBasis.GetProperty("line").ValueKind);
    }

    [Fact]
    public void A_clean_catalog_exits_0_in_text_output()
    {
        var run = Powergov.Run("catalog", "check", files.Write("clean.csv", CleanCsv));

        Assert.True(run.ExitCode == 0, run.ToString());
        Assert.Equal(string.Empty, run.Error);
        Assert.Contains("Read 13 power(s) and checked each against the catalog rules.", run.Out, StringComparison.Ordinal);
        Assert.Contains("已读取 13 项权力", run.Out, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(";")]
    [InlineData("\t")]
    public void A_catalog_separated_otherwise_or_with_Excels_sep_line_is_read(string separator)
    {
        var csv = "sep=" + separator + "\n" + CleanCsv.Replace(",", separator, StringComparison.Ordinal);

        var run = Powergov.Run("catalog", "check", files.Write("semicolons.csv", csv), "--json");

        Assert.True(run.ExitCode == 0, run.ToString());
        Assert.Equal(13, run.Json.GetProperty("powerCount").GetInt32());
    }

    [Fact]
    public void A_GBK_catalog_from_Excel_is_read()
    {
        var path = files.Write("gbk.csv", string.Empty);
        File.WriteAllBytes(path, CodePagesEncodingProvider.Instance.GetEncoding(936)!.GetBytes(CleanCsv));

        var run = Powergov.Run("catalog", "check", path, "--json");

        Assert.True(run.ExitCode == 0, run.ToString());
        Assert.Equal(13, run.Json.GetProperty("powerCount").GetInt32());
    }

    [Fact]
    public void A_file_with_problems_exits_2_listing_them_and_the_rule_findings_of_the_other_rows()
    {
        var lines = CleanCsv.Split('\n', StringSplitOptions.RemoveEmptyEntries).ToList();
        Assert.StartsWith("62099907ZF-JF-0002,", lines[2], StringComparison.Ordinal);
        lines[2] = lines[2].Replace(",20日,", ",二十日,", StringComparison.Ordinal);
        lines.Add(SampleLines.Single(l => l.StartsWith("62099907ZF-QT-0004,", StringComparison.Ordinal)));
        var path = files.Write("broken.csv", string.Join("\n", lines) + "\n");

        var run = Powergov.Run("catalog", "check", path, "--json");

        Assert.True(run.ExitCode == 2, run.ToString());
        var json = run.Json;
        Assert.False(json.GetProperty("readable").GetBoolean());
        var findings = json.GetProperty("findings").EnumerateArray().ToList();
        var problem = Assert.Single(findings, f => f.GetProperty("source").GetString() == "file");
        Assert.Equal(3, problem.GetProperty("line").GetInt32());
        Assert.StartsWith("row 3, column", problem.GetProperty("location").GetString(), StringComparison.Ordinal);
        Assert.Contains(findings, f => f.GetProperty("source").GetString() == "rules" && f.GetProperty("code").GetString() == "LegalBasisMissing");
        Assert.Contains("error [UnreadableCatalog]", run.Error, StringComparison.Ordinal);
        Assert.Contains("错误 [UnreadableCatalog]", run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void A_JSON_catalog_named_csv_is_recognised_by_its_content()
    {
        var run = Powergov.Run("catalog", "check", files.Write("exported.csv", File.ReadAllText(SampleJson)), "--json");

        Assert.True(run.ExitCode == 1, run.ToString());
        Assert.Equal("json", run.Json.GetProperty("format").GetString());
    }

    [Fact]
    public void Broken_JSON_exits_2_with_its_path_and_line()
    {
        var run = Powergov.Run("catalog", "check", files.Write("broken.json", "{\n  \"version\": 1,\n  \"powers\": [ { \"code\": 17 } ]\n}\n"), "--json");

        Assert.True(run.ExitCode == 2, run.ToString());
        var problem = Assert.Single(run.Json.GetProperty("findings").EnumerateArray());
        Assert.Equal("InvalidCatalogJson", problem.GetProperty("code").GetString());
        Assert.Equal(3, problem.GetProperty("line").GetInt32());
        Assert.StartsWith("$.powers[0]", problem.GetProperty("location").GetString(), StringComparison.Ordinal);
        Assert.Contains("JSON", problem.GetProperty("messageZh").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public void A_binary_file_exits_2_with_an_encoding_problem()
    {
        var path = files.Write("workbook.xlsx", string.Empty);
        File.WriteAllBytes(path, [0x50, 0x4B, 0x03, 0x04, 0x14, 0x00, 0x06, 0x00, 0x08, 0x00, 0xFF, 0xFE, 0x80, 0x81, 0x00, 0xFF]);

        var run = Powergov.Run("catalog", "check", path);

        Assert.True(run.ExitCode == 2, run.ToString());
        Assert.Contains("InvalidEncoding", run.Out, StringComparison.Ordinal);
        Assert.Contains("CSV UTF-8", run.Out, StringComparison.Ordinal);
        Assert.DoesNotContain("InternalError", run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void A_missing_file_exits_2()
    {
        var run = Powergov.Run("catalog", "check", Path.Combine(Path.GetTempPath(), "no-such-catalog-" + Guid.NewGuid().ToString("N") + ".csv"));

        Assert.Equal(2, run.ExitCode);
        Assert.Contains("error [FileNotFound]", run.Error, StringComparison.Ordinal);
        Assert.Contains("不存在", run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void Help_lists_catalog_check()
    {
        var run = Powergov.Run("catalog", "check", "--help");

        Assert.Equal(0, run.ExitCode);
        Assert.Contains("powergov catalog check <file> [options]", run.Out, StringComparison.Ordinal);
    }

    [Fact]
    public void A_50_MB_catalog_is_checked_within_the_bounds()
    {
        var row = SampleLines.Single(l => l.StartsWith("62099907ZF-JF-0001,", StringComparison.Ordinal));
        var path = files.Write("large.csv", string.Empty);
        using (var writer = new StreamWriter(path, false, new UTF8Encoding(false)))
        {
            writer.Write(SampleLines[0] + "\n");
            for (var serial = 1; writer.BaseStream.Length < 50L * 1024 * 1024; serial++)
            {
                // Codes with 7-digit serials: the code format rule reports each one, so the output is long.
                writer.Write(row.Replace("62099907ZF-JF-0001", FormattableString.Invariant($"62099907ZF-JF-{serial:D7}"), StringComparison.Ordinal) + "\n");
            }
        }

        var before = GC.GetAllocatedBytesForCurrentThread();
        var clock = Stopwatch.StartNew();
        var run = Powergov.Run("catalog", "check", path, "--json");
        clock.Stop();
        var allocated = GC.GetAllocatedBytesForCurrentThread() - before;

        output.WriteLine(FormattableString.Invariant($"catalog check of {new FileInfo(path).Length:N0} bytes: {clock.ElapsedMilliseconds:N0} ms, {allocated / (1024.0 * 1024):N1} MB allocated, {run.Out.Length:N0} characters out, exit {run.ExitCode}"));
        Assert.True(run.ExitCode is 0 or 1, run.Error);
        Assert.InRange(run.Json.GetProperty("powerCount").GetInt32(), 50_000, 200_000);
        Assert.InRange(run.Json.GetProperty("findings").GetArrayLength(), 0, 1000);
        Assert.InRange(allocated, 0, 500L * 1024 * 1024);
        Assert.InRange(run.Out.Length, 0, 4 * 1024 * 1024);
        Assert.True(clock.Elapsed < TimeSpan.FromSeconds(30), clock.Elapsed.ToString());
    }

    [Fact]
    public void Huge_cells_give_bounded_output()
    {
        var header = SampleLines[0];
        var row = SampleLines.Single(l => l.StartsWith("62099907ZF-JF-0001,", StringComparison.Ordinal));
        var huge = new string('名', 300_000);
        var text = new StringBuilder(header).Append('\n');
        for (var serial = 1; serial <= 20; serial++)
        {
            text.Append(row.Replace("62099907ZF-JF-0001", FormattableString.Invariant($"{huge}-JF-{serial:D4}"), StringComparison.Ordinal)).Append('\n');
        }

        var run = Powergov.Run("catalog", "check", files.Write("huge.csv", text.ToString()), "--json");

        Assert.True(run.ExitCode is 1 or 2, run.ToString()[..Math.Min(2000, run.ToString().Length)]);
        Assert.InRange(run.Out.Length, 1, 1_000_000);
        Assert.All(run.Json.GetProperty("findings").EnumerateArray(), f => Assert.InRange(f.GetProperty("message").GetString()!.Length, 1, 1000));
    }

    [Property(MaxTest = 60)]
    public Property Any_file_gives_exit_0_1_or_2_and_never_an_internal_error() =>
        Prop.ForAll(
            Arb.From(Gen.Elements(",", ";", "\t", "\"", "\n", "{", "[", "]", "}", "\"powers\":", "sep=;\n", "权力编码", "是否涉密", "依申请", "\uFFFD", "'=", "x").ListOf().Select(p => string.Concat(p))),
            ArbMap.Default.ArbFor<byte[]>(),
            (text, noise) =>
            {
                var path = files.Write("fuzz-" + Guid.NewGuid().ToString("N") + ".csv", string.Empty);
                File.WriteAllBytes(path, [.. Encoding.UTF8.GetBytes(text), .. noise]);
                var run = Powergov.Run("catalog", "check", path, "--json");
                return (run.ExitCode is 0 or 1 or 2 && !run.Error.Contains("InternalError", StringComparison.Ordinal)).Label(run.ToString());
            });
}
