using System;
using System.Collections.Generic;
using System.Linq;
using NodaTime;
using PowerGovernance.Accountability;
using PowerGovernance.Evaluation;
using PowerGovernance.Supervision;

namespace PowerGovernance.Tests.Evaluation;

public class YearEndAssessmentTests
{
    private static readonly YearEndAssessment Assessment = new();

    [Fact]
    public void Two_circulated_criticisms_within_the_year_veto_the_units_awards()
    {
        var unit = new UnitRecord("城建办", [new LocalDate(2024, 3, 5), new LocalDate(2024, 11, 20), new LocalDate(2023, 12, 28)], []);
        var result = Assessment.AssessUnit(unit, 2024);
        Assert.True(result.AwardsVetoed);
        Assert.False(result.AwardsEligible);
        var rule = Assert.Single(result.Rules);
        Assert.Equal(EvaluationRuleCodes.OneVoteVeto, rule.Code);
        Assert.Contains("一票否决", rule.ChineseMessage, StringComparison.Ordinal);

        // The 2023 criticism does not count toward 2024's, nor 2024's toward 2023's.
        Assert.False(Assessment.AssessUnit(unit, 2023).AwardsVetoed);
        Assert.False(Assessment.AssessUnit(unit with { CirculatedCriticisms = [new LocalDate(2024, 3, 5)] }, 2024).AwardsVetoed);
    }

    [Fact]
    public void Failing_the_accountability_assessment_removes_the_years_awards_and_late_cases_are_reported()
    {
        var unit = new UnitRecord("民政办", [], [2024], new OnTimeStatistics(Open: 12, Warning: 2, Overdue: 1, FinishedOnTime: 80, FinishedLate: 3, LegallyOverdue: 0, FinishedLegallyLate: 0));
        var result = Assessment.AssessUnit(unit, 2024);
        Assert.False(result.AwardsVetoed);
        Assert.False(result.AwardsEligible);
        Assert.Equal(4, result.LateCases);
        Assert.Equal([EvaluationRuleCodes.FailedAssessment, EvaluationRuleCodes.LateCases], result.Rules.Select(r => r.Code));

        var clean = Assessment.AssessUnit(unit, 2023);
        Assert.True(clean.AwardsEligible);
        Assert.Contains(clean.Rules, r => r.Code == EvaluationRuleCodes.Eligible);
    }

    [Fact]
    public void Failing_two_years_running_means_reassignment()
    {
        var person = new PersonRecord("王某", [2022, 2024, 2025], []);
        Assert.False(Assessment.AssessPerson(person, 2024).Reassignment); // 2023 passed
        var twice = Assessment.AssessPerson(person, 2025);
        Assert.True(twice.Reassignment);
        Assert.False(twice.AwardsEligible);
        Assert.Contains(twice.Rules, r => r.Code == EvaluationRuleCodes.ConsecutiveFailures && r.ChineseMessage.Contains("调整工作岗位", StringComparison.Ordinal));
        Assert.True(Assessment.AssessPerson(person, 2023).AwardsEligible);

        var strict = new YearEndAssessment(new EvaluationPolicy(ConsecutiveFailuresForReassignment: 3));
        Assert.False(strict.AssessPerson(person, 2025).Reassignment);
    }

    [Fact]
    public void A_loss_of_awards_sanction_bars_that_years_awards_only()
    {
        var person = new PersonRecord("李某", [], [new KeyValuePair<LocalDate, Sanction>(new LocalDate(2024, 6, 3), Sanction.LossOfAwards), new KeyValuePair<LocalDate, Sanction>(new LocalDate(2024, 8, 1), Sanction.Admonition)]);
        var result = Assessment.AssessPerson(person, 2024);
        Assert.False(result.AwardsEligible);
        Assert.Equal(EvaluationRuleCodes.SanctionedLossOfAwards, Assert.Single(result.Rules).Code);
        Assert.True(Assessment.AssessPerson(person, 2025).AwardsEligible);
    }

    [Fact]
    public void The_cadence_is_monthly_quarterly_and_year_end()
    {
        var periods = YearEndAssessment.Cadence(2024);
        Assert.Equal(12, periods.Count(p => p.Kind == AssessmentKind.MonthlyCheck));
        Assert.Equal(new DateInterval(new LocalDate(2024, 2, 1), new LocalDate(2024, 2, 29)), periods[1].Dates);
        var quarters = periods.Where(p => p.Kind == AssessmentKind.QuarterlyCircular).ToArray();
        Assert.Equal([new LocalDate(2024, 3, 31), new LocalDate(2024, 6, 30), new LocalDate(2024, 9, 30), new LocalDate(2024, 12, 31)], quarters.Select(q => q.Dates.End));
        Assert.Equal(366, periods.Single(p => p.Kind == AssessmentKind.YearEnd).Dates.Length);
    }

    [Fact]
    public void Bad_rules_and_records_are_clear_errors()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => new YearEndAssessment(new EvaluationPolicy(CriticismVetoThreshold: 0)));
        Assert.Throws<ArgumentNullException>(() => Assessment.AssessUnit(new UnitRecord("x", null!, []), 2024));
        Assert.Throws<ArgumentOutOfRangeException>(() => YearEndAssessment.Cadence(0));
    }
}
