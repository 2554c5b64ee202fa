using System;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using NodaTime;
using PowerGovernance.Calendars;
using PowerGovernance.Calendars.China;
using PowerGovernance.Testing;

namespace PowerGovernance.Tests.Calendars;

/// <summary>The limit "by the end of the quarter" (按季度, <see cref="TimeLimitKind.EndOfQuarter"/>) on the official calendar.</summary>
public class QuarterLimitTests
{
    private static readonly WorkingCalendar Official = ChinaCalendars.Official;
    private static readonly ReferenceWorkingCalendar Reference = ReferenceWorkingCalendar.Of(Official);

    // Each expected date is worked out by hand from the rule (the last day of the quarter of the start, or of the N-th
    // following quarter; a rest day rolls to the next working day) and the official arrangement in cn-official.txt.
    [Theory]
    // Q3 2025 ends Tuesday 2025-09-30, an ordinary working day (the National Day holiday only starts 10-01).
    [InlineData("2025-09-25", 0, "2025-09-30")]
    // Received on the quarter's last day itself: that day (the day of receipt is the period's start, and it ends the quarter).
    [InlineData("2025-09-30", 0, "2025-09-30")]
    // N = 1 from 2025-09-25, across National Day 2025 (10-01..10-08 off, 09-28 and 10-11 worked): Q4 ends Wednesday 2025-12-31, a working day.
    [InlineData("2025-09-25", 1, "2025-12-31")]
    // Q4 2025 ends Wednesday 2025-12-31; New Year 2026 (01-01..01-03) starts the day after.
    [InlineData("2025-12-20", 0, "2025-12-31")]
    // Across Spring Festival 2026 (02-15..02-23 off, 02-14 and 02-28 worked): Q1 2026 ends Tuesday 2026-03-31, a working day.
    [InlineData("2026-02-13", 0, "2026-03-31")]
    // Received on the make-up Saturday 2026-02-14: still Q1, due 2026-03-31.
    [InlineData("2026-02-14", 0, "2026-03-31")]
    // Q1 2024 ends Sunday 2024-03-31: rolls to Monday 2024-04-01 (Qingming is 04-04..04-06).
    [InlineData("2024-01-15", 0, "2024-04-01")]
    // Q2 2025 ends Monday 2025-06-30, a working day (Dragon Boat was 05-31..06-02).
    [InlineData("2025-04-01", 0, "2025-06-30")]
    // Q3 2023 ends Saturday 2023-09-30, inside the Mid-Autumn/National Day holiday 09-29..10-06; the next working day is the
    // make-up Saturday 2023-10-07.
    [InlineData("2023-07-01", 0, "2023-10-07")]
    // Q4 2023 ends Sunday 2023-12-31; Monday 2024-01-01 is New Year's Day; the next working day is Tuesday 2024-01-02.
    [InlineData("2023-11-30", 0, "2024-01-02")]
    // Two quarters after Q1 2024: Q3 2024 ends Monday 2024-09-30, a working day (National Day is 10-01..10-07).
    [InlineData("2024-02-29", 2, "2024-09-30")]
    public void A_quarter_limit_is_due_at_the_quarter_end_rolled_to_a_working_day(string received, int following, string expected)
    {
        var due = Official.DueDate(Date(received), TimeLimit.EndOfQuarter(following));

        Assert.Equal(Date(expected), due);
    }

    [Fact]
    public void The_explanation_counts_natural_days_to_the_quarter_end_and_shows_the_roll()
    {
        // 2024-03-29 (Friday) to the end of Q1: 03-30 and 03-31 are counted as days 1 and 2; 03-31 is a Sunday, so the
        // period ends on Monday 04-01.
        var explanation = Official.ExplainDueDate(new LocalDate(2024, 3, 29), TimeLimit.EndOfQuarter());

        Assert.Equal(new LocalDate(2024, 4, 1), explanation.DueDate);
        Assert.Equal(new LocalDate(2024, 3, 31), explanation.LastCountedDay);
        Assert.Contains("本季度末", explanation.ToString(ExplanationLanguage.SimplifiedChinese), StringComparison.Ordinal);
        Assert.Contains("end of quarter", explanation.ToString(ExplanationLanguage.English), StringComparison.Ordinal);
    }

