using System.Linq;
using NodaTime;
using PowerGovernance.Procedures;
using PowerGovernance.Calendars;
using PowerGovernance.Calendars.China;
using PowerGovernance.Procedures.BuiltIn;
using PowerGovernance.Tests.Procedures.BuiltIn;
using PowerGovernance.Supervision;

namespace PowerGovernance.Tests.Calendars;

/// <summary>The year rollover of 2026-11-30 as a host meets it: next year is not published yet.</summary>
public class CalendarRolloverAcceptanceTests
{
    // A HYPOTHETICAL arrangement for 2027, written for this test; it is NOT the State Council's notice. It keeps every
    // 2027 statutory day of 国务院令第795号 off and differs from the provisional year's most likely arrangement
    // around the Spring Festival (a block from Thursday 4 February, Saturday 20 February worked).
    private const string Hypothetical2027 = """
        calendar cn-2027-hypothetical
        coverage 2027-01-01 2027-12-31
        source 2027 2026-11-30 HYPOTHETICAL 2027 arrangement written for a test, not an official notice
        holiday 2027-01-01..2027-01-03 元旦 | New Year's Day
        holiday 2027-02-04..2027-02-11 春节 | Spring Festival
        workday 2027-02-20 春节 | Spring Festival
        holiday 2027-04-03..2027-04-05 清明节 | Qingming Festival
        holiday 2027-05-01..2027-05-05 劳动节 | Labour Day
        workday 2027-05-08 劳动节 | Labour Day
        holiday 2027-06-09 端午节 | Dragon Boat Festival
        holiday 2027-09-15 中秋节 | Mid-Autumn Festival
        holiday 2027-10-01..2027-10-07 国庆节 | National Day
        workday 2027-09-26 国庆节 | National Day
        workday 2027-10-09 国庆节 | National Day
        """;

    private static readonly ProvisionalWorkingCalendar Calendar = ChinaCalendars.Provisional;

    private static LocalDate D(int y, int m, int d) => new(y, m, d);

    [Fact]
    public void A_case_received_2026_12_20_with_20_working_days_has_a_range_and_an_explanation()
    {
        var range = Calendar.DueDateRange(D(2026, 12, 20), TimeLimit.WorkingDays(20));

        // Most likely: Dec 21–25 and 28–31 (9), 1 January 2027 (a Friday) joined with the weekend, then
        // Jan 4–8 (14), Jan 11–15 (19), Jan 18 (20).
        Assert.Equal(D(2027, 1, 18), range.MostLikely);

        // Earliest: the weekends within 12 days of 1 January (Dec 26–27, Jan 2–3, Jan 9–10) worked:
        // Dec 21–25 (5), 26–27 (7), 28–31 (11), Jan 2–3 (13), 4–8 (18), 9–10 (20).
        Assert.Equal(D(2027, 1, 10), range.Earliest);

        // Latest: the weekdays within 6 days of 1 January (Dec 28–31, Jan 4–7) off:
        // Dec 21–25 (5), Jan 8 (6), 11–15 (11), 18–22 (16), 25–28 (20).
        Assert.Equal(D(2027, 1, 28), range.Latest);
        Assert.True(range.IsProvisional);

        var explanation = Calendar.ExplainDueDateRange(D(2026, 12, 20), TimeLimit.WorkingDays(20));
        var english = explanation.ToString(ExplanationLanguage.English);
        var chinese = explanation.ToString(ExplanationLanguage.SimplifiedChinese);
        Assert.Contains("the most likely due date is 2027-01-18, the earliest 2027-01-10, the latest 2027-01-28", english, System.StringComparison.Ordinal);
        Assert.Contains("2027: built from the holiday law, not yet published: 国务院令第795号", english, System.StringComparison.Ordinal);
        Assert.Contains("2026-12-31: Thursday 2026-12-31 is 1 day(s) from New Year's Day (2027-01-01)", english, System.StringComparison.Ordinal);
        Assert.Contains("最可能的届满日为2027-01-18，最早2027-01-10，最晚2027-01-28", chinese, System.StringComparison.Ordinal);
        Assert.Contains(explanation.UncertainDays, d => d.Date == D(2026, 12, 26));
        Assert.DoesNotContain(explanation.UncertainDays, d => d.Date == D(2026, 12, 25));
    }

