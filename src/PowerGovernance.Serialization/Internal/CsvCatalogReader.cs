using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using CsvHelper;
using PowerGovernance.Calendars;
using PowerGovernance.Powers;
using PowerGovernance.Validation;

namespace PowerGovernance.Serialization.Internal;

/// <summary>Turns a CSV file into a catalog, collecting every problem before deciding.</summary>
internal sealed class CsvCatalogReader
{
    private readonly CatalogCsvOptions options;
    private readonly List<(Finding Finding, int Row, int Column)> problems = [];
    private readonly List<CsvMalformedRecord> malformed = [];
    private readonly int[] indexOf = new int[CsvColumns.Count];
    private readonly string?[] cells = new string?[CsvColumns.Count];
    private readonly List<LegalBasisText.Problem> basisProblems = [];
    private readonly List<string> unknownWords = [];
    private string[] headers = [];
    private bool[] unnamed = [];
    private int row;
    private int line;
    private bool rowFailed;

    private CsvCatalogReader(CatalogCsvOptions options)
    {
        this.options = options;
        Array.Fill(indexOf, -1);
    }

    internal static PowerCatalog Read(TextReader input, CatalogCsvOptions options)
    {
        var reader = new CsvCatalogReader(options);
        using var csv = CsvReader.Create(input, reader.CsvOptions(), leaveOpen: true);
        return reader.Read(csv);
    }

    internal static PowerCatalog Read(Stream input, CatalogCsvOptions options)
    {
        var reader = new CsvCatalogReader(options);
        using var csv = CsvReader.Create(input, reader.CsvOptions(), leaveOpen: true);
        return reader.Read(csv);
    }

    private CsvReaderOptions CsvOptions() => CsvReaderOptions.Default with
    {
        Separator = options.Separator,
        HasHeader = false,
        SkipEmptyLines = false,
        TrackLineNumbers = true,
        PoolStrings = true,
        Encoding = options.Encoding,
        OnMalformedRecord = malformed.Add,
    };

    private PowerCatalog Read(CsvReader csv)
    {
        if (!csv.Read())
        {
            AddAt(1, 1, 0, null, null, CatalogImportRuleCodes.MissingHeader, "The file is empty: the first row must name the columns, e.g. 权力编码,项目名称,权力类别,法律依据,….", "文件为空：第一行应为列名，如“权力编码,项目名称,权力类别,法律依据,…”。");
            throw new CatalogImportException([.. problems.Select(p => p.Finding)]);
        }

        ReadHeader(csv);
        var powers = new List<Power>();
        var firstRowOfCode = new Dictionary<PowerCode, int>();
        while (csv.Read())
        {
            row = checked((int)csv.RowNumber);
            line = checked((int)csv.LineNumber);
            rowFailed = false;
            if (!ReadCells(csv))
            {
                continue;
            }

            var power = ReadPower();
            if (!firstRowOfCode.TryAdd(power.Code, row))
            {
                var first = firstRowOfCode[power.Code];
                if (power.Code.IsEmpty)
                {
                    Fail(Col.Code, CatalogImportRuleCodes.DuplicateCode, FormattableString.Invariant($"The code is empty, as in row {first}; a catalog lists each code once."), FormattableString.Invariant($"权力编码为空，第{first}行亦为空；目录中每个编码只能出现一次。"));
                }
                else
                {
                    Fail(Col.Code, CatalogImportRuleCodes.DuplicateCode, FormattableString.Invariant($"The code '{power.Code}' is already used in row {first}; a catalog lists each code once."), FormattableString.Invariant($"权力编码“{power.Code}”已在第{first}行使用；目录中每个编码只能出现一次。"));
                }
            }

            if (!rowFailed)
            {
                powers.Add(power);
            }
        }

        AddMalformedProblems();
        if (problems.Count > 0)
        {
            throw new CatalogImportException([.. problems.OrderBy(p => p.Row).ThenBy(p => p.Column).Select(p => p.Finding)]);
        }

        return new PowerCatalog(powers, options.Version);
    }

