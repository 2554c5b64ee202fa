using System;
using FsCheck.Xunit;
using System.IO;
using System.Linq;
using NodaTime;
using PowerGovernance.Calendars.China.Notices;
using PowerGovernance.Powers;
using PowerGovernance.Procedures;
using PowerGovernance.Procedures.BuiltIn;
using PowerGovernance.Supervision;
using PowerGovernance.Validation;

namespace PowerGovernance.Calendars.China.Tests;

/// <summary>
/// The two real amendments of a year already arranged, kept under Notices/ with their sources: 国办发明电〔2019〕3号
/// (2019-03-22, Labour Day restated as 5月1日至4日, 4月28日、5月5日上班) and 国办发明电〔2020〕1号 (signed 2020-01-26,
/// published 2020-01-27, Spring Festival extended to 2月2日), each read against the year read from that year's notice.
/// </summary>
public class NoticeAmendmentTests
{
    private static readonly Power Licensing = new()
    {
        Code = PowerCode.Parse("62052400MZ-XK-0002"),
        Name = "公共场所卫生许可",
        Category = PowerCategory.Licensing,
        LegalBases = [new LegalBasis("《中华人民共和国行政许可法》", "第二十九条", LegalBasisRank.Law)],
        ImplementingBody = "某县卫生健康局",
        UndertakingUnit = "政务服务窗口",
        UndertakingPost = "窗口受理员",
        Initiation = Initiation.OnApplication,
        Conditions = "场所符合卫生标准",
        LegalTimeLimit = TimeLimit.WorkingDays(20),
        CommittedTimeLimit = TimeLimit.WorkingDays(13),
    };

    private static LocalDate D(int y, int m, int d) => new(y, m, d);

    private static string Read(string name) => File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Notices", name));

    private static WorkingCalendar YearFromNotice(int year)
    {
        var reading = NoticeReader.Read(Read(year + ".txt"));
        return reading.ToCalendar("cn-notice-" + year, "国务院办公厅关于" + year + "年部分节假日安排的通知", reading.Issued!.Value);
    }

    private static NoticeAmendment Labour2019() => NoticeAmendmentReader.Read(Read("2019-labour-day-amendment.txt"), YearFromNotice(2019));

    private static NoticeAmendment Spring2020() => NoticeAmendmentReader.Read(Read("2020-spring-festival-extension.txt"), YearFromNotice(2020));

    [Fact]
    public void The_2019_Labour_Day_amendment_changes_five_days_each_traced_to_its_sentence()
    {
        // The yearly notice: "四、劳动节：5月1日放假" (Wednesday only). The amendment: 5月1日至4日 rest, 4月28日（星期日）and
        // 5月5日（星期日）worked. So: 04-28 Sunday weekend → make-up day; 05-02 Thursday and 05-03 Friday working → rest;
        // 05-04 Saturday weekend → rest of the block; 05-05 Sunday weekend → make-up day. 05-01 stays a statutory day.
        var amendment = Labour2019();

        Assert.True(amendment.Succeeded, string.Join(Environment.NewLine, amendment.Findings));
        Assert.Empty(amendment.Findings);
        Assert.Equal(2019, amendment.Year);
        Assert.Equal("劳动节", amendment.Holiday!.Chinese);
        Assert.Equal(D(2019, 3, 22), amendment.Issued);
        Assert.Equal("国务院办公厅关于调整2019年劳动节假期安排的通知", amendment.Title);
        Assert.Equal([D(2019, 4, 28), D(2019, 5, 2), D(2019, 5, 3), D(2019, 5, 4), D(2019, 5, 5)], amendment.Changes.Select(c => c.Change.Date));
        var changes = amendment.Changes.ToDictionary(c => c.Change.Date);
        Assert.Equal((DayType.Weekend, DayType.MakeUpWorkingDay), (changes[D(2019, 4, 28)].Change.OldType, changes[D(2019, 4, 28)].Change.NewType));
        Assert.Equal((DayType.WorkingWeekday, DayType.Holiday), (changes[D(2019, 5, 2)].Change.OldType, changes[D(2019, 5, 2)].Change.NewType));
        Assert.Equal((DayType.WorkingWeekday, DayType.Holiday), (changes[D(2019, 5, 3)].Change.OldType, changes[D(2019, 5, 3)].Change.NewType));
        Assert.Equal((DayType.Weekend, DayType.Holiday), (changes[D(2019, 5, 4)].Change.OldType, changes[D(2019, 5, 4)].Change.NewType));
        Assert.False(changes[D(2019, 5, 4)].Change.WorkingChanged);
        Assert.Equal((DayType.Weekend, DayType.MakeUpWorkingDay), (changes[D(2019, 5, 5)].Change.OldType, changes[D(2019, 5, 5)].Change.NewType));
        Assert.Equal("劳动节", changes[D(2019, 5, 5)].Change.NewHoliday!.Chinese);

        // Line 1 of the file is the source comment, line 2 the title; the rest sentence is line 6, the working one after its 。.
        Assert.StartsWith("一、2019年5月1日至4日放假调休", changes[D(2019, 5, 2)].Sentence.Text, StringComparison.Ordinal);
        Assert.Equal(6, changes[D(2019, 5, 2)].Sentence.Line);
        Assert.StartsWith("4月28日（星期日）、5月5日（星期日）上班", changes[D(2019, 4, 28)].Sentence.Text, StringComparison.Ordinal);
        Assert.Equal(DayType.StatutoryHoliday, amendment.Amended!.GetDayType(D(2019, 5, 1)));
        Assert.Contains(amendment.Amended.Sources, s => s.Issued == D(2019, 3, 22) && s.Title.Contains("调整2019年劳动节", StringComparison.Ordinal));
    }

