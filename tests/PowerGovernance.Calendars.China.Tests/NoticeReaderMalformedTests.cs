using System;
using System.Linq;
using FsCheck.Xunit;
using NodaTime;
using PowerGovernance.Calendars.China.Notices;
using PowerGovernance.Validation;

namespace PowerGovernance.Calendars.China.Tests;

public class NoticeReaderMalformedTests
{
    private const string Title = "国务院办公厅关于2025年部分节假日安排的通知\n";

    [Fact]
    public void A_weekday_that_disagrees_with_its_date_is_a_located_bilingual_error()
    {
        // 2025-01-28 is a Tuesday (2025-01-01 was a Wednesday; +27 days = +6 weeks -1 day → Tuesday); "周三" is wrong.
        var reading = NoticeReader.Read(Title + "一、元旦：1月1日（周三）放假1天，不调休。\n二、春节：1月28日（农历除夕、周三）至2月4日（农历正月初七、周二）放假调休，共8天。");

        var finding = Assert.Single(reading.Findings);
        Assert.Equal(NoticeReadCodes.WeekdayMismatch, finding.Code);
        Assert.Equal(FindingSeverity.Error, finding.Severity);
        Assert.Equal(3, finding.Line);
        Assert.Equal("sentence 3", finding.Path);
        Assert.Contains("Tuesday", finding.Message, StringComparison.Ordinal);
        Assert.Contains("星期二", finding.ChineseMessage, StringComparison.Ordinal);
        Assert.False(reading.Succeeded);
    }

    [Fact]
    public void A_lunar_annotation_that_disagrees_with_its_date_is_an_error()
    {
        // 2025's lunar New Year (正月初一) was 2025-01-29, so 除夕 was 01-28 and 正月初七 02-04, as the real notice
        // says; here 除夕 is put on 01-27, a day early.
        var reading = NoticeReader.Read(Title + "二、春节：1月27日（农历除夕、周一）至2月4日（农历正月初七、周二）放假调休，共9天。");

        var finding = Assert.Single(reading.Findings);
        Assert.Equal(NoticeReadCodes.LunarDateMismatch, finding.Code);
        Assert.Equal("1月27日（农历除夕、周一）", finding.AttemptedValue);
        Assert.Contains("农历", finding.ChineseMessage, StringComparison.Ordinal);
    }

    [Fact]
    public void A_total_that_disagrees_with_the_range_is_an_error()
    {
        // 10月1日至7日 is 7 days, not 8.
        var reading = NoticeReader.Read(Title + "七、国庆节：10月1日至7日放假调休，共8天。9月28日（周日）上班。");

        var finding = Assert.Single(reading.Findings);
        Assert.Equal(NoticeReadCodes.TotalMismatch, finding.Code);
        Assert.Equal("共8天", finding.AttemptedValue);
        Assert.Contains("7 days", finding.Message, StringComparison.Ordinal);
        Assert.Contains("共7天", finding.ChineseMessage, StringComparison.Ordinal);
    }

    [Fact]
    public void A_date_that_does_not_exist_is_an_error_and_all_problems_are_reported_at_once()
    {
        // 2025 is not a leap year, so 2月29日 does not exist; 4月31日 never exists; and 5月1日 2025 is a Thursday, not 周五.
        var reading = NoticeReader.Read(Title + "二、春节：2月29日上班。\n三、清明节：4月31日放假。\n四、劳动节：5月1日（周五）至5日（周一）放假调休，共5天。");

        Assert.Equal(
            [(NoticeReadCodes.DateDoesNotExist, 2), (NoticeReadCodes.NoDates, 2), (NoticeReadCodes.DateDoesNotExist, 3), (NoticeReadCodes.NoDates, 3), (NoticeReadCodes.WeekdayMismatch, 4)],
            reading.Findings.Select(f => (f.Code, f.Line ?? 0)).OrderBy(x => x.Item2).ThenBy(x => x.Code == NoticeReadCodes.NoDates).ToArray());
        Assert.Contains(reading.Findings, f => f.AttemptedValue == "2月29日" && f.ChineseMessage.Contains("2025年2月29日", StringComparison.Ordinal));
    }

    [Fact]
    public void Half_width_punctuation_and_a_hyphen_read_like_the_full_width_text()
    {
        var full = NoticeReader.Read("一、元旦：2018年12月30日至2019年1月1日放假调休，共3天。2018年12月29日（星期六）上班。", 2019);
        var half = NoticeReader.Read("一、元旦:2018年12月30日-2019年1月1日放假调休,共3天。2018年12月29日(星期六)上班。", 2019);

        Assert.Empty(full.Findings);
        Assert.Equal(full.Days.Select(d => (d.Date, d.Kind)), half.Days.Select(d => (d.Date, d.Kind)));
        Assert.Equal(
            [new LocalDate(2018, 12, 29), new LocalDate(2018, 12, 30), new LocalDate(2018, 12, 31), new LocalDate(2019, 1, 1)],
            half.Days.Select(d => d.Date));
    }

    [Fact]
    public void A_text_without_a_year_or_too_long_is_refused_with_a_finding_not_an_exception()
    {
        Assert.Equal(NoticeReadCodes.YearNotFound, Assert.Single(NoticeReader.Read("一、元旦：1月1日放假。").Findings).Code);
        Assert.Equal(NoticeReadCodes.TextTooLong, Assert.Single(NoticeReader.Read(new string('日', NoticeReader.MaxTextLength + 1)).Findings).Code);
        Assert.Equal(NoticeReadCodes.TextTooLong, Assert.Single(NoticeReader.Read(string.Empty).Findings).Code);
        Assert.Throws<ArgumentNullException>(() => NoticeReader.Read(null!));
        Assert.Throws<ArgumentOutOfRangeException>(() => NoticeReader.Read("一、元旦：1月1日放假。", 1999));

        // The 2025 title read as 2024: refused, nothing read.
        var mismatch = NoticeReader.Read(Title + "一、元旦：1月1日（周三）放假1天，不调休。", 2024);
        Assert.Equal(NoticeReadCodes.YearMismatch, Assert.Single(mismatch.Findings).Code);
        Assert.Empty(mismatch.Days);
    }

    [Property(MaxTest = 300)]
    public void Any_text_is_read_without_an_exception(string? text)
    {
        var reading = NoticeReader.Read(Title + (text ?? string.Empty) + "一、元旦：" + (text ?? string.Empty) + "至31日（周" + (text ?? string.Empty) + "放假，共" + (text ?? string.Empty) + "天");

        Assert.NotNull(reading.Findings);
    }
}
