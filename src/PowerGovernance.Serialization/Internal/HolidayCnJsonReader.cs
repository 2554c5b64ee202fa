using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text;
using System.Text.Json;
using System.Text.RegularExpressions;
using NodaTime;
using NodaTime.Text;
using PowerGovernance.Calendars;

namespace PowerGovernance.Serialization.Internal;

/// <summary>
/// Reads holiday-cn JSON with <see cref="Utf8JsonReader"/>, so that every value is located by its JSON path and
/// line (counted from the token's byte offset), and checks it strictly (see <see cref="HolidayCnJson"/>).
/// </summary>
internal sealed partial class HolidayCnJsonReader
{
    private static readonly IsoDayOfWeek[] Weekend = [IsoDayOfWeek.Saturday, IsoDayOfWeek.Sunday];
    private static readonly string[] DayProperties = ["name", "date", "isOffDay"];
    private readonly byte[] json;
    private readonly int offset;
    private readonly int[] lineStarts;
    private readonly CalendarProblems problems = new();
    private readonly List<YearObject> years = [];

    private readonly CalendarInput input;

    private HolidayCnJsonReader(CalendarInput input)
    {
        this.input = input;
        json = input.Bytes;
        offset = input.Bytes.Length - input.Content.Length;
        var starts = new List<int> { 0 };
        for (var i = 0; i < json.Length; i++)
        {
            if (json[i] == (byte)'\n')
            {
                starts.Add(i + 1);
            }
        }

        lineStarts = [.. starts];
    }

    internal static WorkingCalendar Read(CalendarInput input, string calendarId)
    {
        var reader = new HolidayCnJsonReader(input);
        try
        {
            return reader.Read(calendarId);
        }
        catch (CalendarProblems.Stop)
        {
            throw reader.problems.Exception(calendarId);
        }
    }

    private WorkingCalendar Read(string calendarId)
    {
        if (!Parse())
        {
            problems.ThrowIfAny(calendarId);
        }

        // The checks across days and years run on what could be read, so that every problem is reported at once.
        var (coverage, table) = Check();
        problems.ThrowIfAny(calendarId);
        var sources = years.OrderBy(y => y.Year).SelectMany(y => y.Papers.Select(p => new CalendarSource(y.Year!.Value, IssuedFrom(p, y.Year.Value), p)));
        return table.Build(calendarId, null, coverage!, Weekend, sources);
    }

    /// <summary>Reads the JSON; returns false when it is not well-formed JSON (then nothing more is checked).</summary>
    private bool Parse()
    {
        if (!StrictText.CheckUtf8(input, problems))
        {
            return false;
        }

        var reader = new Utf8JsonReader(json.AsSpan(offset), new JsonReaderOptions { CommentHandling = JsonCommentHandling.Disallow, MaxDepth = 16 });
        try
        {
            if (!reader.Read())
            {
                problems.Add("$", null, CalendarRuleCodes.Syntax, "The input is empty; expected a holiday-cn year object or an array of them.", "输入为空，应为holiday-cn年度对象或其数组。", 1);
                return false;
            }

            if (reader.TokenType == JsonTokenType.StartObject)
            {
                ReadYear(ref reader, "$");
            }
            else if (reader.TokenType == JsonTokenType.StartArray)
            {
                var index = 0;
                while (reader.Read() && reader.TokenType != JsonTokenType.EndArray)
                {
                    var path = string.Create(CultureInfo.InvariantCulture, $"$[{index++}]");
                    if (reader.TokenType == JsonTokenType.StartObject)
                    {
                        ReadYear(ref reader, path);
                    }
                    else
                    {
                        Wrong(ref reader, path, "a year object", "年度对象");
                    }
                }

                if (index == 0)
                {
                    problems.Add("$", "[]", CalendarRuleCodes.InvalidValue, "The array holds no year object.", "数组中没有年度对象。", Line(reader.TokenStartIndex));
                }
            }
            else
            {
                Wrong(ref reader, "$", "a year object or an array of year objects", "年度对象或其数组");
            }

            reader.Read(); // throws on anything after the root value
            return true;
        }
        catch (JsonException e)
        {
            var line = e.LineNumber is { } l ? (int)Math.Min(l + 1, int.MaxValue) : (int?)null;
            problems.Add(e.Path ?? "$", null, CalendarRuleCodes.Syntax, "The input is not well-formed JSON: " + e.Message, "输入不是格式正确的JSON。", line);
            return false;
        }
        catch (InvalidOperationException)
        {
            // Utf8JsonReader.GetString throws this for a string whose escapes make an unpaired surrogate (e.g. "\uD800").
            problems.Add("$", null, CalendarRuleCodes.InvalidEncoding, "A JSON string holds an unpaired surrogate escape (such as \\uD800), which is not text.", "JSON字符串含有不成对的代理项转义（如\\uD800），不是有效文本。", Line(reader.TokenStartIndex));
            return false;
        }
    }

