using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using NodaTime;
using PowerGovernance.Calendars.China.Notices;

namespace PowerGovernance.Calendars.China.Tests;

/// <summary>
/// The real notices kept under Notices/ (public copies, source and issue date on each file's first line), read from their
/// text and compared day by day with the embedded official data (cn-official.txt, loaded by the package itself).
/// </summary>
public class NoticeReaderRealNoticeTests
{
    private static readonly WorkingCalendar Official = ChinaCalendars.Official;

    /// <summary>
    /// Days of a year the official data takes from another notice than the yearly one: 2015's 70th anniversary of
    /// Victory Day (国发明电〔2015〕1号: 9月3日至5日放假, 9月6日上班) and 2019's amended Labour Day (国办发明电〔2019〕3号:
    /// 5月1日至4日放假, 4月28日、5月5日上班, where the yearly notice said only 5月1日放假) and 2020's Spring Festival extended to
    /// 2月2日 (国办发明电〔2020〕1号, where the yearly notice said 1月24日至30日 and 2月1日上班).
    /// </summary>
    private static readonly Dictionary<int, LocalDate[]> OtherNotices = new()
    {
        [2015] = [new(2015, 9, 3), new(2015, 9, 4), new(2015, 9, 5), new(2015, 9, 6)],
        [2019] = [new(2019, 4, 28), new(2019, 5, 2), new(2019, 5, 3), new(2019, 5, 4), new(2019, 5, 5)],
        [2020] = [new(2020, 1, 31), new(2020, 2, 1), new(2020, 2, 2)],
    };

    public static TheoryData<int> Years => new() { 2006, 2007, 2008, 2009, 2010, 2011, 2012, 2013, 2014, 2015, 2016, 2017, 2018, 2019, 2020, 2021, 2022, 2023, 2024, 2025, 2026 };

    private static string ReadNotice(int year) =>
        File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Notices", year + ".txt"));

    [Theory]
    [MemberData(nameof(Years))]
    public void The_year_read_from_the_notice_equals_the_official_data_on_every_day(int year)
    {
        var reading = NoticeReader.Read(ReadNotice(year));

        Assert.True(reading.Findings.Count == 0, string.Join(Environment.NewLine, reading.Findings));
        Assert.True(reading.Succeeded);
        Assert.Equal(year, reading.Year);
        var read = reading.Days.ToDictionary(d => d.Date);
        var skip = OtherNotices.TryGetValue(year, out var other) ? other : [];
        var first = reading.Days.Select(d => d.Date).Append(new LocalDate(year, 1, 1)).Min();
        for (var day = first; day <= new LocalDate(year, 12, 31); day = day.PlusDays(1))
        {
            var officialName = Official.GetHolidayName(day);

            // A late-December New Year day belongs to the next year's notice (e.g. 2022-12-31 in the 2023 notice).
            if (skip.Contains(day) || (day.Year == year && day.Month == 12 && officialName?.Chinese == "元旦"))
            {
                continue;
            }

            NoticeDayKind? expected = Official.GetDayType(day) switch
            {
                DayType.Holiday or DayType.StatutoryHoliday => NoticeDayKind.Rest,
                DayType.MakeUpWorkingDay => NoticeDayKind.MakeUpWorkingDay,
                _ => null,
            };
            var actual = read.TryGetValue(day, out var noticeDay) ? noticeDay.Kind : (NoticeDayKind?)null;
            Assert.True(expected == actual, $"{day:uuuu-MM-dd}: official {expected?.ToString() ?? "plain day"}, read {actual?.ToString() ?? "plain day"}");
            if (noticeDay is not null)
            {
                Assert.Equal(officialName?.Chinese, noticeDay.Holiday.Chinese);
            }
        }
    }

    [Fact]
    public void The_2006_notice_makes_Saturday_2005_12_31_a_working_day_from_its_own_sentence()
    {
        // "12月31日（星期六）上班" in the New Year item: December in the New Year item of the 2006 notice is 2005, and
        // 2005-12-31 was a Saturday. Two widely used open datasets still have it as a rest day.
        var reading = NoticeReader.Read(ReadNotice(2006));

        var day = Assert.Single(reading.Days, d => d.Date == new LocalDate(2005, 12, 31));
        Assert.Equal(NoticeDayKind.MakeUpWorkingDay, day.Kind);
        Assert.Equal("元旦", day.Holiday.Chinese);
        Assert.Contains("12月31日（星期六）上班", day.Sentence.Text, StringComparison.Ordinal);

        // 2006's New Year block is 1月1日—3日 (3 days, "共3天"); the moved weekends (调至…) add no days.
        Assert.Equal(
            [new LocalDate(2006, 1, 1), new LocalDate(2006, 1, 2), new LocalDate(2006, 1, 3)],
            reading.Days.Where(d => d.Holiday.Chinese == "元旦" && d.Kind == NoticeDayKind.Rest).Select(d => d.Date));
    }

