using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Text;
using NodaTime;
using PowerGovernance.Validation;

namespace PowerGovernance.Calendars;

/// <summary>
/// Reads the line-oriented calendar file format (format 1). Every line is a directive:
/// <c>calendar</c>, <c>name</c>, <c>weekend</c>, <c>coverage</c>, <c>source</c>, <c>holiday</c>,
/// <c>workday</c>; <c>#</c> starts a comment line. All problems are collected with their line numbers
/// and reported together (at most <see cref="LoadedCalendar.MaxProblems"/>, then their count).
/// </summary>
/// <remarks>
/// Strict: a directive's words are separated by spaces or tabs; a line may hold no other control character (a NUL
/// included) and no unpaired surrogate; a date is exactly <c>yyyy-MM-dd</c> (ASCII digits) and exists; weekday names are
/// the English names <c>Monday</c> … <c>Sunday</c> exactly as written, separated by spaces or tabs (a comma is refused),
/// each at most once, and <c>weekend none</c> states that there is no weekend day (a bare <c>weekend</c> is refused).
/// Bytes must be UTF-8 (a leading byte order mark is allowed); the first invalid sequence is reported with its line and
/// byte offset. Inputs over <see cref="LoadedCalendar.MaxInputBytes"/> (bytes, or characters for text) are refused unread.
/// Work is linear in the input.
/// </remarks>
internal static class WorkingCalendarFileReader
{
    /// <summary>The word of a <c>weekend</c> line that states there is no weekend day.</summary>
    internal const string NoWeekend = "none";

    private static readonly char[] Whitespace = [' ', '\t'];
    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    /// <summary>Reads a whole text reader, at most <see cref="LoadedCalendar.MaxInputBytes"/> characters.</summary>
    internal static WorkingCalendar Read(TextReader reader)
    {
        var text = new StringBuilder();
        var buffer = new char[8192];
        int read;
        while ((read = reader.Read(buffer, 0, buffer.Length)) > 0)
        {
            if (text.Length + read > LoadedCalendar.MaxInputBytes)
            {
                throw TooLarge("characters");
            }

            text.Append(buffer, 0, read);
        }

        return Read(text.ToString());
    }

    /// <summary>Reads UTF-8 bytes (a leading byte order mark allowed), at most <see cref="LoadedCalendar.MaxInputBytes"/>.</summary>
    internal static WorkingCalendar Read(ReadOnlySpan<byte> bytes)
    {
        if (bytes.Length > LoadedCalendar.MaxInputBytes)
        {
            throw TooLarge("bytes");
        }

        return Read(Decode(bytes));
    }

    /// <summary>Reads the text of a calendar file, at most <see cref="LoadedCalendar.MaxInputBytes"/> characters.</summary>
    internal static WorkingCalendar Read(string text)
    {
        if (text.Length > LoadedCalendar.MaxInputBytes)
        {
            throw TooLarge("characters");
        }

        var problems = new CalendarProblemList();
        var builder = new WorkingCalendarBuilder(string.Empty);
        string? id = null;
        var seen = new Dictionary<string, int>(StringComparer.Ordinal);
        var lineNumber = 0;
        var position = 0;
        if (text.Length > 0 && text[0] == '\uFEFF')
        {
            position = 1;
        }

        while (position < text.Length)
        {
            var end = text.AsSpan(position).IndexOfAny('\r', '\n');
            var lineEnd = end < 0 ? text.Length : position + end;
            var raw = text.AsSpan(position, lineEnd - position);
            position = lineEnd;
            if (position < text.Length)
            {
                position += text[position] == '\r' && position + 1 < text.Length && text[position + 1] == '\n' ? 2 : 1;
            }

            lineNumber++;
            if (!CheckCharacters(raw, lineNumber, problems))
            {
                continue;
            }

            var trimmed = raw.Trim();
            if (trimmed.Length == 0 || trimmed[0] == '#')
            {
                continue;
            }

            var line = trimmed.ToString();
            var (keyword, rest) = SplitFirst(line);
            var context = new LineContext(lineNumber, keyword, rest, problems);
            switch (keyword)
            {
                case "calendar":
                    if (Once(seen, context) && context.RequireValue("calendar identifier", "日历标识"))
                    {
                        id = rest;
                        builder.WithId(rest);
                    }

                    break;
                case "name":
                    if (Once(seen, context) && context.RequireValue("display name", "显示名称"))
                    {
                        builder.WithName(rest);
                    }

                    break;
                case "weekend":
                    if (Once(seen, context))
                    {
                        ReadWeekend(builder, context);
                    }

                    break;
                case "coverage":
                    if (Once(seen, context))
                    {
                        ReadCoverage(builder, context);
                    }

                    break;
                case "source":
                    ReadSource(builder, context);
                    break;
                case "holiday":
                    ReadHoliday(builder, context);
                    break;
                case "workday":
                    ReadWorkday(builder, context);
                    break;
                default:
                    if (problems.Skip(lineNumber))
                    {
                        break;
                    }

                    problems.Add(Finding.Error(
                        CalendarRuleCodes.Syntax,
                        keyword,
                        line,
                        "Unknown directive; expected one of calendar, name, weekend, coverage, source, holiday, workday (or '#' for a comment).",
                        "无法识别的指令；应为 calendar、name、weekend、coverage、source、holiday、workday 之一（或以“#”开头的注释）。") with { Line = lineNumber });
                    break;
            }
        }

        if (id is null)
        {
            problems.Add(Finding.Error(CalendarRuleCodes.IdRequired, "calendar", null, "The file needs a 'calendar <id>' line.", "文件须有一行“calendar <标识>”。"));
        }

        // Also report what the builder finds in the lines that could be read.
        builder.Check(problems, reportMissingId: false);
        problems.ThrowIfAny(id);
        return builder.BuildChecked();
    }