    [Fact]
    public void A_quarter_limit_past_the_calendar_is_reported_not_guessed()
    {
        // The official calendar ends 2026-12-31; the end of the quarter after Q4 2026 is 2027-03-31.
        var error = Assert.Throws<CalendarCoverageException>(() => Official.DueDate(new LocalDate(2026, 11, 2), TimeLimit.EndOfQuarter(1)));

        Assert.Contains("2026-12-31", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_quarter_limit_has_its_text_in_English_and_Chinese_and_parses_back()
    {
        Assert.Equal("end of quarter", TimeLimit.EndOfQuarter().ToString());
        Assert.Equal("end of quarter 1 later", TimeLimit.EndOfQuarter(1).ToString());
        Assert.Equal(TimeLimit.EndOfQuarter(3), TimeLimit.Parse("End of the quarter 3 later"));
        Assert.Equal("本季度末", TimeLimit.EndOfQuarter().ToChineseString());
        Assert.Equal("下1个季度末", TimeLimit.EndOfQuarter(1).ToChineseString());
        Assert.Equal(TimeLimit.EndOfQuarter(1), TimeLimit.Parse("下季度末"));
        Assert.Equal(TimeLimit.EndOfQuarter(1), TimeLimit.Parse("End of the next quarter"));
        Assert.Equal(TimeLimit.EndOfQuarter(2), TimeLimit.Parse(" end of quarter + ２ "));
        Assert.Equal(TimeLimit.EndOfQuarter(), TimeLimit.Parse("季度末"));
        Assert.NotEqual(TimeLimit.EndOfQuarter(), TimeLimit.NaturalDays(0));
        Assert.Equal("季度末", Terms.ChineseName(TimeLimitKind.EndOfQuarter));
        Assert.Equal("end of quarter", Terms.EnglishName(TimeLimitKind.EndOfQuarter));
    }

    [Theory]
    [InlineData("end of quarter + 401")]
    [InlineData("end of quarter 401 later")]
    [InlineData("end of quarter later")]
    [InlineData("end of quarter +")]
    [InlineData("下个季度末")]
    [InlineData("上季度末")]
    [InlineData("end of quarters")]
    public void Malformed_quarter_texts_are_refused(string text)
    {
        Assert.False(TimeLimit.TryParse(text, out _));
        var error = Assert.Throws<FormatException>(() => TimeLimit.Parse(text));
        Assert.Contains("end of quarter", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(-1)]
    [InlineData(TimeLimit.MaxFollowingQuarters + 1)]
    public void Out_of_range_following_quarters_are_refused(int quarters)
    {
        var error = Assert.Throws<ArgumentOutOfRangeException>(() => TimeLimit.EndOfQuarter(quarters));

        Assert.Equal("followingQuarters", error.ParamName);
    }

    [Property]
    public Property Parse_reads_back_both_texts_of_a_quarter_limit() =>
        Prop.ForAll(
            Gen.Choose(0, TimeLimit.MaxFollowingQuarters).Select(TimeLimit.EndOfQuarter).ToArbitrary(),
            limit => TimeLimit.Parse(limit.ToString()) == limit && TimeLimit.Parse(limit.ToChineseString()) == limit);

    /// <summary>
    /// Against a simple reference: the due date is never before the end of the start's quarter (or of the N-th following
    /// quarter), is a working day, has no working day between that quarter end and itself, and agrees with the naive
    /// day-by-day walk of <see cref="ReferenceWorkingCalendar"/>.
    /// </summary>
    [Property(MaxTest = 300)]
    public Property The_due_date_is_the_first_working_day_on_or_after_the_quarter_end() =>
        Prop.ForAll(
            Gen.Choose(0, Period.DaysBetween(new LocalDate(2004, 1, 1), new LocalDate(2026, 6, 30))).ToArbitrary(),
            Gen.Choose(0, 1).ToArbitrary(),
            (offset, following) =>
            {
                var received = new LocalDate(2004, 1, 1).PlusDays(offset);
                var due = Official.DueDate(received, TimeLimit.EndOfQuarter(following));
                var quarterEnd = NaiveQuarterEnd(received, following);
                var noWorkingDayBetween = true;
                for (var day = quarterEnd; day < due; day = day.PlusDays(1))
                {
                    noWorkingDayBetween &= !Official.IsWorkingDay(day);
                }

                return due >= quarterEnd
                    && Official.IsWorkingDay(due)
                    && noWorkingDayBetween
                    && due == Reference.DueDate(received, TimeLimit.EndOfQuarter(following));
            });

    /// <summary>The quarter's last day by month arithmetic: the first day of the quarter's month, plus 3 × (N + 1) months, less one day.</summary>
    private static LocalDate NaiveQuarterEnd(LocalDate date, int following)
    {
        var firstMonth = (((date.Month - 1) / 3) * 3) + 1;
        return new LocalDate(date.Year, firstMonth, 1).PlusMonths(3 * (following + 1)).PlusDays(-1);
    }

    private static LocalDate Date(string iso) => NodaTime.Text.LocalDatePattern.Iso.Parse(iso).Value;
}
