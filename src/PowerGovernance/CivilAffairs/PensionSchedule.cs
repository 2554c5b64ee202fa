using System;
using System.Collections.Generic;
using NodaTime;
using PowerGovernance.Calendars;
using PowerGovernance.Internal;

namespace PowerGovernance.CivilAffairs;

/// <summary>
/// When periodic pensions and allowances (定期抚恤金、补助金) are paid to the families of revolutionary martyrs and of
/// servicemen who died on duty or of illness, as the township's civil-affairs service rules require (定期发放).
/// </summary>
/// <remarks>
/// The rule book says only "periodically", so the period and the day are options: by default monthly (按月), due by the
/// 10th of the month (<see cref="DueDay"/>); quarterly payments are due by that day of each quarter's first month. A due day
/// past the month's end is its last day; a day that is not a working day moves to the next working day.
/// </remarks>
public sealed record PensionSchedule
{
    /// <summary>Gets the default schedule: monthly, by the 10th.</summary>
    public static PensionSchedule Default { get; } = new();

    /// <summary>Gets how often the payment is made; monthly by default.</summary>
    /// <exception cref="ArgumentOutOfRangeException">Set to an undefined value.</exception>
    public PaymentFrequency Frequency
    {
        get;
        init => field = Enum.IsDefined(value)
            ? value
            : throw Preconditions.OptionOutOfRange(nameof(PensionSchedule), nameof(Frequency), value, "must be Monthly or Quarterly", "须为按月或按季度");
    }

    /// <summary>Gets the day of the month by which each payment is due (每期发放截止日), 1 to 31; the 10th by default.</summary>
    /// <exception cref="ArgumentOutOfRangeException">Set outside 1 to 31.</exception>
    public int DueDay
    {
        get;
        init => field = Preconditions.CheckOptionRange(value, 1, 31, nameof(PensionSchedule));
    } = 10;

    /// <summary>Returns the payments of <paramref name="year"/>, in order (某年度各期发放期限).</summary>
    /// <param name="calendar">The office's working calendar.</param>
    /// <param name="year">The year, 1 to 9998.</param>
    /// <returns>Twelve monthly or four quarterly payments.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="calendar"/> is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="year"/> is outside 1 to 9998.</exception>
    /// <exception cref="CalendarCoverageException">A due date is in a year the calendar does not know.</exception>
    public IReadOnlyList<ScheduledPayment> DueDates(IWorkingCalendar calendar, int year)
    {
        Preconditions.CheckNotNull(calendar);
        Preconditions.CheckArgumentRange(year, 1, 9998);
        var step = Frequency == PaymentFrequency.Monthly ? 1 : 3;
        var payments = new List<ScheduledPayment>(12 / step);
        for (var month = 1; month <= 12; month += step)
        {
            var last = new LocalDate(year, month, Math.Min(DueDay, CalendarSystem.Iso.GetDaysInMonth(year, month)));
            payments.Add(new ScheduledPayment(new DateInterval(new LocalDate(year, month, 1), last), calendar.DueDate(last, TimeLimit.NaturalDays(0))));
        }

        return payments.AsReadOnly();
    }
}
