using System.Linq;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using NodaTime;
using NodaTime.Testing;
using PowerGovernance.Calendars;
using PowerGovernance.Calendars.China;
using PowerGovernance.Testing;
using Xunit;

namespace PowerGovernance.Tests.Testing;

/// <summary>The calendar generators and <see cref="FakeClocks"/> keep their promises.</summary>
public class CalendarGeneratorProperties
{
    private static readonly WorkingCalendar Official = ChinaCalendars.Official;

    [Property(MaxTest = 200)]
    public Property Generated_dates_are_inside_the_coverage() =>
        Prop.ForAll(CalendarArbitraries.DatesIn(Official), Official.Coverage.Contains);

    [Property(MaxTest = 200)]
    public Property Dates_with_room_for_a_limit_have_their_due_date_inside_the_coverage() =>
        Prop.ForAll(CalendarArbitraries.TimeLimits(TimeLimit.MaxDays / 10), limit =>
            Prop.ForAll(CalendarArbitraries.DatesIn(Official, limit), date => Official.Coverage.Contains(Official.DueDate(date, limit))));

    [Fact]
    public void The_latest_day_leaving_room_is_tight()
    {
        foreach (var limit in new[] { TimeLimit.WorkingDays(20), TimeLimit.NaturalDays(60), TimeLimit.WorkingDays(0) })
        {
            var dates = CalendarGenerators.DatesIn(Official, limit).Sample(500, 1000).ToArray();
            Assert.All(dates, d => Assert.True(Official.Coverage.Contains(Official.DueDate(d, limit))));
        }

        Assert.Throws<System.ArgumentException>(() => CalendarGenerators.DatesIn(Official, TimeLimit.WorkingDays(TimeLimit.MaxDays)));
    }

    [Property(MaxTest = 200)]
    public Property Committed_limits_are_at_most_two_thirds_of_the_legal_one_and_of_the_same_kind() =>
        Prop.ForAll(CalendarGenerators.LegalAndCommittedLimits(90).ToArbitrary(), pair =>
            pair.Committed.Kind == pair.Legal.Kind && pair.Committed.Days >= 1 && pair.Committed.Days <= pair.Legal.Days * 2 / 3);

    [Property(MaxTest = 100)]
    public Property Working_days_generated_are_working_days() =>
        Prop.ForAll(CalendarGenerators.WorkingDaysIn(Official).ToArbitrary(), Official.IsWorkingDay);

    [Fact]
    public void A_fake_clock_advances_over_National_Day_by_working_days()
    {
        var clock = FakeClocks.AtChinaTime(2024, 9, 30, 10);
        Assert.Equal(new LocalDate(2024, 9, 30), clock.Today());
        Assert.Equal(new LocalDate(2024, 10, 8), clock.AdvanceWorkingDays(Official, 1));
        Assert.Equal(new LocalDateTime(2024, 10, 8, 10, 0), clock.GetCurrentInstant().InZone(Deadline.ChinaStandardZone).LocalDateTime);
        clock.AdvanceTo(new LocalDateTime(2024, 10, 8, 17, 30));
        Assert.Equal(new LocalDate(2024, 10, 8), clock.Today());
        Assert.Throws<System.ArgumentOutOfRangeException>(() => clock.AdvanceTo(new LocalDateTime(2024, 10, 1, 0, 0)));
    }

    [Fact]
    public void A_fake_clock_at_a_China_local_time_is_eight_hours_ahead_of_UTC()
    {
        FakeClock clock = FakeClocks.At(new LocalDateTime(2024, 1, 2, 8, 0));
        Assert.Equal(Instant.FromUtc(2024, 1, 2, 0, 0), clock.GetCurrentInstant());
    }
}
