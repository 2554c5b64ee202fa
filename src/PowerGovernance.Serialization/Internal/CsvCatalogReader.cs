using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Text;
using CsvHelper;
using PowerGovernance.Calendars;
using PowerGovernance.Powers;
using PowerGovernance.Validation;

namespace PowerGovernance.Serialization.Internal;

/// <summary>
/// Turns a CSV file into a catalog, collecting the problems (at most <see cref="CatalogCsv.MaxProblems"/>, then a count)
/// before deciding. Every problem of the content becomes a <see cref="CatalogImportException"/>: the work is linear in
/// the size of the file, a record is at most <see cref="CatalogCsv.MaxRecordBytes"/>, and values quoted are cut.
/// </summary>
internal sealed class CsvCatalogReader
{
    // A legal-basis cell reports at most this many of its problems (the rest of the cell is not read).
    private const int MaxBasisProblemsPerCell = 10;

    private static readonly char[] Separators = [',', ';', '\t', '|'];

    private readonly CatalogCsvOptions options;
    private readonly List<(Finding Finding, int Row, int Column)> problems = [];
    private readonly int[] indexOf = new int[CsvColumns.Count];
    private readonly string?[] cells = new string?[CsvColumns.Count];
    private readonly List<LegalBasisText.Problem> basisProblems = [];
    private readonly List<string> unknownWords = [];
    private readonly List<StageText.Problem> stageProblems = [];
    private readonly TextPool texts = new();
    private readonly List<(int Row, int Line)>? locations;
    private readonly List<Power> powers = [];
    private string[] headers = [];
    private bool[] unnamed = [];

    // The current row's stage cell (责任事项), decoded but not made a string: it is parsed in place, and only the texts it
    // holds become strings. The buffer belongs to the reader and grows to the largest cell read.
    private char[] stageChars = [];
    private int stageLength;
    private int row;
    private int line;
    private int rowOffset;
    private bool rowFailed;
    private int unlisted;
    private int unknownHeaders;
    private (int Row, int Line) firstUnlisted;

    private CsvCatalogReader(CatalogCsvOptions options, List<(int Row, int Line)>? locations)
    {
        this.options = options;
        this.locations = locations;
        Array.Fill(indexOf, -1);
    }

    internal static PowerCatalog Read(TextReader input, CatalogCsvOptions options)
    {
        var reader = new CsvCatalogReader(options, null);
        using var csv = CsvReader.Create(input, reader.CsvOptions(null), leaveOpen: true);
        return reader.Read(csv);
    }

    internal static PowerCatalog Read(Stream input, CatalogCsvOptions options) => new CsvCatalogReader(options, null).Read(input);

    /// <summary>
    /// Reads a file for a check (<c>powergov catalog check</c>): the powers of the rows without problems with the row and
    /// line of each, and the problems, if any, rather than only one or the other.
    /// </summary>
    internal static CsvCheckResult ReadForCheck(Stream input, CatalogCsvOptions options)
    {
        var locations = new List<(int Row, int Line)>();
        var reader = new CsvCatalogReader(options, locations);
        try
        {
            reader.Read(input);
            return new CsvCheckResult(reader.powers, locations, null, 0);
        }
        catch (CatalogImportException e)
        {
            return new CsvCheckResult(reader.powers, locations, e, reader.unlisted);
        }
    }

