using System;
using NodaTime;
using PowerGovernance.Calendars;
using PowerGovernance.Calendars.China;

namespace PowerGovernance.Tests.Calendars;

public class CalendarCoverageExceptionTests
{
    [Fact]
    public void A_date_outside_the_calendar_is_told_in_both_languages_without_parameter_noise()
    {
        var error = Assert.Throws<CalendarCoverageException>(() => ChinaCalendars.Official.IsWorkingDay(new LocalDate(2027, 1, 4)));

        Assert.Equal(
            "The date 2027-01-04 is outside working calendar 'cn-official', which covers 2004-01-01 to 2026-12-31 (known years 2004–2026). "
            + "Add the arrangement for year 2027 to the calendar; dates outside the known years are never guessed. / "
            + "日期2027-01-04不在工作日历“cn-official”的范围内（覆盖2004-01-01至2026-12-31）。请在日历中补充2027年的放假安排；日历不推测未知年份的日期。",
            error.Message);
        Assert.DoesNotContain("(Parameter", error.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("Actual value", error.Message, StringComparison.Ordinal);
        Assert.Equal("date", error.ParamName);
        Assert.Equal(new LocalDate(2027, 1, 4), error.ActualValue);
    }

    [Fact]
    public void A_count_that_leaves_the_calendar_is_told_in_both_languages_without_parameter_noise()
    {
        var error = Assert.Throws<CalendarCoverageException>(() => ChinaCalendars.Official.AddWorkingDays(new LocalDate(2026, 12, 20), 20));

        Assert.Equal(
            "Counting 20 working day(s) after 2026-12-20 leads outside working calendar 'cn-official', which covers 2004-01-01 to 2026-12-31 (known years 2004–2026). "
            + "Add the arrangement for the missing year to the calendar; dates outside the known years are never guessed. / "
            + "从2026-12-20往后计算20个工作日超出了工作日历“cn-official”的范围（覆盖2004-01-01至2026-12-31）。请在日历中补充所缺年份的放假安排；日历不推测未知年份的日期。",
            error.Message);
        Assert.DoesNotContain("(Parameter", error.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("Actual value", error.Message, StringComparison.Ordinal);
        Assert.Equal("count", error.ParamName);
        Assert.Equal(new LocalDate(2026, 12, 20), error.ActualValue);
    }

    [Fact]
    public void ToString_starts_with_the_type_and_the_same_message()
    {
        var error = Assert.Throws<CalendarCoverageException>(() => ChinaCalendars.Official.IsWorkingDay(new LocalDate(2003, 12, 31)));

        Assert.StartsWith(typeof(CalendarCoverageException).FullName + ": " + error.Message, error.ToString(), StringComparison.Ordinal);
        Assert.DoesNotContain("(Parameter", error.ToString(), StringComparison.Ordinal);
    }
}
