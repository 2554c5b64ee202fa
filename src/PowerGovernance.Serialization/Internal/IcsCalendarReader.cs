using System;
using System.Collections.Frozen;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text;
using Ical.Net.CalendarComponents;
using NodaTime;
using NodaTime.Text;
using PowerGovernance.Calendars;
using IcalCalendar = Ical.Net.Calendar;

namespace PowerGovernance.Serialization.Internal;

/// <summary>
/// Reads the iCalendar profile <see cref="CalendarIcs"/> writes: a first pass (<see cref="IcsDocument"/>) locates
/// every content line, Ical.Net parses the values, and the checks report every problem with its VEVENT index,
/// property and line.
/// </summary>
internal sealed class IcsCalendarReader
{
    private static readonly FrozenSet<string> CalendarProperties = FrozenSet.ToFrozenSet(
        ["VERSION", "PRODID", "CALSCALE", "METHOD", "X-WR-CALNAME", "X-WR-CALDESC", "X-WR-TIMEZONE", CalendarIcs.IdProperty, CalendarIcs.CoverageProperty, CalendarIcs.WeekendProperty, CalendarIcs.SourceProperty],
        StringComparer.Ordinal);

    private static readonly FrozenSet<string> EventProperties = FrozenSet.ToFrozenSet(
        ["UID", "DTSTAMP", "DTSTART", "DTEND", "SUMMARY", "CATEGORIES", "TRANSP", "SEQUENCE", "DESCRIPTION", "CLASS", "STATUS", "CREATED", "LAST-MODIFIED", "COMMENT"],
        StringComparer.Ordinal);

    private static readonly string[] SingleCalendarProperties = ["VERSION", "CALSCALE", "X-WR-CALNAME", CalendarIcs.IdProperty, CalendarIcs.CoverageProperty, CalendarIcs.WeekendProperty];
    private static readonly string[] RequiredCalendarProperties = ["VERSION", CalendarIcs.IdProperty, CalendarIcs.CoverageProperty, CalendarIcs.WeekendProperty];
    private static readonly string[] RequiredEventProperties = ["DTSTART", "DTEND", "SUMMARY", "CATEGORIES"];

    private readonly CalendarProblems problems = new();
    private readonly DayTable table = new();
    private IcsDocument document = null!;

    internal static WorkingCalendar Read(CalendarInput input)
    {
        var reader = new IcsCalendarReader();
        try
        {
            return reader.ReadCalendar(input);
        }
        catch (CalendarProblems.Stop)
        {
            throw reader.problems.Exception(null);
        }
    }

    private WorkingCalendar ReadCalendar(CalendarInput input)
    {
        if (!StrictText.CheckUtf8(input, problems))
        {
            throw problems.Exception(null);
        }

        var text = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true).GetString(input.Content);

        document = IcsDocument.Scan(text, problems);
        var root = document.Root;
        if (root is null)
        {
            throw problems.Exception(null);
        }

        var eventCount = root.Children.Count(c => c.Name == "VEVENT");
        if (eventCount > CalendarIcs.MaxEvents)
        {
            // Ical.Net costs tens of kilobytes per event: refuse what no calendar needs before handing it over.
            problems.Add("VCALENDAR", eventCount.ToString(CultureInfo.InvariantCulture), CalendarRuleCodes.InputTooLarge, string.Create(CultureInfo.InvariantCulture, $"The calendar holds {eventCount} events; at most {CalendarIcs.MaxEvents} are read (a calendar of 200 years holds about 6,000)."), string.Create(CultureInfo.InvariantCulture, $"日历含有{eventCount}个事件，最多读取{CalendarIcs.MaxEvents}个（200年的日历约有6000个）。"), root.BeginLine);
            throw problems.Exception(null);
        }

        CheckStructure(root);
        var calendar = LoadWithIcalNet(text, root);
        if (calendar is null)
        {
            throw problems.Exception(null);
        }