    private void ReadYear(ref Utf8JsonReader reader, string path)
    {
        var year = new YearObject(path, Line(reader.TokenStartIndex));
        var seen = new HashSet<string>(StringComparer.Ordinal);
        while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
        {
            var name = reader.GetString()!;
            var field = path + "." + name;
            var nameLine = Line(reader.TokenStartIndex);
            reader.Read();
            if (!seen.Add(name))
            {
                problems.Add(field, name, CalendarRuleCodes.DuplicateProperty, "The property appears twice in the same object.", "同一对象中该属性出现两次。", nameLine);
                reader.Skip();
                continue;
            }

            switch (name)
            {
                case "$schema":
                case "$id":
                    if (reader.TokenType != JsonTokenType.String)
                    {
                        Wrong(ref reader, field, "a string", "字符串");
                    }

                    break;
                case "year":
                    if (reader.TokenType == JsonTokenType.Number && reader.TryGetInt32(out var value) && value is >= 1 and <= 9999)
                    {
                        year.Year = value;
                        year.YearLine = Line(reader.TokenStartIndex);
                    }
                    else
                    {
                        Wrong(ref reader, field, "a whole number from 1 to 9999", "1至9999的整数");
                    }

                    break;
                case "papers":
                    ReadPapers(ref reader, field, year);
                    break;
                case "days":
                    year.HasDays = true;
                    ReadDays(ref reader, field, year);
                    break;
                default:
                    problems.Add(field, name, CalendarRuleCodes.UnknownProperty, "Unknown property; a holiday-cn year object has only $schema, $id, year, papers and days.", "未知属性；holiday-cn年度对象只有$schema、$id、year、papers、days。", nameLine);
                    reader.Skip();
                    break;
            }
        }

        if (year.Year is null && !seen.Contains("year"))
        {
            problems.Add(path + ".year", null, CalendarRuleCodes.MissingProperty, "The year object has no 'year'.", "年度对象缺少year。", year.Line);
        }

        if (!year.HasDays)
        {
            problems.Add(path + ".days", null, CalendarRuleCodes.MissingProperty, "The year object has no 'days'.", "年度对象缺少days。", year.Line);
        }

        years.Add(year);
    }

    private void ReadPapers(ref Utf8JsonReader reader, string field, YearObject year)
    {
        if (reader.TokenType != JsonTokenType.StartArray)
        {
            Wrong(ref reader, field, "an array of URLs", "网址数组");
            return;
        }

        var index = 0;
        while (reader.Read() && reader.TokenType != JsonTokenType.EndArray)
        {
            var path = string.Create(CultureInfo.InvariantCulture, $"{field}[{index++}]");
            if (reader.TokenType == JsonTokenType.String && !string.IsNullOrWhiteSpace(reader.GetString()))
            {
                year.Papers.Add(reader.GetString()!);
            }
            else
            {
                Wrong(ref reader, path, "a non-empty string (the notice's URL)", "非空字符串（通知网址）");
            }
        }
    }

    private void ReadDays(ref Utf8JsonReader reader, string field, YearObject year)
    {
        if (reader.TokenType != JsonTokenType.StartArray)
        {
            Wrong(ref reader, field, "an array of day objects", "日期对象数组");
            return;
        }

        var index = 0;
        while (reader.Read() && reader.TokenType != JsonTokenType.EndArray)
        {
            var path = string.Create(CultureInfo.InvariantCulture, $"{field}[{index++}]");
            if (reader.TokenType == JsonTokenType.StartObject)
            {
                ReadDay(ref reader, path, year);
            }
            else
            {
                Wrong(ref reader, path, "a day object {\"name\", \"date\", \"isOffDay\"}", "日期对象（name、date、isOffDay）");
            }
        }
    }

