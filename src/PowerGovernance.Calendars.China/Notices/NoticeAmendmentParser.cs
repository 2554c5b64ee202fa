using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text.RegularExpressions;
using NodaTime;
using PowerGovernance.Validation;

namespace PowerGovernance.Calendars.China.Notices;

/// <summary>The reading behind <see cref="NoticeAmendmentReader"/>: the title, a restated block or an extension, and the amended year.</summary>
internal static partial class NoticeAmendmentParser
{
    /// <summary>How far from a restated block the loaded year's days of the same holiday are replaced.</summary>
    private const int ReplaceWithinDays = 30;

    /// <summary>How far back from an extension's end the holiday's block is looked for.</summary>
    private const int ExtensionReachDays = 60;

    internal static NoticeAmendment Parse(string original, WorkingCalendar year)
    {
        var findings = new List<Finding>();
        if (original.Length == 0 || original.Length > NoticeReader.MaxTextLength)
        {
            var length = original.Length.ToString(CultureInfo.InvariantCulture);
            findings.Add(Finding.Error(
                NoticeReadCodes.TextTooLong,
                string.Empty,
                length,
                $"The amendment text has {length} characters; it must have 1 to {NoticeReader.MaxTextLength} characters.",
                $"调整通知文本共{length}个字符，应为1至{NoticeReader.MaxTextLength}个字符。"));
            return Failed(year, null, null, null, null, [], findings);
        }

        var text = NoticeParser.Normalize(original);
        var sentences = NoticeSentences.Split(original, text);
        if (sentences.Count > NoticeReader.MaxSentences)
        {
            var count = sentences.Count.ToString(CultureInfo.InvariantCulture);
            findings.Add(Finding.Error(
                NoticeReadCodes.TextTooLong,
                string.Empty,
                count,
                $"The amendment text has {count} sentences; at most {NoticeReader.MaxSentences} are read.",
                $"调整通知文本共{count}句，最多读取{NoticeReader.MaxSentences}句。"));
            return Failed(year, null, null, null, null, [], findings);
        }

        var issued = NoticeParser.ReadIssued(text);
        var title = Title().Match(text);
        var holiday = title.Success ? NoticeHolidayNames.Parse(title.Groups["name"].Value) : null;
        if (!title.Success || holiday is null
            || !int.TryParse(title.Groups["y"].Value, NumberStyles.None, CultureInfo.InvariantCulture, out var amendedYear)
            || amendedYear < HolidayLawVersion.FirstYear || amendedYear > HolidayLawVersion.LastYear)
        {
            findings.Add(Finding.Error(
                NoticeReadCodes.AmendmentNotRecognized,
                string.Empty,
                title.Success ? NoticeParser.Bound(title.Value) : null,
                "The title does not name an amendment of one holiday of a year, such as 国务院办公厅关于调整2019年劳动节假期安排的通知 or 国务院办公厅关于延长2020年春节假期的通知.",
                "标题不是对某年某一节日假期的调整，例如“国务院办公厅关于调整2019年劳动节假期安排的通知”“国务院办公厅关于延长2020年春节假期的通知”。"));
            return Failed(year, null, holiday, null, issued, [], findings);
        }

        var titleText = TitleLine().Match(original) is { Success: true } line ? line.Value.Trim() : null;
        var days = new Dictionary<LocalDate, NoticeDay>();
        var replaced = new HashSet<LocalDate>();
        NoticeSentence blockSentence;
        var extension = Extension().Match(text);
        if (extension.Success)
        {
            blockSentence = sentences.At(extension.Index);
            ReadExtension(text, original, extension, sentences, year, amendedYear, holiday, days, findings);
        }
        else
        {
            // A restated block: the body after the opening (…通知如下) read as the holiday's item of a yearly notice.
            var opening = Opening().Match(text);
            var start = opening.Success ? opening.Index + opening.Length : title.Index + title.Length;
            new NoticeItemReader(original, text, sentences, amendedYear, holiday, new NoticeItem(holiday.Chinese, title.Index, start, text.Length), days, findings).Read();
            var firstRest = days.Values.Where(d => d.Kind == NoticeDayKind.Rest).OrderBy(d => d.Date).FirstOrDefault();
            blockSentence = firstRest?.Sentence ?? sentences.At(start);
            if (days.Count > 0)
            {
                Replace(year, holiday, days.Keys.Min().PlusDays(-ReplaceWithinDays), days.Keys.Max().PlusDays(ReplaceWithinDays), replaced);
            }
        }

        var decided = days.Values.OrderBy(d => d.Date).ToList().AsReadOnly();
        foreach (var day in decided)
        {
            if (!year.Coverage.Contains(day.Date))
            {
                findings.Add(NoticeParser.Located(
                    NoticeReadCodes.AmendedYearNotLoaded,
                    day.Sentence,
                    NoticeText.Iso(day.Date),
                    $"{NoticeText.Iso(day.Date)} is outside the calendar loaded ({NoticeText.Iso(year.Coverage.Start)} to {NoticeText.Iso(year.Coverage.End)}); load the year first.",
                    $"{NoticeText.Chinese(day.Date)}不在已载入的日历范围（{NoticeText.Chinese(year.Coverage.Start)}至{NoticeText.Chinese(year.Coverage.End)}）内，请先载入该年度。"));
            }
        }

        var sorted = findings.OrderBy(f => f.Line ?? 0).ToList();
        if (sorted.Any(f => f.Severity == FindingSeverity.Error))
        {
            return Failed(year, amendedYear, holiday, titleText, issued, decided, sorted);
        }

        var source = new CalendarSource(
            amendedYear,
            issued ?? new LocalDate(amendedYear, 1, 1),
            titleText ?? "国务院办公厅关于调整" + amendedYear.ToString(CultureInfo.InvariantCulture) + "年" + holiday.Chinese + "假期安排的通知");
        WorkingCalendar amended;
        try
        {
            amended = Apply(year, replaced, decided, source);
        }
        catch (InvalidCalendarException e)
        {
            sorted.Add(NoticeParser.Located(
                NoticeReadCodes.AmendedYearInvalid,
                blockSentence,
                null,
                "with the amendment applied the year is not a valid calendar: " + e.Message,
                "应用调整后年度日历无效：" + e.Message));
            return Failed(year, amendedYear, holiday, titleText, issued, decided, sorted);
        }

        var byDate = decided.ToDictionary(d => d.Date);
        var changes = CalendarComparison.ChangedDays(year, amended)
            .Select(c => new AmendedDay(c, byDate.TryGetValue(c.Date, out var d) ? d.Sentence : blockSentence))
            .ToList();
        return new NoticeAmendment(year, amendedYear, holiday, titleText, issued, decided, changes.AsReadOnly(), amended, sorted.AsReadOnly());
    }

