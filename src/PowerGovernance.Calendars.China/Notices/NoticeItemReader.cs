using System;
using System.Collections.Generic;
using System.Globalization;
using System.Text.RegularExpressions;
using NodaTime;
using PowerGovernance.Validation;

namespace PowerGovernance.Calendars.China.Notices;

/// <summary>Reads one numbered item of a notice: its sentences, their clauses (split at , and ;) and the dates in them.</summary>
internal sealed partial class NoticeItemReader
{
    private const int MaxRangeDays = 60;

    private readonly string text;
    private readonly string original;
    private readonly NoticeSentences sentences;
    private readonly int year;
    private readonly HolidayName holiday;
    private readonly NoticeItem item;
    private readonly Dictionary<LocalDate, NoticeDay> days;
    private readonly List<Finding> findings;
    private int? contextYear;
    private int? contextMonth;
    private LocalDate? lastRest;
    private bool anyRest;
    private int? blockMonth;

    internal NoticeItemReader(string original, string text, NoticeSentences sentences, int year, HolidayName holiday, NoticeItem item, Dictionary<LocalDate, NoticeDay> days, List<Finding> findings)
    {
        this.original = original;
        this.text = text;
        this.sentences = sentences;
        this.year = year;
        this.holiday = holiday;
        this.item = item;
        this.days = days;
        this.findings = findings;
    }

    internal void Read()
    {
        var position = item.Start;
        while (position < item.End)
        {
            var end = text.IndexOfAny(['。', '\n'], position, item.End - position);
            if (end < 0)
            {
                end = item.End;
            }

            ReadSentence(position, end);
            position = end + 1;
        }

        if (!anyRest)
        {
            findings.Add(NoticeParser.Located(
                NoticeReadCodes.NoDates,
                sentences.At(item.NameOffset),
                item.Name,
                $"the item '{item.Name}' gives no rest day (no date before 放假), so it was not read.",
                $"条目“{item.Name}”没有读到放假日期（“放假”前没有日期），未能读取。"));
        }
    }

    private void ReadSentence(int start, int end)
    {
        var sentence = sentences.At(start);

        // A later sentence's bare days refer to the month the item's block starts in: "1月29日—2月4日…放假。其中，29日、30日、31日为法定假日".
        if (blockMonth is { } month)
        {
            contextMonth = month;
        }

        var restCount = 0;
        (int Total, string Raw)? stated = null;
        foreach (var (clauseStart, clauseEnd) in Clauses(start, end))
        {
            var clause = text[clauseStart..clauseEnd];
            var dates = ReadDates(clauseStart, clause, sentence);
            var total = TotalPattern().Match(clause);
            if (total.Success)
            {
                stated = (ChineseNumber(total.Groups["n"].Value), total.Value);
            }

            if (clause.Contains("上班", StringComparison.Ordinal) && !clause.Contains("照常", StringComparison.Ordinal))
            {
                foreach (var date in dates)
                {
                    Add(date, NoticeDayKind.MakeUpWorkingDay, sentence);
                }
            }
            else if (clause.Contains("放假", StringComparison.Ordinal) && !clause.Contains("调至", StringComparison.Ordinal))
            {
                foreach (var date in dates)
                {
                    Add(date, NoticeDayKind.Rest, sentence);
                    restCount++;
                }
            }
            else if (clause.Contains("补休", StringComparison.Ordinal))
            {
                // "5月1日放假，5月2日（星期一）补休": the rest runs from the day off to the day given back.
                foreach (var date in dates)
                {
                    var from = lastRest is { } previous && previous < date && Period.Between(previous, date, PeriodUnits.Days).Days <= 7 ? previous.PlusDays(1) : date;
                    for (var day = from; day <= date; day = day.PlusDays(1))
                    {
                        Add(day, NoticeDayKind.Rest, sentence);
                    }
                }
            }
        }

        if (stated is { } s && restCount > 0 && s.Total != restCount)
        {
            var count = restCount.ToString(CultureInfo.InvariantCulture);
            var totalText = s.Total.ToString(CultureInfo.InvariantCulture);
            findings.Add(NoticeParser.Located(
                NoticeReadCodes.TotalMismatch,
                sentence,
                s.Raw,
                $"the total '{s.Raw}' says {totalText} days, but the dates before it give {count} days.",
                $"“{s.Raw}”称共{totalText}天，但所列日期共{count}天。"));
        }
    }

    /// <summary>The clauses of [start, end): split at , and ; outside brackets.</summary>
    private List<(int Start, int End)> Clauses(int start, int end)
    {
        var clauses = new List<(int, int)>();
        var depth = 0;
        var clauseStart = start;
        for (var i = start; i < end; i++)
        {
            var c = text[i];
            if (c == '(')
            {
                depth++;
            }
            else if (c == ')' && depth > 0)
            {
                depth--;
            }
            else if ((c == ',' || c == ';') && depth == 0)
            {
                clauses.Add((clauseStart, i));
                clauseStart = i + 1;
            }
        }

        clauses.Add((clauseStart, end));
        return clauses;
    }