    private void ReadDay(ref Utf8JsonReader reader, string path, YearObject year)
    {
        var day = new DayObject(path, Line(reader.TokenStartIndex));
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var complete = true;
        while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
        {
            var name = reader.GetString()!;
            var field = path + "." + name;
            var nameLine = Line(reader.TokenStartIndex);
            reader.Read();
            if (!seen.Add(name))
            {
                problems.Add(field, name, CalendarRuleCodes.DuplicateProperty, "The property appears twice in the same object.", "同一对象中该属性出现两次。", nameLine);
                reader.Skip();
                complete = false;
                continue;
            }

            switch (name)
            {
                case "name":
                    if (reader.TokenType == JsonTokenType.String && !string.IsNullOrWhiteSpace(reader.GetString()))
                    {
                        day.Name = HolidayNames.FromChinese(reader.GetString()!);
                    }
                    else
                    {
                        Wrong(ref reader, field, "a non-empty string (the holiday's Chinese name)", "非空字符串（节日中文名称）");
                        complete = false;
                    }

                    break;
                case "date":
                    var isString = reader.TokenType == JsonTokenType.String;
                    if (isString && StrictText.TryParseDate(reader.GetString(), out var parsed))
                    {
                        day.Date = parsed;
                        day.DateLine = Line(reader.TokenStartIndex);
                    }
                    else if (isString)
                    {
                        problems.Add(field, reader.GetString(), CalendarRuleCodes.InvalidDate, "Expected an ISO date yyyy-MM-dd that exists in the calendar.", "应为实际存在的ISO日期（yyyy-MM-dd）。", Line(reader.TokenStartIndex));
                        complete = false;
                    }
                    else
                    {
                        Wrong(ref reader, field, "a date string yyyy-MM-dd", "日期字符串yyyy-MM-dd");
                        complete = false;
                    }

                    break;
                case "isOffDay":
                    if (reader.TokenType is JsonTokenType.True or JsonTokenType.False)
                    {
                        day.IsOff = reader.TokenType == JsonTokenType.True;
                    }
                    else
                    {
                        Wrong(ref reader, field, "true (a day off) or false (a make-up working day)", "true（放假）或false（调休上班）");
                        complete = false;
                    }

                    break;
                default:
                    problems.Add(field, name, CalendarRuleCodes.UnknownProperty, "Unknown property; a holiday-cn day has only name, date and isOffDay.", "未知属性；holiday-cn日期对象只有name、date、isOffDay。", nameLine);
                    reader.Skip();
                    break;
            }
        }

        foreach (var required in DayProperties.Where(r => !seen.Contains(r)))
        {
            problems.Add(path + "." + required, null, CalendarRuleCodes.MissingProperty, "The day has no '" + required + "'.", "日期对象缺少" + required + "。", day.Line);
            complete = false;
        }

        if (complete)
        {
            year.Days.Add(day);
        }
    }

    /// <summary>Reports a value of the wrong type and skips it.</summary>
    private void Wrong(ref Utf8JsonReader reader, string field, string expected, string expectedChinese)
    {
        var line = Line(reader.TokenStartIndex);
        string value;
        if (reader.TokenType is JsonTokenType.StartObject or JsonTokenType.StartArray)
        {
            value = reader.TokenType == JsonTokenType.StartObject ? "{…}" : "[…]";
            reader.Skip();
        }
        else
        {
            value = reader.TokenType == JsonTokenType.String ? reader.GetString()! : Encoding.UTF8.GetString(reader.ValueSpan);
        }

        problems.Add(field, value, CalendarRuleCodes.InvalidValue, "Expected " + expected + ".", "应为" + expectedChinese + "。", line);
    }

    private (DateInterval? Coverage, DayTable Table) Check()
    {
        var table = new DayTable();
        var known = years.Where(y => y.Year is not null).ToList();
        foreach (var duplicate in known.GroupBy(y => y.Year!.Value).Where(g => g.Count() > 1).SelectMany(g => g.Skip(1)))
        {
            var first = known.First(y => y.Year == duplicate.Year);
            problems.Add(duplicate.Path + ".year", duplicate.Year!.Value.ToString(CultureInfo.InvariantCulture), CalendarRuleCodes.DuplicateYear, string.Create(CultureInfo.InvariantCulture, $"The year is also given by {first.Path} (line {first.YearLine})."), string.Create(CultureInfo.InvariantCulture, $"该年份已由{first.Path}（第{first.YearLine}行）给出。"), duplicate.YearLine);
        }

        DateInterval? coverage = null;
        if (known.Count > 0)
        {
            var firstYear = known.Min(y => y.Year!.Value);
            var lastYear = known.Max(y => y.Year!.Value);
            var present = known.Select(y => y.Year!.Value).ToHashSet();
            var missing = Enumerable.Range(firstYear, lastYear - firstYear + 1).Where(y => !present.Contains(y)).ToList();
            if (lastYear - firstYear >= 199)
            {
                problems.Add("$", string.Create(CultureInfo.InvariantCulture, $"{firstYear}..{lastYear}"), CalendarRuleCodes.CoverageTooLong, "The years span more than 199 years, longer than a calendar may cover.", "年份跨度超过199年，超出日历允许的覆盖范围。", null);
            }
            else if (missing.Count > 0)
            {
                var list = string.Join(", ", missing.Take(20)) + (missing.Count > 20 ? ", …" : string.Empty);
                problems.Add("$", list, CalendarRuleCodes.MissingYear, "Years between the first and the last are missing, so their holidays would be unknown.", "首尾年份之间缺少年份，其节假日无从得知。", null);
            }
            else
            {
                coverage = new DateInterval(new LocalDate(firstYear, 1, 1), new LocalDate(lastYear, 12, 31));
            }
        }

        foreach (var year in known)
        {
            foreach (var day in year.Days)
            {
                CheckDay(table, year, day);
            }
        }

        return (coverage, table);
    }

