using System;
using System.Collections.Generic;
using System.Linq;
using FsCheck.Xunit;
using NodaTime;
using PowerGovernance.Evaluation;
using PowerGovernance.Procedures;
using PowerGovernance.Tests.Procedures.BuiltIn;

namespace PowerGovernance.Tests.Evaluation;

/// <summary>The rating report against a simple reference: counting by hand.</summary>
public class ServiceRatingProperties
{
    private static readonly ServiceRatingReport Report = new(BuiltInFixture.Supervisor);
    private static readonly string[] Posts = ["窗口受理员", "审查员", "站长"];
    private static readonly string?[] Units = ["政务服务窗口", null, "民政办"];

    [Property(MaxTest = 200)]
    public bool Groups_partition_the_ratings_of_the_period_and_count_each_grade(byte[] grades, byte[] days, byte grouping)
    {
        var count = Math.Min(grades?.Length ?? 0, days?.Length ?? 0);
        var ratings = Enumerable.Range(0, count).Select(i => new ServiceRating(
            "R" + i,
            RatedService.Case,
            "C" + i,
            i % 4 == 0 ? null : BuiltInPowers.Licensing.Code,
            Units[i % Units.Length],
            Posts[i % Posts.Length],
            (ServiceGrade)(1 + (grades![i] % 5)),
            Instant.FromUtc(2025, 1, 1, 2, 0),
            new LocalDate(2025, 1, 1).PlusDays(days![i] % 60))).ToArray();
        var period = new DateInterval(new LocalDate(2025, 1, 10), new LocalDate(2025, 2, 10));
        var by = (RatingGrouping)(1 + (grouping % 3));
        var groups = Report.Summarize(ratings, period, by, new Dictionary<string, CaseSnapshot>(), Instant.FromUtc(2025, 3, 1, 0, 0));

        var inPeriod = ratings.Where(r => period.Contains(r.RatedOn)).ToArray();
        string? Key(ServiceRating r) => by switch { RatingGrouping.Power => r.Power?.ToString(), RatingGrouping.Post => r.Post, _ => r.Unit };
        var expected = inPeriod.GroupBy(Key).ToDictionary(g => g.Key ?? "\0", g => g.ToArray());
        return groups.Count == expected.Count
            && groups.Sum(g => g.Statistics.Total) == inPeriod.Length
            && groups.All(g =>
            {
                var mine = expected[g.Key ?? "\0"];
                return g.Statistics.Total == mine.Length
                    && g.Statistics.Bad == mine.Count(r => (int)r.Grade <= 2)
                    && g.Statistics.VerySatisfied == mine.Count(r => r.Grade == ServiceGrade.VerySatisfied)
                    && g.Statistics.Rectified == 0
                    && g.Statistics.Unrectified == g.Statistics.Bad;
            })
            && (groups.Count == 0 || groups.Skip(groups[0].Key is null ? 1 : 0).Select(g => g.Key!).SequenceEqual(groups.Where(g => g.Key is not null).Select(g => g.Key!).OrderBy(k => k, StringComparer.Ordinal)));
    }

    [Property(MaxTest = 100)]
    public bool A_rating_is_bad_exactly_when_it_is_dissatisfied_or_very_dissatisfied(byte grade)
    {
        var g = (ServiceGrade)(1 + (grade % 5));
        var rating = new ServiceRating("R", RatedService.Case, "C", null, null, "p", g, Instant.FromUtc(2025, 1, 1, 0, 0), new LocalDate(2025, 1, 1));
        return rating.IsBad == (g is ServiceGrade.Dissatisfied or ServiceGrade.VeryDissatisfied);
    }
}
