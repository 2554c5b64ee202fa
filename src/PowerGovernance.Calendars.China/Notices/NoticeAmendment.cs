using System;
using System.Collections.Generic;
using System.Linq;
using NodaTime;
using PowerGovernance.Procedures;
using PowerGovernance.Supervision;
using PowerGovernance.Validation;

namespace PowerGovernance.Calendars.China.Notices;

/// <summary>
/// What <see cref="NoticeAmendmentReader"/> read from a notice that changes one holiday of a year already loaded (调整通知的读取结果):
/// the year and holiday, the days the amendment decided, the days it changed from what to what, the amended calendar and the
/// findings. Immutable.
/// </summary>
public sealed class NoticeAmendment
{
    internal NoticeAmendment(
        WorkingCalendar original,
        int? year,
        HolidayName? holiday,
        string? title,
        LocalDate? issued,
        IReadOnlyList<NoticeDay> days,
        IReadOnlyList<AmendedDay> changes,
        WorkingCalendar? amended,
        IReadOnlyList<Finding> findings)
    {
        Original = original;
        Year = year;
        Holiday = holiday;
        Title = title;
        Issued = issued;
        Days = days;
        Changes = changes;
        Amended = amended;
        Findings = findings;
    }

    /// <summary>Gets the calendar the amendment was read against (已载入的年度日历).</summary>
    public WorkingCalendar Original { get; }

    /// <summary>Gets the year amended (被调整的年度), from the title, or <see langword="null"/> when it could not be read.</summary>
    public int? Year { get; }

    /// <summary>Gets the holiday amended (被调整的节日), from the title, e.g. 劳动节, or <see langword="null"/> when it could not be read.</summary>
    public HolidayName? Holiday { get; }

    /// <summary>Gets the title as written (通知标题), e.g. <c>国务院办公厅关于延长2020年春节假期的通知</c>, or <see langword="null"/>.</summary>
    public string? Title { get; }

    /// <summary>Gets the date the amendment was issued (成文日期), from its signature line, or <see langword="null"/> when the text has none.</summary>
    public LocalDate? Issued { get; }

    /// <summary>Gets the days the amendment decided (调整通知所定日期), in date order, each with its sentence.</summary>
    public IReadOnlyList<NoticeDay> Days { get; }

    /// <summary>Gets the days whose type or holiday changed between <see cref="Original"/> and <see cref="Amended"/> (变动日期), in date order, each traced to its sentence; empty when the reading did not succeed.</summary>
    public IReadOnlyList<AmendedDay> Changes { get; }

    /// <summary>Gets the calendar with the amendment applied (调整后的日历): same identifier, coverage and sources as <see cref="Original"/> plus the amendment as a source; <see langword="null"/> when the reading did not succeed.</summary>
    public WorkingCalendar? Amended { get; }

    /// <summary>Gets the findings (问题), each with the sentence it concerns; every problem is reported at once.</summary>
    public IReadOnlyList<Finding> Findings { get; }

    /// <summary>Gets a value indicating whether the amendment was read and applied without errors (读取成功).</summary>
    [System.Diagnostics.CodeAnalysis.MemberNotNullWhen(true, nameof(Amended))]
    public bool Succeeded => Amended is not null && Findings.All(f => f.Severity != FindingSeverity.Error);

    /// <summary>
    /// Reports what the amendment does to open cases (调整对在办案件的影响): the changed days and every case or step due date that
    /// moves, counted on <see cref="Original"/> before and <see cref="Amended"/> after, by <see cref="CalendarChangeReport.Compare"/>.
    /// </summary>
    /// <param name="cases">The open cases with their procedure definitions.</param>
    /// <param name="now">The instant at which statuses are read, from the host's clock.</param>
    /// <param name="zone">The time zone whose dates count; China Standard Time when <see langword="null"/>.</param>
    /// <param name="policy">The warning policy; <see cref="WarningPolicy.Default"/> when <see langword="null"/>.</param>
    /// <returns>The report.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="cases"/> is null.</exception>
    /// <exception cref="InvalidOperationException">The amendment was not read without errors (<see cref="Succeeded"/> is false); the message lists the errors.</exception>
    public CalendarChangeReport Impact(
        IEnumerable<(CaseSnapshot Snapshot, ProcedureDefinition Definition)> cases,
        Instant now,
        DateTimeZone? zone = null,
        WarningPolicy? policy = null)
    {
        ArgumentNullException.ThrowIfNull(cases);
        if (!Succeeded)
        {
            throw new InvalidOperationException(
                "The amendment was not read without errors, so its impact cannot be reported: " + string.Join("; ", Findings.Select(f => f.Message))
                + " 调整通知读取有错误，无法报告其影响：" + string.Join("；", Findings.Select(f => f.ChineseMessage)));
        }

        return CalendarChangeReport.Compare(new OfficeCalendar(Original, zone), new OfficeCalendar(Amended, zone), cases, now, policy);
    }
}