    [Fact]
    public void The_2019_notice_with_its_amendment_equals_the_official_data_on_every_day_of_2019()
    {
        var amended = Labour2019().Amended!;
        for (var day = D(2019, 1, 1); day <= D(2019, 12, 31); day = day.PlusDays(1))
        {
            Assert.True(ChinaCalendars.Official.GetDayType(day) == amended.GetDayType(day), $"{day:uuuu-MM-dd}: official {ChinaCalendars.Official.GetDayType(day)}, amended {amended.GetDayType(day)}");
        }
    }

    [Fact]
    public void Due_dates_before_and_after_the_2019_amendment_worked_out_day_by_day()
    {
        var amendment = Labour2019();
        var before = amendment.Original;
        var after = amendment.Amended!;

        // Received Monday 2019-04-22, 10 working days, counted from the next day.
        // Before (5月1日 only): 04-23 Tue 1, 24 2, 25 3, 26 Fri 4, [27/28 weekend], 29 5, 30 6, [05-01 holiday], 05-02 7,
        // 05-03 8, [4/5 weekend], 05-06 9, 05-07 10 → 2019-05-07.
        // After: 04-23..26 4, [27 Sat], 28 Sun (worked) 5, 29 6, 30 7, [05-01..04 rest], 05-05 Sun (worked) 8, 05-06 9,
        // 05-07 10 → 2019-05-07: a count that spans the whole block does not move (two rest days added, two Sundays worked).
        Assert.Equal(D(2019, 5, 7), before.AddWorkingDays(D(2019, 4, 22), 10));
        Assert.Equal(D(2019, 5, 7), after.AddWorkingDays(D(2019, 4, 22), 10));

        // Received Wednesday 2019-04-24, 5 working days. Before: 25 1, 26 2, 29 3, 30 4, 05-02 5 → 2019-05-02.
        // After: 25 1, 26 2, 28 Sun 3, 29 4, 30 5 → 2019-04-30: a due date inside the block moves two days earlier.
        Assert.Equal(D(2019, 5, 2), before.AddWorkingDays(D(2019, 4, 24), 5));
        Assert.Equal(D(2019, 4, 30), after.AddWorkingDays(D(2019, 4, 24), 5));
    }