    [Fact]
    public void Published_days_are_published_and_2027_days_say_how_certain_they_are()
    {
        Assert.Equal(D(2026, 12, 31), Calendar.PublishedCoverage.End);
        Assert.Equal(DayCertainty.Published, Calendar.GetCertainty(D(2026, 12, 24)));
        Assert.Equal(DayCertainty.Uncertain, Calendar.GetCertainty(D(2026, 12, 31)));
        Assert.Equal(DayCertainty.Certain, Calendar.GetCertainty(D(2027, 1, 1)));
        Assert.Equal(DayType.StatutoryHoliday, Calendar.GetDayType(D(2027, 1, 1)));
        Assert.Equal(DayCertainty.Certain, Calendar.GetCertainty(D(2027, 3, 10)));
        Assert.Equal(DayCertainty.Uncertain, Calendar.GetCertainty(D(2027, 2, 9)));
        Assert.Equal(CalendarProvenanceKind.Embedded, Calendar.Provenance.Single(p => p.Year == 2026).Kind);
        Assert.Equal(CalendarProvenanceKind.Provisional, Calendar.Provenance.Single(p => p.Year == 2027).Kind);
    }

    [Fact]
    public void A_board_sweep_on_2027_01_15_works_and_calls_nothing_red_on_a_guess()
    {
        var engine = new ProcedureEngine(Calendar, BuiltInPowers.Catalog, [BuiltInProcedures.AdministrativeLicensing]);
        var clerk = new Actor("窗口", AdministrativeLicensing.Clerk);
        var received = Instant.FromUtc(2026, 12, 20, 2, 0);
        var snapshot = engine.Start("XK-2026-1220", BuiltInPowers.Licensing.Code, AdministrativeLicensing.Id, clerk, received).Snapshot!;
        var board = new SupervisionBoard(engine);

        var report = board.Sweep([snapshot], Instant.FromUtc(2027, 1, 15, 2, 0));

        Assert.Equal(1, report.Swept);
        Assert.Empty(report.Red);
        var status = board.Supervisor.CaseStatus(snapshot, BuiltInProcedures.AdministrativeLicensing, Instant.FromUtc(2027, 1, 15, 2, 0));
        Assert.True(status.IsProvisional);
        Assert.True(status.DueDateRange.Earliest <= status.DueDate && status.DueDate <= status.DueDateRange.Latest);
    }

