using System;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using NodaTime;
using PowerGovernance.Appeals;
using PowerGovernance.Calendars;
using PowerGovernance.Calendars.China;

namespace PowerGovernance.Tests.Appeals;

/// <summary>Appeal windows on the official China calendar, with a property against a day-by-day reference.</summary>
public class AppealWindowTests
{
    private static readonly WorkingCalendar Calendar = ChinaCalendars.Official;

    [Fact]
    public void An_accountability_decision_received_2024_09_27_may_be_appealed_through_10_23()
    {
        // 09-29 (Sun, worked) 1, 09-30 2, [10-01..07 National Day], 10-08..11 3–6, 10-12 (Sat, worked) 7, 10-14..18 8–12, 10-21..23 13–15.
        var window = AppealPolicy.Default.Window(AppealKind.Accountability, Calendar, new LocalDate(2024, 9, 27));
        Assert.Equal(new LocalDate(2024, 10, 23), window.LastDay);
        Assert.Equal(TimeLimit.WorkingDays(15), window.Limit);
        Assert.False(window.SuspendsDecision);
        Assert.True(window.DecisionInForce(appealPending: true));

        Assert.Equal(new AppealFiling(new LocalDate(2024, 10, 23), new LocalDate(2024, 10, 23), true, 0, 0), window.File(new LocalDate(2024, 10, 23)));
        Assert.Equal(new AppealFiling(new LocalDate(2024, 10, 24), new LocalDate(2024, 10, 23), false, 1, 1), window.File(new LocalDate(2024, 10, 24)));
        Assert.True(window.File(new LocalDate(2024, 9, 27)).InTime);
        Assert.True(window.File(new LocalDate(2024, 10, 3)).InTime);

        // A filing on Sat 10-26 is late by 3 days but only 2 working days (10-24, 10-25).
        var weekend = window.File(new LocalDate(2024, 10, 26));
        Assert.False(weekend.InTime);
        Assert.Equal(3, weekend.DaysLate);
        Assert.Equal(2, weekend.WorkingDaysLate);

        // Review within 30 working days of the appeal filed 10-23: 12-04.
        Assert.Equal(new LocalDate(2024, 12, 4), window.ReviewDeadline(new LocalDate(2024, 10, 23)));
    }

    [Fact]
    public void An_appeal_filed_on_the_15th_working_day_after_Spring_Festival_is_in_time()
    {
        // Received Thu 2024-02-08, the last day before the break (02-10..17 off; Sun 02-04 and Sun 02-18 worked):
        // The eve, Fri 02-09, is a working day in 2024's arrangement (offices are only encouraged to give it as leave), so
        // 02-09 1, 02-18 2, 02-19..23 3–7, 02-26..03-01 8–12, 03-04..06 13–15.
        var window = AppealPolicy.Default.Window(AppealKind.Accountability, Calendar, new LocalDate(2024, 2, 8));
        Assert.Equal(new LocalDate(2024, 3, 6), window.LastDay);
        Assert.True(window.File(new LocalDate(2024, 3, 6)).InTime);
        var late = window.File(new LocalDate(2024, 3, 7));
        Assert.False(late.InTime);
        Assert.Equal(1, late.WorkingDaysLate);
    }

    [Fact]
    public void Natural_day_windows_roll_forward_off_holidays()
    {
        // Reconsideration: 60 days from 2024-08-02 is 10-01, National Day: the window ends on the next working day, 10-08.
        var reconsideration = AppealPolicy.Default.Window(AppealKind.AdministrativeReconsideration, Calendar, new LocalDate(2024, 8, 2));
        Assert.Equal(new LocalDate(2024, 10, 8), reconsideration.LastDay);
        Assert.Equal(TimeLimit.NaturalDays(60), reconsideration.Limit);

        // Petition review: 30 days from 2024-09-07 is 10-07, still National Day: 10-08. The review is due 30 days later, 11-07.
        var petition = AppealPolicy.Default.Window(AppealKind.PetitionReview, Calendar, new LocalDate(2024, 9, 7));
        Assert.Equal(new LocalDate(2024, 10, 8), petition.LastDay);
        Assert.Equal(new LocalDate(2024, 11, 7), petition.ReviewDeadline(new LocalDate(2024, 10, 8)));
    }