    private PowerCatalog Read(Stream input)
    {
        if (options.Encoding is { } encoding)
        {
            using var given = CsvReader.Create(input, CsvOptions(encoding), leaveOpen: true);
            return Read(given);
        }

        var sniffed = CsvInput.Sniff(input);
        if (sniffed.InvalidOffset >= 0)
        {
            // Rows are not known yet (a quoted cell may span lines): the place is the line and the byte.
            var where = FormattableString.Invariant($"line {sniffed.InvalidLine}, byte {sniffed.InvalidOffset}");
            problems.Add((Finding.Error(
                CatalogImportRuleCodes.InvalidEncoding,
                where,
                null,
                FormattableString.Invariant($"The file is neither UTF-8 nor GB18030/GBK text (byte {sniffed.InvalidOffset} on line {sniffed.InvalidLine} cannot be decoded). Save the spreadsheet as 'CSV UTF-8' (an Excel workbook, .xlsx or .xls, must be saved as CSV first), or set CatalogCsvOptions.Encoding to the file's encoding."),
                FormattableString.Invariant($"文件既不是UTF-8也不是GB18030/GBK编码的文本（第{sniffed.InvalidLine}行第{sniffed.InvalidOffset}字节无法解码）。请将表格另存为“CSV UTF-8”（Excel工作簿 .xlsx/.xls 须先另存为CSV），或将CatalogCsvOptions.Encoding设为文件的编码。")) with { Line = sniffed.InvalidLine }, 1, 0));
            throw Failure();
        }

        if (sniffed.Encoding is { } detected)
        {
            // Transcoded by .NET's own decoder, undecodable bytes becoming U+FFFD, which the cell checks report.
            using var text = new StreamReader(sniffed.Stream, detected, detectEncodingFromByteOrderMarks: false, bufferSize: 64 * 1024, leaveOpen: true);
            using var transcoded = CsvReader.Create(text, CsvOptions(null), leaveOpen: true);
            return Read(transcoded);
        }

        using var csv = CsvReader.Create(sniffed.Stream, CsvOptions(null), leaveOpen: true);
        return Read(csv);
    }

    private CsvReaderOptions CsvOptions(Encoding? encoding) => CsvReaderOptions.Default with
    {
        Separator = options.Separator,
        DetectSeparatorHint = true,
        HasHeader = false,
        SkipEmptyLines = false,
        TrackLineNumbers = true,
        PoolStrings = true,
        Encoding = encoding,
        MaxRecordSize = CatalogCsv.MaxRecordBytes,
        OnMalformedRecord = AddMalformed,
    };

    private PowerCatalog Read(CsvReader csv)
    {
        try
        {
            return ReadRecords(csv);
        }
        catch (CsvFormatException e)
        {
            // A record too large to buffer (MaxRecordSize): reading stops there.
            var at = (int)Math.Clamp(e.RecordNumber - rowOffset, 1, int.MaxValue);
            var atLine = (int)Math.Clamp(e.LineNumber, 1, int.MaxValue);
            AddAt(at, atLine, 0, null, null, CatalogImportRuleCodes.RecordTooLarge,
                FormattableString.Invariant($"The row is longer than {CatalogCsv.MaxRecordBytes} bytes, usually because a quoted cell is never closed (a \" is missing) and runs on to the end of the file; nothing after it was read."),
                FormattableString.Invariant($"该行超过{CatalogCsv.MaxRecordBytes}字节，通常是带引号的单元格未闭合（缺少一个\"），一直延续到文件末尾；其后内容未读取。"));
            throw Failure();
        }
    }

    private PowerCatalog ReadRecords(CsvReader csv)
    {
        if (!csv.Read())
        {
            AddAt(1, 1, 0, null, null, CatalogImportRuleCodes.MissingHeader, "The file is empty: the first row must name the columns, e.g. 权力编码,项目名称,权力类别,法律依据,….", "文件为空：第一行应为列名，如“权力编码,项目名称,权力类别,法律依据,…”。");
            throw Failure();
        }

        if (!SkipSeparatorLine(csv) || !ReadHeader(csv))
        {
            throw Failure();
        }

        var firstRowOfCode = new Dictionary<PowerCode, int>();
        var rows = 0;
        while (csv.Read())
        {
            row = checked((int)csv.RowNumber) - rowOffset;
            line = checked((int)csv.LineNumber);
            rowFailed = false;
            if (!ReadCells(csv))
            {
                continue;
            }

            if (++rows > CatalogCsv.MaxRows)
            {
                AddAt(row, line, 0, null, null, CatalogImportRuleCodes.TooManyRows,
                    FormattableString.Invariant($"The file has more than {CatalogCsv.MaxRows} rows of powers; nothing after this row was read. Split the catalog by department."),
                    FormattableString.Invariant($"文件中的权力事项超过{CatalogCsv.MaxRows}行；自此行起未读取。请按部门拆分目录。"));
                break;
            }

            var power = ReadPower();
            if (!firstRowOfCode.TryAdd(power.Code, row))
            {
                var first = firstRowOfCode[power.Code];
                if (power.Code.IsEmpty)
                {
                    if (Listing())
                    {
                        Fail(Col.Code, CatalogImportRuleCodes.DuplicateCode, FormattableString.Invariant($"The code is empty, as in row {first}; a catalog lists each code once."), FormattableString.Invariant($"权力编码为空，第{first}行亦为空；目录中每个编码只能出现一次。"));
                    }
                }
                else
                {
                    if (Listing())
                    {
                        Fail(Col.Code, CatalogImportRuleCodes.DuplicateCode, FormattableString.Invariant($"The code '{Q(power.Code.Value)}' is already used in row {first}; a catalog lists each code once."), FormattableString.Invariant($"权力编码“{Q(power.Code.Value)}”已在第{first}行使用；目录中每个编码只能出现一次。"));
                    }
                }
            }

            // Once the file has a problem no catalog is returned: the powers are kept only for a check.
            if (!rowFailed && (problems.Count == 0 || locations is not null))
            {
                powers.Add(power);
                locations?.Add((row, line));
            }
        }

        if (problems.Count > 0)
        {
            throw Failure();
        }

        return new PowerCatalog(powers, options.Version);
    }

