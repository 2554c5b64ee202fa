using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using NodaTime;
using NodaTime.Text;
using PowerGovernance.Validation;

namespace PowerGovernance.Calendars;

/// <summary>
/// Reads the line-oriented calendar file format (format 1). Every line is a directive:
/// <c>calendar</c>, <c>name</c>, <c>weekend</c>, <c>coverage</c>, <c>source</c>, <c>holiday</c>,
/// <c>workday</c>; <c>#</c> starts a comment line. All problems are collected with their line numbers
/// and reported together.
/// </summary>
internal static class WorkingCalendarFileReader
{
    private static readonly LocalDatePattern Iso = LocalDatePattern.Iso;
    private static readonly char[] Whitespace = [' ', '\t'];

    internal static WorkingCalendar Read(TextReader reader)
    {
        var problems = new List<Finding>();
        var builder = new WorkingCalendarBuilder(string.Empty);
        string? id = null;
        var seen = new Dictionary<string, int>(StringComparer.Ordinal);
        var lineNumber = 0;
        string? line;
        while ((line = reader.ReadLine()) is not null)
        {
            lineNumber++;
            var text = line.Trim();
            if (lineNumber == 1 && text.Length > 0 && text[0] == '\uFEFF')
            {
                text = text[1..].Trim();
            }

            if (text.Length == 0 || text[0] == '#')
            {
                continue;
            }

            var (keyword, rest) = SplitFirst(text);
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
                    problems.Add(Finding.Error(
                        CalendarRuleCodes.Syntax,
                        keyword,
                        text,
                        "Unknown directive; expected one of calendar, name, weekend, coverage, source, holiday, workday (or '#' for a comment).",
                        "无法识别的指令；应为 calendar、name、weekend、coverage、source、holiday、workday 之一（或以“#”开头的注释）。") with { Line = lineNumber });
                    break;
            }
        }

        if (id is null)
        {
            problems.Add(Finding.Error(CalendarRuleCodes.IdRequired, "calendar", null, "The file needs a 'calendar <id>' line.", "文件须有一行“calendar <标识>”。"));
        }

        if (problems.Count > 0)
        {
            // Also report what the builder would find in the lines that could be read.
            try
            {
                builder.Build();
            }
            catch (InvalidCalendarException builderProblems)
            {
                foreach (var problem in builderProblems.Findings)
                {
                    if (problem.Code != CalendarRuleCodes.IdRequired && !problems.Contains(problem))
                    {
                        problems.Add(problem);
                    }
                }
            }

            throw new InvalidCalendarException(id, StableOrder(problems));
        }

        return builder.Build();
    }

    private static List<Finding> StableOrder(List<Finding> problems)
    {
        var ordered = new List<(Finding Problem, int Position)>(problems.Count);
        for (var i = 0; i < problems.Count; i++)
        {
            ordered.Add((problems[i], i));
        }

        ordered.Sort((a, b) =>
        {
            var byLine = (a.Problem.Line ?? int.MaxValue).CompareTo(b.Problem.Line ?? int.MaxValue);
            return byLine != 0 ? byLine : a.Position.CompareTo(b.Position);
        });
        return ordered.ConvertAll(p => p.Problem);
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
        var days = new List<IsoDayOfWeek>();
        var ok = true;
        foreach (var token in context.Rest.Split(Whitespace, StringSplitOptions.RemoveEmptyEntries))
        {
            if (Enum.TryParse<IsoDayOfWeek>(token, ignoreCase: true, out var day) && day != IsoDayOfWeek.None && !int.TryParse(token, out _))
            {
                days.Add(day);
            }
            else
            {
                context.Problem(CalendarRuleCodes.InvalidWeekday, "Expected weekday names such as 'Saturday Sunday'.", "应为英文星期名称，例如“Saturday Sunday”。", token);
                ok = false;
            }
        }

        if (ok)
        {
            builder.WithWeekendDays(days.ToArray());
        }
    }

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
        var yearOk = int.TryParse(yearText, NumberStyles.None, CultureInfo.InvariantCulture, out var year) && year is >= 1 and <= 9999;
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
            builder.AddSource(new CalendarSource(year, issued, title));
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
        var result = Iso.Parse(text);
        if (result.Success)
        {
            date = result.Value;
            return true;
        }

        context.Problem(CalendarRuleCodes.InvalidDate, "Expected an ISO date yyyy-MM-dd that exists in the calendar.", "应为实际存在的 ISO 日期 yyyy-MM-dd。", text.Length == 0 ? null : text);
        date = default;
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

    private sealed class LineContext(int line, string keyword, string rest, List<Finding> problems)
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

        public void Problem(string rule, string message, string chineseMessage, string? value = null) =>
            problems.Add(Finding.Error(rule, Keyword, value ?? (Rest.Length == 0 ? null : Rest), message, chineseMessage) with { Line = Line });
    }
}
