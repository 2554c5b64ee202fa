using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Text;
using System.Text.Json;
using PowerGovernance.Powers;
using PowerGovernance.Serialization;
using PowerGovernance.Serialization.Internal;
using PowerGovernance.Tool.Output;
using PowerGovernance.Validation;

namespace PowerGovernance.Tool.Seams;

/// <summary>Where a power of a catalog file is: its row and line (CSV) or its JSON path.</summary>
/// <param name="Number">The row as a spreadsheet numbers it (CSV, the header is row 1) or the 0-based index in <c>powers</c> (JSON).</param>
/// <param name="Line">The 1-based line where the power starts, when known.</param>
/// <param name="IsJson">Whether the place is a JSON path (finding paths are then appended in camelCase).</param>
internal readonly record struct PowerLocation(int Number, int? Line, bool IsJson)
{
    /// <summary>Gets the place as text, e.g. <c>row 5</c> or <c>$.powers[3]</c> (made only for the findings shown).</summary>
    public string Where => IsJson
        ? string.Create(CultureInfo.InvariantCulture, $"$.powers[{Number}]")
        : string.Create(CultureInfo.InvariantCulture, $"row {Number}");
}

/// <summary>A catalog file as read for a check.</summary>
/// <param name="Path">The path as the user gave it.</param>
/// <param name="Format"><c>csv</c> or <c>json</c>.</param>
/// <param name="Powers">The powers read: all of them, or for a CSV file with problems those of the rows without any.</param>
/// <param name="Locations">Where each power is, in the same order.</param>
/// <param name="Problems">What makes the file unreadable as a catalog, located; empty when it is one.</param>
/// <param name="UnlistedProblems">
/// How many more problems the reader counted without listing them (the last of <paramref name="Problems"/> then says so).
/// </param>
internal sealed record CatalogFile(string Path, string Format, IReadOnlyList<Power> Powers, IReadOnlyList<PowerLocation> Locations, IReadOnlyList<Finding> Problems, int UnlistedProblems = 0)
{
    /// <summary>Gets how many problems the file has in all, listed or not (the finding that counts the unlisted ones is not one of them).</summary>
    public int ProblemCount => UnlistedProblems > 0 ? Problems.Count - 1 + UnlistedProblems : Problems.Count;
}

/// <summary>
/// Reads a catalog file for <c>catalog check</c>: JSON when its extension is <c>.json</c> or its first character is
/// <c>{</c> or <c>[</c>, otherwise the spreadsheet CSV form (separator and encoding detected). Files larger than
/// <see cref="MaxInputBytes"/> are refused; the problems of a file that is not a catalog are findings, never exceptions.
/// </summary>
internal static class CatalogFileReader
{
    /// <summary>The code of the failure for a file that cannot be turned into a catalog.</summary>
    public const string UnreadableCode = "UnreadableCatalog";

    /// <summary>The code of the problem a JSON file that is not a catalog gets.</summary>
    public const string JsonProblemCode = "InvalidCatalogJson";

    /// <summary>The largest file read: 64 MiB.</summary>
    public const long MaxInputBytes = 64L * 1024 * 1024;

    /// <summary>Reads a catalog file.</summary>
    /// <exception cref="ToolException">The file does not exist, cannot be opened or is too large.</exception>
    public static CatalogFile Read(string path)
    {
        FileInfo info;
        try
        {
            info = new FileInfo(path);
        }
        catch (Exception e) when (e is ArgumentException or NotSupportedException or PathTooLongException or UnauthorizedAccessException or System.Security.SecurityException)
        {
            throw NotReadable(path, e.Message);
        }

        if (!info.Exists)
        {
            throw new ToolException("FileNotFound", "The catalog file '" + path + "' does not exist.", "目录文件“" + path + "”不存在。");
        }

        if (info.Length > MaxInputBytes)
        {
            throw new ToolException(
                "FileTooLarge",
                string.Create(CultureInfo.InvariantCulture, $"The catalog file '{path}' is {info.Length} bytes; the tool reads catalog files of at most {MaxInputBytes} bytes."),
                string.Create(CultureInfo.InvariantCulture, $"目录文件“{path}”大小为 {info.Length} 字节，超过上限 {MaxInputBytes} 字节。"));
        }

        try
        {
            using var stream = info.OpenRead();
            return IsJson(path, stream) ? ReadJson(path, stream) : ReadCsv(path, stream);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw NotReadable(path, e.Message);
        }
    }

