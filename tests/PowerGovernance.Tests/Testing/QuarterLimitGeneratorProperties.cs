using System;
using System.Linq;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using NodaTime;
using PowerGovernance.Calendars;
using PowerGovernance.Calendars.China;
using PowerGovernance.Powers;
using PowerGovernance.Procedures;
using PowerGovernance.Testing;
using Xunit;

namespace PowerGovernance.Tests.Testing;

/// <summary>
/// The package's generators produce limits "by the end of the quarter" (按季度) where the kernel accepts them, and the
/// kernel's quarter due date agrees with the naive day-by-day <see cref="ReferenceWorkingCalendar"/>.
/// </summary>
public class QuarterLimitGeneratorProperties
{
    private static readonly WorkingCalendar Official = ChinaCalendars.Official;
    private static readonly ReferenceWorkingCalendar Reference = ReferenceWorkingCalendar.Of(Official);

    /// <summary>
    /// For random days of receipt and 0..8 following quarters: the kernel's due date equals the reference's, is a working day,
    /// and is never before the last day of the quarter (the start's, or the N-th following one), computed here by month
    /// arithmetic independently of both.
    /// </summary>
    [Property(MaxTest = 400)]
    public Property The_kernels_quarter_due_date_equals_the_reference_and_is_never_before_the_quarter_end() =>
        Prop.ForAll(CalendarArbitraries.QuarterLimits(8), limit =>
            Prop.ForAll(CalendarArbitraries.DatesIn(Official, limit), received =>
            {
                var due = Official.DueDate(received, limit);
                var quarterEnd = NaiveQuarterEnd(received, limit.Days);
                return (due == Reference.DueDate(received, limit)).Label($"reference {Reference.DueDate(received, limit)}, kernel {due}")
                    .And(due >= quarterEnd).Label($"quarter end {quarterEnd}")
                    .And(Official.IsWorkingDay(due)).Label("a working day");
            }));

    [Property(MaxTest = 200)]
    public Property Quarter_limits_are_of_the_quarter_kind_within_the_bound() =>
        Prop.ForAll(CalendarArbitraries.QuarterLimits(8), limit => limit.Kind == TimeLimitKind.EndOfQuarter && limit.Days is >= 0 and <= 8);

    [Property(MaxTest = 300)]
    public Property Receipts_with_limits_of_every_kind_have_their_due_date_inside_the_coverage() =>
        Prop.ForAll(CalendarArbitraries.ReceiptsWithLimits(Official, 120, 8), pair =>
            Official.Coverage.Contains(Official.DueDate(pair.Received, pair.Limit))
            && Official.DueDate(pair.Received, pair.Limit) == Reference.DueDate(pair.Received, pair.Limit));

    [Fact]
    public void Every_kind_is_generated()
    {
        var kinds = CalendarGenerators.TimeLimits(30, 4).Sample(300).Select(l => l.Kind).Distinct().ToHashSet();

        Assert.Equal([TimeLimitKind.WorkingDays, TimeLimitKind.NaturalDays, TimeLimitKind.EndOfQuarter], kinds.Order());
    }

    [Fact]
    public void The_latest_day_leaving_room_for_a_quarter_limit_is_tight()
    {
        // The official calendar ends Thursday 2026-12-31 (a working day). With the end of this quarter, a day received on
        // 2026-12-31 is due that day: the whole coverage is open. With the end of the next quarter, anything received in Q4
        // 2026 is due 2027-03-31, outside; the latest start is then the last day of Q3 2026, Wednesday 2026-09-30, due at
        // the end of Q4, 2026-12-31, a working day.
        var thisQuarter = CalendarGenerators.DatesIn(Official, TimeLimit.EndOfQuarter()).Sample(2000);
        Assert.Contains(thisQuarter, d => d.Year == 2026 && d.Month >= 10);
        var nextQuarter = CalendarGenerators.DatesIn(Official, TimeLimit.EndOfQuarter(1)).Sample(2000);
        Assert.All(nextQuarter, d => Assert.True(d <= new LocalDate(2026, 9, 30), d.ToString()));
        Assert.Contains(nextQuarter, d => d.Year == 2026 && d.Month is >= 7 and <= 9);
        Assert.Equal(new LocalDate(2026, 12, 31), Official.DueDate(new LocalDate(2026, 9, 30), TimeLimit.EndOfQuarter(1)));
        Assert.Throws<CalendarCoverageException>(() => Official.DueDate(new LocalDate(2026, 10, 1), TimeLimit.EndOfQuarter(1)));
    }

    [Fact]
    public void A_calendar_too_short_for_a_quarter_limit_is_refused()
    {
        // A calendar covering only 2024-01-01..2024-03-30 cannot hold the end of Q1 (03-31) nor roll past it.
        var shortCalendar = WorkingCalendar.Parse("calendar short\nweekend Saturday Sunday\ncoverage 2024-01-01 2024-03-30\n");

        var error = Assert.Throws<ArgumentException>(() => CalendarGenerators.DatesIn(shortCalendar, TimeLimit.EndOfQuarter()));

        Assert.Contains("end of quarter", error.Message, StringComparison.Ordinal);
        Assert.Throws<ArgumentOutOfRangeException>(() => CalendarGenerators.QuarterLimits(TimeLimit.MaxFollowingQuarters + 1));
        Assert.Throws<ArgumentOutOfRangeException>(() => CalendarGenerators.QuarterLimits(-1));
    }

    [Fact]
    public void A_quarter_limit_shrinks_to_fewer_quarters_and_keeps_its_kind()
    {
        var shrunk = CalendarArbitraries.QuarterLimits(8).Shrinker(TimeLimit.EndOfQuarter(6)).ToArray();

        Assert.Equal([TimeLimit.EndOfQuarter(3), TimeLimit.EndOfQuarter(1), TimeLimit.EndOfQuarter(0)], shrunk);
    }

    [Property(MaxTest = 200)]
    public Property Well_formed_powers_with_a_quarter_limit_pass_the_catalog_rules() =>
        Prop.ForAll(PowerGenerators.WellFormed.Where(p => p.CommittedTimeLimit is { Kind: TimeLimitKind.EndOfQuarter }).ToArbitrary(), power =>
        {
            var report = new CatalogValidator().Validate(new PowerCatalog([power]));
            return (report.ErrorCount == 0).Label(string.Concat(report.Powers.SelectMany(p => p.Findings).Select(f => "\n" + f)));
        });

    [Fact]
    public void Well_formed_powers_sometimes_have_quarter_limits()
    {
        Assert.Contains(PowerGenerators.WellFormed.Sample(400), p => p.CommittedTimeLimit is { Kind: TimeLimitKind.EndOfQuarter });
    }

    [Fact]
    public void Generated_procedures_with_a_quarter_case_limit_have_no_clock_triggers()
    {
        var quarterly = ProcedureGenerators.Definitions().Sample(400).Where(d => d.CommittedLimit.Kind == TimeLimitKind.EndOfQuarter).ToArray();

        Assert.NotEmpty(quarterly);
        Assert.All(quarterly, d => Assert.DoesNotContain(d.Triggers, t => t.Clock is ClockEffect.Suspend or ClockEffect.Resume or ClockEffect.Extend));
    }

    /// <summary>The quarter's last day by month arithmetic: the first day of the quarter's month, plus 3 × (N + 1) months, less one day.</summary>
    private static LocalDate NaiveQuarterEnd(LocalDate date, int following)
    {
        var firstMonth = (((date.Month - 1) / 3) * 3) + 1;
        return new LocalDate(date.Year, firstMonth, 1).PlusMonths(3 * (following + 1)).PlusDays(-1);
    }
}
