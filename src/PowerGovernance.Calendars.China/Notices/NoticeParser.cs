using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text.RegularExpressions;
using NodaTime;
using PowerGovernance.Validation;

namespace PowerGovernance.Calendars.China.Notices;

/// <summary>The reading behind <see cref="NoticeReader"/>: sentences, items, clauses and dates of a notice's text.</summary>
internal static partial class NoticeParser
{
    internal static NoticeReading Parse(string original, int? givenYear)
    {
        var findings = new List<Finding>();
        if (original.Length == 0 || original.Length > NoticeReader.MaxTextLength)
        {
            var length = original.Length.ToString(CultureInfo.InvariantCulture);
            findings.Add(Finding.Error(
                NoticeReadCodes.TextTooLong,
                string.Empty,
                length,
                $"The notice text has {length} characters; it must have 1 to {NoticeReader.MaxTextLength} characters.",
                $"通知文本共{length}个字符，应为1至{NoticeReader.MaxTextLength}个字符。"));
            return new NoticeReading(givenYear, [], findings.AsReadOnly());
        }

        var text = Normalize(original);
        var sentences = NoticeSentences.Split(original, text);
        if (sentences.Count > NoticeReader.MaxSentences)
        {
            var count = sentences.Count.ToString(CultureInfo.InvariantCulture);
            findings.Add(Finding.Error(
                NoticeReadCodes.TextTooLong,
                string.Empty,
                count,
                $"The notice text has {count} sentences; at most {NoticeReader.MaxSentences} are read.",
                $"通知文本共{count}句，最多读取{NoticeReader.MaxSentences}句。"));
            return new NoticeReading(givenYear, [], findings.AsReadOnly());
        }

        var titleYear = ReadYear(text);
        if (givenYear is { } given && titleYear is { } written && given != written)
        {
            var g = given.ToString(CultureInfo.InvariantCulture);
            var w = written.ToString(CultureInfo.InvariantCulture);
            findings.Add(Finding.Error(
                NoticeReadCodes.YearMismatch,
                string.Empty,
                w,
                $"The year given ({g}) is not the year the text names ({w}); nothing was read.",
                $"给出的年份（{g}）与通知所写年份（{w}）不一致，未读取。"));
            return new NoticeReading(givenYear, [], findings.AsReadOnly());
        }

        var year = givenYear ?? titleYear;
        if (year is null)
        {
            findings.Add(Finding.Error(
                NoticeReadCodes.YearNotFound,
                string.Empty,
                null,
                "The year could not be read from the title (国务院办公厅关于YYYY年部分节假日安排的通知) or the opening sentence (现将YYYY年…); give it explicitly.",
                "无法从标题（国务院办公厅关于YYYY年部分节假日安排的通知）或首句（现将YYYY年……）读出年份，请明确给出年份。"));
            return new NoticeReading(null, [], findings.AsReadOnly());
        }

        var items = FindItems(text);
        if (items.Count == 0)
        {
            findings.Add(Finding.Error(
                NoticeReadCodes.NoHolidayItems,
                string.Empty,
                null,
                "The text has no numbered holiday item such as '一、元旦：'.",
                "文本中没有“一、元旦：”这样的节日条目。"));
            return new NoticeReading(year, [], findings.AsReadOnly());
        }

        var days = new Dictionary<LocalDate, NoticeDay>();
        foreach (var item in items)
        {
            var sentence = sentences.At(item.NameOffset);
            var holiday = NoticeHolidayNames.Parse(item.Name);
            if (holiday is null)
            {
                findings.Add(Located(
                    NoticeReadCodes.UnknownHoliday,
                    sentence,
                    item.Name,
                    $"the item '{item.Name}' names no holiday of the holiday law (元旦, 春节, 清明节, 劳动节, 端午节, 中秋节, 国庆节).",
                    $"条目“{item.Name}”不是放假办法规定的节日（元旦、春节、清明节、劳动节、端午节、中秋节、国庆节）。"));
                continue;
            }

            new NoticeItemReader(original, text, sentences, year.Value, holiday, item, days, findings).Read();
        }

        var ordered = days.Values.OrderBy(d => d.Date).ToList();
        var sortedFindings = findings.OrderBy(f => f.Line ?? 0).ToList();
        return new NoticeReading(year, ordered.AsReadOnly(), sortedFindings.AsReadOnly(), ReadIssued(text));
    }