    /// <summary>With a separator set, skips an Excel <c>sep=X</c> first line naming it; refuses one naming another.</summary>
    private bool SkipSeparatorLine(CsvReader csv)
    {
        if (options.Separator is not { } separator || csv.FieldCount > 2)
        {
            return true;
        }

        var text = csv.FieldCount == 2 ? Unpooled(csv, 0) + separator + Unpooled(csv, 1) : Unpooled(csv, 0);
        if (text.Length != 5 || !text.StartsWith("sep=", StringComparison.OrdinalIgnoreCase))
        {
            return true;
        }

        if (text[4] != separator)
        {
            AddAt(1, 1, 0, null, text, CatalogImportRuleCodes.SeparatorMismatch,
                "The file's first line says its separator is '" + Printable(text[4]) + "', but CatalogCsvOptions.Separator is '" + Printable(separator) + "'. Leave the separator unset to use the file's.",
                "文件首行声明分隔符为“" + Printable(text[4]) + "”，但CatalogCsvOptions.Separator为“" + Printable(separator) + "”。不设置分隔符即可使用文件声明的分隔符。");
            return false;
        }

        rowOffset = 1;
        if (!csv.Read())
        {
            AddAt(1, 2, 0, null, null, CatalogImportRuleCodes.MissingHeader, "The file has only its 'sep=' line: the next row must name the columns.", "文件只有“sep=”一行：下一行应为列名。");
            return false;
        }

        return true;
    }

