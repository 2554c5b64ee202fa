using System;
using System.Diagnostics;
using System.IO;
using System.Linq;
using System.Text;
using Xunit.Abstractions;

namespace PowerGovernance.Serialization.Tests.Attacks;

/// <summary>
/// Issue 14, finding 7 (the CSV part): a CSV with 60 cells of a million characters gave a 100-million-character
/// message, and an unterminated quote in 50 MB allocated 434 MB. A 50 MB file — clean, with an unterminated quote, with
/// huge cells — is now loaded or refused within 500 MB of allocations and a message under 64 KB. The allocations are
/// those of the importing thread (the import runs on it alone); the 30-second limit only detects a hang, the measured
/// times are written to the test output (the target is 5 s).
/// </summary>
public class CatalogCsvBoundsAttackTests(ITestOutputHelper output)
{
    private const int FiftyMegabytes = 50 * 1024 * 1024;
    private const long MaxAllocated = 500L * 1024 * 1024;
    private const int MaxMessageBytes = 64 * 1024;
    private static readonly TimeSpan HangGuard = TimeSpan.FromSeconds(30);

    [ThreadStatic]
    private static TimeSpan lastProcessorTime;

    [Fact]
    public void A_clean_50_MB_file_is_loaded_within_the_bounds()
    {
        var file = AttackCsv.CleanFile(FiftyMegabytes);
        var rows = file.Count(b => b == (byte)'\n') - 1;

        var (catalog, allocated, elapsed) = Measure(() => CatalogCsv.Import(new MemoryStream(file, writable: false)));

        Report("clean 50 MB", file.Length, allocated, elapsed, null);
        Assert.Equal(rows, catalog.Count);
        Assert.InRange(allocated, 0, MaxAllocated);
        Assert.True(elapsed < HangGuard, elapsed.ToString());
    }

    [Fact]
    public void A_50_MB_file_with_an_unterminated_quote_is_refused_within_the_bounds()
    {
        var start = AttackCsv.Utf8(AttackCsv.Header + "\n" + AttackCsv.Row + "\n62052400MZ-JF-0002,\"最低生活保障审批");
        var file = new byte[FiftyMegabytes];
        start.CopyTo(file, 0);
        file.AsSpan(start.Length).Fill((byte)'x');

        var (error, allocated, elapsed) = Refused(() => CatalogCsv.Import(new MemoryStream(file, writable: false)));

        Report("unterminated quote, 50 MB", file.Length, allocated, elapsed, error);
        var finding = Assert.Single(error.Findings);
        Assert.Equal("RecordTooLarge", finding.Code);
        Assert.Equal("row 3", finding.Path);
        Assert.Equal(3, finding.Line);
        AssertBounded(error, allocated, elapsed);
    }

    [Fact]
    public void Sixty_cells_of_a_million_characters_give_a_short_message()
    {
        var huge = new string('二', 1_000_000 / 3);
        var text = new StringBuilder(AttackCsv.Header).Append('\n');
        for (var serial = 1; serial <= 60; serial++)
        {
            text.Append(AttackCsv.RowNumbered(serial).Replace(",30个工作日,", "," + huge + "日,", StringComparison.Ordinal)).Append('\n');
        }

        var csv = text.ToString();
        var (error, allocated, elapsed) = Refused(() => CatalogCsv.Import(csv));

        Report("60 cells of 1 MB", Encoding.UTF8.GetByteCount(csv), allocated, elapsed, error);
        Assert.Equal(60, error.Findings.Count);
        Assert.All(error.Findings, f =>
        {
            Assert.Equal(CatalogImportRuleCodes.TimeLimitFormat, f.Code);
            Assert.InRange(f.AttemptedValue!.Length, 1, 250);
            Assert.InRange(f.Message.Length + f.ChineseMessage.Length, 1, 4000);
        });
        AssertBounded(error, allocated, elapsed);
    }

    [Fact]
    public void A_row_of_60_cells_of_a_million_characters_is_refused_as_too_large()
    {
        var cell = new string('x', 1_000_000);
        var csv = AttackCsv.Header + "\n" + string.Join(",", Enumerable.Repeat(cell, 60)) + "\n";

        var (error, allocated, elapsed) = Refused(() => CatalogCsv.Import(csv));

        Report("one row of 60 cells of 1 M characters", csv.Length, allocated, elapsed, error);
        Assert.Equal("RecordTooLarge", Assert.Single(error.Findings).Code);
        AssertBounded(error, allocated, elapsed);
    }

