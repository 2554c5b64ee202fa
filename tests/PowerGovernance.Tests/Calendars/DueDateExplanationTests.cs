using System;
using System.Linq;
using NodaTime;
using PowerGovernance.Calendars;

namespace PowerGovernance.Tests.Calendars;

public class DueDateExplanationTests
{
    private static readonly WorkingCalendar Autumn = SampleCalendars.Autumn2024();

    [Fact]
    public void A_natural_day_period_explains_why_its_last_day_moved_forward()
    {
        var explanation = Autumn.ExplainDueDate(new LocalDate(2024, 9, 20), TimeLimit.NaturalDays(15));

        Assert.Equal(new LocalDate(2024, 10, 8), explanation.DueDate);
        Assert.Equal(new LocalDate(2024, 10, 5), explanation.LastCountedDay);
        Assert.True(explanation.MovedToNextWorkingDay);
        Assert.Equal(Enumerable.Range(1, 15).Cast<int?>(), explanation.Days.Take(15).Select(d => d.CountedAs));
        Assert.All(explanation.Days.Skip(15), d => Assert.Null(d.CountedAs));

        var english = explanation.ToString();
        Assert.Contains("Monday 2024-09-23 to Friday 2024-09-27: working days, counted as days 3–7.", english, StringComparison.Ordinal);
        Assert.Contains(
            "The last day of the period, Saturday 2024-10-05, is not a working day, so the period ends on the next working day, Tuesday 2024-10-08.",
            english,
            StringComparison.Ordinal);

        var chinese = explanation.ToString(ExplanationLanguage.SimplifiedChinese);
        Assert.Contains("期限：15日", chinese, StringComparison.Ordinal);
        Assert.Contains("期限最后一日2024年10月5日（星期六）不是工作日，顺延至其后第一个工作日2024年10月8日（星期二）。", chinese, StringComparison.Ordinal);
    }

    [Fact]
    public void The_explanation_agrees_with_DueDate_and_lists_every_day_once()
    {
        var received = new LocalDate(2024, 9, 26);
        var limit = TimeLimit.WorkingDays(10);

        var explanation = Autumn.ExplainDueDate(received, limit);

        Assert.Equal(Autumn.DueDate(received, limit), explanation.DueDate);
        Assert.Equal(received.PlusDays(1), explanation.Days[0].Date);
        Assert.Equal(explanation.DueDate, explanation.Days[^1].Date);
        Assert.Equal(Period.DaysBetween(received, explanation.DueDate), explanation.Days.Count);
        Assert.Equal(10, explanation.Days.Count(d => d.CountedAs is not null));
        Assert.All(explanation.Days.Where(d => d.CountedAs is not null), d => Assert.True(Autumn.IsWorkingDay(d.Date)));
        Assert.False(explanation.MovedToNextWorkingDay);
    }
}