    private void ReadHeader(CsvReader csv)
    {
        row = 1;
        line = 1;
        headers = new string[csv.FieldCount];
        unnamed = new bool[csv.FieldCount];
        var garbled = false;
        for (var i = 0; i < headers.Length; i++)
        {
            var header = csv.GetString(i).Trim().TrimStart('\uFEFF');
            headers[i] = header;
            garbled |= header.Contains('\uFFFD', StringComparison.Ordinal);
            if (CsvColumns.Normalize(header).Length == 0)
            {
                unnamed[i] = true;
            }
            else if (!CsvColumns.TryFind(header, out var col))
            {
                if (!options.IgnoreUnknownColumns)
                {
                    Add(i, header, header, CatalogImportRuleCodes.UnknownColumn, "'" + header + "' is not a catalog column; columns: " + string.Join(", ", CsvColumns.All.Select(c => c.ChineseHeader + "/" + c.EnglishHeader)) + ".", "“" + header + "”不是目录的列；可用的列：" + string.Join("、", CsvColumns.All.Select(c => c.ChineseHeader)) + "。");
                }
            }
            else if (indexOf[(int)col] >= 0)
            {
                Add(i, header, header, CatalogImportRuleCodes.DuplicateColumn, FormattableString.Invariant($"'{header}' names the same column as column {indexOf[(int)col] + 1} ('{headers[indexOf[(int)col]]}')."), FormattableString.Invariant($"“{header}”与第{indexOf[(int)col] + 1}列（“{headers[indexOf[(int)col]]}”）是同一列。"));
            }
            else
            {
                indexOf[(int)col] = i;
            }
        }

        foreach (var column in CsvColumns.All.Where(c => c.IsRequired && indexOf[c.Number - 1] < 0))
        {
            AddAt(1, 1, 0, column.ChineseHeader, null, CatalogImportRuleCodes.MissingColumn, "The required column " + column.ChineseHeader + "/" + column.EnglishHeader + " is missing.", "缺少必需的列“" + column.ChineseHeader + "”。");
        }

        if (garbled)
        {
            AddAt(1, 1, 0, null, null, CatalogImportRuleCodes.UnknownColumn, "The header contains undecodable characters: the file is probably not UTF-8 (e.g. GBK saved by Excel). Save it as 'CSV UTF-8', or set CatalogCsvOptions.Encoding.", "列名含有无法识别的字符：文件可能不是UTF-8编码（如Excel保存的GBK）。请另存为“CSV UTF-8”，或设置CatalogCsvOptions.Encoding。");
        }
    }

    /// <summary>Reads the cells of the current record; returns <see langword="false"/> for a blank row.</summary>
    private bool ReadCells(CsvReader csv)
    {
        var blank = true;
        for (var i = 0; i < csv.FieldCount; i++)
        {
            if (!csv.IsEmpty(i) && !string.IsNullOrWhiteSpace(csv.GetString(i)))
            {
                blank = false;
                break;
            }
        }

        if (blank)
        {
            return false;
        }

        for (var c = 0; c < CsvColumns.Count; c++)
        {
            var index = indexOf[c];
            cells[c] = index < 0 || index >= csv.FieldCount || csv.IsEmpty(index) ? null : Clean(csv.GetString(index));
        }

        for (var i = 0; i < csv.FieldCount; i++)
        {
            if ((i >= headers.Length || unnamed[i]) && !csv.IsEmpty(i) && Clean(csv.GetString(i)) is { } value)
            {
                if (i >= headers.Length)
                {
                    Add(i, null, value, CatalogImportRuleCodes.ExtraCells, FormattableString.Invariant($"The row has a value in column {i + 1}, but the header has only {headers.Length} columns."), FormattableString.Invariant($"该行第{i + 1}列有值，但表头只有{headers.Length}列。"));
                }
                else
                {
                    Add(i, null, value, CatalogImportRuleCodes.UnnamedColumnValue, FormattableString.Invariant($"Column {i + 1} has no header but this row has a value in it."), FormattableString.Invariant($"第{i + 1}列没有列名，但该行在此列有值。"));
                }
            }
        }

        return true;
    }

