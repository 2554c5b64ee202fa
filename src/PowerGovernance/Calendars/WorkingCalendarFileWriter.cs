using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using NodaTime;
using NodaTime.Text;

namespace PowerGovernance.Calendars;

/// <summary>
/// Writes the line-oriented calendar file format (format 1) that <see cref="WorkingCalendarFileReader"/> reads:
/// the header directives, then for each year its <c>source</c> lines followed by its entries (see
/// <see cref="WorkingCalendar.Save(TextWriter)"/>).
/// </summary>
internal static class WorkingCalendarFileWriter
{
    private const int ProblemsInMessage = 20;
    private static readonly LocalDatePattern Iso = LocalDatePattern.Iso;

    internal static void Write(WorkingCalendar calendar, TextWriter writer)
    {
        var entries = calendar.GetEntries();
        Check(calendar, entries);

        var text = new List<string>
        {
            "# PowerGovernance working calendar file, format 1.",
            "# Written by WorkingCalendar.Save: holiday blocks are runs of consecutive days off with the same name;",
            "# each year's entries follow the source lines of that year.",
        };
        if (calendar.Base is not null)
        {
            text.Add("# Flattened from an overlay on calendar '" + OneLine(calendar.Base.Id) + "': every day is listed with its own day type.");
        }

        text.Add("calendar " + calendar.Id);
        if (calendar.Name is not null)
        {
            text.Add("name " + calendar.Name);
        }

        text.Add(calendar.WeekendDays.Count == 0 ? "weekend " + WorkingCalendarFileReader.NoWeekend : "weekend " + string.Join(" ", calendar.WeekendDays.Select(d => d.ToString())));
        text.Add("coverage " + Iso.Format(calendar.Coverage.Start) + " " + Iso.Format(calendar.Coverage.End));

        var sources = calendar.Sources;
        var sourcesInYearOrder = sources.Zip(sources.Skip(1)).All(pair => pair.First.Year <= pair.Second.Year);
        if (!sourcesInYearOrder)
        {
            // Keep the sources' order, which is part of the calendar: list them together before the entries.
            text.Add(string.Empty);
            text.Add("# ---- sources ----");
            text.AddRange(sources.Select(SourceLine));
        }

        var entriesByYear = entries.GroupBy(e => e.Year).ToDictionary(g => g.Key, g => g.ToList());
        var years = entriesByYear.Keys.Concat(sourcesInYearOrder ? sources.Select(s => s.Year) : []).Distinct().OrderBy(y => y);
        foreach (var year in years)
        {
            text.Add(string.Empty);
            text.Add(string.Create(CultureInfo.InvariantCulture, $"# ---- {year} ----"));
            if (sourcesInYearOrder)
            {
                text.AddRange(sources.Where(s => s.Year == year).Select(SourceLine));
            }

            if (entriesByYear.TryGetValue(year, out var yearEntries))
            {
                text.AddRange(EntryLines(yearEntries));
            }
        }

        foreach (var line in text)
        {
            writer.Write(line);
            writer.Write('\n');
        }
    }

    /// <summary>Lists a year's entries grouped by holiday, in the order the holidays first appear: each holiday's blocks, then its make-up working days.</summary>
    private static IEnumerable<string> EntryLines(List<CalendarEntry> yearEntries)
    {
        foreach (var group in yearEntries.OrderBy(e => e.First).GroupBy(e => e.Name))
        {
            foreach (var entry in group.Where(e => e.Kind == CalendarEntryKind.Holiday))
            {
                var range = entry.First == entry.Last ? Iso.Format(entry.First) : Iso.Format(entry.First) + ".." + Iso.Format(entry.Last);
                yield return "holiday " + range + " " + entry.Name;
            }

            foreach (var entry in group.Where(e => e.Kind == CalendarEntryKind.MakeUpWorkingDay))
            {
                yield return "workday " + Iso.Format(entry.First) + " " + entry.Name;
            }
        }
    }

    private static string SourceLine(CalendarSource source) =>
        string.Create(CultureInfo.InvariantCulture, $"source {source.Year} {Iso.Format(source.Issued)} {source.Title}");

    private static string OneLine(string text) => text.Replace('\r', ' ').Replace('\n', ' ');

    /// <summary>Refuses, before anything is written, what the reader would read differently.</summary>
    private static void Check(WorkingCalendar calendar, IReadOnlyList<CalendarEntry> entries)
    {
        var problems = new List<string>();
        CheckText(problems, "the calendar identifier", calendar.Id);
        if (calendar.Name is not null)
        {
            CheckText(problems, "the display name", calendar.Name);
        }

        CheckYear(problems, "the coverage start", calendar.Coverage.Start.Year);
        CheckYear(problems, "the coverage end", calendar.Coverage.End.Year);
        foreach (var source in calendar.Sources)
        {
            CheckText(problems, "the title of source " + OneLine(source.Title), source.Title);
            CheckYear(problems, "the year of source " + OneLine(source.Title), source.Year);
            CheckYear(problems, "the issue date of source " + OneLine(source.Title), source.Issued.Year);
        }

        foreach (var name in entries.Select(e => e.Name).Distinct())
        {
            CheckText(problems, "holiday name " + OneLine(name.ToString()), name.Chinese);
            CheckText(problems, "holiday name " + OneLine(name.ToString()), name.English);
            if (name.Chinese.Contains('|', StringComparison.Ordinal))
            {
                problems.Add("holiday name " + OneLine(name.ToString()) + ": the Chinese name contains '|', which separates it from the English name in a calendar file / 中文名称含有分隔符“|”");
            }
        }

        if (problems.Count > 0)
        {
            var shown = problems.Distinct().Take(ProblemsInMessage).ToList();
            var more = problems.Count > shown.Count ? string.Create(CultureInfo.InvariantCulture, $"{Environment.NewLine}  … and {problems.Count - shown.Count} more") : string.Empty;
            throw new ArgumentException(
                string.Create(CultureInfo.InvariantCulture, $"Calendar '{OneLine(calendar.Id)}' cannot be written as a calendar file so that it reads back the same ({problems.Count} problem(s)) / 日历无法原样写成日历文件:")
                + Environment.NewLine + "  - " + string.Join(Environment.NewLine + "  - ", shown) + more,
                nameof(calendar));
        }
    }

    private static void CheckText(List<string> problems, string what, string text)
    {
        if (text.AsSpan().IndexOfAny('\r', '\n') >= 0)
        {
            problems.Add(what + ": contains a line break / 含有换行符");
        }
        else if (text.Length == 0 || !string.Equals(text, text.Trim(), StringComparison.Ordinal))
        {
            problems.Add(what + ": is empty or starts or ends with white space, which the reader trims / 为空或首尾有空白字符");
        }
    }

    private static void CheckYear(List<string> problems, string what, int year)
    {
        if (year is < 1 or > 9999)
        {
            problems.Add(string.Create(CultureInfo.InvariantCulture, $"{what}: year {year} is outside 1..9999 / 年份超出1至9999"));
        }
    }
}
