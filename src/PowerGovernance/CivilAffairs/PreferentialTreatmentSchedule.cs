using System;
using NodaTime;
using PowerGovernance.Calendars;
using PowerGovernance.Internal;

namespace PowerGovernance.CivilAffairs;

/// <summary>
/// When the preferential-treatment allowance (优待金) for conscripts' families and special-care recipients is paid, as the
/// township's civil-affairs service rules state it: the county civil-affairs bureau pays it through the township government
/// at the city's rate, "at the end of each year or early the next year" (优待金在每年年末或次年年初兑现).
/// </summary>
/// <remarks>
/// <para>
/// The rule book gives no dates, so "year end" and "early next year" are options: by default the window opens on 1 December
/// of the year (<see cref="YearEndOpens"/>) and closes on 31 January of the next year (<see cref="EarlyNextYearEnds"/>, the
/// library's reading of 次年年初: the first month of the next year). A host whose county pays before the Spring Festival,
/// or only at year end, sets its own day; <see langword="null"/> for <see cref="EarlyNextYearEnds"/> means by 31 December.
/// </para>
/// <para>
/// A last day that is not a working day on the office's calendar moves to the next working day, as a natural-day period does
/// (<see cref="WorkingCalendarExtensions.DueDate"/>). A due date in a year the calendar does not know yet is reported
/// (<see cref="CalendarCoverageException"/>), never guessed.
/// </para>
/// </remarks>
public sealed record PreferentialTreatmentSchedule
{
    /// <summary>Gets the default schedule: from 1 December to 31 January of the next year.</summary>
    public static PreferentialTreatmentSchedule Default { get; } = new();

    /// <summary>Gets the day of the year the payment window opens (年末开始兑现之日); 1 December by default.</summary>
    public AnnualDate YearEndOpens { get; init; } = new(12, 1);

    /// <summary>
    /// Gets the day of the next year by which the allowance must be paid (次年年初兑现截止日); 31 January by default, not after
    /// 30 June (early in the year); <see langword="null"/> for payment by 31 December of the year.
    /// </summary>
    /// <exception cref="ArgumentOutOfRangeException">Set to a day after 30 June.</exception>
    public AnnualDate? EarlyNextYearEnds
    {
        get;
        init => field = value is not { } day || day.Month <= 6
            ? value
            : throw Preconditions.OptionOutOfRange(nameof(PreferentialTreatmentSchedule), nameof(EarlyNextYearEnds), day, "must be early in the next year: not after 30 June", "须为次年年初：不得晚于6月30日");
    } = new AnnualDate(1, 31);

    /// <summary>Returns when the allowance for <paramref name="year"/> is paid (某年度优待金兑现期限).</summary>
    /// <param name="calendar">The office's working calendar.</param>
    /// <param name="year">The year the allowance is for, 1 to 9998.</param>
    /// <returns>The window and the due date.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="calendar"/> is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="year"/> is outside 1 to 9998.</exception>
    /// <exception cref="CalendarCoverageException">The due date is in a year the calendar does not know.</exception>
    public ScheduledPayment DueFor(IWorkingCalendar calendar, int year)
    {
        Preconditions.CheckNotNull(calendar);
        Preconditions.CheckArgumentRange(year, 1, 9998);
        var opens = YearEndOpens.InYear(year);
        var last = EarlyNextYearEnds is { } early ? early.InYear(year + 1) : new LocalDate(year, 12, 31);
        if (last < opens)
        {
            // A window that would close before it opens (a year-end day after 31 December's deadline) opens on its last day.
            opens = last;
        }

        return new ScheduledPayment(new DateInterval(opens, last), calendar.DueDate(last, TimeLimit.NaturalDays(0)));
    }
}