    private static void ReadExtension(
        string text,
        string original,
        Match extension,
        NoticeSentences sentences,
        WorkingCalendar year,
        int amendedYear,
        HolidayName holiday,
        Dictionary<LocalDate, NoticeDay> days,
        List<Finding> findings)
    {
        var sentence = sentences.At(extension.Index);
        var end = ReadDate(extension, original, sentence, amendedYear, findings);
        if (end is not { } last)
        {
            return;
        }

        // The holiday's last rest day in the loaded year before the new end.
        LocalDate? blockEnd = null;
        for (var day = last; day >= last.PlusDays(-ExtensionReachDays); day = day.PlusDays(-1))
        {
            if (year.Coverage.Contains(day) && year.GetDayType(day) is DayType.Holiday or DayType.StatutoryHoliday
                && year.GetHolidayName(day)?.Chinese == holiday.Chinese)
            {
                blockEnd = day;
                break;
            }
        }

        if (blockEnd is not { } previous)
        {
            findings.Add(NoticeParser.Located(
                NoticeReadCodes.AmendedHolidayNotFound,
                sentence,
                holiday.Chinese,
                $"the calendar loaded has no rest day of {holiday.English} ({holiday.Chinese}) in the {ExtensionReachDays} days up to {NoticeText.Iso(last)}, so there is nothing to extend.",
                $"已载入的日历在{NoticeText.Chinese(last)}之前{ExtensionReachDays}天内没有{holiday.Chinese}的放假日，无从延长。"));
            return;
        }

        if (previous >= last)
        {
            findings.Add(NoticeParser.Located(
                NoticeReadCodes.ExtensionNotLater,
                sentence,
                NoticeText.Iso(last),
                $"the holiday is extended to {NoticeText.Iso(last)}, but it already runs to {NoticeText.Iso(previous)}.",
                $"假期延长至{NoticeText.Chinese(last)}，但原假期已到{NoticeText.Chinese(previous)}。"));
            return;
        }

        for (var day = previous.PlusDays(1); day <= last; day = day.PlusDays(1))
        {
            days[day] = new NoticeDay(day, NoticeDayKind.Rest, holiday, sentence);
        }

        var resume = Resume().Match(text, extension.Index + extension.Length);
        if (resume.Success && sentences.At(resume.Index).Number == sentence.Number
            && ReadDate(resume, original, sentence, amendedYear, findings) is { } back && back != last.PlusDays(1))
        {
            findings.Add(NoticeParser.Located(
                NoticeReadCodes.ResumeDateMismatch,
                sentence,
                NoticeText.Iso(back),
                $"work resumes on {NoticeText.Iso(back)}, but the extended holiday ends on {NoticeText.Iso(last)}; the next day is {NoticeText.Iso(last.PlusDays(1))}.",
                $"恢复上班日为{NoticeText.Chinese(back)}，但延长后的假期止于{NoticeText.Chinese(last)}，次日应为{NoticeText.Chinese(last.PlusDays(1))}。"));
        }
    }