    private Power ReadPower()
    {
        var code = new PowerCode(cells[(int)Col.Code]);
        var fee = ReadFee();
        var disclosure = ReadDisclosure();
        var confidential = ReadYesNo(Col.Confidential);
        var reason = cells[(int)Col.ConfidentialityReason];
        var basis = cells[(int)Col.ConfidentialityBasis];
        return new Power
        {
            Code = code,
            Name = cells[(int)Col.Name],
            Category = ReadCategory(),
            LegalBases = ReadLegalBases(),
            ImplementingBody = cells[(int)Col.ImplementingBody],
            UndertakingUnit = cells[(int)Col.UndertakingUnit],
            UndertakingPost = cells[(int)Col.UndertakingPost],
            ResponsiblePerson = cells[(int)Col.ResponsiblePerson],
            Initiation = ReadInitiation(),
            Conditions = cells[(int)Col.Conditions],
            LegalTimeLimit = ReadTimeLimit(Col.LegalTimeLimit),
            CommittedTimeLimit = ReadTimeLimit(Col.CommittedTimeLimit),
            Fee = fee,
            Disclosure = disclosure,
            Confidentiality = !confidential && reason is null && basis is null ? Confidentiality.Public : new Confidentiality(confidential, reason, basis),
            SupervisingBody = cells[(int)Col.SupervisingBody],
            ComplaintChannel = cells[(int)Col.ComplaintChannel],
        };
    }

    private PowerCategory? ReadCategory()
    {
        var text = cells[(int)Col.Category];
        if (text is null)
        {
            return null;
        }

        if (PowerCategory.TryFind(text, out var category, options.AdditionalCategories))
        {
            return category;
        }

        var known = string.Join(", ", (options.AdditionalCategories ?? []).Concat(PowerCategory.WellKnown).Where(c => c is not null).Select(c => c.TypeCode + " " + c.ChineseName));
        Fail(Col.Category, CatalogImportRuleCodes.UnknownCategory, "'" + text + "' is not a known category (type code or name); known: " + known + ". A host adds its own with CatalogCsvOptions.AdditionalCategories.", "“" + text + "”不是已知的权力类别（类别代码或名称）；已知类别：" + known + "。");
        return null;
    }

    private LegalBasis[] ReadLegalBases()
    {
        var text = cells[(int)Col.LegalBases];
        if (text is null)
        {
            return [];
        }

        basisProblems.Clear();
        var bases = LegalBasisText.Parse(text, basisProblems);
        foreach (var problem in basisProblems)
        {
            Fail(Col.LegalBases, problem.Code, problem.Message, problem.ChineseMessage);
        }

        return [.. bases];
    }

    private Initiation ReadInitiation()
    {
        var text = cells[(int)Col.Initiation];
        if (text is null)
        {
            if (indexOf[(int)Col.Initiation] >= 0)
            {
                Fail(Col.Initiation, CatalogImportRuleCodes.MissingValue, "The initiation is empty; write 依申请 (on application) or 依职权 (ex officio).", "启动方式为空；应填“依申请”或“依职权”。");
            }

            return Initiation.OnApplication;
        }

        if (CatalogWords.TryParse(text, out Initiation initiation))
        {
            return initiation;
        }

        Fail(Col.Initiation, CatalogImportRuleCodes.UnknownInitiation, "'" + text + "' is not an initiation; write 依申请 or 依职权 (OnApplication or ExOfficio).", "“" + text + "”不是启动方式；应填“依申请”或“依职权”。");
        return Initiation.OnApplication;
    }

    private TimeLimit? ReadTimeLimit(Col col)
    {
        var text = cells[(int)col];
        if (text is null)
        {
            return null;
        }

        if (TimeLimit.TryParse(text, out var limit))
        {
            return limit;
        }

        Fail(col, CatalogImportRuleCodes.TimeLimitFormat, "'" + text + "' is not a time limit; write e.g. 20个工作日, 90日, 90天, 90个自然日, '20 working days' or '90 days' (0 to 36500 days).", "“" + text + "”不是有效的时限；应写作“20个工作日”“90日”“90天”“90个自然日”等（0至36500日）。");
        return null;
    }

    private bool ReadYesNo(Col col)
    {
        var text = cells[(int)col];
        if (text is null)
        {
            return false;
        }

        if (CatalogWords.TryParseYesNo(text, out var value))
        {
            return value;
        }

        Fail(col, CatalogImportRuleCodes.YesNoFormat, "'" + text + "' is not yes or no; write 是 or 否 (yes/no).", "“" + text + "”不是“是”或“否”。");
        return false;
    }

    private Fee ReadFee()
    {
        var charged = ReadYesNo(Col.Charged);
        var amount = ReadAmount();
        var basis = cells[(int)Col.FeeBasis];
        var standard = cells[(int)Col.FeeStandard];
        return !charged && amount is null && basis is null && standard is null ? Fee.Free : new Fee(!charged, amount, basis, standard);
    }