    private void CheckDay(DayTable table, YearObject year, DayObject day)
    {
        var date = day.Date!.Value;
        var y = year.Year!.Value;
        var value = LocalDatePattern.Iso.Format(date);
        var field = day.Path + ".date";
        if (date.Year != y && date.Year != y - 1)
        {
            problems.Add(field, value, CalendarRuleCodes.DateOutsideYear, string.Create(CultureInfo.InvariantCulture, $"The date lies outside year {y} and the year before; a holiday-cn file lists only its year's arrangement."), string.Create(CultureInfo.InvariantCulture, $"日期不在{y}年及其上一年内。"), day.DateLine);
            return;
        }

        if (day.IsOff == false && date.DayOfWeek is not (IsoDayOfWeek.Saturday or IsoDayOfWeek.Sunday))
        {
            problems.Add(field, value, CalendarRuleCodes.MakeUpDayNotWeekend, string.Create(CultureInfo.InvariantCulture, $"{value} is a {date.DayOfWeek}: only a Saturday or Sunday can be made a working day (isOffDay false)."), string.Create(CultureInfo.InvariantCulture, $"{value}不是周六或周日，不能调休上班。"), day.DateLine);
            return;
        }

        var mark = new DayMark(day.IsOff!.Value, day.Name!, field, day.DateLine);
        if (!table.TryMark(date, mark, out var earlier))
        {
            var where = string.Create(CultureInfo.InvariantCulture, $"{earlier.Field} (line {earlier.Line})");
            var whereChinese = string.Create(CultureInfo.InvariantCulture, $"{earlier.Field}（第{earlier.Line}行）");
            if (earlier.IsOff == mark.IsOff)
            {
                problems.Add(field, value, CalendarRuleCodes.DuplicateDate, "The date is also listed at " + where + ".", "该日期已在" + whereChinese + "列出。", day.DateLine);
            }
            else
            {
                problems.Add(field, value, CalendarRuleCodes.HolidayAndMakeUpDay, "The date is listed as a day off and as a make-up working day (also at " + where + ").", "该日期既列为放假又列为调休上班（另见" + whereChinese + "）。", day.DateLine);
            }
        }
    }

    private int Line(long tokenStart)
    {
        var position = tokenStart + offset;
        var index = Array.BinarySearch(lineStarts, (int)Math.Min(position, int.MaxValue));
        return (index >= 0 ? index : ~index - 1) + 1;
    }

    /// <summary>
    /// The issue date a gov.cn notice URL carries: <c>…/2019-11/21/content_…</c> gives 2019-11-21; <c>…/202310/content_…</c>
    /// gives 2023-10-01 (the month only); any other URL gives 1 January of the year the paper is for (a placeholder).
    /// </summary>
    internal static LocalDate IssuedFrom(string url, int year)
    {
        var full = FullDate().Match(url);
        if (full.Success && TryDate(full.Groups[1].Value, full.Groups[2].Value, full.Groups[3].Value, out var date))
        {
            return date;
        }

        var month = MonthOnly().Match(url);
        if (month.Success && TryDate(month.Groups[1].Value, month.Groups[2].Value, "01", out date))
        {
            return date;
        }

        return new LocalDate(year, 1, 1);
    }

    private static bool TryDate(string year, string month, string day, out LocalDate date)
    {
        var result = LocalDatePattern.Iso.Parse(year + "-" + month + "-" + day);
        date = result.Success ? result.Value : default;
        return result.Success;
    }

    [GeneratedRegex(@"/(\d{4})-(\d{2})/(\d{2})/", RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 1000)]
    private static partial Regex FullDate();

    [GeneratedRegex(@"/(\d{4})(\d{2})/content_", RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 1000)]
    private static partial Regex MonthOnly();

    private sealed class YearObject(string path, int line)
    {
        public string Path { get; } = path;

        public int Line { get; } = line;

        public int? Year { get; set; }

        public int YearLine { get; set; }

        public bool HasDays { get; set; }

        public List<string> Papers { get; } = [];

        public List<DayObject> Days { get; } = [];
    }

    private sealed class DayObject(string path, int line)
    {
        public string Path { get; } = path;

        public int Line { get; } = line;

        public HolidayName? Name { get; set; }

        public LocalDate? Date { get; set; }

        public int DateLine { get; set; }

        public bool? IsOff { get; set; }
    }
}