    [Fact]
    public void The_2025_notice_merges_National_Day_and_Mid_Autumn_and_traces_each_day_to_its_sentence()
    {
        // "六、国庆节、中秋节：10月1日（周三）至8日（周三）放假调休，共8天。9月28日（周日）、10月11日（周六）上班。"
        var text = ReadNotice(2025);
        var reading = NoticeReader.Read(text);

        var october8 = Assert.Single(reading.Days, d => d.Date == new LocalDate(2025, 10, 8));
        Assert.Equal(new HolidayName("国庆节、中秋节", "National Day and Mid-Autumn Festival"), october8.Holiday);
        Assert.StartsWith("六、国庆节、中秋节：10月1日", october8.Sentence.Text, StringComparison.Ordinal);
        Assert.Equal(october8.Sentence.Text, text.Substring(october8.Sentence.Offset, october8.Sentence.Text.Length));
        Assert.Equal(
            [new LocalDate(2025, 9, 28), new LocalDate(2025, 10, 11)],
            reading.MakeUpWorkingDays.Where(d => d.Month >= 9));

        // Spring Festival: 1月28日 (除夕) to 2月4日 is 8 days; make-up days Sunday 1月26日 and Saturday 2月8日.
        Assert.Equal(8, reading.Days.Count(d => d.Holiday.Chinese == "春节" && d.Kind == NoticeDayKind.Rest));
    }

    [Fact]
    public void The_read_2026_year_builds_a_calendar_that_the_notice_checker_passes()
    {
        var reading = NoticeReader.Read(ReadNotice(2026));

        var calendar = reading.ToCalendar("cn-notice-2026", "国务院办公厅关于2026年部分节假日安排的通知", new LocalDate(2025, 11, 4));

        Assert.Empty(NoticeChecker.Check(calendar, 2026));
        Assert.Equal(DayType.MakeUpWorkingDay, calendar.GetDayType(new LocalDate(2026, 2, 28)));
        Assert.Equal(DayType.StatutoryHoliday, calendar.GetDayType(new LocalDate(2026, 2, 17)));
    }

    [Theory]
    [InlineData(2016)]
    [InlineData(2024)]
    [InlineData(2025)]
    [InlineData(2026)]
    public void A_real_notice_read_and_checked_on_arrival_has_no_error(int year)
    {
        var findings = NoticeReader.Read(ReadNotice(year)).Check();

        Assert.DoesNotContain(findings, f => f.Severity == PowerGovernance.Validation.FindingSeverity.Error);
    }

    [Fact]
    public void A_notice_that_makes_a_statutory_day_a_working_day_is_an_error_of_the_law_check()
    {
        // Hypothetical 2026 text: October 3 is a statutory day under Art. 2 (10月1日至3日) and a Saturday in 2026
        // (10月1日 is a Thursday, per the real 2026 notice), declared a working day. The text itself is consistent
        // (10月1日至2日 is 2 days), so only the law check can catch it.
        var reading = NoticeReader.Read("国务院办公厅关于2026年部分节假日安排的通知\n七、国庆节：10月1日（周四）至2日（周五）放假，共2天。10月3日（周六）上班。");

        var findings = reading.Check();

        Assert.True(reading.Succeeded);
        Assert.Contains(findings, f => f.Code == NoticeCheckCodes.StatutoryDayWorked && f.Path == "2026-10-03");
    }

    [Fact]
    public void A_make_up_day_on_a_weekday_is_an_error_of_the_reading()
    {
        // 2026-05-01 is a Friday ("5月1日（周五）" in the real 2026 notice): "上班" on a weekday is not a make-up day.
        var reading = NoticeReader.Read("国务院办公厅关于2026年部分节假日安排的通知\n四、劳动节：5月2日至5日放假调休，共4天。5月1日（周五）上班。");

        var finding = Assert.Single(reading.Findings);
        Assert.Equal(NoticeReadCodes.MakeUpDayNotOnWeekend, finding.Code);
        Assert.Equal("2026-05-01", finding.AttemptedValue);
        Assert.Equal(2, finding.Line);
        Assert.Same(reading.Findings, reading.Check());
    }
}