    /// <summary>The date of a match with groups m, d and ann, its annotation checked; a finding when it does not exist.</summary>
    private static LocalDate? ReadDate(Match match, string original, NoticeSentence sentence, int year, List<Finding> findings)
    {
        var group = match.Groups["date"];
        var raw = original.Substring(group.Index, group.Length);
        var month = int.Parse(match.Groups["m"].Value, NumberStyles.None, CultureInfo.InvariantCulture);
        var dayOfMonth = int.Parse(match.Groups["d"].Value, NumberStyles.None, CultureInfo.InvariantCulture);
        if (month < 1 || month > 12 || dayOfMonth < 1 || dayOfMonth > CalendarSystem.Iso.GetDaysInMonth(year, month))
        {
            var written = string.Create(CultureInfo.InvariantCulture, $"{year}年{month}月{dayOfMonth}日");
            findings.Add(NoticeParser.Located(
                NoticeReadCodes.DateDoesNotExist,
                sentence,
                raw,
                $"the date '{raw}' ({written}) does not exist.",
                $"日期“{raw}”（{written}）不存在。"));
            return null;
        }

        var date = new LocalDate(year, month, dayOfMonth);
        if (match.Groups["ann"].Success)
        {
            NoticeItemReader.CheckAnnotation(findings, date, raw, match.Groups["ann"].Value, sentence);
        }

        return date;
    }

    /// <summary>The loaded year's rest days and make-up days of <paramref name="holiday"/> between the two dates, which a restated block replaces.</summary>
    private static void Replace(WorkingCalendar year, HolidayName holiday, LocalDate from, LocalDate to, HashSet<LocalDate> replaced)
    {
        for (var day = from; day <= to; day = day.PlusDays(1))
        {
            if (year.Coverage.Contains(day)
                && year.GetDayType(day) is DayType.Holiday or DayType.StatutoryHoliday or DayType.MakeUpWorkingDay
                && year.GetHolidayName(day)?.Chinese == holiday.Chinese)
            {
                replaced.Add(day);
            }
        }
    }

