using System;
using System.Collections.Generic;
using System.Linq;
using NodaTime;
using NodaTime.Text;
using PowerGovernance.Accountability;
using PowerGovernance.Internal;
using PowerGovernance.Validation;

namespace PowerGovernance.Evaluation;

/// <summary>
/// The year-end assessment (年终总考核) of units and persons from their records, and the supervision cadence
/// (每月一督查，每季一通报，年终总考核). Every result carries the rules that produced it. Pure and thread-safe.
/// </summary>
/// <remarks>
/// Rules (the township's assessment rules): a unit criticized in a circular <see cref="EvaluationPolicy.CriticismVetoThreshold"/> times within the year loses its
/// awards by one-vote veto (一票否决); failing the accountability-system assessment removes that year's awards (取消当年评先评优资格);
/// a person failing it <see cref="EvaluationPolicy.ConsecutiveFailuresForReassignment"/> years running, the assessed year included, is
/// reassigned (调整工作岗位), and so is the principal head of a unit failing it that many years running (<see cref="UnitAssessment.HeadReassignment"/>); a person sanctioned with <see cref="Sanction.LossOfAwards"/> in the year has no awards that year. Late cases
/// come from the supervision board and are reported, not weighed: the rule book sets no threshold for them.
/// </remarks>
public sealed class YearEndAssessment
{
    /// <summary>Creates the assessment.</summary>
    /// <param name="policy">The evaluation policy (考核规则); <see cref="EvaluationPolicy.Default"/> when null.</param>
    /// <exception cref="ArgumentOutOfRangeException">A threshold is below 1.</exception>
    public YearEndAssessment(EvaluationPolicy? policy = null)
    {
        Policy = policy ?? EvaluationPolicy.Default;
        Preconditions.CheckArgumentRange(Policy.CriticismVetoThreshold, 1, int.MaxValue, "policy.CriticismVetoThreshold");
        Preconditions.CheckArgumentRange(Policy.ConsecutiveFailuresForReassignment, 1, int.MaxValue, "policy.ConsecutiveFailuresForReassignment");
    }

    /// <summary>The evaluation policy (考核规则) this assessment applies.</summary>
    public EvaluationPolicy Policy { get; }

    /// <summary>The periods of the supervision cadence in a year: twelve monthly checks, four quarterly circulars and the year-end assessment.</summary>
    /// <param name="year">The year.</param>
    /// <returns>The periods, by kind then date.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="year"/> is outside 1–9999.</exception>
    public static IReadOnlyList<AssessmentPeriod> Cadence(int year)
    {
        Preconditions.CheckArgumentRange(year, 1, 9999);
        var periods = new List<AssessmentPeriod>(17);
        for (var month = 1; month <= 12; month++)
        {
            var first = new LocalDate(year, month, 1);
            periods.Add(new AssessmentPeriod(AssessmentKind.MonthlyCheck, new DateInterval(first, first.PlusMonths(1).PlusDays(-1))));
        }

        for (var quarter = 0; quarter < 4; quarter++)
        {
            var first = new LocalDate(year, (quarter * 3) + 1, 1);
            periods.Add(new AssessmentPeriod(AssessmentKind.QuarterlyCircular, new DateInterval(first, first.PlusMonths(3).PlusDays(-1))));
        }

        periods.Add(new AssessmentPeriod(AssessmentKind.YearEnd, new DateInterval(new LocalDate(year, 1, 1), new LocalDate(year, 12, 31))));
        return periods.AsReadOnly();
    }