    [Fact]
    public void An_office_rule_may_suspend_the_decision_and_change_the_period()
    {
        var rules = AppealPolicy.Default with { AccountabilityAppeal = TimeLimit.WorkingDays(10), AppealSuspendsDecision = true };
        var window = rules.Window(AppealKind.Accountability, Calendar, new LocalDate(2024, 9, 27));
        Assert.Equal(new LocalDate(2024, 10, 16), window.LastDay); // 09-29, 09-30, 10-08..11, Sat 10-12, 10-14..16
        Assert.True(window.SuspendsDecision);
        Assert.False(window.DecisionInForce(appealPending: true));
        Assert.True(window.DecisionInForce(appealPending: false));
    }

    [Fact]
    public void Bad_input_is_a_clear_error()
    {
        var window = AppealPolicy.Default.Window(AppealKind.Accountability, Calendar, new LocalDate(2024, 9, 27));
        var early = Assert.Throws<ArgumentOutOfRangeException>(() => window.File(new LocalDate(2024, 9, 26)));
        Assert.Contains("2024-09-27", early.Message, StringComparison.Ordinal);
        Assert.Throws<CalendarCoverageException>(() => AppealPolicy.Default.Window(AppealKind.Accountability, Calendar, new LocalDate(2026, 12, 20)));
        Assert.Throws<CalendarCoverageException>(() => window.File(new LocalDate(2030, 1, 2)));
        Assert.Throws<ArgumentOutOfRangeException>(() => AppealPolicy.Default.Window((AppealKind)9, Calendar, new LocalDate(2024, 9, 27)));
        Assert.Throws<InvalidOperationException>(() => new AppealWindow(Calendar, new LocalDate(2024, 9, 27), TimeLimit.WorkingDays(15)).ReviewDeadline(new LocalDate(2024, 10, 1)));
        Assert.Throws<ArgumentNullException>(() => AppealPolicy.Default.Window(AppealKind.Accountability, null!, new LocalDate(2024, 9, 27)));
    }

    [Property(MaxTest = 300)]
    public Property Windows_agree_with_a_day_by_day_reference()
    {
        var gen =
            from offset in Gen.Choose(0, (365 * 3) - 1)
            from days in Gen.Choose(1, 60)
            from working in Gen.Elements(true, false)
            from filedAfter in Gen.Choose(0, 120)
            select (Received: new LocalDate(2022, 1, 1).PlusDays(offset), Limit: working ? TimeLimit.WorkingDays(days) : TimeLimit.NaturalDays(days), FiledAfter: filedAfter);
        return Prop.ForAll(Arb.From(gen), c =>
        {
            var window = new AppealWindow(Calendar, c.Received, c.Limit);
            var last = ReferenceLastDay(c.Received, c.Limit);
            var filed = c.Received.PlusDays(c.FiledAfter);
            var filing = window.File(filed);
            return window.LastDay == last
                && filing.InTime == (filed <= last)
                && filing.DaysLate == Math.Max(0, Period.DaysBetween(last, filed))
                && filing.WorkingDaysLate == ReferenceWorkingDaysLate(last, filed);
        });
    }

    private static LocalDate ReferenceLastDay(LocalDate received, TimeLimit limit)
    {
        var day = received;
        if (limit.Kind == TimeLimitKind.NaturalDays)
        {
            day = received.PlusDays(limit.Days);
            while (!Calendar.IsWorkingDay(day))
            {
                day = day.PlusDays(1);
            }

            return day;
        }

        for (var counted = 0; counted < limit.Days;)
        {
            day = day.PlusDays(1);
            if (Calendar.IsWorkingDay(day))
            {
                counted++;
            }
        }

        return day;
    }

    private static int ReferenceWorkingDaysLate(LocalDate last, LocalDate filed)
    {
        var late = 0;
        for (var day = last.PlusDays(1); day <= filed; day = day.PlusDays(1))
        {
            if (Calendar.IsWorkingDay(day))
            {
                late++;
            }
        }

        return late;
    }
}