    /// <summary>The days a clause names: single dates and ranges (至 or a dash) expanded, each checked against its annotations.</summary>
    private List<LocalDate> ReadDates(int clauseStart, string clause, NoticeSentence sentence)
    {
        var result = new List<LocalDate>();
        var matches = DatePattern().Matches(clause);
        LocalDate? rangeStart = null;
        for (var i = 0; i < matches.Count; i++)
        {
            var match = matches[i];
            var date = Resolve(match, original.Substring(clauseStart + match.Index, match.Length), sentence);
            var toNext = i + 1 < matches.Count && IsRangeGap(clause[(match.Index + match.Length)..matches[i + 1].Index]);
            if (date is null)
            {
                rangeStart = null;
                continue;
            }

            if (rangeStart is { } first)
            {
                rangeStart = null;
                if (date.Value < first || Period.Between(first, date.Value, PeriodUnits.Days).Days >= MaxRangeDays)
                {
                    findings.Add(NoticeParser.Located(
                        NoticeReadCodes.RangeInvalid,
                        sentence,
                        NoticeText.Iso(first) + ".." + NoticeText.Iso(date.Value),
                        $"the range {NoticeText.Iso(first)} to {NoticeText.Iso(date.Value)} ends before it starts or is longer than {MaxRangeDays} days.",
                        $"日期区间{NoticeText.Chinese(first)}至{NoticeText.Chinese(date.Value)}终点早于起点或超过{MaxRangeDays}天。"));
                    continue;
                }

                for (var day = first.PlusDays(1); day <= date.Value; day = day.PlusDays(1))
                {
                    result.Add(day);
                }

                continue;
            }

            result.Add(date.Value);
            if (toNext)
            {
                rangeStart = date;
            }
        }

        return result;
    }

    private static bool IsRangeGap(string gap)
    {
        var trimmed = gap.Trim();
        return trimmed == "至" || (trimmed.Length > 0 && trimmed.Trim('~').Length == 0);
    }

    private LocalDate? Resolve(Match match, string raw, NoticeSentence sentence)
    {
        if (match.Groups["y"].Success)
        {
            contextYear = int.Parse(match.Groups["y"].Value, NumberStyles.None, CultureInfo.InvariantCulture);
        }

        if (match.Groups["m"].Success)
        {
            contextMonth = int.Parse(match.Groups["m"].Value, NumberStyles.None, CultureInfo.InvariantCulture);
        }

        var dayOfMonth = int.Parse(match.Groups["d"].Value, NumberStyles.None, CultureInfo.InvariantCulture);
        if (contextMonth is not { } month)
        {
            findings.Add(NoticeParser.Located(
                NoticeReadCodes.DateDoesNotExist,
                sentence,
                raw,
                $"the date '{raw}' has no month and no earlier date of the item gives one.",
                $"日期“{raw}”没有月份，本条此前也没有可沿用的月份。"));
            return null;
        }

        // A date without its year: in the New Year item, December is the previous year and any other month the notice's
        // year, whatever year an earlier date wrote ("2007年12月30日-2008年1月1日放假…其中：…12月30日（星期日）为公休日" in
        // the 2008 notice); elsewhere the year last written, or the notice's.
        var dateYear = match.Groups["y"].Success
            ? contextYear!.Value
            : NoticeHolidayNames.IsNewYear(holiday) ? (month == 12 ? year - 1 : year) : contextYear ?? year;
        if (month < 1 || month > 12 || dayOfMonth < 1 || dateYear < 1 || dayOfMonth > CalendarSystem.Iso.GetDaysInMonth(dateYear, month))
        {
            var written = string.Create(CultureInfo.InvariantCulture, $"{dateYear}年{month}月{dayOfMonth}日");
            findings.Add(NoticeParser.Located(
                NoticeReadCodes.DateDoesNotExist,
                sentence,
                raw,
                $"the date '{raw}' ({written}) does not exist.",
                $"日期“{raw}”（{written}）不存在。"));
            return null;
        }

        var date = new LocalDate(dateYear, month, dayOfMonth);
        blockMonth ??= month;
        if (match.Groups["ann"].Success)
        {
            CheckAnnotation(findings, date, raw, match.Groups["ann"].Value, sentence);
        }

        return date;
    }

