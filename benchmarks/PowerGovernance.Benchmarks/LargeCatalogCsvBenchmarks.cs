using System;
using System.Globalization;
using System.IO;
using System.Text;
using BenchmarkDotNet.Attributes;
using PowerGovernance.Powers;
using PowerGovernance.Serialization;

namespace PowerGovernance.Benchmarks;

/// <summary>
/// Issue 14, bounded work: a 50 MB catalog CSV is loaded or refused in ≤ 5 s with ≤ 500 MB allocated and a message
/// ≤ 64 KB. Three files of 50 MB, built in memory once: <see cref="Clean"/> (about 65,000 rows of the same power
/// with distinct codes), <see cref="UnterminatedQuote"/> (a quoted cell opened in row 3 and never closed, the rest
/// of the file inside it) and <see cref="HugeCells"/> (50 rows of just under 1 MiB each, whose names are 900 KB and
/// whose time limits are broken). Each is imported from a UTF-8 stream, as from a file.
/// </summary>
[MemoryDiagnoser]
public class LargeCatalogCsvBenchmarks
{
    private const int FiftyMegabytes = 50 * 1024 * 1024;

    private const string Header = "权力编码,项目名称,权力类别,法律依据,实施主体,承办机构,承办岗位,负责人,启动方式,办理条件,法定时限,承诺时限,是否收费,收费金额,收费依据,收费标准,公开范围,公开形式,公开时间,是否涉密,不公开理由,保密依据,监督机构,投诉渠道";

    private const string Row = "62052400MZ-JF-0000001,最低生活保障审批,行政给付,《社会救助暂行办法》第十一条（行政法规）；《甘肃省最低生活保障办法》（地方政府规章）,某镇人民政府,民政办,民政专干,张三,依申请,户籍在本镇，家庭人均收入低于当地低保标准,30个工作日,20个工作日,否,,,,全镇,公示栏、政府网站,长期公开,否,,,镇纪委,0938-1234567";

    private byte[] clean = null!;
    private byte[] unterminated = null!;
    private byte[] huge = null!;

    /// <summary>Builds the three files and checks that each is loaded or refused as the benchmark expects.</summary>
    [GlobalSetup]
    public void Setup()
    {
        var text = new StringBuilder(FiftyMegabytes / 2).Append(Header).Append('\n');
        for (var serial = 1; Encoding.UTF8.GetByteCount(Row) * serial < FiftyMegabytes; serial++)
        {
            text.Append(Numbered(serial)).Append('\n');
        }

        clean = Encoding.UTF8.GetBytes(text.ToString());

        var start = Encoding.UTF8.GetBytes(Header + "\n" + Numbered(1) + "\n62052400MZ-JF-0000002,\"最低生活保障审批");
        unterminated = new byte[FiftyMegabytes];
        start.CopyTo(unterminated, 0);
        unterminated.AsSpan(start.Length).Fill((byte)'x');

        var name = new string('名', 300_000);
        text.Clear().Append(Header).Append('\n');
        for (var serial = 1; serial <= 50; serial++)
        {
            text.Append(Numbered(serial).Replace("最低生活保障审批", name, StringComparison.Ordinal).Replace(",30个工作日,", ",三十日,", StringComparison.Ordinal)).Append('\n');
        }

        huge = Encoding.UTF8.GetBytes(text.ToString());

        var catalog = Clean();
        Console.WriteLine(string.Format(CultureInfo.InvariantCulture, "// clean: {0:N0} bytes, {1:N0} powers", clean.Length, catalog.Count));
        Console.WriteLine(string.Format(CultureInfo.InvariantCulture, "// unterminated quote: {0:N0} bytes, message {1:N0} characters", unterminated.Length, UnterminatedQuote().Length));
        Console.WriteLine(string.Format(CultureInfo.InvariantCulture, "// huge cells: {0:N0} bytes, message {1:N0} characters", huge.Length, HugeCells().Length));
    }

    /// <summary>Loads the clean 50 MB file.</summary>
    /// <returns>The catalog.</returns>
    [Benchmark(Baseline = true)]
    public PowerCatalog Clean() => CatalogCsv.Import(new MemoryStream(clean, writable: false));

    /// <summary>Refuses the 50 MB file with an unterminated quote.</summary>
    /// <returns>The exception's message.</returns>
    [Benchmark]
    public string UnterminatedQuote() => Refuse(unterminated);

    /// <summary>Refuses the 50 MB file of huge cells.</summary>
    /// <returns>The exception's message.</returns>
    [Benchmark]
    public string HugeCells() => Refuse(huge);

    private static string Numbered(int serial) =>
        Row.Replace("62052400MZ-JF-0000001", string.Format(CultureInfo.InvariantCulture, "62052400MZ-JF-{0:D7}", serial), StringComparison.Ordinal);

    private static string Refuse(byte[] file)
    {
        try
        {
            CatalogCsv.Import(new MemoryStream(file, writable: false));
        }
        catch (CatalogImportException e)
        {
            return e.Message;
        }

        throw new InvalidOperationException("The file was imported; the benchmark expects it to be refused.");
    }
}
