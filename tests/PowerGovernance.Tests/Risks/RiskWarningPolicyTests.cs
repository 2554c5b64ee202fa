using System;
using System.Linq;
using NodaTime;
using PowerGovernance.Procedures.BuiltIn;
using PowerGovernance.Risks;
using PowerGovernance.Tests.Procedures.BuiltIn;

namespace PowerGovernance.Tests.Risks;

/// <summary>The warning mechanism on examples: which observations raise a warning, how serious, and who must act.</summary>
public class RiskWarningPolicyTests
{
    private static readonly LocalDate Day = new(2025, 10, 10);

    [Fact]
    public void An_overdue_case_is_graded_by_the_register_and_the_level_decides_who_acts()
    {
        var warnings = RiskWarningPolicy.Default.Evaluate(
            RiskRegisterTests.Sound,
            [
                new RiskObservation(RiskObservationKind.CaseOverdue, Day, "db-2025-031", BuiltInPowers.LivingAllowance.Code),
                new RiskObservation(RiskObservationKind.CaseOverdue, Day, "dispute-2025-017", null, LeaderOwnedCase.CaseLeader),
                new RiskObservation(RiskObservationKind.CaseOverdue, Day, "xk-2025-004", BuiltInPowers.Licensing.Code),
                new RiskObservation(RiskObservationKind.CaseOverdue, Day.PlusDays(1), "later"),
            ],
            Day);

        Assert.Equal(
            [
                ("db-2025-031", RiskLevel.High, RiskWarningPolicy.DisciplineInspection),
                ("dispute-2025-017", RiskLevel.Low, LeaderOwnedCase.CaseLeader),
                ("xk-2025-004", RiskLevel.Medium, RiskWarningPolicy.UnitHead),
            ],
            warnings.Select(w => (w.Subject, w.Level, w.MustAct)));
        Assert.Equal("案件db-2025-031逾期，高风险，镇纪委介入核查", warnings[0].Message);
    }

    [Fact]
    public void Two_complaints_about_one_power_within_90_days_raise_one_warning_and_older_ones_do_not_count()
    {
        var code = BuiltInPowers.Licensing.Code;
        RiskObservation Complaint(LocalDate on, string subject) => new(RiskObservationKind.Complaint, on, subject, code);

        // 90 days ending on 2025-10-10 start on 2025-07-13: the complaint of 07-12 is outside.
        var outside = RiskWarningPolicy.Default.Evaluate(RiskRegisterTests.Sound, [Complaint(new LocalDate(2025, 7, 12), "a"), Complaint(Day, "b")], Day);
        Assert.Empty(outside);

        var inside = RiskWarningPolicy.Default.Evaluate(RiskRegisterTests.Sound, [Complaint(new LocalDate(2025, 7, 13), "a"), Complaint(Day, "b")], Day);
        var warning = Assert.Single(inside);
        Assert.Equal(RiskWarningKind.RepeatedComplaints, warning.Kind);
        Assert.Equal(RiskLevel.Medium, warning.Level);
        Assert.Equal(Day, warning.Raised);
        Assert.Equal(code.ToString() + "在90日内被投诉2次，中风险，科室（站所）负责人督促整改", warning.Message);
    }

    [Fact]
    public void A_second_supervision_notice_and_a_sign_of_a_group_incident_are_high_and_go_up()
    {
        var warnings = RiskWarningPolicy.Default.Evaluate(
            RiskRegisterTests.Sound,
            [
                new RiskObservation(RiskObservationKind.SupervisionNotice, new LocalDate(2025, 10, 10), "dispute-2025-017"),
                new RiskObservation(RiskObservationKind.SupervisionNotice, new LocalDate(2025, 12, 31), "dispute-2025-017"),
                new RiskObservation(RiskObservationKind.SupervisionNotice, new LocalDate(2025, 12, 31), "dispute-2025-011"),
                new RiskObservation(RiskObservationKind.GroupIncidentSign, new LocalDate(2026, 2, 14), "征地补偿款分配，村民酝酿集体上访"),
            ],
            new LocalDate(2026, 2, 24));

        Assert.Equal(
            [
                (RiskWarningKind.RepeatedSupervision, RiskLevel.High, RiskWarningPolicy.DisciplineInspection, new LocalDate(2025, 12, 31)),
                (RiskWarningKind.GroupIncidentSign, RiskLevel.High, RiskWarningPolicy.Head, new LocalDate(2026, 2, 14)),
            ],
            warnings.Select(w => (w.Kind, w.Level, w.MustAct, w.Raised)));
    }

    [Fact]
    public void Bad_input_is_refused_with_a_clear_error()
    {
        Assert.Throws<ArgumentNullException>(() => RiskWarningPolicy.Default.Evaluate(RiskRegisterTests.Sound, [null!], Day));
        Assert.Throws<ArgumentException>(() => RiskWarningPolicy.Default.Evaluate(RiskRegisterTests.Sound, [new RiskObservation((RiskObservationKind)9, Day, "x")], Day));
        Assert.Throws<ArgumentException>(() => RiskWarningPolicy.Default.Evaluate(RiskRegisterTests.Sound, [new RiskObservation(RiskObservationKind.Complaint, Day, " ")], Day));
        Assert.Throws<ArgumentOutOfRangeException>(() => new RiskWarningPolicy(complaintThreshold: 1));
        Assert.Throws<ArgumentOutOfRangeException>(() => new RiskWarningPolicy(complaintWindowDays: 0));
    }
}
