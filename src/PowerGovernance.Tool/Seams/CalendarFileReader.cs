using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using PowerGovernance.Calendars;
using PowerGovernance.Serialization;

namespace PowerGovernance.Tool.Seams;

/// <summary>A calendar file format the tool knows by its extension, and its reader when this build has one.</summary>
/// <param name="Extension">The file extension with its dot, e.g. <c>.txt</c>; matched ignoring case.</param>
/// <param name="Name">The format's machine name as written in JSON, e.g. <c>text</c>.</param>
/// <param name="DisplayName">The format's name for people, in English and Chinese.</param>
/// <param name="Read">
/// Reads the whole file (a stream, and the name to record as its source) and throws <see cref="InvalidCalendarException"/>
/// with located problems; <see langword="null"/> while the reader is not part of this build (the format is then
/// reported as not yet supported).
/// </param>
internal sealed record CalendarFileFormat(string Extension, string Name, string DisplayName, Func<Stream, string, LoadedCalendar>? Read);

/// <summary>A calendar read from a file.</summary>
/// <param name="Path">The path as the user gave it.</param>
/// <param name="Format">The format it was read in.</param>
/// <param name="Calendar">The calendar.</param>
/// <param name="Sha256">The SHA-256 of the file's bytes, lower-case hexadecimal.</param>
internal sealed record CalendarFile(string Path, CalendarFileFormat Format, WorkingCalendar Calendar, string Sha256);

/// <summary>
/// The one place calendar files are read (seam): the format is chosen by the file's extension, and every
/// failure becomes a <see cref="ToolException"/> with a bilingual message: a missing or oversized file, an
/// extension the tool does not know, a format whose reader is not in this build, or a file with problems
/// (<see cref="UnreadableCode"/>, every problem located by line and field).
/// </summary>
/// <remarks>
/// <c>.txt</c> is the kernel's text format (<see cref="LoadedCalendar.Load"/>), <c>.json</c> holiday-cn JSON
/// (<see cref="HolidayCnJson"/>, one year object or an array of years) and <c>.ics</c> iCalendar
/// (<see cref="CalendarIcs"/>). The readers cap the input at <see cref="LoadedCalendar.MaxInputBytes"/> and the
/// problems reported at <see cref="LoadedCalendar.MaxProblems"/>.
/// </remarks>
internal sealed class CalendarFileReader
{
    /// <summary>The code of the failure for a file with problems; its <see cref="ToolException.Findings"/> lists them.</summary>
    public const string UnreadableCode = "UnreadableCalendar";

    private readonly IReadOnlyList<CalendarFileFormat> formats;

    public CalendarFileReader(IEnumerable<CalendarFileFormat> formats)
    {
        this.formats = formats.ToArray();
    }

    /// <summary>Gets the reader of this build: the text format, holiday-cn JSON and iCalendar.</summary>
    public static CalendarFileReader Default { get; } = new(
    [
        new CalendarFileFormat(".txt", "text", "PowerGovernance text calendar 文本日历", LoadedCalendar.Load),
        new CalendarFileFormat(".json", "holiday-cn", "holiday-cn JSON", HolidayCnJson.Read),
        new CalendarFileFormat(".ics", "icalendar", "iCalendar", CalendarIcs.Read),
    ]);

    /// <summary>Gets the formats, in the order they are listed to the user.</summary>
    public IReadOnlyList<CalendarFileFormat> Formats => formats;

    /// <summary>Returns the format of a file by its extension.</summary>
    /// <exception cref="ToolException">The extension is not one the tool knows.</exception>
    public CalendarFileFormat FormatOf(string path)
    {
        var extension = System.IO.Path.GetExtension(path);
        foreach (var format in formats)
        {
            if (string.Equals(format.Extension, extension, StringComparison.OrdinalIgnoreCase))
            {
                return format;
            }
        }

        var known = string.Join(", ", formats.Select(f => f.Extension + " (" + f.DisplayName + ")"));
        throw new ToolException(
            "UnknownCalendarFormat",
            "'" + path + "' has no calendar file extension the tool knows. Use one of: " + known + ".",
            "无法识别“" + path + "”的日历文件格式（按扩展名判断）。可用格式：" + known + "。");
    }

    /// <summary>Reads a calendar file.</summary>
    /// <exception cref="ToolException">The file cannot be read (see the class remarks).</exception>
    public CalendarFile Read(string path)
    {
        var format = FormatOf(path);
        if (format.Read is null)
        {
            throw new ToolException(
                "FormatNotYetSupported",
                "Reading " + format.DisplayName + " files (" + format.Extension + ") is not yet supported by this version of powergov. Use the text format (.txt).",
                "此版本的 powergov 尚不支持读取 " + format.DisplayName + " 文件（" + format.Extension + "）。请使用文本格式（.txt）。");
        }

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
            throw new ToolException("FileNotFound", "The calendar file '" + path + "' does not exist.", "日历文件“" + path + "”不存在。");
        }

        if (info.Length > LoadedCalendar.MaxInputBytes)
        {
            throw new ToolException(
                "FileTooLarge",
                string.Create(CultureInfo.InvariantCulture, $"The calendar file '{path}' is {info.Length} bytes; the tool reads calendar files of at most {LoadedCalendar.MaxInputBytes} bytes."),
                string.Create(CultureInfo.InvariantCulture, $"日历文件“{path}”大小为 {info.Length} 字节，超过上限 {LoadedCalendar.MaxInputBytes} 字节。"));
        }

        try
        {
            using var stream = info.OpenRead();
            var loaded = format.Read(stream, path);
            return new CalendarFile(path, format, loaded.Calendar, loaded.Sha256);
        }
        catch (InvalidCalendarException e)
        {
            throw Unreadable(path, e);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw NotReadable(path, e.Message);
        }
    }

    /// <summary>The failure for calendar data with problems, every problem a finding.</summary>
    public static ToolException Unreadable(string path, InvalidCalendarException e) => new(
        UnreadableCode,
        string.Create(CultureInfo.InvariantCulture, $"The calendar file '{path}' has {e.Findings.Count} problem(s); nothing was read from it."),
        string.Create(CultureInfo.InvariantCulture, $"日历文件“{path}”有 {e.Findings.Count} 个问题，未读取任何数据。"),
        ExitCodes.BadInput,
        e.Findings);

    private static ToolException NotReadable(string path, string reason) => new(
        "FileNotReadable",
        "The calendar file '" + path + "' cannot be read: " + reason,
        "无法读取日历文件“" + path + "”：" + reason);
}