    /// <summary>Decodes strict UTF-8 without a leading byte order mark; the first invalid sequence is an error with its line and byte offset.</summary>
    private static string Decode(ReadOnlySpan<byte> bytes)
    {
        var skip = bytes.StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF]) ? 3 : 0;
        var content = bytes[skip..];
        var invalidAt = FirstInvalidUtf8(content);
        if (invalidAt < 0)
        {
            return StrictUtf8.GetString(content);
        }

        var offset = skip + invalidAt;
        var line = LineOfByte(bytes, offset);
        var bad = bytes.Slice(offset, Math.Min(4, bytes.Length - offset));
        var problems = new CalendarProblemList();
        problems.Add(Finding.Error(
            CalendarRuleCodes.InvalidEncoding,
            "input",
            "0x" + Convert.ToHexString(bad),
            string.Create(CultureInfo.InvariantCulture, $"The file is not UTF-8: invalid byte sequence at byte offset {offset} (line {line}). Save the file as UTF-8."),
            string.Create(CultureInfo.InvariantCulture, $"文件不是UTF-8编码：第{line}行（字节偏移{offset}）有无效的字节序列。请将文件另存为UTF-8。")) with { Line = line });
        problems.ThrowIfAny(null);
        return string.Empty;
    }

    /// <summary>The offset of the first invalid UTF-8 sequence, or -1 when the bytes are valid UTF-8 (checked in small blocks, so without a large buffer).</summary>
    internal static int FirstInvalidUtf8(ReadOnlySpan<byte> bytes)
    {
        Span<char> buffer = stackalloc char[1024];
        var consumed = 0;
        while (true)
        {
            var status = System.Text.Unicode.Utf8.ToUtf16(bytes[consumed..], buffer, out var read, out _, replaceInvalidSequences: false, isFinalBlock: true);
            consumed += read;
            switch (status)
            {
                case System.Buffers.OperationStatus.Done:
                    return -1;
                case System.Buffers.OperationStatus.DestinationTooSmall:
                    continue;
                default:
                    return consumed;
            }
        }
    }

    /// <summary>The 1-based line of a byte offset, counting line ends as the reader does (CR LF, LF or CR).</summary>
    private static int LineOfByte(ReadOnlySpan<byte> bytes, int offset)
    {
        var line = 1;
        for (var i = 0; i < offset; i++)
        {
            if (bytes[i] == (byte)'\n' || (bytes[i] == (byte)'\r' && (i + 1 >= bytes.Length || bytes[i + 1] != (byte)'\n')))
            {
                line++;
            }
        }

        return line;
    }

    /// <summary>Refuses control characters other than tab and unpaired surrogates; returns false (and reports the first) when the line has one.</summary>
    private static bool CheckCharacters(ReadOnlySpan<char> line, int lineNumber, CalendarProblemList problems)
    {
        for (var i = 0; i < line.Length; i++)
        {
            var c = line[i];
            string? what = null;
            if (char.IsControl(c) && c != '\t')
            {
                what = "control character";
            }
            else if (char.IsHighSurrogate(c) && i + 1 < line.Length && char.IsLowSurrogate(line[i + 1]))
            {
                i++;
            }
            else if (char.IsSurrogate(c))
            {
                what = "unpaired surrogate";
            }

            if (what is not null && problems.Skip(lineNumber))
            {
                return false;
            }

            if (what is not null)
            {
                var code = string.Create(CultureInfo.InvariantCulture, $"U+{(int)c:X4}");
                var column = i + 1;
                problems.Add(Finding.Error(
                    CalendarRuleCodes.Syntax,
                    "line",
                    Printable(line),
                    string.Create(CultureInfo.InvariantCulture, $"The line holds a {what} ({code}) at column {column}; only printable text, spaces and tabs are allowed."),
                    string.Create(CultureInfo.InvariantCulture, $"该行第{column}列含有{(what == "control character" ? "控制字符" : "不成对的代理项")}（{code}）；只允许可打印文字、空格和制表符。")) with { Line = lineNumber });
                return false;
            }
        }

        return true;
    }

    /// <summary>The start of a line for a message, control characters shown as U+XXXX.</summary>
    private static string Printable(ReadOnlySpan<char> line)
    {
        var text = new StringBuilder();
        foreach (var c in line[..Math.Min(line.Length, CalendarProblemList.MaxValueLength)])
        {
            if (char.IsControl(c) || char.IsSurrogate(c))
            {
                text.Append(CultureInfo.InvariantCulture, $"<U+{(int)c:X4}>");
            }
            else
            {
                text.Append(c);
            }
        }

        return CalendarProblemList.Cut(text.ToString(), CalendarProblemList.MaxValueLength);
    }

    private static InvalidCalendarException TooLarge(string unit)
    {
        var problems = new CalendarProblemList();
        problems.Add(Finding.Error(
            CalendarRuleCodes.InputTooLarge,
            "input",
            null,
            string.Create(CultureInfo.InvariantCulture, $"The input is larger than {LoadedCalendar.MaxInputBytes} {unit} (16 MiB); it was not read."),
            "输入超过16 MiB，未予读取。"));
        return new InvalidCalendarException(null, problems.ToList(), 1);
    }

    private static bool Once(Dictionary<string, int> seen, LineContext context)
    {
        if (seen.TryGetValue(context.Keyword, out var first))
        {
            context.Problem(
                CalendarRuleCodes.DuplicateDirective,
                string.Create(CultureInfo.InvariantCulture, $"'{context.Keyword}' may appear only once; it already appears on line {first}."),
                string.Create(CultureInfo.InvariantCulture, $"“{context.Keyword}”只能出现一次，第{first}行已有。"));
            return false;
        }

        seen[context.Keyword] = context.Line;
        return true;
    }

    private static void ReadWeekend(WorkingCalendarBuilder builder, LineContext context)
    {
        if (context.Rest.Length == 0)
        {
            context.Problem(
                CalendarRuleCodes.InvalidWeekday,
                "Expected weekday names such as 'weekend Saturday Sunday', or 'weekend none' for a calendar without weekend days.",
                "应为英文星期名称，例如“weekend Saturday Sunday”；没有周末的日历写“weekend none”。");
            return;
        }

        var tokens = context.Rest.Split(Whitespace, StringSplitOptions.RemoveEmptyEntries);
        if (tokens.Length == 1 && tokens[0] == NoWeekend)
        {
            builder.WithWeekendDays();
            return;
        }

        var days = new List<IsoDayOfWeek>();
        var ok = true;
        foreach (var token in tokens)
        {
            var day = WeekdayOf(token);
            if (day is null)
            {
                var comma = token.Contains(',', StringComparison.Ordinal);
                context.Problem(
                    CalendarRuleCodes.InvalidWeekday,
                    comma
                        ? "Separate weekday names with spaces, not commas: e.g. 'weekend Saturday Sunday'."
                        : "Expected an English weekday name, Monday … Sunday, as written (or 'none' alone).",
                    comma ? "星期名称之间用空格分隔，不用逗号，例如“weekend Saturday Sunday”。" : "应为英文星期名称 Monday … Sunday（大小写须一致），或单独写“none”。",
                    token);
                ok = false;
            }
            else if (days.Contains(day.Value))
            {
                context.Problem(CalendarRuleCodes.InvalidWeekday, "The weekday is listed twice.", "星期名称重复列出。", token);
                ok = false;
            }
            else
            {
                days.Add(day.Value);
            }
        }

        if (ok)
        {
            builder.WithWeekendDays(days.ToArray());
        }
    }

    /// <summary>The weekday with exactly this English name, or null.</summary>
    internal static IsoDayOfWeek? WeekdayOf(string token) => token switch
    {
        "Monday" => IsoDayOfWeek.Monday,
        "Tuesday" => IsoDayOfWeek.Tuesday,
        "Wednesday" => IsoDayOfWeek.Wednesday,
        "Thursday" => IsoDayOfWeek.Thursday,
        "Friday" => IsoDayOfWeek.Friday,
        "Saturday" => IsoDayOfWeek.Saturday,
        "Sunday" => IsoDayOfWeek.Sunday,
        _ => null,
    };

    private static void ReadCoverage(WorkingCalendarBuilder builder, LineContext context)
    {
        var tokens = context.Rest.Split(Whitespace, StringSplitOptions.RemoveEmptyEntries);
        if (tokens.Length != 2)
        {
            context.Problem(CalendarRuleCodes.Syntax, "Expected 'coverage <first yyyy-MM-dd> <last yyyy-MM-dd>'.", "应为“coverage <首日 yyyy-MM-dd> <末日 yyyy-MM-dd>”。");
            return;
        }

        if (TryDate(context, tokens[0], out var first) & TryDate(context, tokens[1], out var last))
        {
            builder.WithCoverage(first, last, context.Line);
        }
    }

    private static void ReadSource(WorkingCalendarBuilder builder, LineContext context)
    {
        var (yearText, afterYear) = SplitFirst(context.Rest);
        var (dateText, title) = SplitFirst(afterYear);
        var yearOk = yearText.Length is >= 1 and <= 4 && int.TryParse(yearText, NumberStyles.None, CultureInfo.InvariantCulture, out var year) && year is >= 1 and <= 9999;
        if (!yearOk)
        {
            context.Problem(CalendarRuleCodes.Syntax, "Expected 'source <year> <issued yyyy-MM-dd> <title>'.", "应为“source <年份> <发布日期 yyyy-MM-dd> <标题>”。", yearText);
        }

        var dateOk = TryDate(context, dateText, out var issued);
        if (title.Length == 0)
        {
            context.Problem(CalendarRuleCodes.Syntax, "The source needs a title after its issue date.", "来源须在发布日期之后写明标题。");
            return;
        }

        if (yearOk && dateOk)
        {
            builder.AddSource(new CalendarSource(int.Parse(yearText, NumberStyles.None, CultureInfo.InvariantCulture), issued, title));
        }
    }

    private static void ReadHoliday(WorkingCalendarBuilder builder, LineContext context)
    {
        var (range, nameText) = SplitFirst(context.Rest);
        var separator = range.IndexOf("..", StringComparison.Ordinal);
        LocalDate first, last;
        bool datesOk;
        if (separator < 0)
        {
            datesOk = TryDate(context, range, out first);
            last = first;
        }
        else
        {
            datesOk = TryDate(context, range[..separator], out first) & TryDate(context, range[(separator + 2)..], out last);
        }

        var name = TryName(context, nameText);
        if (datesOk && name is not null)
        {
            builder.AddHoliday(first, last, name, context.Line);
        }
    }

    private static void ReadWorkday(WorkingCalendarBuilder builder, LineContext context)
    {
        var (dateText, nameText) = SplitFirst(context.Rest);
        var dateOk = TryDate(context, dateText, out var date);
        var name = TryName(context, nameText);
        if (dateOk && name is not null)
        {
            builder.AddMakeUpWorkingDay(date, name, context.Line);
        }
    }

    private static bool TryDate(LineContext context, string text, out LocalDate date)
    {
        if (IsoDates.TryParseStrict(text, out date))
        {
            return true;
        }

        context.Problem(CalendarRuleCodes.InvalidDate, "Expected an ISO date yyyy-MM-dd that exists in the calendar.", "应为实际存在的 ISO 日期 yyyy-MM-dd。", text.Length == 0 ? null : text);
        return false;
    }

    private static HolidayName? TryName(LineContext context, string text)
    {
        var bar = text.IndexOf('|', StringComparison.Ordinal);
        if (bar < 0 || string.IsNullOrWhiteSpace(text[..bar]) || string.IsNullOrWhiteSpace(text[(bar + 1)..]))
        {
            context.Problem(CalendarRuleCodes.InvalidName, "Expected a name '中文名 | English name'.", "应为名称“中文名 | English name”。", text.Length == 0 ? null : text);
            return null;
        }

        return new HolidayName(text[..bar], text[(bar + 1)..]);
    }

    private static (string Head, string Tail) SplitFirst(string text)
    {
        var trimmed = text.Trim();
        var space = trimmed.IndexOfAny(Whitespace);
        return space < 0 ? (trimmed, string.Empty) : (trimmed[..space], trimmed[(space + 1)..].Trim());
    }

    private sealed class LineContext(int line, string keyword, string rest, CalendarProblemList problems)
    {
        public int Line { get; } = line;

        public string Keyword { get; } = keyword;

        public string Rest { get; } = rest;

        public bool RequireValue(string what, string chineseWhat)
        {
            if (Rest.Length > 0)
            {
                return true;
            }

            Problem(CalendarRuleCodes.Syntax, "Expected a " + what + " after '" + Keyword + "'.", "“" + Keyword + "”之后应有" + chineseWhat + "。");
            return false;
        }

        public void Problem(string rule, string message, string chineseMessage, string? value = null)
        {
            if (!problems.Skip(Line))
            {
                problems.Add(Finding.Error(rule, Keyword, value ?? (Rest.Length == 0 ? null : Rest), message, chineseMessage) with { Line = Line });
            }
        }
    }
}