    [Fact]
    public void Loading_a_2027_file_reports_the_changed_days_and_the_due_dates_that_move()
    {
        var host = HostCalendar.FromText(Hypothetical2027, "cn-2027-hypothetical.txt");
        var withNotice = ChinaCalendars.Create([host]);
        Assert.Equal(CalendarProvenanceKind.LoadedByHost, withNotice.Provenance.Single(p => p.Year == 2027).Kind);
        Assert.Equal(host.Sha256, withNotice.Provenance.Single(p => p.Year == 2027).Sha256);
        Assert.Equal(D(2027, 12, 31), withNotice.PublishedCoverage.End);
        Assert.False(withNotice.DueDateRange(D(2027, 1, 25), TimeLimit.WorkingDays(13)).IsProvisional);

        var engine = new ProcedureEngine(Calendar, BuiltInPowers.Catalog, [BuiltInProcedures.AdministrativeLicensing]);
        var clerk = new Actor("窗口", AdministrativeLicensing.Clerk);
        var cases = new[] { D(2027, 1, 25), D(2027, 3, 15) }
            .Select((day, i) => engine.Start("XK-" + i, BuiltInPowers.Licensing.Code, AdministrativeLicensing.Id, clerk, day.AtMidnight().InUtc().ToInstant().Plus(Duration.FromHours(2))).Snapshot!)
            .Select(s => (s, BuiltInProcedures.AdministrativeLicensing))
            .ToList();

        var report = CalendarChangeReport.Compare(Calendar, withNotice, cases, Instant.FromUtc(2027, 2, 1, 2, 0));

        Assert.Contains(report.ChangedDays, d => d.Date == D(2027, 2, 4) && d.NewType == DayType.Holiday && d.WorkingChanged);
        var moved = Assert.Single(report.MovedDeadlines, m => m.CaseId == "XK-0" && m.Clock == SupervisedClock.Case);
        Assert.Equal(Calendar.DueDate(D(2027, 1, 25), TimeLimit.WorkingDays(13)), moved.OldDueDate);
        Assert.Equal(withNotice.DueDate(D(2027, 1, 25), TimeLimit.WorkingDays(13)), moved.NewDueDate);
        Assert.True(moved.Before.IsProvisional);
        Assert.False(moved.After.IsProvisional);
        Assert.DoesNotContain(report.MovedDeadlines, m => m.CaseId == "XK-1" && m.Clock == SupervisedClock.Case && m.OldDueDate != m.NewDueDate);
        Assert.NotEqual(report.OldCalendar.ContentHash, report.NewCalendar.ContentHash);
        Assert.Empty(report.UnreadableCases);
    }

    [Fact]
    public void The_2020_Spring_Festival_extension_moves_an_open_licensing_case_by_two_working_days()
    {
        // Before 国办发明电〔2020〕1号 (2020-01-26): 春节 24–30 January, Saturday 1 February worked.
        string text;
        using (var reader = new System.IO.StreamReader(ChinaCalendars.OpenOfficialData()))
        {
            text = reader.ReadToEnd();
        }

        var before = ChinaCalendars.MarkStatutory(WorkingCalendar.Parse(text
            .Replace("source 2020 2020-01-26 国务院办公厅关于延长2020年春节假期的通知（国办发明电〔2020〕1号）\n", string.Empty, System.StringComparison.Ordinal)
            .Replace("holiday 2020-01-24..2020-02-02 春节 | Spring Festival", "holiday 2020-01-24..2020-01-30 春节 | Spring Festival\nworkday 2020-02-01 春节 | Spring Festival", System.StringComparison.Ordinal)));
        var after = ChinaCalendars.Official;
        var engine = new ProcedureEngine(before, BuiltInPowers.Catalog, [BuiltInProcedures.AdministrativeLicensing]);
        var received = engine.Start("XK-2020", BuiltInPowers.Licensing.Code, AdministrativeLicensing.Id, new Actor("窗口", AdministrativeLicensing.Clerk), Instant.FromUtc(2020, 1, 20, 2, 0)).Snapshot!;

        var report = CalendarChangeReport.Compare(before, after, [(received, BuiltInProcedures.AdministrativeLicensing)], Instant.FromUtc(2020, 1, 27, 2, 0));

        Assert.Equal([D(2020, 1, 31), D(2020, 2, 1), D(2020, 2, 2)], report.ChangedDays.Select(d => d.Date));
        var moved = Assert.Single(report.MovedDeadlines, m => m.Clock == SupervisedClock.Case);

        // 13 working days from Monday 20 January. Before: Jan 21–23 (3), Jan 31 (4), Feb 1 (5), Feb 3–7 (10),
        // Feb 10–12 (13). After: Jan 21–23 (3), Feb 3–7 (8), Feb 10–14 (13).
        Assert.Equal(D(2020, 2, 12), moved.OldDueDate);
        Assert.Equal(D(2020, 2, 14), moved.NewDueDate);
        Assert.False(moved.After.IsProvisional);
    }
}