    /// <summary>The loaded calendar, flattened, with the replaced days made ordinary and the amendment's days applied; statutory days marked again when the loaded calendar had them.</summary>
    private static WorkingCalendar Apply(WorkingCalendar year, HashSet<LocalDate> replaced, IReadOnlyList<NoticeDay> decided, CalendarSource source)
    {
        var builder = new WorkingCalendarBuilder(year.Id)
            .WithCoverage(year.Coverage)
            .WithWeekendDays([.. year.WeekendDays]);
        if (year.Name is { } name)
        {
            builder.WithName(name);
        }

        foreach (var existing in year.Sources)
        {
            builder.AddSource(existing);
        }

        builder.AddSource(source);
        var changed = decided.ToDictionary(d => d.Date);
        var statutory = false;
        foreach (var day in year.Coverage)
        {
            if (replaced.Contains(day) || changed.ContainsKey(day))
            {
                continue;
            }

            var type = year.GetDayType(day);
            statutory |= type == DayType.StatutoryHoliday;
            if (type is DayType.Holiday or DayType.StatutoryHoliday or DayType.MakeUpWorkingDay)
            {
                var holiday = year.GetHolidayName(day) ?? new HolidayName("节假日", "Holiday");
                if (type == DayType.MakeUpWorkingDay)
                {
                    builder.AddMakeUpWorkingDay(day, holiday);
                }
                else
                {
                    builder.AddHoliday(day, holiday);
                }
            }
        }

        foreach (var day in decided)
        {
            if (day.Kind == NoticeDayKind.Rest)
            {
                builder.AddHoliday(day.Date, day.Holiday);
            }
            else
            {
                builder.AddMakeUpWorkingDay(day.Date, day.Holiday);
            }
        }

        var built = builder.Build();
        return statutory || replaced.Any(d => year.GetDayType(d) == DayType.StatutoryHoliday) ? ChinaCalendars.MarkStatutory(built) : built;
    }

    private static NoticeAmendment Failed(WorkingCalendar year, int? amendedYear, HolidayName? holiday, string? title, LocalDate? issued, IReadOnlyList<NoticeDay> days, List<Finding> findings) =>
        new(year, amendedYear, holiday, title, issued, days, [], null, findings.OrderBy(f => f.Line ?? 0).ToList().AsReadOnly());

    [GeneratedRegex(@"关于\s*(?:调整|延长)\s*(?<y>\d{4})\s*年\s*(?<name>[^\s年假]{1,10}?)\s*(?:节日)?\s*(?:假期|放假)", RegexOptions.CultureInvariant, 1000)]
    private static partial Regex Title();

    [GeneratedRegex(@"国务院办公厅关于\s*(?:调整|延长)[^\n]{1,40}?的通知", RegexOptions.CultureInvariant, 1000)]
    private static partial Regex TitleLine();

    [GeneratedRegex(@"通知如下\s*[。:]?", RegexOptions.CultureInvariant, 1000)]
    private static partial Regex Opening();

    [GeneratedRegex(@"延长[^。\n]{0,30}?假期\s*至\s*(?<date>(?<m>\d{1,2})\s*月\s*(?<d>\d{1,2})\s*日(?:\s*\((?<ann>[^()]{0,40})\))?)", RegexOptions.CultureInvariant, 1000)]
    private static partial Regex Extension();

    [GeneratedRegex(@"(?<date>(?<m>\d{1,2})\s*月\s*(?<d>\d{1,2})\s*日(?:\s*\((?<ann>[^()]{0,40})\))?)\s*起?\s*正常上班", RegexOptions.CultureInvariant, 1000)]
    private static partial Regex Resume();
}