    /// <summary>A finding located at <paramref name="sentence"/>.</summary>
    internal static Finding Located(string code, NoticeSentence sentence, string? value, string english, string chinese)
    {
        var number = sentence.Number.ToString(CultureInfo.InvariantCulture);
        var line = sentence.Line.ToString(CultureInfo.InvariantCulture);
        return Finding.Error(
            code,
            "sentence " + number,
            value is null ? null : Bound(value),
            $"Sentence {number} (line {line}, “{Bound(sentence.Text)}”): {english}",
            $"第{number}句（第{line}行，“{Bound(sentence.Text)}”）：{chinese}") with { Line = sentence.Line };
    }

    internal static string Bound(string value) => value.Length <= 80 ? value : string.Concat(value.AsSpan(0, 80), "…");

    /// <summary>Maps full-width digits, brackets, commas, colons and every dash to one form, character for character, so offsets keep.</summary>
    internal static string Normalize(string text) => string.Create(text.Length, text, static (span, source) =>
    {
        for (var i = 0; i < source.Length; i++)
        {
            var c = source[i];
            span[i] = c switch
            {
                >= '０' and <= '９' => (char)('0' + (c - '０')),
                '（' => '(',
                '）' => ')',
                '，' => ',',
                '：' => ':',
                '；' => ';',
                '—' or '–' or '－' or '～' or '―' or '-' or '~' or '〜' => '~',
                '\r' or '\t' or '\u3000' or '\u00a0' => ' ',
                _ => c,
            };
        }
    });

    private static int? ReadYear(string text)
    {
        foreach (var regex in new[] { TitleYear(), OpeningYear() })
        {
            var match = regex.Match(text);
            if (match.Success && int.TryParse(match.Groups["y"].Value, NumberStyles.None, CultureInfo.InvariantCulture, out var y)
                && y >= HolidayLawVersion.FirstYear && y <= HolidayLawVersion.LastYear)
            {
                return y;
            }
        }

        return null;
    }

    /// <summary>The date of the last line that is only a date (the signature's 成文日期), when it exists.</summary>
    internal static LocalDate? ReadIssued(string text)
    {
        LocalDate? issued = null;
        foreach (Match match in SignatureDate().Matches(text))
        {
            var y = int.Parse(match.Groups["y"].Value, NumberStyles.None, CultureInfo.InvariantCulture);
            var m = int.Parse(match.Groups["m"].Value, NumberStyles.None, CultureInfo.InvariantCulture);
            var d = int.Parse(match.Groups["d"].Value, NumberStyles.None, CultureInfo.InvariantCulture);
            if (m is >= 1 and <= 12 && d >= 1 && d <= CalendarSystem.Iso.GetDaysInMonth(y, m))
            {
                issued = new LocalDate(y, m, d);
            }
        }

        return issued;
    }

    private static List<NoticeItem> FindItems(string text)
    {
        var matches = ItemHeading().Matches(text);
        var items = new List<NoticeItem>();
        for (var i = 0; i < matches.Count; i++)
        {
            var match = matches[i];
            var start = match.Index + match.Length;
            var end = i + 1 < matches.Count ? matches[i + 1].Index : text.Length;

            // The item ends where a paragraph starts with something other than a date (the closing paragraph, the signature).
            var stop = ParagraphEnd().Match(text, start, end - start);
            if (stop.Success)
            {
                end = stop.Index;
            }

            items.Add(new NoticeItem(match.Groups["name"].Value.Trim(), match.Groups["name"].Index, start, end));
        }

        return items;
    }

    [GeneratedRegex(@"关于\s*(?<y>\d{4})\s*年\s*(?:元旦[^\n]{0,20})?部分节假日", RegexOptions.CultureInvariant, 1000)]
    private static partial Regex TitleYear();

    [GeneratedRegex(@"现将\s*(?<y>\d{4})\s*年", RegexOptions.CultureInvariant, 1000)]
    private static partial Regex OpeningYear();

    [GeneratedRegex(@"(?<=^|[\n ])(?<num>[一二三四五六七八九十]{1,3})\s*、\s*(?<name>[^:\n、]{1,12}(?:、[^:\n、]{1,12})?)\s*:", RegexOptions.CultureInvariant, 1000)]
    private static partial Regex ItemHeading();

    [GeneratedRegex(@"(?m)^[ ]*(?<y>\d{4})年(?<m>\d{1,2})月(?<d>\d{1,2})日[ ]*$", RegexOptions.CultureInvariant, 1000)]
    private static partial Regex SignatureDate();

    [GeneratedRegex(@"\n\s*(?=[^\s\d])", RegexOptions.CultureInvariant, 1000)]
    private static partial Regex ParagraphEnd();
}

/// <summary>A numbered item of a notice (<c>二、春节：…</c>): its name and where its body lies in the text.</summary>
internal sealed record NoticeItem(string Name, int NameOffset, int Start, int End);