    private decimal? ReadAmount()
    {
        var text = cells[(int)Col.FeeAmount];
        if (text is null)
        {
            return null;
        }

        var number = text.TrimStart('¥', '￥').TrimEnd('元').Trim();
        if (decimal.TryParse(number, NumberStyles.Number, CultureInfo.InvariantCulture, out var amount))
        {
            return amount;
        }

        Fail(Col.FeeAmount, CatalogImportRuleCodes.AmountFormat, "'" + text + "' is not an amount of yuan; write a number with a decimal point, e.g. 10 or 12.50.", "“" + text + "”不是有效的金额；应填写数字（元），如10或12.50。");
        return null;
    }

    private Disclosure ReadDisclosure()
    {
        var scope = cells[(int)Col.DisclosureScope];
        var forms = DisclosureForms.None;
        if (cells[(int)Col.DisclosureForms] is { } formsText)
        {
            unknownWords.Clear();
            forms = CatalogWords.ParseForms(formsText, unknownWords);
            if (unknownWords.Count > 0)
            {
                var words = string.Join("', '", unknownWords);
                Fail(Col.DisclosureForms, CatalogImportRuleCodes.UnknownDisclosureForm, "'" + words + "' is not a disclosure form; forms: " + CatalogWords.FormNames + " (or NoticeBoard, Handbook, Hotline, Website, Media, Meeting, Circular), joined by 、 or ;.", "“" + words + "”不是公开形式；可用：" + CatalogWords.FormNames + "，以“、”分隔。");
            }
        }

        var timing = DisclosureTiming.LongTerm;
        if (cells[(int)Col.DisclosureTiming] is { } timingText && !CatalogWords.TryParse(timingText, out timing))
        {
            Fail(Col.DisclosureTiming, CatalogImportRuleCodes.UnknownDisclosureTiming, "'" + timingText + "' is not a disclosure timing; timings: " + CatalogWords.TimingNames + " (or LongTerm, Periodic, ByStage, Immediate, OnRequest).", "“" + timingText + "”不是公开时间；可用：" + CatalogWords.TimingNames + "。");
        }

        return scope is null && forms == DisclosureForms.None && timing == DisclosureTiming.LongTerm
            ? Disclosure.Unspecified
            : new Disclosure(scope, forms, timing);
    }

    private void Fail(Col col, string rule, string message, string chineseMessage)
    {
        var index = indexOf[(int)col];
        Add(index, headers[index], cells[(int)col], rule, message, chineseMessage);
    }

    private void Add(int index, string? header, string? value, string rule, string message, string chineseMessage)
    {
        rowFailed = true;
        AddAt(row, line, index + 1, header, value, rule, message, chineseMessage);
    }

    private void AddAt(int atRow, int atLine, int column, string? header, string? value, string rule, string message, string chineseMessage) =>
        problems.Add((ImportFinding.Create(atRow, atLine, column, header, value, rule, message, chineseMessage), atRow, column));

    private void AddMalformedProblems()
    {
        foreach (var record in malformed)
        {
            var (message, chinese) = record.Reason switch
            {
                CsvMalformedReason.UnterminatedQuote => ("A quoted cell is never closed: a \" is missing, so the rest of the file was read into one cell.", "引号未闭合：缺少一个\"，文件其余部分被读入了同一个单元格。"),
                CsvMalformedReason.TextAfterClosingQuote => ("Text follows the closing quote of a quoted cell; double the quotes inside a quoted cell (\"\").", "带引号的单元格在右引号后还有文字；单元格内的引号须写成两个（\"\"）。"),
                _ => (string.Empty, string.Empty),
            };
            if (message.Length > 0)
            {
                var recordRow = checked((int)record.RecordNumber);
                var recordLine = checked((int)record.LineNumber);
                AddAt(recordRow, recordLine, 0, null, Shorten(record.RawRecord), CatalogImportRuleCodes.MalformedCsv, message, chinese);
            }
        }
    }

    private static string? Clean(string text)
    {
        var trimmed = text.Trim();
        return trimmed.Length == 0 ? null : trimmed;
    }

    private static string Shorten(string text) => text.Length <= 80 ? text : text[..77] + "...";
}