    /// <summary>Reads the header; returns whether the rows can be read (no required column is missing and the file is CSV text).</summary>
    private bool ReadHeader(CsvReader csv)
    {
        row = 1;
        line = checked((int)csv.LineNumber);
        headers = new string[csv.FieldCount];
        unnamed = new bool[csv.FieldCount];
        var first = csv.FieldCount == 0 ? string.Empty : Unpooled(csv, 0).Trim().TrimStart('\uFEFF').TrimStart();
        if (first.StartsWith('{') || first.StartsWith('['))
        {
            AddAt(1, line, 0, null, first, CatalogImportRuleCodes.NotCsv, "The file is JSON, not CSV: import it with CatalogJson.Deserialize.", "该文件是JSON而不是CSV：请用CatalogJson.Deserialize导入。");
            return false;
        }

        var garbled = false;
        for (var i = 0; i < headers.Length; i++)
        {
            var header = Unpooled(csv, i).Trim().TrimStart('\uFEFF');
            headers[i] = header;
            if (IsGarbled(header))
            {
                garbled = true;
                continue;
            }

            if (CsvColumns.Normalize(header).Length == 0)
            {
                unnamed[i] = true;
            }
            else if (!CsvColumns.TryFind(header, out var col))
            {
                UnknownHeader(i, header);
            }
            else if (indexOf[(int)col] >= 0)
            {
                if (Listing())
                {
                    Add(i, header, header, CatalogImportRuleCodes.DuplicateColumn, FormattableString.Invariant($"'{Q(header)}' names the same column as column {indexOf[(int)col] + 1} ('{Q(headers[indexOf[(int)col]])}')."), FormattableString.Invariant($"“{Q(header)}”与第{indexOf[(int)col] + 1}列（“{Q(headers[indexOf[(int)col]])}”）是同一列。"));
                }
            }
            else
            {
                indexOf[(int)col] = i;
            }
        }

        if (garbled)
        {
            AddAt(1, line, 0, null, null, CatalogImportRuleCodes.InvalidEncoding, "The header contains undecodable characters: the text was not decoded with the file's encoding (e.g. GBK read as UTF-8). Import the file as a stream (the encoding is then detected), save it as 'CSV UTF-8', or set CatalogCsvOptions.Encoding.", "列名含有无法识别的字符：文本未按文件的编码解码（如把GBK当作UTF-8读取）。请以流的方式导入（自动识别编码），或另存为“CSV UTF-8”，或设置CatalogCsvOptions.Encoding。");
            return false;
        }

        var missing = false;
        foreach (var column in CsvColumns.All.Where(c => c.IsRequired && indexOf[c.Number - 1] < 0))
        {
            missing = true;
            AddAt(1, line, 0, column.ChineseHeader, null, CatalogImportRuleCodes.MissingColumn, "The required column " + column.ChineseHeader + "/" + column.EnglishHeader + " is missing; the rows were not read.", "缺少必需的列“" + column.ChineseHeader + "”；未读取各行。");
        }

        return !missing;
    }

    private void UnknownHeader(int i, string header)
    {
        // A real header has a few dozen columns: past the first hundred unknown ones, misspellings are not looked for.
        if (++unknownHeaders <= 100 && CsvColumns.TryFindNearMiss(header, out var meant, out var written))
        {
if (Listing())
            {
                Add(i, header, header, CatalogImportRuleCodes.MisspelledColumn,
                    "'" + Q(header) + "' is not a catalog column but looks like a misspelling of '" + written + "' (" + meant.ChineseHeader + "/" + meant.EnglishHeader + "); correct the header. A misspelt column is never ignored, since its values would be lost.",
                    "“" + Q(header) + "”不是目录的列，疑为“" + written + "”（" + meant.ChineseHeader + "）的笔误；请更正列名。拼错的列不会被忽略，否则其中的值会丢失。");
            }
            return;
        }

        if (options.IgnoreUnknownColumns)
        {
            return;
        }

        var hint = string.Empty;
        var hintZh = string.Empty;
        if (headers.Length == 1 && header.IndexOfAny(Separators) is var at and >= 0)
        {
            hint = " The whole header is one cell: the separator is probably '" + Printable(header[at]) + "'; leave CatalogCsvOptions.Separator unset to detect it.";
            hintZh = "整个表头只是一个单元格：分隔符可能是“" + Printable(header[at]) + "”；不设置CatalogCsvOptions.Separator即可自动识别。";
        }

        if (Listing())
        {
            Add(i, header, header, CatalogImportRuleCodes.UnknownColumn, "'" + Q(header) + "' is not a catalog column; columns: " + string.Join(", ", CsvColumns.All.Select(c => c.ChineseHeader + "/" + c.EnglishHeader)) + "." + hint, "“" + Q(header) + "”不是目录的列；可用的列：" + string.Join("、", CsvColumns.All.Select(c => c.ChineseHeader)) + "。" + hintZh);
        }
    }

