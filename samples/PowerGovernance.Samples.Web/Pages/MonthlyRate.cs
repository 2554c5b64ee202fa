using System.Collections.Generic;
using System.Linq;
using NodaTime;
using PowerGovernance.Procedures;
using PowerGovernance.Supervision;

namespace PowerGovernance.Samples.Web.Pages;

/// <summary>The cases finished in one month and how many on time (月度按时办结率), on the committed and on the legal clock.</summary>
/// <param name="Month">The month.</param>
/// <param name="Finished">Cases finished in the month.</param>
/// <param name="OnTime">Of those, finished within the committed limit.</param>
/// <param name="LegallyOnTime">Of those, finished within the legal limit.</param>
internal sealed record MonthlyRate(YearMonth Month, int Finished, int OnTime, int LegallyOnTime)
{
    /// <summary>Sweeps <paramref name="cases"/> once per month from January of <paramref name="now"/>'s year to its month, each sweep counting the cases finished in that month.</summary>
    /// <param name="board">The board.</param>
    /// <param name="cases">Every case, open and finished.</param>
    /// <param name="now">The instant swept at.</param>
    /// <param name="today">The day of <paramref name="now"/> in the office's zone.</param>
    /// <returns>One entry per month.</returns>
    public static IReadOnlyList<MonthlyRate> Sweep(SupervisionBoard board, IReadOnlyList<CaseSnapshot> cases, Instant now, LocalDate today)
    {
        var months = new List<MonthlyRate>();
        for (var month = 1; month <= today.Month; month++)
        {
            var first = new LocalDate(today.Year, month, 1);
            var last = month == today.Month ? today : first.PlusMonths(1).PlusDays(-1);
            var report = board.Sweep(cases, now, new DateInterval(first, last));
            var onTime = report.ByUnit.Values.Sum(s => s.FinishedOnTime);
            var finished = onTime + report.ByUnit.Values.Sum(s => s.FinishedLate);
            var legallyLate = report.ByUnit.Values.Sum(s => s.FinishedLegallyLate);
            months.Add(new MonthlyRate(new YearMonth(today.Year, month), finished, onTime, finished - legallyLate));
        }

        return months;
    }
}