    [Fact]
    public void A_50_MB_file_of_huge_cells_is_refused_within_the_bounds()
    {
        // 50 rows, each a valid record of just under a MiB whose name is 1 MB of text and whose time limit is broken.
        var name = new string('名', 300_000);
        var text = new StringBuilder(AttackCsv.Header).Append('\n');
        for (var serial = 1; serial <= 50; serial++)
        {
            text.Append(AttackCsv.RowNumbered(serial).Replace("最低生活保障审批", name, StringComparison.Ordinal).Replace(",30个工作日,", ",三十日,", StringComparison.Ordinal)).Append('\n');
        }

        var file = AttackCsv.Utf8(text.ToString());
        var (error, allocated, elapsed) = Refused(() => CatalogCsv.Import(new MemoryStream(file, writable: false)));

        Report("huge cells, 50 rows", file.Length, allocated, elapsed, error);
        Assert.InRange(file.Length, 40 * 1024 * 1024, 60 * 1024 * 1024);
        Assert.Equal(50, error.Findings.Count);
        AssertBounded(error, allocated, elapsed);
    }

    [Fact]
    public void Problems_are_capped_at_the_first_hundred_and_a_count()
    {
        var text = new StringBuilder(AttackCsv.Header).Append('\n');
        for (var serial = 1; serial <= 10_000; serial++)
        {
            text.Append(AttackCsv.RowNumbered(serial).Replace(",30个工作日,", ",三十日,", StringComparison.Ordinal)).Append('\n');
        }

        var (error, allocated, elapsed) = Refused(() => CatalogCsv.Import(text.ToString()));

        Report("10,000 broken rows", text.Length, allocated, elapsed, error);
        Assert.Equal(101, error.Findings.Count);
        Assert.All(error.Findings.Take(100), f => Assert.Equal(CatalogImportRuleCodes.TimeLimitFormat, f.Code));
        var more = error.Findings[100];
        Assert.Equal("TooManyProblems", more.Code);
        Assert.Contains("9900 more", more.Message, StringComparison.Ordinal);
        Assert.Equal("row 102", more.Path);
        Assert.Contains("另有9900个问题", more.ChineseMessage, StringComparison.Ordinal);
        AssertBounded(error, allocated, elapsed);
    }

    [Fact]
    public void A_header_of_100000_unknown_columns_is_refused_with_a_capped_list()
    {
        var csv = string.Join(",", Enumerable.Range(0, 100_000).Select(i => "列" + i)) + "\n";

        var (error, allocated, elapsed) = Refused(() => CatalogCsv.Import(csv));

        Report("100,000 unknown columns", csv.Length, allocated, elapsed, error);
        Assert.Equal(101, error.Findings.Count);
        AssertBounded(error, allocated, elapsed);
    }

    [Fact]
    public void The_exception_message_stays_short_whatever_findings_it_is_given()
    {
        var long1 = new string('长', 1_000_000);
        var findings = Enumerable.Range(0, 200).Select(_ => Validation.Finding.Error(long1, long1, long1, long1, long1)).ToList();

        var error = new CatalogImportException(findings);

        Assert.InRange(Encoding.UTF8.GetByteCount(error.Message), 1, MaxMessageBytes);
    }

    private static void AssertBounded(CatalogImportException error, long allocated, TimeSpan elapsed)
    {
        Assert.InRange(Encoding.UTF8.GetByteCount(error.Message), 1, MaxMessageBytes);
        Assert.InRange(allocated, 0, MaxAllocated);
        Assert.True(elapsed < HangGuard, elapsed.ToString());
    }

    private static (T Result, long Allocated, TimeSpan Elapsed) Measure<T>(Func<T> action)
    {
        var before = GC.GetAllocatedBytesForCurrentThread();
        var cpu = ProcessorTime();
        var clock = Stopwatch.StartNew();
        var result = action();
        clock.Stop();
        lastProcessorTime = ProcessorTime() - cpu;
        return (result, GC.GetAllocatedBytesForCurrentThread() - before, clock.Elapsed);
    }

    // The processor time of the whole test process while the import ran: on a loaded machine the wall-clock time
    // mostly measures waiting; run one test alone for a meaningful figure.
    private static TimeSpan ProcessorTime() => Process.GetCurrentProcess().TotalProcessorTime;

    private static (CatalogImportException Error, long Allocated, TimeSpan Elapsed) Refused(Action action) =>
        Measure(() =>
        {
            try
            {
                action();
            }
            catch (CatalogImportException e)
            {
                return e;
            }

            throw new Xunit.Sdk.XunitException("The import succeeded; a refusal was expected.");
        });

    private void Report(string what, long size, long allocated, TimeSpan elapsed, CatalogImportException? error) =>
        output.WriteLine(FormattableString.Invariant(
            $"{what}: {size:N0} bytes in, {elapsed.TotalMilliseconds:N0} ms ({lastProcessorTime.TotalMilliseconds:N0} ms processor time of the process), {allocated / (1024.0 * 1024):N1} MB allocated, message {(error is null ? 0 : Encoding.UTF8.GetByteCount(error.Message)):N0} bytes, {error?.Findings.Count ?? 0} finding(s)"));
}
