using System;
using System.Collections.Generic;
using System.Linq;
using NodaTime;
using PowerGovernance.Internal;
using PowerGovernance.Procedures;
using PowerGovernance.Supervision;

namespace PowerGovernance.Evaluation;

/// <summary>
/// Statistics of service ratings (好差评统计) per power, post or unit over a period, with the state of each bad rating's rectification
/// read from its case under the supervisor's clocks; the unit totals feed the year-end assessment (<see cref="UnitRecord.ServiceRatings"/>).
/// Pure and thread-safe.
/// </summary>
public sealed class ServiceRatingReport
{
    private readonly CaseSupervisor supervisor;
    private readonly ProcedureDefinition rectification;

    /// <summary>Creates the report.</summary>
    /// <param name="supervisor">The supervisor rectification clocks are read with.</param>
    /// <param name="rectification">The rectification procedure the cases run; <see cref="RatingRectificationProcedure.Definition"/> when null.</param>
    /// <exception cref="ArgumentNullException"><paramref name="supervisor"/> is null.</exception>
    public ServiceRatingReport(CaseSupervisor supervisor, ProcedureDefinition? rectification = null)
    {
        this.supervisor = Preconditions.CheckNotNull(supervisor);
        this.rectification = rectification ?? RatingRectificationProcedure.Definition;
    }

    /// <summary>Summarizes the ratings made within <paramref name="period"/>, grouped by <paramref name="grouping"/>, in key order (no key first).</summary>
    /// <param name="ratings">The ratings.</param>
    /// <param name="period">The dates whose ratings count (by <see cref="ServiceRating.RatedOn"/>).</param>
    /// <param name="grouping">How to group them.</param>
    /// <param name="rectifications">Each bad rating's rectification case, by rating id; a bad rating without one counts as not rectified.</param>
    /// <param name="now">The instant the rectification clocks are read at.</param>
    /// <returns>One group per key.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="ratings"/>, <paramref name="period"/> or <paramref name="rectifications"/> is null, or a rating is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="grouping"/> is not defined, or a rectification case runs another procedure.</exception>
    public IReadOnlyList<ServiceRatingGroup> Summarize(IEnumerable<ServiceRating> ratings, DateInterval period, RatingGrouping grouping, IReadOnlyDictionary<string, CaseSnapshot> rectifications, Instant now)
    {
        Preconditions.CheckNotNull(ratings);
        Preconditions.CheckNotNull(period);
        Preconditions.CheckNotNull(rectifications);
        if (!Enum.IsDefined(grouping))
        {
            throw new ArgumentException($"The grouping {(int)grouping} is not Power, Post or Unit. / 统计口径无效：应为按事项、按岗位或按单位。", nameof(grouping));
        }

        var groups = new SortedDictionary<string, ServiceRatingStatistics>(StringComparer.Ordinal);
        var none = ServiceRatingStatistics.Empty;
        var hasNone = false;
        foreach (var rating in ratings)
        {
            Preconditions.CheckNotNull(rating, nameof(ratings));
            if (!period.Contains(rating.RatedOn))
            {
                continue;
            }

            var statistics = Add(rating, rectifications, now);
            var key = grouping switch
            {
                RatingGrouping.Power => rating.Power?.ToString(),
                RatingGrouping.Post => rating.Post,
                _ => rating.Unit,
            };
            if (key is null)
            {
                none = Merge(none, statistics);
                hasNone = true;
            }
            else
            {
                groups[key] = Merge(groups.GetValueOrDefault(key, ServiceRatingStatistics.Empty), statistics);
            }
        }

        var result = new List<ServiceRatingGroup>(groups.Count + 1);
        if (hasNone)
        {
            result.Add(new ServiceRatingGroup(null, none));
        }

        result.AddRange(groups.Select(g => new ServiceRatingGroup(g.Key, g.Value)));
        return result.AsReadOnly();
    }

    private ServiceRatingStatistics Add(ServiceRating rating, IReadOnlyDictionary<string, CaseSnapshot> rectifications, Instant now)
    {
        var one = ServiceRatingStatistics.Empty.With(rating.Grade);
        if (!rating.IsBad || !rectifications.TryGetValue(rating.Id, out var @case))
        {
            return one;
        }

        if (!string.Equals(@case.DefinitionId, rectification.Id, StringComparison.Ordinal))
        {
            throw new ArgumentException($"The rectification case of rating '{PersonIds.Shown(rating.Id)}' runs '{PersonIds.Shown(@case.DefinitionId)}', not '{rectification.Id}'. / 差评“{PersonIds.Shown(rating.Id)}”的整改办件适用的流程不是差评整改流程。", nameof(rectifications));
        }

        var status = supervisor.CaseStatus(@case, rectification, now);
        return status.State switch
        {
            DeadlineState.FinishedOnTime => one with { Rectified = 1 },
            DeadlineState.FinishedLate => one with { Rectified = 1, RectifiedLate = 1 },
            DeadlineState.Overdue => one with { RectificationOverdue = 1 },
            _ => one,
        };
    }

    private static ServiceRatingStatistics Merge(ServiceRatingStatistics a, ServiceRatingStatistics b) => new(
        a.VerySatisfied + b.VerySatisfied,
        a.Satisfied + b.Satisfied,
        a.BasicallySatisfied + b.BasicallySatisfied,
        a.Dissatisfied + b.Dissatisfied,
        a.VeryDissatisfied + b.VeryDissatisfied,
        a.Rectified + b.Rectified,
        a.RectifiedLate + b.RectifiedLate,
        a.RectificationOverdue + b.RectificationOverdue);
}
