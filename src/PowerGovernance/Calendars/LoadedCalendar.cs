using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Security.Cryptography;
using System.Text;
using PowerGovernance.Internal;
using PowerGovernance.Validation;

namespace PowerGovernance.Calendars;

/// <summary>
/// A calendar a host loaded from a file, with its provenance (来源): the name the host gave the file, the format
/// and the SHA-256 of the exact input, so that whoever uses the calendar can say "loaded by the host from
/// <c>2027.json</c>, SHA-256 …" and anyone can check that it is the file they hold.
/// </summary>
/// <remarks>
/// <para>
/// Readers that return it: <see cref="Parse(string, string)"/> and <see cref="Load(Stream, string)"/> here for
/// calendar files (format 1), and in PowerGovernance.Serialization <c>HolidayCnJson.Read</c> and
/// <c>CalendarIcs.Read</c>. They all refuse inputs larger than <see cref="MaxInputBytes"/> and report at most
/// <see cref="MaxProblems"/> problems (then one <see cref="CalendarRuleCodes.TooManyProblems"/> problem).
/// </para>
/// <para>
/// The hash is of the bytes read: for a stream, exactly the bytes in it (a byte order mark included); for a
/// string, its UTF-8 encoding, which equals the file's hash when the file is UTF-8 without a byte order mark.
/// Immutable and thread-safe.
/// </para>
/// </remarks>
public sealed class LoadedCalendar
{
    /// <summary>The largest input a reader accepts: 16 MiB (16,777,216 bytes). Larger inputs fail with <see cref="CalendarRuleCodes.InputTooLarge"/> before they are parsed.</summary>
    public const int MaxInputBytes = 16 * 1024 * 1024;

    /// <summary>The most problems a reader reports: 100; a reader that finds more stops and adds one <see cref="CalendarRuleCodes.TooManyProblems"/> problem.</summary>
    public const int MaxProblems = 100;

    /// <summary>The <see cref="Format"/> of a calendar file in format 1: <c>powergovernance-calendar-1</c>.</summary>
    public const string CalendarFileFormat = "powergovernance-calendar-1";

    /// <summary>Creates the record; readers create it, and so may a host that loaded a calendar its own way.</summary>
    /// <param name="calendar">The calendar read.</param>
    /// <param name="sourceName">The name the host gave the input, e.g. a file name or URL. Must not be blank.</param>
    /// <param name="format">The format read, e.g. <see cref="CalendarFileFormat"/>. Must not be blank.</param>
    /// <param name="sha256">The SHA-256 of the input: 64 lower-case hexadecimal digits.</param>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="ArgumentException">A text is blank, or <paramref name="sha256"/> is not 64 lower-case hexadecimal digits.</exception>
    public LoadedCalendar(WorkingCalendar calendar, string sourceName, string format, string sha256)
    {
        Calendar = Preconditions.CheckNotNull(calendar);
        SourceName = Preconditions.CheckNotBlank(sourceName);
        Format = Preconditions.CheckNotBlank(format);
        Preconditions.CheckNotNull(sha256);
        if (sha256.Length != 64 || !sha256.All(c => c is (>= '0' and <= '9') or (>= 'a' and <= 'f')))
        {
            throw new ArgumentException("The SHA-256 must be 64 lower-case hexadecimal digits.", nameof(sha256));
        }

        Sha256 = sha256;
    }

    /// <summary>Gets the calendar read (工作日历).</summary>
    public WorkingCalendar Calendar { get; }

    /// <summary>Gets the name the host gave the input (数据来源名称), e.g. <c>2027.json</c>, exactly as given.</summary>
    public string SourceName { get; }

    /// <summary>Gets the format read: <see cref="CalendarFileFormat"/>, <c>holiday-cn-json</c> or <c>icalendar</c>.</summary>
    public string Format { get; }

    /// <summary>Gets the SHA-256 of the exact input (64 lower-case hexadecimal digits; see the remarks on the type).</summary>
    public string Sha256 { get; }

    /// <summary>Reads a calendar file (format 1) from its text, recording <paramref name="sourceName"/> and the SHA-256 of the text's UTF-8 encoding.</summary>
    /// <param name="text">The whole file's text.</param>
    /// <param name="sourceName">The name the host gives the file, e.g. its path. Must not be blank.</param>
    /// <returns>The calendar and its provenance.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="sourceName"/> is blank.</exception>
    /// <exception cref="InvalidCalendarException">The text is larger than <see cref="MaxInputBytes"/> or has problems (at most <see cref="MaxProblems"/> reported), each with its line.</exception>
    public static LoadedCalendar Parse(string text, string sourceName)
    {
        Preconditions.CheckNotNull(text);
        Preconditions.CheckNotBlank(sourceName);
        if (text.Length > MaxInputBytes || Encoding.UTF8.GetByteCount(text) > MaxInputBytes)
        {
            throw TooLarge(null);
        }

        var hash = Hex(SHA256.HashData(Encoding.UTF8.GetBytes(text)));
        return new LoadedCalendar(WorkingCalendarFileReader.Read(text), sourceName, CalendarFileFormat, hash);
    }

    /// <summary>Reads a UTF-8 calendar file (format 1) from a stream, recording <paramref name="sourceName"/> and the SHA-256 of the bytes read.</summary>
    /// <param name="stream">The stream, positioned at the start of the file; read to its end, never more than <see cref="MaxInputBytes"/> + 1 bytes. It is not disposed.</param>
    /// <param name="sourceName">The name the host gives the file, e.g. its path. Must not be blank.</param>
    /// <returns>The calendar and its provenance.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="sourceName"/> is blank.</exception>
    /// <exception cref="InvalidCalendarException">The file is larger than <see cref="MaxInputBytes"/> or has problems (at most <see cref="MaxProblems"/> reported), each with its line.</exception>
    public static LoadedCalendar Load(Stream stream, string sourceName)
    {
        Preconditions.CheckNotNull(stream);
        Preconditions.CheckNotBlank(sourceName);
        var bytes = ReadBounded(stream) ?? throw TooLarge(null);
        var hash = Hex(SHA256.HashData(bytes));
        return new LoadedCalendar(WorkingCalendarFileReader.Read(bytes), sourceName, CalendarFileFormat, hash);
    }

    /// <summary>Returns <c>Calendar (format) from 'source', SHA-256 …</c>.</summary>
    /// <returns>A one-line description.</returns>
    public override string ToString() => Calendar.Id + " (" + Format + ") loaded from '" + SourceName + "', SHA-256 " + Sha256;

    /// <summary>Reads at most <see cref="MaxInputBytes"/> bytes; returns null when the stream holds more.</summary>
    internal static byte[]? ReadBounded(Stream stream)
    {
        using var memory = new MemoryStream();
        var buffer = new byte[81920];
        int read;
        while ((read = stream.Read(buffer, 0, buffer.Length)) > 0)
        {
            if (memory.Length + read > MaxInputBytes)
            {
                return null;
            }

            memory.Write(buffer, 0, read);
        }

        return memory.ToArray();
    }

    private static string Hex(byte[] hash) => Convert.ToHexString(hash).ToLowerInvariant();

    internal static InvalidCalendarException TooLarge(string? calendarId) =>
        new(calendarId, [Finding.Error(
            CalendarRuleCodes.InputTooLarge,
            "input",
            null,
            string.Create(CultureInfo.InvariantCulture, $"The input is larger than {MaxInputBytes} bytes (16 MiB); it was not read."),
            "输入超过16 MiB，未予读取。")]);
}