    [Fact]
    public void The_2019_amendment_reports_the_moved_receipt_step_of_an_open_licensing_case()
    {
        var amendment = Labour2019();
        var engine = new ProcedureEngine(amendment.Original, new PowerCatalog([Licensing]), [BuiltInProcedures.AdministrativeLicensing]);
        var clerk = new Actor("窗口", AdministrativeLicensing.Clerk);

        // 10:00 Beijing time on the day received.
        var early = engine.Start("XK-0422", Licensing.Code, AdministrativeLicensing.Id, clerk, Instant.FromUtc(2019, 4, 22, 2, 0)).Snapshot!;
        var late = engine.Start("XK-0425", Licensing.Code, AdministrativeLicensing.Id, clerk, Instant.FromUtc(2019, 4, 25, 2, 0)).Snapshot!;

        var report = amendment.Impact([(early, BuiltInProcedures.AdministrativeLicensing), (late, BuiltInProcedures.AdministrativeLicensing)], Instant.FromUtc(2019, 4, 25, 3, 0));

        Assert.Equal(amendment.Changes.Select(c => c.Change), report.ChangedDays);
        Assert.Empty(report.UnreadableCases);

        // XK-0422: receipt step 3 days: 04-23, 24, 25 on both. Case 13 days: before 04-23..26 (4), 29, 30 (6), 05-02, 03 (8),
        // 06..10 (13) → 05-10; after 04-23..26 (4), 28 (5), 29, 30 (7), 05-05 (8), 06..10 (13) → 05-10. Legal 20 days: 05-13..17
        // (18), 20, 21 (20) → 05-21 on both. Nothing moves.
        Assert.DoesNotContain(report.MovedDeadlines, m => m.CaseId == "XK-0422");

        // XK-0425 (Thursday): receipt step 3 days. Before: 04-26 1, 29 2, 30 3 → 04-30. After: 04-26 1, 28 Sun 2, 29 3 → 04-29.
        // Case 13 days: before 04-26 (1), 29, 30 (3), 05-02, 03 (5), 06..10 (10), 13..15 (13) → 05-15; after 04-26 (1), 28 (2),
        // 29, 30 (4), 05-05 (5), 06..10 (10), 13..15 (13) → 05-15: does not move.
        var moved = Assert.Single(report.MovedDeadlines);
        Assert.Equal(("XK-0425", SupervisedClock.Step, "receipt"), (moved.CaseId, moved.Clock, moved.Step));
        Assert.Equal(D(2019, 4, 30), moved.OldDueDate);
        Assert.Equal(D(2019, 4, 29), moved.NewDueDate);
    }

    [Fact]
    public void The_2020_extension_makes_three_days_rest_and_the_year_equals_the_official_data()
    {
        // The yearly notice: 春节 1月24日至30日, 2月1日（星期六）上班. Extended to 2月2日（农历正月初九，星期日）: 01-31 Friday
        // working → rest, 02-01 Saturday make-up day → rest, 02-02 Sunday weekend → rest; 2月3日（星期一）起正常上班 is the next day.
        var amendment = Spring2020();

        Assert.True(amendment.Succeeded, string.Join(Environment.NewLine, amendment.Findings));
        Assert.Equal(D(2020, 1, 26), amendment.Issued);
        Assert.Equal([D(2020, 1, 31), D(2020, 2, 1), D(2020, 2, 2)], amendment.Changes.Select(c => c.Change.Date));
        Assert.Equal([DayType.WorkingWeekday, DayType.MakeUpWorkingDay, DayType.Weekend], amendment.Changes.Select(c => c.Change.OldType));
        Assert.All(amendment.Changes, c => Assert.Equal(DayType.Holiday, c.Change.NewType));
        Assert.All(amendment.Changes, c => Assert.StartsWith("一、延长2020年春节假期至2月2日", c.Sentence.Text, StringComparison.Ordinal));
        for (var day = D(2020, 1, 1); day <= D(2020, 12, 31); day = day.PlusDays(1))
        {
            Assert.True(ChinaCalendars.Official.GetDayType(day) == amendment.Amended!.GetDayType(day), $"{day:uuuu-MM-dd}");
        }
    }

    [Fact]
    public void The_2020_extension_moves_a_licensing_case_by_two_working_days()
    {
        var amendment = Spring2020();
        var engine = new ProcedureEngine(amendment.Original, new PowerCatalog([Licensing]), [BuiltInProcedures.AdministrativeLicensing]);
        var received = engine.Start("XK-2020", Licensing.Code, AdministrativeLicensing.Id, new Actor("窗口", AdministrativeLicensing.Clerk), Instant.FromUtc(2020, 1, 20, 2, 0)).Snapshot!;

        var report = amendment.Impact([(received, BuiltInProcedures.AdministrativeLicensing)], Instant.FromUtc(2020, 1, 27, 2, 0));

        // 13 working days from Monday 2020-01-20. Before: 01-21..23 (3), [01-24..30 rest], 01-31 Fri (4), 02-01 Sat worked (5),
        // 02-03..07 (10), 02-10..12 (13) → 02-12. After: 01-21..23 (3), [01-24..02-02 rest], 02-03..07 (8), 02-10..14 (13) → 02-14.
        var moved = Assert.Single(report.MovedDeadlines, m => m.Clock == SupervisedClock.Case);
        Assert.Equal(D(2020, 2, 12), moved.OldDueDate);
        Assert.Equal(D(2020, 2, 14), moved.NewDueDate);
    }

