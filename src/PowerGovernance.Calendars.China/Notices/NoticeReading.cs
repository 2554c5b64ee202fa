using System.Collections.Generic;
using System.Linq;
using NodaTime;
using PowerGovernance.Calendars;
using PowerGovernance.Validation;

namespace PowerGovernance.Calendars.China.Notices;

/// <summary>
/// What <see cref="NoticeReader"/> read from a holiday notice (节假日安排通知的读取结果): the year, every day the
/// notice decided with the sentence it came from, and the findings. Immutable.
/// </summary>
public sealed class NoticeReading
{
    internal NoticeReading(int? year, IReadOnlyList<NoticeDay> days, IReadOnlyList<Finding> findings, LocalDate? issued = null)
    {
        Year = year;
        Issued = issued;
        Days = days;
        Findings = findings;
    }

    /// <summary>Gets the year the notice arranges (通知所属年度), or <see langword="null"/> when it could not be read.</summary>
    public int? Year { get; }

    /// <summary>Gets the date the notice was issued (成文日期), read from a signature line such as <c>2025年11月4日</c>, or <see langword="null"/> when the text has none.</summary>
    public LocalDate? Issued { get; }

    /// <summary>Gets the days the notice decided (通知所定日期), in date order; empty when the text could not be read.</summary>
    public IReadOnlyList<NoticeDay> Days { get; }

    /// <summary>Gets the findings (问题), each with the sentence it concerns; every problem of the text is reported at once.</summary>
    public IReadOnlyList<Finding> Findings { get; }

    /// <summary>Gets a value indicating whether the text was read without errors (读取成功).</summary>
    public bool Succeeded => Year is not null && Findings.All(f => f.Severity != FindingSeverity.Error);

    /// <summary>Gets the rest days (放假日).</summary>
    public IEnumerable<LocalDate> RestDays => Days.Where(d => d.Kind == NoticeDayKind.Rest).Select(d => d.Date);

    /// <summary>Gets the make-up working days (调休上班日).</summary>
    public IEnumerable<LocalDate> MakeUpWorkingDays => Days.Where(d => d.Kind == NoticeDayKind.MakeUpWorkingDay).Select(d => d.Date);

    /// <summary>
    /// Builds the year as a working calendar (年度工作日历): Saturday and Sunday as the weekend, the notice's rest days
    /// as holidays and its make-up days as working days, covering from the earliest day read (e.g. a New Year day of
    /// the previous December) through December 31 of <see cref="Year"/>, with the statutory days of the law in force marked.
    /// </summary>
    /// <param name="id">The calendar's identifier, e.g. <c>cn-notice-2026</c>.</param>
    /// <param name="title">The notice's title, recorded as the calendar's source.</param>
    /// <param name="issued">The date the notice was issued.</param>
    /// <returns>The calendar.</returns>
    /// <exception cref="System.InvalidOperationException">The reading did not succeed (<see cref="Succeeded"/> is false); the message lists the errors.</exception>
    /// <exception cref="System.ArgumentException"><paramref name="id"/> or <paramref name="title"/> is blank.</exception>
    /// <exception cref="InvalidCalendarException">A statutory day is a working day in the year read (the notice breaks the holiday law); <see cref="Check"/> reports this as a finding instead.</exception>
    public WorkingCalendar ToCalendar(string id, string title, LocalDate issued)
    {
        if (!Succeeded || Year is not { } year)
        {
            throw new System.InvalidOperationException(
                "The notice was not read without errors, so it cannot become a calendar: " + string.Join("; ", Findings.Select(f => f.Message))
                + " 通知读取有错误，不能生成日历：" + string.Join("；", Findings.Select(f => f.ChineseMessage)));
        }

        return ChinaCalendars.MarkStatutory(Build(year, id, title, issued));
    }

    /// <summary>
    /// Checks the year read on arrival (到达即校验): the reading's own findings, then, when it succeeded, the year against the
    /// holiday law in force (<see cref="NoticeChecker.Check(IWorkingCalendar, int)"/>: statutory days rest, make-up days on
    /// weekends, blocks unbroken, Art. 6 days given back, Art. 7 working runs) and its differences from the provisional year
    /// built from the law (<see cref="NoticeChecker.CompareWithProvisional"/>), so an administrator sees at once whether the
    /// notice was read completely.
    /// </summary>
    /// <returns>The findings: the reading's, then the law's, then the differences from the provisional year.</returns>
    public IReadOnlyList<Finding> Check()
    {
        if (!Succeeded || Year is not { } year)
        {
            return Findings;
        }

        var calendar = Build(year, "cn-notice", "国务院办公厅关于" + year.ToString(System.Globalization.CultureInfo.InvariantCulture) + "年部分节假日安排的通知", new LocalDate(year, 1, 1));
        var all = new List<Finding>(Findings);
        all.AddRange(NoticeChecker.Check(calendar, year));
        if (year >= 2005)
        {
            all.AddRange(NoticeChecker.CompareWithProvisional(calendar, year));
        }

        return all.AsReadOnly();
    }

    private WorkingCalendar Build(int year, string id, string title, LocalDate issued)
    {
        var first = new LocalDate(year, 1, 1);
        foreach (var day in Days)
        {
            if (day.Date < first)
            {
                first = day.Date;
            }
        }

        var builder = new WorkingCalendarBuilder(id)
            .WithCoverage(first, new LocalDate(year, 12, 31))
            .WithWeekendDays(IsoDayOfWeek.Saturday, IsoDayOfWeek.Sunday)
            .AddSource(new CalendarSource(year, issued, title));
        foreach (var day in Days)
        {
            if (day.Date.Year > year)
            {
                continue;
            }

            if (day.Kind == NoticeDayKind.Rest)
            {
                builder.AddHoliday(day.Date, day.Holiday);
            }
            else
            {
                builder.AddMakeUpWorkingDay(day.Date, day.Holiday);
            }
        }

        return builder.Build();
    }
}
