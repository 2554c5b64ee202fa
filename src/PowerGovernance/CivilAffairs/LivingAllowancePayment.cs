using NodaTime;

namespace PowerGovernance.CivilAffairs;

/// <summary>One month's allowance payment (按月领取): the month, the nominal payment day and the day it is due on the calendar.</summary>
/// <param name="Month">The month paid for (发放月份).</param>
/// <param name="NominalDate">The office's payment day in that month (发放日).</param>
/// <param name="DueDate">The day it is due (应发放日期): the nominal day, or the next working day when the nominal day is not one.</param>
public sealed record LivingAllowancePayment(YearMonth Month, LocalDate NominalDate, LocalDate DueDate)
{
    /// <summary>Gets whether the payment moved off a rest day or holiday (顺延).</summary>
    public bool IsMoved => DueDate != NominalDate;
}
