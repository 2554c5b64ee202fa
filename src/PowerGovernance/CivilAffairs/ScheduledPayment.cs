using NodaTime;

namespace PowerGovernance.CivilAffairs;

/// <summary>One payment of a payment schedule (应发放的一期款项): the days it may be paid and the day it is due.</summary>
/// <param name="Window">The days on which the payment is made (发放期间): it is due by the window's end.</param>
/// <param name="DueDate">
/// The last day to pay (最迟发放日): the window's end, or, when that is not a working day on the office's calendar, the next
/// working day.
/// </param>
public sealed record ScheduledPayment(DateInterval Window, LocalDate DueDate)
{
    /// <summary>Gets whether the window's last day was a rest day, so the due date moved to the next working day (顺延).</summary>
    public bool IsRolledForward => DueDate != Window.End;
}
