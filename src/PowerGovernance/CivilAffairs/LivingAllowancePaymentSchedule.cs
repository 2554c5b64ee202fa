using System;
using System.Collections.Generic;
using NodaTime;
using PowerGovernance.Calendars;
using PowerGovernance.Internal;

namespace PowerGovernance.CivilAffairs;

/// <summary>
/// The monthly payment of the allowance (救助对象凭证按月领取救助金, the township's civil-affairs service rules, 最低生活保障服务 4):
/// one payment a month on the office's payment day, moved to the next working day of the calendar when that day is a
/// rest day or a holiday. Pure and thread-safe.
/// </summary>
/// <remarks>
/// The rules say "monthly" and set no day: the office sets it (<see cref="DefaultPaymentDay"/>, the 10th). A payment day
/// later than a month's last day (the 31st in April) is that month's last day. A payment day that is not a working day
/// ends on the next working day, as every period in the library does.
/// </remarks>
public sealed class LivingAllowancePaymentSchedule
{
    /// <summary>The default payment day of the month (每月发放日): the 10th, set by the office.</summary>
    public const int DefaultPaymentDay = 10;

    private readonly IWorkingCalendar calendar;

    /// <summary>Creates a schedule.</summary>
    /// <param name="calendar">The working calendar the payment days move on.</param>
    /// <param name="paymentDay">The day of the month, 1 to 31; <see cref="DefaultPaymentDay"/> by default.</param>
    /// <exception cref="ArgumentNullException"><paramref name="calendar"/> is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="paymentDay"/> is not 1 to 31.</exception>
    public LivingAllowancePaymentSchedule(IWorkingCalendar calendar, int paymentDay = DefaultPaymentDay)
    {
        this.calendar = Preconditions.CheckNotNull(calendar);
        Preconditions.CheckArgumentRange(paymentDay, 1, 31);
        PaymentDay = paymentDay;
    }

    /// <summary>Gets the day of the month the allowance is paid (每月发放日).</summary>
    public int PaymentDay { get; }

    /// <summary>Returns the payment for <paramref name="month"/>.</summary>
    /// <param name="month">The month.</param>
    /// <returns>The payment with its due date.</returns>
    /// <exception cref="CalendarCoverageException">A day needed is outside the calendar's coverage.</exception>
    public LivingAllowancePayment For(YearMonth month)
    {
        var nominal = new LocalDate(month.Year, month.Month, Math.Min(PaymentDay, month.ToDateInterval().End.Day));
        var due = nominal;
        while (!calendar.IsWorkingDay(due))
        {
            due = due.PlusDays(1);
        }

        return new LivingAllowancePayment(month, nominal, due);
    }

    /// <summary>Returns the payments from <paramref name="first"/> to <paramref name="last"/>, both included, in order.</summary>
    /// <param name="first">The first month.</param>
    /// <param name="last">The last month; not before <paramref name="first"/>, and at most 120 months after it.</param>
    /// <returns>One payment per month.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="last"/> is before <paramref name="first"/> or more than 120 months after it.</exception>
    /// <exception cref="CalendarCoverageException">A day needed is outside the calendar's coverage.</exception>
    public IReadOnlyList<LivingAllowancePayment> Between(YearMonth first, YearMonth last)
    {
        var months = ((last.Year - first.Year) * 12) + last.Month - first.Month;
        if (months < 0 || months > 119)
        {
            throw new ArgumentOutOfRangeException(nameof(last), last, FormattableString.Invariant($"The last month must be from {first} to 120 months after it. 末月须在{first}起120个月之内。"));
        }

        var payments = new LivingAllowancePayment[months + 1];
        for (var i = 0; i <= months; i++)
        {
            payments[i] = For(first.PlusMonths(i));
        }

        return Array.AsReadOnly(payments);
    }
}