    /// <summary>Assesses a unit for a year.</summary>
    /// <param name="record">The unit's records.</param>
    /// <param name="year">The year.</param>
    /// <returns>The assessment with its rules.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="record"/> or one of its lists is null.</exception>
    public UnitAssessment AssessUnit(UnitRecord record, int year)
    {
        Preconditions.CheckNotNull(record);
        var criticisms = Preconditions.CheckNotNull(record.CirculatedCriticisms, "record.CirculatedCriticisms").Count(d => d.Year == year);
        var failedYears = Preconditions.CheckNotNull(record.FailedAccountabilityAssessments, "record.FailedAccountabilityAssessments").ToHashSet();
        var failed = failedYears.Contains(year);
        var rules = new List<AppliedRule>();
        var vetoed = criticisms >= Policy.CriticismVetoThreshold;
        if (vetoed)
        {
            rules.Add(new AppliedRule(
                EvaluationRuleCodes.OneVoteVeto,
                Invariant($"Criticized in a circular {criticisms} times in {year} (threshold {Policy.CriticismVetoThreshold}): one-vote veto of the unit's awards."),
                Invariant($"{year}年内被通报批评{criticisms}次（达到{Policy.CriticismVetoThreshold}次）：实行“一票否决”。")));
        }

        if (failed)
        {
            rules.Add(FailedRule(year));
        }

        var run = ConsecutiveFailures(failedYears, year);
        var reassignHead = run >= Policy.ConsecutiveFailuresForReassignment;
        if (reassignHead)
        {
            var head = record.Head is null ? "the unit's principal head" : "the unit's principal head " + record.Head;
            var headChinese = record.Head is null ? "单位主要负责人" : "单位主要负责人" + record.Head;
            rules.Add(new AppliedRule(
                EvaluationRuleCodes.ConsecutiveFailures,
                Invariant($"The unit failed the accountability-system assessment {run} years running up to {year} (threshold {Policy.ConsecutiveFailuresForReassignment}): {head} is reassigned."),
                Invariant($"截至{year}年单位连续{run}年考评不合格（达到{Policy.ConsecutiveFailuresForReassignment}年）：{headChinese}调整工作岗位。")));
        }

        var late = 0;
        if (record.Supervision is { } s)
        {
            late = s.FinishedLate + s.Overdue;
            rules.Add(new AppliedRule(
                EvaluationRuleCodes.LateCases,
                Invariant($"Supervision: {s.FinishedLate} cases finished late and {s.Overdue} open cases overdue."),
                Invariant($"电子监察：超时办结{s.FinishedLate}件，在办超期{s.Overdue}件。")));
        }

        if (record.ServiceRatings is { } ratings)
        {
            var rate = ratings.SatisfactionRate is { } r ? (r * 100).ToString("0.0", System.Globalization.CultureInfo.InvariantCulture) + "%" : "—";
            rules.Add(new AppliedRule(
                ServiceRatingRuleCodes.Reported,
                Invariant($"Service ratings: {ratings.Total}, satisfaction {rate}; {ratings.Bad} bad, {ratings.Rectified} rectified ({ratings.RectifiedLate} late), {ratings.Unrectified} not rectified."),
                Invariant($"好差评：评价{ratings.Total}次，满意率{rate}；差评{ratings.Bad}件，已整改{ratings.Rectified}件（超期{ratings.RectifiedLate}件），未整改{ratings.Unrectified}件。")));
        }

        var eligible = !vetoed && !failed;
        if (eligible)
        {
            rules.Add(EligibleRule(year));
        }

        return new UnitAssessment(record.Unit, year, vetoed, eligible, late, rules.AsReadOnly()) { HeadReassignment = reassignHead, Head = record.Head };
    }

    /// <summary>Assesses a person for a year.</summary>
    /// <param name="record">The person's records.</param>
    /// <param name="year">The year.</param>
    /// <returns>The assessment with its rules.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="record"/> or one of its lists is null.</exception>
    public PersonAssessment AssessPerson(PersonRecord record, int year)
    {
        Preconditions.CheckNotNull(record);
        var failedYears = Preconditions.CheckNotNull(record.FailedAccountabilityAssessments, "record.FailedAccountabilityAssessments").ToHashSet();
        var sanctions = Preconditions.CheckNotNull(record.Sanctions, "record.Sanctions");
        var rules = new List<AppliedRule>();
        var failed = failedYears.Contains(year);
        if (failed)
        {
            rules.Add(FailedRule(year));
        }

        var run = ConsecutiveFailures(failedYears, year);
        var reassign = run >= Policy.ConsecutiveFailuresForReassignment;
        if (reassign)
        {
            rules.Add(new AppliedRule(
                EvaluationRuleCodes.ConsecutiveFailures,
                Invariant($"Failed the accountability-system assessment {run} years running up to {year} (threshold {Policy.ConsecutiveFailuresForReassignment}): reassignment."),
                Invariant($"截至{year}年连续{run}年考评不合格（达到{Policy.ConsecutiveFailuresForReassignment}年）：调整工作岗位。")));
        }

        var lostAwards = sanctions.Where(p => p.Key.Year == year && p.Value is not null && p.Value.Code == Sanction.LossOfAwards.Code).Select(p => p.Key).ToArray();
        if (lostAwards.Length > 0)
        {
            rules.Add(new AppliedRule(
                EvaluationRuleCodes.SanctionedLossOfAwards,
                "Sanctioned with the loss of this year's awards on " + string.Join(", ", lostAwards.Select(LocalDatePattern.Iso.Format)) + ".",
                LocalDatePattern.Iso.Format(lostAwards[0]) + "被问责“取消当年评优评先资格”。"));
        }

        var eligible = !failed && lostAwards.Length == 0;
        if (eligible)
        {
            rules.Add(EligibleRule(year));
        }

        return new PersonAssessment(record.Person, year, eligible, reassign, rules.AsReadOnly());
    }

    private static int ConsecutiveFailures(HashSet<int> failedYears, int year)
    {
        var run = 0;
        while (run < failedYears.Count && failedYears.Contains(year - run))
        {
            run++;
        }

        return run;
    }

    private static AppliedRule FailedRule(int year) => new(
        EvaluationRuleCodes.FailedAssessment,
        Invariant($"Failed the accountability-system assessment in {year}: no awards that year."),
        Invariant($"{year}年执行查究问责制度考评不合格：取消当年评先评优资格。"));

    private static AppliedRule EligibleRule(int year) => new(
        EvaluationRuleCodes.Eligible,
        Invariant($"No rule bars awards in {year}."),
        Invariant($"{year}年无取消评先评优资格的情形。"));

    private static string Invariant(FormattableString text) => FormattableString.Invariant(text);
}