        var id = SingleText(calendar, root, CalendarIcs.IdProperty);
        var name = SingleText(calendar, root, "X-WR-CALNAME");
        var coverage = ReadCoverage(calendar, root);
        var weekend = ReadWeekend(calendar, root);
        var sources = ReadSources(calendar, root);
        CheckVersion(calendar, root);
        // Ical.Net keeps the events in file order, so the i-th event is the i-th VEVENT of the first pass.
        var events = root.Children.Where(c => c.Name == "VEVENT").ToList();
        var parsed = calendar.Events.ToList();
        for (var i = 0; i < events.Count && i < parsed.Count; i++)
        {
            if (parsed[i] is { } calendarEvent)
            {
                ReadEvent(calendarEvent, events[i], i, coverage, weekend);
            }
        }

        if (problems.Count == 0 && (id is null || coverage is null || weekend is null))
        {
            // A required property Ical.Net gave no text value for (the first pass saw it, so it was not reported as missing).
            problems.Add("VCALENDAR", null, CalendarRuleCodes.MissingProperty, "The identifier, coverage or weekend property has no value.", "标识、覆盖范围或周末属性没有值。", root.BeginLine);
        }

        problems.ThrowIfAny(string.IsNullOrWhiteSpace(id) ? null : id);
        return table.Build(id!, name, coverage!, weekend!, sources);
    }

    private void CheckStructure(IcsComponent root)
    {
        CheckProperties(root, "VCALENDAR", CalendarProperties, SingleCalendarProperties, RequiredCalendarProperties, reservedPrefixIsKnown: true);
        var index = 0;
        foreach (var child in root.Children)
        {
            if (child.Name == "VEVENT")
            {
                var path = string.Create(CultureInfo.InvariantCulture, $"VEVENT[{index++}]");
                CheckProperties(child, path, EventProperties, RequiredEventProperties, RequiredEventProperties, reservedPrefixIsKnown: false);
                foreach (var grandchild in child.Children.Where(c => c.Name != "VALARM"))
                {
                    problems.Add(path + "." + grandchild.Name, grandchild.Name, CalendarRuleCodes.UnknownProperty, "A component the format does not have inside a VEVENT (only VALARM is allowed, and ignored).", "VEVENT中不应有该组件（只允许VALARM，且被忽略）。", grandchild.BeginLine);
                }
            }
            else if (child.Name != "VTIMEZONE")
            {
                problems.Add(child.Name, child.Name, CalendarRuleCodes.UnknownProperty, "A component the format does not have; a working calendar holds VEVENTs (and VTIMEZONEs, ignored).", "格式中没有该组件；工作日历只含VEVENT（VTIMEZONE被忽略）。", child.BeginLine);
            }
        }
    }

    private void CheckProperties(IcsComponent component, string path, FrozenSet<string> allowed, string[] single, string[] required, bool reservedPrefixIsKnown)
    {
        var seen = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var property in component.Properties)
        {
            var isForeignExtension = property.Name.StartsWith("X-", StringComparison.Ordinal) && !property.Name.StartsWith("X-POWERGOVERNANCE-", StringComparison.Ordinal);
            if (!allowed.Contains(property.Name) && !isForeignExtension)
            {
                var where = reservedPrefixIsKnown ? "the calendar" : "a VEVENT";
                problems.Add(path + "." + property.Name, property.Name, CalendarRuleCodes.UnknownProperty, "A property " + where + " does not have in this format (recurrence and durations are not allowed: every day is listed).", "该格式的" + (reservedPrefixIsKnown ? "日历" : "VEVENT") + "没有此属性（不允许重复规则与时长）。", property.FirstLine);
                continue;
            }

            if (seen.TryGetValue(property.Name, out var firstLine) && single.Contains(property.Name))
            {
                problems.Add(path + "." + property.Name, property.Name, CalendarRuleCodes.DuplicateProperty, string.Create(CultureInfo.InvariantCulture, $"The property may appear once; it already appears on line {firstLine}."), string.Create(CultureInfo.InvariantCulture, $"该属性只能出现一次，第{firstLine}行已出现。"), property.FirstLine);
                continue;
            }

            seen.TryAdd(property.Name, property.FirstLine);
        }

        foreach (var missing in required.Where(r => !seen.ContainsKey(r)))
        {
            problems.Add(path + "." + missing, null, CalendarRuleCodes.MissingProperty, "The required property " + missing + " is missing.", "缺少必需的属性" + missing + "。", component.BeginLine);
        }
    }

    /// <summary>Parses with Ical.Net; when it throws, finds the content lines it cannot read and reports each.</summary>
    private IcalCalendar? LoadWithIcalNet(string text, IcsComponent root)
    {
        try
        {
            return IcalCalendar.Load(text) ?? throw new FormatException("Ical.Net found no calendar.");
        }
#pragma warning disable CA1031 // Ical.Net throws many exception types on malformed input; every one becomes a located problem.
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            var found = false;
            foreach (var property in root.Properties)
            {
                found |= CheckLoads("VCALENDAR." + property.Name, property, "BEGIN:VCALENDAR\r\n", "\r\nEND:VCALENDAR");
            }

            var index = 0;
            foreach (var child in root.Children.Where(c => c.Name == "VEVENT"))
            {
                var path = string.Create(CultureInfo.InvariantCulture, $"VEVENT[{index++}]");
                foreach (var property in child.Properties)
                {
                    found |= CheckLoads(path + "." + property.Name, property, "BEGIN:VCALENDAR\r\nBEGIN:VEVENT\r\n", "\r\nEND:VEVENT\r\nEND:VCALENDAR");
                }
            }

            if (!found)
            {
                problems.Add("VCALENDAR", null, CalendarRuleCodes.Syntax, "Ical.Net could not read the calendar: " + Short(e.Message), "Ical.Net无法读取该日历。", root.BeginLine);
            }

            return null;
        }
    }

    /// <summary>Loads one property alone, wrapped in its component, to tell whether Ical.Net can read it.</summary>
    private bool CheckLoads(string field, IcsProperty property, string before, string after)
    {
        var segment = document.Segment(property.FirstLine, property.LastLine);
        try
        {
            IcalCalendar.Load(before + segment + after);
            return false;
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            problems.Add(field, property.Value, CalendarRuleCodes.InvalidValue, "Ical.Net cannot read this value: " + Short(e.Message), "Ical.Net无法读取该值。", property.FirstLine);
            return true;
        }
#pragma warning restore CA1031
    }

    private static string Short(string message) => message.Length <= 200 ? message : string.Concat(message.AsSpan(0, 200), "…");

    private static IcsProperty? Find(IcsComponent component, string name) => component.Properties.FirstOrDefault(p => p.Name == name);

    private static string? TextOf(IcalCalendar calendar, string name) =>
        calendar.Properties.FirstOrDefault(p => p.Name == name) is { } property ? property.Value as string ?? (property.Value is null ? string.Empty : null) : null;

    private string? SingleText(IcalCalendar calendar, IcsComponent root, string name)
    {
        var text = TextOf(calendar, name);
        if (name == CalendarIcs.IdProperty && text is not null && string.IsNullOrWhiteSpace(text))
        {
            problems.Add("VCALENDAR." + name, text, CalendarRuleCodes.IdRequired, "The calendar identifier is empty.", "日历标识为空。", Find(root, name)?.FirstLine);
            return null;
        }

        return text;
    }

    private void CheckVersion(IcalCalendar calendar, IcsComponent root)
    {
        if (Find(root, "VERSION") is { } version && !string.Equals(calendar.Version, "2.0", StringComparison.Ordinal))
        {
            problems.Add("VCALENDAR.VERSION", calendar.Version, CalendarRuleCodes.InvalidValue, "Expected VERSION:2.0.", "应为VERSION:2.0。", version.FirstLine);
        }

        if (Find(root, "CALSCALE") is { } scale && !string.Equals(calendar.Scale, "GREGORIAN", StringComparison.OrdinalIgnoreCase))
        {
            problems.Add("VCALENDAR.CALSCALE", calendar.Scale, CalendarRuleCodes.InvalidValue, "Only the Gregorian calendar scale is supported.", "只支持公历（GREGORIAN）。", scale.FirstLine);
        }
    }

    private DateInterval? ReadCoverage(IcalCalendar calendar, IcsComponent root)
    {
        var text = TextOf(calendar, CalendarIcs.CoverageProperty);
        if (text is null)
        {
            return null;
        }

        var line = Find(root, CalendarIcs.CoverageProperty)?.FirstLine;
        var field = "VCALENDAR." + CalendarIcs.CoverageProperty;
        var parts = text.Split('/');
        if (parts.Length != 2 || !StrictText.TryParseDate(parts[0], out var firstDate) | !StrictText.TryParseDate(parts[1], out var lastDate))
        {
            problems.Add(field, text, CalendarRuleCodes.InvalidDate, "Expected the first and last dates as yyyy-MM-dd/yyyy-MM-dd.", "应为“首日/末日”（yyyy-MM-dd/yyyy-MM-dd）。", line);
            return null;
        }

        if (lastDate < firstDate)
        {
            problems.Add(field, text, CalendarRuleCodes.ReversedRange, "The coverage ends before it starts.", "覆盖范围的末日早于首日。", line);
            return null;
        }

        if (Period.DaysBetween(firstDate, lastDate) >= WorkingCalendarBuilder.MaxCoverageDays)
        {
            problems.Add(field, text, CalendarRuleCodes.CoverageTooLong, string.Create(CultureInfo.InvariantCulture, $"The coverage may be at most {WorkingCalendarBuilder.MaxCoverageDays} days long."), string.Create(CultureInfo.InvariantCulture, $"覆盖范围最长{WorkingCalendarBuilder.MaxCoverageDays}天。"), line);
            return null;
        }

        return new DateInterval(firstDate, lastDate);
    }

    private IsoDayOfWeek[]? ReadWeekend(IcalCalendar calendar, IcsComponent root)
    {
        var text = TextOf(calendar, CalendarIcs.WeekendProperty);
        if (text is null)
        {
            return null;
        }

        var days = new List<IsoDayOfWeek>();
        foreach (var token in text.Split(' ', StringSplitOptions.RemoveEmptyEntries))
        {
            if (StrictText.Weekday(token) is { } day && !days.Contains(day))
            {
                days.Add(day);
            }
            else
            {
                var (english, chinese) = token.Contains(',', StringComparison.Ordinal)
                    ? ("Separate weekday names with spaces, not commas: e.g. 'Saturday Sunday'.", "星期名称之间用空格分隔，不用逗号，例如“Saturday Sunday”。")
                    : StrictText.Weekday(token) is not null
                        ? ("The weekday is listed twice.", "星期名称重复列出。")
                        : ("Expected English weekday names (Monday … Sunday, as written) separated by spaces, e.g. 'Saturday Sunday'.", "应为以空格分隔的英文星期名称（Monday … Sunday，大小写须一致），如“Saturday Sunday”。");
                problems.Add("VCALENDAR." + CalendarIcs.WeekendProperty, token, CalendarRuleCodes.InvalidWeekday, english, chinese, Find(root, CalendarIcs.WeekendProperty)?.FirstLine);
                return null;
            }
        }

        return [.. days];
    }

    private List<CalendarSource> ReadSources(IcalCalendar calendar, IcsComponent root)
    {
        var sources = new List<CalendarSource>();
        var lines = root.Properties.Where(p => p.Name == CalendarIcs.SourceProperty).Select(p => p.FirstLine).ToList();
        var values = calendar.Properties.Where(p => p.Name == CalendarIcs.SourceProperty).Select(p => p.Value as string ?? string.Empty).ToList();
        for (var i = 0; i < values.Count; i++)
        {
            var value = values[i];
            var line = i < lines.Count ? lines[i] : (int?)null;
            var parts = value.Split(' ', 3);
            var yearOk = parts.Length == 3 && int.TryParse(parts[0], NumberStyles.None, CultureInfo.InvariantCulture, out var year) && year is >= 1 and <= 9999;
            var issued = default(LocalDate);
            var issuedOk = parts.Length == 3 && StrictText.TryParseDate(parts[1], out issued);
            if (!yearOk || !issuedOk || string.IsNullOrWhiteSpace(parts[2]))
            {
                problems.Add("VCALENDAR." + CalendarIcs.SourceProperty, value, CalendarRuleCodes.Syntax, "Expected '<year> <issued yyyy-MM-dd> <title>'.", "应为“年份 发布日期(yyyy-MM-dd) 标题”。", line);
                continue;
            }

            sources.Add(new CalendarSource(int.Parse(parts[0], NumberStyles.None, CultureInfo.InvariantCulture), issued, parts[2]));
        }

        return sources;
    }

    private void ReadEvent(CalendarEvent calendarEvent, IcsComponent scanned, int index, DateInterval? coverage, IsoDayOfWeek[]? weekend)
    {
        var path = string.Create(CultureInfo.InvariantCulture, $"VEVENT[{index}]");
        int? LineOf(string name) => Find(scanned, name)?.FirstLine ?? scanned.BeginLine;
        var start = DateOf(calendarEvent.DtStart, Find(scanned, "DTSTART"), path + ".DTSTART");
        var end = DateOf(calendarEvent.DtEnd, Find(scanned, "DTEND"), path + ".DTEND");
        var categories = calendarEvent.Categories;
        bool? isHoliday = categories.Count == 1 && categories[0] == CalendarIcs.HolidayCategory ? true
            : categories.Count == 1 && categories[0] == CalendarIcs.WorkdayCategory ? false
            : null;
        if (isHoliday is null && Find(scanned, "CATEGORIES") is { } category)
        {
            problems.Add(path + ".CATEGORIES", string.Join(",", categories), CalendarRuleCodes.InvalidValue, "Expected exactly one category: HOLIDAY (a holiday block) or WORKDAY (a make-up working day).", "CATEGORIES应为HOLIDAY（放假）或WORKDAY（调休上班）之一。", category.FirstLine);
        }

        var name = isHoliday is null || calendarEvent.Summary is null ? null : NameOf(calendarEvent.Summary, isHoliday.Value, path + ".SUMMARY", LineOf("SUMMARY"));
        if (start is null || end is null || isHoliday is null || name is null)
        {
            return;
        }

        var range = LocalDatePattern.Iso.Format(start.Value) + "/" + LocalDatePattern.Iso.Format(end.Value);
        var days = Period.DaysBetween(start.Value, end.Value);
        if (days < 1 || days > WorkingCalendarBuilder.MaxCoverageDays || (!isHoliday.Value && days != 1))
        {
            problems.Add(path + ".DTEND", range, CalendarRuleCodes.InvalidValue, isHoliday.Value ? "DTEND (exclusive) must come after DTSTART." : "A make-up working day lasts one day: DTEND (exclusive) must be the day after DTSTART.", isHoliday.Value ? "DTEND（不含）须晚于DTSTART。" : "调休上班日只有一天：DTEND（不含）须为DTSTART的次日。", LineOf("DTEND"));
            return;
        }

        if (coverage is null || weekend is null)
        {
            return;
        }

        var field = path + ".DTSTART";
        var line = LineOf("DTSTART");
        if (!coverage.Contains(start.Value) || !coverage.Contains(end.Value.PlusDays(-1)))
        {
            problems.Add(field, range, CalendarRuleCodes.OutsideCoverage, "The event lies (partly) outside the coverage " + coverage + ".", "该事件（部分）超出覆盖范围。", line);
            return;
        }

        if (!isHoliday.Value && !weekend.Contains(start.Value.DayOfWeek))
        {
            problems.Add(field, LocalDatePattern.Iso.Format(start.Value), CalendarRuleCodes.MakeUpDayNotWeekend, string.Create(CultureInfo.InvariantCulture, $"{LocalDatePattern.Iso.Format(start.Value)} is a {start.Value.DayOfWeek}, not a weekend day; only a weekend day can be made a working day."), "该日不是周末，不能调休上班。", line);
            return;
        }

        var mark = new DayMark(isHoliday.Value, name, path, line);
        for (var day = start.Value; day < end.Value; day = day.PlusDays(1))
        {
            if (!table.TryMark(day, mark, out var earlier))
            {
                var (rule, english, chinese) = (earlier.IsOff, mark.IsOff) switch
                {
                    (true, true) => (CalendarRuleCodes.OverlappingHolidays, "overlaps holiday", "与另一放假事件重叠"),
                    (false, false) => (CalendarRuleCodes.DuplicateMakeUpDay, "repeats the make-up working day", "重复了调休上班日"),
                    _ => (CalendarRuleCodes.HolidayAndMakeUpDay, "makes a day both a holiday and a make-up working day, with", "使同一天既放假又调休上班，另见"),
                };
                problems.Add(field, LocalDatePattern.Iso.Format(day), rule, string.Create(CultureInfo.InvariantCulture, $"The event {english} {earlier.Field} (line {earlier.Line}) on {LocalDatePattern.Iso.Format(day)}."), string.Create(CultureInfo.InvariantCulture, $"该事件{chinese}{earlier.Field}（第{earlier.Line}行）。"), line);
                return;
            }
        }
    }

    private LocalDate? DateOf(Ical.Net.DataTypes.CalDateTime? value, IcsProperty? scanned, string field)
    {
        if (scanned is null)
        {
            return null;
        }

        var valueParameter = scanned.Parameters.TryGetValue("VALUE", out var v) ? v : null;
        if (value is null || value.HasTime || !string.Equals(valueParameter, "DATE", StringComparison.OrdinalIgnoreCase))
        {
            problems.Add(field, scanned.Value, CalendarRuleCodes.InvalidValue, "Expected an all-day date: " + scanned.Name + ";VALUE=DATE:yyyyMMdd.", "应为全天日期：" + scanned.Name + ";VALUE=DATE:yyyyMMdd。", scanned.FirstLine);
            return null;
        }

        return new LocalDate(value.Year, value.Month, value.Day);
    }

    private HolidayName? NameOf(string summary, bool isHoliday, string field, int? line)
    {
        var bar = summary.IndexOf('|', StringComparison.Ordinal);
        string? chinese = bar < 0 ? null : summary[..bar].Trim();
        string? english = bar < 0 ? null : summary[(bar + 1)..].Trim();
        if (!isHoliday && chinese is not null && english is not null)
        {
            chinese = chinese.EndsWith(CalendarIcs.ChineseWorkdaySuffix, StringComparison.Ordinal) ? chinese[..^CalendarIcs.ChineseWorkdaySuffix.Length] : null;
            english = english.EndsWith(CalendarIcs.EnglishWorkdaySuffix, StringComparison.Ordinal) ? english[..^CalendarIcs.EnglishWorkdaySuffix.Length] : null;
        }

        if (string.IsNullOrWhiteSpace(chinese) || string.IsNullOrWhiteSpace(english))
        {
            problems.Add(field, summary, CalendarRuleCodes.InvalidName, isHoliday ? "Expected a holiday name '中文名 | English name'." : "Expected '中文名 调休上班 | English name make-up working day'.", isHoliday ? "应为“中文名 | English name”。" : "应为“中文名 调休上班 | English name make-up working day”。", line);
            return null;
        }

        return new HolidayName(chinese, english);
    }
}