    /// <summary>Reads the cells of the current record; returns <see langword="false"/> for a blank row.</summary>
    private bool ReadCells(CsvReader csv)
    {
        var blank = true;
        for (var i = 0; i < csv.FieldCount; i++)
        {
            if (!IsBlank(csv.GetSpan(i)))
            {
                blank = false;
                break;
            }
        }

        if (blank)
        {
            return false;
        }

        stageLength = 0;
        for (var c = 0; c < CsvColumns.Count; c++)
        {
            var index = indexOf[c];
            if (c == (int)Col.Stages && index >= 0 && index < csv.FieldCount && !csv.IsEmpty(index) && DecodeStages(csv.GetSpan(index)))
            {
                cells[c] = null;
                continue;
            }

            var value = index < 0 || index >= csv.FieldCount || csv.IsEmpty(index) ? null : Clean(csv.GetString(index));
            if (value is not null && IsGarbled(value))
            {
                cells[c] = value;
                if (Listing())
                {
                    Fail((Col)c, CatalogImportRuleCodes.InvalidEncoding, "The cell contains undecodable bytes or a NUL character: the file is not valid text in its encoding (" + (options.Encoding?.WebName ?? "UTF-8 or GB18030") + ").", "单元格含有无法解码的字节或NUL字符：文件不是有效的" + (options.Encoding?.WebName ?? "UTF-8或GB18030") + "文本。");
                }
                value = null;
            }

            cells[c] = value;
        }

        // Cells outside the named columns are read as text only when reported (no string pool per column).
        for (var i = 0; i < csv.FieldCount; i++)
        {
            if ((i >= headers.Length || unnamed[i]) && !IsBlank(csv.GetSpan(i)) && Listing())
            {
                var value = Clean(Unpooled(csv, i));
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
            MainItem = cells[(int)Col.MainItem] is { } main ? new PowerCode(main) : null,
            ExercisingLevels = ReadFlags(Col.ExercisingLevels, CatalogWords.ParseLevels, CatalogImportRuleCodes.UnknownExercisingLevel, "exercising level", "行使层级", CatalogWords.LevelNames, "Province, City, County, Township"),
            ServiceObjects = ReadFlags(Col.ServiceObjects, CatalogWords.ParseObjects, CatalogImportRuleCodes.UnknownServiceObject, "service object", "职责对象", CatalogWords.ObjectNames, "Citizens, LegalPersons, OtherOrganisations"),
            ForwardedForReview = ReadYesNo(Col.ForwardedForReview),
            ImplementingBodyCreditCode = ReadCreditCode(),
            ImplementingBodyArea = ReadArea(),
            Stages = ReadStages(),
        };
    }

    private T ReadFlags<T>(Col col, Func<string, List<string>, T> parse, string rule, string english, string chinese, string names, string englishNames)
        where T : struct, Enum
    {
        if (cells[(int)col] is not { } text)
        {
            return default;
        }

        unknownWords.Clear();
        var value = parse(text, unknownWords);
        if (unknownWords.Count > 0 && Listing())
        {
            var words = string.Join("', '", unknownWords);
            Fail(col, rule, "'" + Q(words) + "' is not a" + (english.StartsWith('e') ? "n " : " ") + english + "; write " + names + " (or " + englishNames + "), joined by 、 or ;.", "“" + Q(words) + "”不是" + chinese + "；可用：" + names + "，以“、”分隔。");
        }

        return value;
    }

    private UnifiedSocialCreditCode? ReadCreditCode()
    {
        if (cells[(int)Col.ImplementingBodyCreditCode] is not { } text)
        {
            return null;
        }

        if (UnifiedSocialCreditCode.TryParse(text, out var code))
        {
            return code;
        }

        if (Listing())
        {
            var findings = UnifiedSocialCreditCode.Validate(text);
            Fail(Col.ImplementingBodyCreditCode, CatalogImportRuleCodes.CreditCodeFormat, string.Join(" ", findings.Select(f => f.Message)), string.Join("", findings.Select(f => f.ChineseMessage)));
        }

        return null;
    }

    private AdministrativeAreaCode? ReadArea()
    {
        if (cells[(int)Col.ImplementingBodyArea] is not { } text)
        {
            return null;
        }

        if (AdministrativeAreaCode.TryParse(text, out var area))
        {
            return area;
        }

        if (Listing())
        {
            var findings = AdministrativeAreaCode.Validate(text);
            Fail(Col.ImplementingBodyArea, CatalogImportRuleCodes.AreaCodeFormat, string.Join(" ", findings.Select(f => f.Message)), string.Join("", findings.Select(f => f.ChineseMessage)));
        }

        return null;
    }

    private ImmutableArray<StageResponsibility> ReadStages()
    {
        if (stageLength == 0)
        {
            return [];
        }

        stageProblems.Clear();
        var stages = StageText.Parse(stageChars.AsSpan(0, stageLength), stageProblems, MaxBasisProblemsPerCell, texts);
        if (stageProblems.Count > 0)
        {
            // The cell becomes a string only to be quoted in a finding.
            cells[(int)Col.Stages] = new string(stageChars, 0, stageLength);
            foreach (var problem in stageProblems)
            {
                if (Listing())
                {
                    Fail(Col.Stages, CatalogImportRuleCodes.StageFormat, problem.Message, problem.ChineseMessage);
                }
            }
        }

        return stages;
    }

    /// <summary>
    /// Decodes a stage cell into the reader's buffer, cleaned as <see cref="Clean"/> does; returns <see langword="false"/>
    /// when the cell is blank or holds undecodable text (then it is read as a string, and reported, like any other cell).
    /// </summary>
    private bool DecodeStages(ReadOnlySpan<byte> cell)
    {
        var needed = Encoding.UTF8.GetMaxCharCount(cell.Length);
        if (stageChars.Length < needed)
        {
            stageChars = new char[Math.Max(needed, stageChars.Length * 2)];
        }

        var count = Encoding.UTF8.GetChars(cell, stageChars);
        var text = stageChars.AsSpan(0, count).Trim();
        if (text.Length >= 2 && text[0] == '\'' && CsvCatalogWriter.IsEscapedByApostrophe(text[1]))
        {
            text = text[1..];
        }

        if (text.IsEmpty || text.IndexOfAny('\uFFFD', '\0') >= 0)
        {
            return false;
        }

        // Moved to the start of the buffer (CopyTo allows the overlap), so that the cell is stageChars[..stageLength].
        text.CopyTo(stageChars);
        stageLength = text.Length;
        return true;
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

        if (Listing())
        {
            var known = string.Join(", ", (options.AdditionalCategories ?? []).Concat(PowerCategory.WellKnown).Where(c => c is not null).Select(c => c.TypeCode + " " + c.ChineseName));
            Fail(Col.Category, CatalogImportRuleCodes.UnknownCategory, "'" + Q(text) + "' is not a known category (type code or name); known: " + known + ". A host adds its own with CatalogCsvOptions.AdditionalCategories.", "“" + Q(text) + "”不是已知的权力类别（类别代码或名称）；已知类别：" + known + "。");
        }

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
        var bases = LegalBasisText.Parse(text, basisProblems, MaxBasisProblemsPerCell, describe: !Full);
        foreach (var problem in basisProblems)
        {
            if (Listing())
            {
                Fail(Col.LegalBases, problem.Code, problem.Message, problem.ChineseMessage);
            }
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
                if (Listing())
                {
                    Fail(Col.Initiation, CatalogImportRuleCodes.MissingValue, "The initiation is empty; write 依申请 (on application) or 依职权 (ex officio).", "启动方式为空；应填“依申请”或“依职权”。");
                }
            }

            return Initiation.OnApplication;
        }

        if (CatalogWords.TryParse(text, out Initiation initiation))
        {
            return initiation;
        }

        if (Listing())
        {
            Fail(Col.Initiation, CatalogImportRuleCodes.UnknownInitiation, "'" + Q(text) + "' is not an initiation; write 依申请 or 依职权 (OnApplication or ExOfficio).", "“" + Q(text) + "”不是启动方式；应填“依申请”或“依职权”。");
        }
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

        if (Listing())
        {
            Fail(col, CatalogImportRuleCodes.TimeLimitFormat, "'" + Q(text) + "' is not a time limit; write e.g. 20个工作日, 90日, 90天, 90个自然日, 本季度末, '20 working days', '90 days' or 'end of quarter' (0 to 36500 days).", "“" + Q(text) + "”不是有效的时限；应写作“20个工作日”“90日”“90天”“90个自然日”“本季度末”等（0至36500日）。");
        }
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

        if (Listing())
        {
            Fail(col, CatalogImportRuleCodes.YesNoFormat, "'" + Q(text) + "' is not yes or no; write 是 or 否 (yes/no).", "“" + Q(text) + "”不是“是”或“否”。");
        }
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

        if (Listing())
        {
            Fail(Col.FeeAmount, CatalogImportRuleCodes.AmountFormat, "'" + Q(text) + "' is not an amount of yuan; write a number with a decimal point, e.g. 10 or 12.50.", "“" + Q(text) + "”不是有效的金额；应填写数字（元），如10或12.50。");
        }
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
                if (Listing())
                {
                    Fail(Col.DisclosureForms, CatalogImportRuleCodes.UnknownDisclosureForm, "'" + Q(words) + "' is not a disclosure form; forms: " + CatalogWords.FormNames + " (or NoticeBoard, Handbook, Hotline, Website, Media, Meeting, Circular), joined by 、 or ;.", "“" + Q(words) + "”不是公开形式；可用：" + CatalogWords.FormNames + "，以“、”分隔。");
                }
            }
        }

        var timing = DisclosureTiming.LongTerm;
        if (cells[(int)Col.DisclosureTiming] is { } timingText && !CatalogWords.TryParse(timingText, out timing))
        {
            if (Listing())
            {
                Fail(Col.DisclosureTiming, CatalogImportRuleCodes.UnknownDisclosureTiming, "'" + Q(timingText) + "' is not a disclosure timing; timings: " + CatalogWords.TimingNames + " (or LongTerm, Periodic, ByStage, Immediate, OnRequest).", "“" + Q(timingText) + "”不是公开时间；可用：" + CatalogWords.TimingNames + "。");
            }
        }

        return scope is null && forms == DisclosureForms.None && timing == DisclosureTiming.LongTerm
            ? Disclosure.Unspecified
            : new Disclosure(scope, forms, timing);
    }

    private void Fail(Col col, string rule, string message, string chineseMessage)
    {
        var index = indexOf[(int)col];
        Add(index, index < 0 ? CsvColumns.Of(col).ChineseHeader : headers[index], cells[(int)col], rule, message, chineseMessage);
    }

    private void Add(int index, string? header, string? value, string rule, string message, string chineseMessage)
    {
        rowFailed = true;
        AddAt(row, line, index + 1, header, value, rule, message, chineseMessage);
    }

    /// <summary>Whether the problem list is full (<see cref="CatalogCsv.MaxProblems"/>): further problems are only counted.</summary>
    private bool Full => problems.Count >= CatalogCsv.MaxProblems;

    /// <summary>
    /// Whether a problem about to be reported in the current row is listed; when the list is full it is counted (and the
    /// row fails) instead, and the caller skips building its messages, so a file of many problems costs no more.
    /// </summary>
    private bool Listing()
    {
        if (!Full)
        {
            return true;
        }

        rowFailed = true;
        CountUnlisted(row, line);
        return false;
    }

    /// <summary>Records a problem; past <see cref="CatalogCsv.MaxProblems"/> only counts it.</summary>
    private void AddAt(int atRow, int atLine, int column, string? header, string? value, string rule, string message, string chineseMessage)
    {
        if (problems.Count < CatalogCsv.MaxProblems)
        {
            problems.Add((ImportFinding.Create(atRow, atLine, column, header, value, rule, message, chineseMessage), atRow, column));
        }
        else
        {
            CountUnlisted(atRow, atLine);
        }
    }

    private void CountUnlisted(int atRow, int atLine)
    {
        if (unlisted++ == 0)
        {
            firstUnlisted = (atRow, atLine);
        }
    }

    /// <summary>The exception with the problems in file order (header first), and one more counting those not listed.</summary>
    private CatalogImportException Failure()
    {
        var findings = problems.OrderBy(p => p.Row).ThenBy(p => p.Column).Select(p => p.Finding).ToList();
        if (unlisted > 0)
        {
            findings.Add(ImportFinding.Create(
                firstUnlisted.Row,
                firstUnlisted.Line,
                0,
                null,
                null,
                CatalogImportRuleCodes.TooManyProblems,
                FormattableString.Invariant($"{unlisted} more problem(s) were found from here on and are not listed; the first {CatalogCsv.MaxProblems} are. Correct those and import again."),
                FormattableString.Invariant($"自此处起另有{unlisted}个问题未列出，仅列出前{CatalogCsv.MaxProblems}个。请更正后重新导入。")));
        }

        return new CatalogImportException(findings);
    }

    /// <summary>Reports a record with broken quoting as the reader recovers from it (CsvHelper's callback).</summary>
    private void AddMalformed(CsvMalformedRecord record)
    {
        var (message, chinese) = record.Reason switch
        {
            CsvMalformedReason.UnterminatedQuote => ("A quoted cell is never closed: a \" is missing, so the rest of the file was read into one cell.", "引号未闭合：缺少一个\"，文件其余部分被读入了同一个单元格。"),
            CsvMalformedReason.TextAfterClosingQuote => ("Text follows the closing quote of a quoted cell; double the quotes inside a quoted cell (\"\").", "带引号的单元格在右引号后还有文字；单元格内的引号须写成两个（\"\"）。"),
            _ => (string.Empty, string.Empty),
        };
        if (message.Length > 0)
        {
            var recordRow = (int)Math.Clamp(record.RecordNumber - rowOffset, 1, int.MaxValue);
            var recordLine = (int)Math.Clamp(record.LineNumber, 1, int.MaxValue);
            AddAt(recordRow, recordLine, 0, null, Shorten(record.RawRecord), CatalogImportRuleCodes.MalformedCsv, message, chinese);
        }
    }

    /// <summary>
    /// Trims a cell; empty is <see langword="null"/>. An apostrophe that an export put before a cell a spreadsheet would
    /// run as a formula (or before another apostrophe) is removed.
    /// </summary>
    private static string? Clean(string text)
    {
        var trimmed = text.Trim();
        if (trimmed.Length >= 2 && trimmed[0] == '\'' && CsvCatalogWriter.IsEscapedByApostrophe(trimmed[1]))
        {
            trimmed = trimmed[1..];
        }

        return trimmed.Length == 0 ? null : trimmed;
    }

    /// <summary>A cell as text without CsvHelper's string pool, which keeps one pool per column (a header of 100,000 columns would make as many).</summary>
    private static string Unpooled(CsvReader csv, int index) => Encoding.UTF8.GetString(csv.GetSpan(index));

    /// <summary>Whether a cell (UTF-8) is empty or white space only, without making a string of it when it is ASCII.</summary>
    private static bool IsBlank(ReadOnlySpan<byte> cell)
    {
        if (cell.IndexOfAnyExcept(" \t\r\n"u8) < 0)
        {
            return true;
        }

        return System.Text.Ascii.IsValid(cell) ? false : string.IsNullOrWhiteSpace(Encoding.UTF8.GetString(cell));
    }

    /// <summary>Whether text holds U+FFFD (what decoders put for undecodable bytes) or a NUL character (binary data).</summary>
    private static bool IsGarbled(string text) => text.AsSpan().IndexOfAny('\uFFFD', '\0') >= 0;

    /// <summary>A value as quoted in a message: cut to <see cref="ImportFinding.MaxValueChars"/> characters.</summary>
    private static string Q(string text) => ImportFinding.Cut(text);

    private static string Printable(char c) => c switch
    {
        '\t' => "\\t (tab 制表符)",
        ' ' => "space 空格",
        _ when char.IsControl(c) => FormattableString.Invariant($"U+{(int)c:X4}"),
        _ => c.ToString(),
    };

    private static string Shorten(string text) => ImportFinding.Cut(text.Length <= 80 ? text : text[..77] + "...");
}

/// <summary>What <see cref="CsvCatalogReader.ReadForCheck"/> read.</summary>
/// <param name="Powers">The powers of the rows without problems, in file order.</param>
/// <param name="Locations">The row (header = 1) and line of each power.</param>
/// <param name="Problems">The problems of the file, or <see langword="null"/> when it is a catalog.</param>
/// <param name="UnlistedProblems">
/// How many problems were counted but not listed (past <see cref="CatalogCsv.MaxProblems"/>); the last of
/// <paramref name="Problems"/>' findings (<see cref="CatalogImportRuleCodes.TooManyProblems"/>) then stands for them.
/// </param>
internal sealed record CsvCheckResult(IReadOnlyList<Power> Powers, IReadOnlyList<(int Row, int Line)> Locations, CatalogImportException? Problems, int UnlistedProblems);