    [Fact]
    public void An_extension_whose_resume_day_and_weekday_disagree_is_a_located_bilingual_error()
    {
        // Extended to 2月2日 (a Sunday in 2020), so work resumes on 2月3日; "2月4日（星期一）" is the wrong day, and 2020-02-04
        // was a Tuesday, so the weekday is wrong too. Both are reported at once; nothing is amended.
        var text = "国务院办公厅关于延长2020年春节假期的通知\n一、延长2020年春节假期至2月2日（星期日），2月4日（星期一）起正常上班。";

        var amendment = NoticeAmendmentReader.Read(text, YearFromNotice(2020));

        Assert.False(amendment.Succeeded);
        Assert.Null(amendment.Amended);
        Assert.Empty(amendment.Changes);
        Assert.Equal([NoticeReadCodes.ResumeDateMismatch, NoticeReadCodes.WeekdayMismatch], amendment.Findings.Select(f => f.Code).Order());
        Assert.All(amendment.Findings, f => Assert.Equal(2, f.Line));
        var resume = amendment.Findings.Single(f => f.Code == NoticeReadCodes.ResumeDateMismatch);
        Assert.Contains("2020-02-03", resume.Message, StringComparison.Ordinal);
        Assert.Contains("2020年2月3日", resume.ChineseMessage, StringComparison.Ordinal);
        Assert.Throws<InvalidOperationException>(() => amendment.Impact([], Instant.FromUtc(2020, 1, 27, 0, 0)));
    }

    [Fact]
    public void An_extension_that_does_not_extend_and_an_unknown_title_are_errors()
    {
        // The yearly 2020 notice's Spring Festival already runs to 1月30日; "延长…至1月28日" shortens it.
        var shorter = NoticeAmendmentReader.Read("国务院办公厅关于延长2020年春节假期的通知\n延长2020年春节假期至1月28日。", YearFromNotice(2020));
        Assert.Equal(NoticeReadCodes.ExtensionNotLater, Assert.Single(shorter.Findings).Code);

        var unknown = NoticeAmendmentReader.Read("国务院办公厅关于2020年部分节假日安排的通知\n一、元旦：1月1日放假。", YearFromNotice(2020));
        var finding = Assert.Single(unknown.Findings);
        Assert.Equal(NoticeReadCodes.AmendmentNotRecognized, finding.Code);
        Assert.Equal(FindingSeverity.Error, finding.Severity);
        Assert.Contains("调整", finding.ChineseMessage, StringComparison.Ordinal);
    }

    [Fact]
    public void A_restated_block_outside_the_year_loaded_changes_nothing()
    {
        // The 2020 year read from its notice covers 2020-01-01..2020-12-31; a 2021 Labour Day is outside it.
        var amendment = NoticeAmendmentReader.Read("国务院办公厅关于调整2021年劳动节假期安排的通知\n一、2021年5月1日至5日放假调休，共5天。", YearFromNotice(2020));

        Assert.False(amendment.Succeeded);
        Assert.All(amendment.Findings, f => Assert.Equal(NoticeReadCodes.AmendedYearNotLoaded, f.Code));
        Assert.Equal(5, amendment.Findings.Count);
    }

    [Property(MaxTest = 60)]
    public void An_extension_makes_exactly_the_days_after_the_block_up_to_the_new_end_rest_days(byte yearPick, byte extraPick)
    {
        // Reference: the Spring Festival block of the official year ends on its last 春节 rest day E; "延长…假期至E+n" makes
        // every day of (E, E+n] a rest day of 春节 and changes nothing else.
        var year = 2008 + (yearPick % 19);
        var extra = 1 + (extraPick % 10);
        var loaded = ChinaCalendars.Official.Slice(new DateInterval(D(year - 1, 12, 1), D(year, 12, 31)));
        var end = loaded.Coverage.Where(d => d.Year == year && loaded.GetHolidayName(d)?.Chinese == "春节" && !loaded.IsWorkingDay(d)).Max();
        var target = end.PlusDays(extra);

        var amendment = NoticeAmendmentReader.Read($"国务院办公厅关于延长{year}年春节假期的通知\n一、延长{year}年春节假期至{target.Month}月{target.Day}日。", loaded);

        Assert.True(amendment.Succeeded, string.Join(Environment.NewLine, amendment.Findings));
        var expected = Enumerable.Range(1, extra).Select(i => end.PlusDays(i)).ToList();
        Assert.Equal(expected, amendment.Changes.Select(c => c.Change.Date));
        Assert.All(amendment.Changes, c => Assert.Equal(DayType.Holiday, c.Change.NewType));
        Assert.All(amendment.Changes, c => Assert.Equal("春节", c.Change.NewHoliday!.Chinese));
    }
}