    /// <summary>Checks a bracketed annotation (weekday, lunar date) against <paramref name="date"/>, adding a finding to <paramref name="findings"/> for each part that disagrees.</summary>
    internal static void CheckAnnotation(List<Finding> findings, LocalDate date, string raw, string annotation, NoticeSentence sentence)
    {
        foreach (var part in annotation.Split(['、', ',', ' '], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            var weekday = WeekdayPattern().Match(part);
            if (!weekday.Success)
            {
                if (!NoticeLunarAnnotation.Agrees(part, date, out var understood) && understood)
                {
                    findings.Add(NoticeParser.Located(
                        NoticeReadCodes.LunarDateMismatch,
                        sentence,
                        raw,
                        $"'{part}' is given for {NoticeText.Iso(date)}, but by the Chinese lunar calendar that day is not {part}.",
                        $"{NoticeText.Chinese(date)}标注为“{part}”，但按农历该日并非{part}。"));
                }

                continue;
            }

            var stated = weekday.Groups["w"].Value[0] switch
            {
                '一' => IsoDayOfWeek.Monday,
                '二' => IsoDayOfWeek.Tuesday,
                '三' => IsoDayOfWeek.Wednesday,
                '四' => IsoDayOfWeek.Thursday,
                '五' => IsoDayOfWeek.Friday,
                '六' => IsoDayOfWeek.Saturday,
                _ => IsoDayOfWeek.Sunday,
            };
            if (stated != date.DayOfWeek)
            {
                findings.Add(NoticeParser.Located(
                    NoticeReadCodes.WeekdayMismatch,
                    sentence,
                    raw,
                    $"'{part}' ({stated}) is given for {NoticeText.Iso(date)}, which is a {date.DayOfWeek}.",
                    $"{NoticeText.Chinese(date)}标注为“{part}”，但该日是{ChineseWeekday(date.DayOfWeek)}。"));
            }
        }
    }

    private static string ChineseWeekday(IsoDayOfWeek day) => "星期" + "一二三四五六日"[(int)day - 1];

    private void Add(LocalDate date, NoticeDayKind kind, NoticeSentence sentence)
    {
        if (kind == NoticeDayKind.Rest)
        {
            anyRest = true;
            if (lastRest is null || date > lastRest)
            {
                lastRest = date;
            }
        }

        if (kind == NoticeDayKind.MakeUpWorkingDay && date.DayOfWeek is not (IsoDayOfWeek.Saturday or IsoDayOfWeek.Sunday))
        {
            findings.Add(NoticeParser.Located(
                NoticeReadCodes.MakeUpDayNotOnWeekend,
                sentence,
                NoticeText.Iso(date),
                $"{NoticeText.Iso(date)} is made a working day (上班), but it is a {date.DayOfWeek}; only a Saturday or Sunday can be a make-up working day.",
                $"{NoticeText.Chinese(date)}被定为上班日，但该日是{ChineseWeekday(date.DayOfWeek)}；只有星期六、星期日才能调休上班。"));
            return;
        }

        if (days.TryGetValue(date, out var existing))
        {
            if (existing.Kind != kind || !existing.Holiday.Equals(holiday))
            {
                findings.Add(NoticeParser.Located(
                    NoticeReadCodes.ConflictingDay,
                    sentence,
                    NoticeText.Iso(date),
                    $"{NoticeText.Iso(date)} is already a {Describe(existing.Kind)} of {existing.Holiday.English} from sentence {existing.Sentence.Number.ToString(CultureInfo.InvariantCulture)}; here it is a {Describe(kind)} of {holiday.English}.",
                    $"{NoticeText.Chinese(date)}已由第{existing.Sentence.Number.ToString(CultureInfo.InvariantCulture)}句定为{existing.Holiday.Chinese}的{DescribeChinese(existing.Kind)}，此处又定为{holiday.Chinese}的{DescribeChinese(kind)}。"));
            }

            return;
        }

        days[date] = new NoticeDay(date, kind, holiday, sentence);
    }

    private static string Describe(NoticeDayKind kind) => kind == NoticeDayKind.Rest ? "rest day" : "make-up working day";

    private static string DescribeChinese(NoticeDayKind kind) => kind == NoticeDayKind.Rest ? "放假日" : "调休上班日";

    private static int ChineseNumber(string value)
    {
        if (int.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out var n))
        {
            return n;
        }

        const string Digits = "零一二三四五六七八九";
        return value switch
        {
            "十" => 10,
            _ when value.Length == 2 && value[0] == '十' => 10 + Digits.IndexOf(value[1], StringComparison.Ordinal),
            _ when value.Length == 1 => Digits.IndexOf(value[0], StringComparison.Ordinal),
            _ => -1,
        };
    }

    [GeneratedRegex(@"(?<!\d)(?:(?<y>\d{4})\s*年\s*)?(?:(?<m>\d{1,2})\s*月\s*)?(?<d>\d{1,2})\s*日(?:\s*\((?<ann>[^()]{0,40})\))?", RegexOptions.CultureInvariant, 1000)]
    private static partial Regex DatePattern();

    [GeneratedRegex(@"共\s*(?<n>\d{1,3}|[一二三四五六七八九十]{1,2})\s*天", RegexOptions.CultureInvariant, 1000)]
    private static partial Regex TotalPattern();

    [GeneratedRegex(@"^(?:周|星期|礼拜)(?<w>[一二三四五六日天])$", RegexOptions.CultureInvariant, 1000)]
    private static partial Regex WeekdayPattern();
}