    /// <summary>Whether the file is JSON: by its extension, or by its first character after a byte order mark and white space.</summary>
    private static bool IsJson(string path, Stream stream)
    {
        if (string.Equals(System.IO.Path.GetExtension(path), ".json", StringComparison.OrdinalIgnoreCase))
        {
            return true;
        }

        Span<byte> start = stackalloc byte[256];
        var read = stream.ReadAtLeast(start, start.Length, throwOnEndOfStream: false);
        stream.Position = 0;
        var text = start[..read];
        if (text.StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF]))
        {
            text = text[3..];
        }

        var first = text.IndexOfAnyExcept(" \t\r\n"u8);
        return first >= 0 && text[first] is (byte)'{' or (byte)'[';
    }

    private static CatalogFile ReadCsv(string path, Stream stream)
    {
        var result = CsvCatalogReader.ReadForCheck(stream, CatalogCsvOptions.Default);
        var locations = new PowerLocation[result.Locations.Count];
        for (var i = 0; i < locations.Length; i++)
        {
            var (row, line) = result.Locations[i];
            locations[i] = new PowerLocation(row, line, false);
        }

        return new CatalogFile(path, "csv", result.Powers, locations, result.Problems?.Findings ?? [], result.UnlistedProblems);
    }

    private static CatalogFile ReadJson(string path, Stream stream)
    {
        PowerCatalog catalog;
        try
        {
            catalog = CatalogJson.Deserialize(stream);
        }
        catch (JsonException e)
        {
            var line = e.LineNumber is { } zeroBased ? (int?)checked((int)Math.Min(zeroBased + 1, int.MaxValue)) : null;
            var where = e.Path ?? "$";
            return Unreadable(path, Finding.Error(
                JsonProblemCode,
                where,
                null,
                "The JSON is not a power catalog: " + Bounds.Cut(e.Message, Bounds.MaxMessageChars),
                "该 JSON 不是有效的职权目录（位置 " + where + (line is { } l ? string.Create(CultureInfo.InvariantCulture, $"，第{l}行") : string.Empty) + "）：" + Bounds.Cut(e.Message, Bounds.MaxMessageChars)) with { Line = line });
        }
        catch (Exception e) when (e is ArgumentException or FormatException or InvalidOperationException or NotSupportedException or DecoderFallbackException or OverflowException)
        {
            // What a reader that is not yet strict may still throw for a broken file: still a finding, never a crash.
            return Unreadable(path, Finding.Error(
                JsonProblemCode,
                "$",
                null,
                "The JSON is not a power catalog (" + e.GetType().Name + "): " + Bounds.Cut(e.Message, Bounds.MaxMessageChars),
                "该 JSON 不是有效的职权目录（" + e.GetType().Name + "）：" + Bounds.Cut(e.Message, Bounds.MaxMessageChars)));
        }

        var locations = Enumerable.Range(0, catalog.Count).Select(i => new PowerLocation(i, null, true)).ToArray();
        return new CatalogFile(path, "json", catalog.Powers, locations, []);
    }

    private static CatalogFile Unreadable(string path, Finding problem) => new(path, "json", [], [], [problem]);

    private static ToolException NotReadable(string path, string reason) => new(
        "FileNotReadable",
        "The catalog file '" + path + "' cannot be read: " + reason,
        "无法读取目录文件“" + path + "”：" + reason);
}
