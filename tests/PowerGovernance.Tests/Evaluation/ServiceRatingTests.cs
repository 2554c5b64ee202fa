using System;
using System.Collections.Generic;
using System.Linq;
using NodaTime;
using PowerGovernance.Evaluation;
using PowerGovernance.FrontDesk;
using PowerGovernance.Procedures;
using PowerGovernance.Procedures.BuiltIn;
using PowerGovernance.Supervision;
using PowerGovernance.Tests.Procedures.BuiltIn;
using static PowerGovernance.Tests.Procedures.BuiltIn.BuiltInFixture;

namespace PowerGovernance.Tests.Evaluation;

/// <summary>
/// Service evaluation (好差评, 国办发〔2019〕51号): five grades; every bad rating is verified, put right or explained, and the rater
/// called back within 15 working days (local practice). Dates on the official China calendar: National Day 2025 (10-01..10-08 off,
/// Sun 09-28 and Sat 10-11 worked) and Spring Festival 2026 (02-15..02-23 off, Sat 02-14 and Sat 02-28 worked).
/// </summary>
public class ServiceRatingTests
{
    internal static readonly ProcedureEngine Engine = new(Calendar, BuiltInPowers.Catalog, [.. Definitions, RatingRectificationProcedure.Definition]);
    internal static readonly ServiceRatingDesk Desk = new(BuiltInPowers.Catalog);
    internal static readonly Actor Supervisor = new("监督岗孙某", RatingRectificationProcedure.Supervisor);
    internal static readonly Actor Undertaker = new("窗口负责人周某", RatingRectificationProcedure.Undertaker);
    private static readonly Actor Clerk = new("张敏", AdministrativeLicensing.Clerk);
    private static readonly ServiceRatingReport Report = new(BuiltInFixture.Supervisor);

    /// <summary>A licensing case received at the counter at <paramref name="at"/>, rated there an hour later.</summary>
    private static ServiceRating RatedAtTheCounter(Instant at, ServiceGrade grade, string id = "HC-1")
    {
        var received = CaseWalk.Start(BuiltInProcedures.AdministrativeLicensing, BuiltInPowers.Licensing, Clerk, at, "XK-" + id, Engine);
        var rated = Desk.RateCase(id, received.Snapshot, BuiltInProcedures.AdministrativeLicensing, grade, at.Plus(Duration.FromHours(1)), new Rater("刘某", "13800000000"), "窗口人员态度冷漠，材料问题未一次说清");
        Assert.True(rated.IsAccepted, rated.Message);
        return rated.Rating;
    }

    private static CaseSnapshot Fire(CaseSnapshot @case, ProcedureTrigger trigger, Actor actor, Instant at, TriggerArguments? arguments = null, string? reason = null)
    {
        var fired = Engine.Fire(@case, trigger, actor, at, arguments, reason);
        Assert.True(fired.IsAccepted, fired.Message);
        return fired.Snapshot;
    }

    [Fact]
    public void A_bad_rating_on_a_licensing_case_of_Tue_2025_09_30_is_rectified_and_called_back_by_Tue_10_28()
    {
        var rating = RatedAtTheCounter(At(2025, 9, 30), ServiceGrade.Dissatisfied);
        Assert.True(rating.IsBad);
        Assert.Equal(BuiltInPowers.Licensing.Code, rating.Power);
        Assert.Equal("政务服务窗口", rating.Unit); // the power's undertaking unit in the catalog
        Assert.Equal(AdministrativeLicensing.Clerk.ChineseName, rating.Post); // the receipt step's post
        Assert.Equal(new LocalDate(2025, 9, 30), rating.RatedOn);

        var opened = Desk.OpenRectification(Engine, rating, "ZG-2025-001", Supervisor, At(2025, 9, 30, 15));
        Assert.True(opened.IsAccepted, opened.Message);
        Assert.Equal(["start", "register"], opened.Events.Select(e => e.Trigger));
        Assert.Contains(opened.Events[1].Arguments, a => a.Key == "rating" && a.Value == "HC-1");

        // 15 working days from the rating's registration (the day itself not counted): 10-01..10-08 off, 10-09 1, 10-10 2,
        // Sat 10-11 (worked) 3, 10-13 4, 10-14 5, 10-15 6, 10-16 7, 10-17 8, 10-20 9, 10-21 10, 10-22 11, 10-23 12, 10-24 13,
        // 10-27 14, 10-28 15.
        var @case = opened.Snapshot;
        Assert.Equal(new LocalDate(2025, 10, 28), BuiltInFixture.Supervisor.CaseStatus(@case, RatingRectificationProcedure.Definition, At(2025, 9, 30, 16)).DueDate);
        Assert.Null(RatingRectificationProcedure.Definition.LegalLimit); // no law sets the number: the committed limit only

        @case = Fire(@case, RatingRectificationProcedure.Triggers.Confirm, Supervisor, At(2025, 10, 9), reason: "经调取录像核实，窗口未一次性告知补正材料");
        @case = Fire(@case, RatingRectificationProcedure.Triggers.Rectify, Undertaker, At(2025, 10, 24), TriggerArguments.None.With(RatingRectificationProcedure.Arguments.Measures, "约谈窗口人员，重新培训一次性告知制度"));
        @case = Fire(@case, RatingRectificationProcedure.Triggers.CallBack, Supervisor, At(2025, 10, 27), TriggerArguments.None.With(RatingRectificationProcedure.Arguments.Satisfaction, CallbackSatisfaction.Satisfied));
        Assert.Equal(RatingRectificationProcedure.Steps.Closed, @case.Step);
        Assert.Equal(DeadlineState.FinishedOnTime, BuiltInFixture.Supervisor.CaseStatus(@case, RatingRectificationProcedure.Definition, At(2025, 10, 30)).State);

        var groups = Report.Summarize([rating], new DateInterval(new LocalDate(2025, 9, 1), new LocalDate(2025, 12, 31)), RatingGrouping.Power, new Dictionary<string, CaseSnapshot> { ["HC-1"] = @case }, At(2025, 10, 30));
        var group = Assert.Single(groups);
        Assert.Equal(BuiltInPowers.Licensing.Code.ToString(), group.Key);
        Assert.Equal((1, 1, 1, 0, 0), (group.Statistics.Dissatisfied, group.Statistics.Bad, group.Statistics.Rectified, group.Statistics.RectifiedLate, group.Statistics.Unrectified));
    }

    [Fact]
    public void Called_back_on_Wed_2025_10_29_the_rectification_was_a_day_late_and_open_then_it_is_overdue()
    {
        var rating = RatedAtTheCounter(At(2025, 9, 30), ServiceGrade.VeryDissatisfied, "HC-2");
        var @case = Desk.OpenRectification(Engine, rating, "ZG-2025-002", Supervisor, At(2025, 9, 30, 15)).Snapshot;
        @case = Fire(@case, RatingRectificationProcedure.Triggers.Confirm, Supervisor, At(2025, 10, 9), reason: "属实");
        @case = Fire(@case, RatingRectificationProcedure.Triggers.Rectify, Undertaker, At(2025, 10, 28), TriggerArguments.None.With(RatingRectificationProcedure.Arguments.Measures, "整改到位"));
        var period = new DateInterval(new LocalDate(2025, 9, 1), new LocalDate(2025, 12, 31));
        var open = Report.Summarize([rating], period, RatingGrouping.Unit, new Dictionary<string, CaseSnapshot> { ["HC-2"] = @case }, At(2025, 10, 29));
        Assert.Equal((0, 1, 1), (open[0].Statistics.Rectified, open[0].Statistics.RectificationOverdue, open[0].Statistics.Unrectified));

        @case = Fire(@case, RatingRectificationProcedure.Triggers.CallBack, Supervisor, At(2025, 10, 29), TriggerArguments.None.With(RatingRectificationProcedure.Arguments.Satisfaction, CallbackSatisfaction.BasicallySatisfied));
        var closed = Report.Summarize([rating], period, RatingGrouping.Unit, new Dictionary<string, CaseSnapshot> { ["HC-2"] = @case }, At(2025, 10, 30));
        Assert.Equal((1, 1, 0), (closed[0].Statistics.Rectified, closed[0].Statistics.RectifiedLate, closed[0].Statistics.RectificationOverdue));
    }

    [Fact]
    public void An_unfounded_bad_rating_of_Fri_2026_02_13_is_explained_and_called_back_by_Thu_03_12()
    {
        var rating = RatedAtTheCounter(At(2026, 2, 13), ServiceGrade.Dissatisfied, "HC-3");
        var @case = Desk.OpenRectification(Engine, rating, "ZG-2026-001", Supervisor, At(2026, 2, 13, 15)).Snapshot;

        // Sat 02-14 (worked) 1, 02-15..02-23 off, 02-24 2, 02-25 3, 02-26 4, 02-27 5, Sat 02-28 (worked) 6, 03-02 7, 03-03 8,
        // 03-04 9, 03-05 10, 03-06 11, 03-09 12, 03-10 13, 03-11 14, 03-12 15.
        Assert.Equal(new LocalDate(2026, 3, 12), BuiltInFixture.Supervisor.CaseStatus(@case, RatingRectificationProcedure.Definition, At(2026, 2, 13, 16)).DueDate);

        Assert.Equal(RejectionKind.ReasonMissing, Engine.Fire(@case, RatingRectificationProcedure.Triggers.Explain, Supervisor, At(2026, 2, 24)).Rejection);
        @case = Fire(@case, RatingRectificationProcedure.Triggers.Explain, Supervisor, At(2026, 2, 24), reason: "所需材料为法定材料，已向评价人解释说明");
        Assert.Equal(RatingRectificationProcedure.Steps.Callback, @case.Step);
        Assert.Equal(RejectionKind.ArgumentMissing, Engine.Fire(@case, RatingRectificationProcedure.Triggers.CallBack, Supervisor, At(2026, 3, 12)).Rejection);
        @case = Fire(@case, RatingRectificationProcedure.Triggers.CallBack, Supervisor, At(2026, 3, 12), TriggerArguments.None.With(RatingRectificationProcedure.Arguments.Satisfaction, CallbackSatisfaction.BasicallySatisfied));
        Assert.Equal(DeadlineState.FinishedOnTime, BuiltInFixture.Supervisor.CaseStatus(@case, RatingRectificationProcedure.Definition, At(2026, 3, 13)).State);
    }

    [Fact]
    public void Only_the_undertaking_unit_rectifies_and_only_the_supervisor_verifies()
    {
        var rating = RatedAtTheCounter(At(2025, 9, 30), ServiceGrade.Dissatisfied, "HC-4");
        var @case = Desk.OpenRectification(Engine, rating, "ZG-2025-004", Supervisor, At(2025, 9, 30, 15)).Snapshot;
        Assert.Equal(RejectionKind.ActorLacksPost, Engine.Fire(@case, RatingRectificationProcedure.Triggers.Confirm, Undertaker, At(2025, 10, 9), reason: "属实").Rejection);
        @case = Fire(@case, RatingRectificationProcedure.Triggers.Confirm, Supervisor, At(2025, 10, 9), reason: "属实");
        Assert.Equal(RejectionKind.ActorLacksPost, Engine.Fire(@case, RatingRectificationProcedure.Triggers.Rectify, Supervisor, At(2025, 10, 10), TriggerArguments.None.With(RatingRectificationProcedure.Arguments.Measures, "整改")).Rejection);
    }

    [Fact]
    public void A_good_rating_opens_no_rectification()
    {
        var rating = RatedAtTheCounter(At(2025, 9, 30), ServiceGrade.BasicallySatisfied, "HC-5");
        Assert.False(rating.IsBad);
        var refused = Desk.OpenRectification(Engine, rating, "ZG-x", Supervisor, At(2025, 9, 30, 15));
        Assert.False(refused.IsAccepted);
        Assert.Empty(refused.Events);
        Assert.Contains(refused.Findings, f => f.Code == ServiceRatingRuleCodes.NotBad);
        Assert.Throws<InvalidOperationException>(() => refused.Snapshot);
    }

    [Fact]
    public void A_stored_rating_whose_power_is_not_listed_is_checked_not_believed()
    {
        var rating = RatedAtTheCounter(At(2025, 9, 30), ServiceGrade.Dissatisfied, "HC-6") with { Power = PowerGovernance.Powers.PowerCode.Parse("62052400MZ-XK-9999") };
        var refused = Desk.OpenRectification(Engine, rating, "ZG-y", Supervisor, At(2025, 9, 30, 15));
        Assert.Contains(refused.Findings, f => f.Code == ServiceRatingRuleCodes.PowerNotListed && f.AttemptedValue == "62052400MZ-XK-9999");
    }

    [Fact]
    public void Every_problem_of_a_rating_is_reported_at_once_and_nothing_is_rated()
    {
        var received = CaseWalk.Start(BuiltInProcedures.AdministrativeLicensing, BuiltInPowers.Licensing, Clerk, At(2025, 9, 30), "XK-bad", Engine);
        var refused = Desk.RateCase(" ", received.Snapshot, BuiltInProcedures.TimeLimitedCompletion, (ServiceGrade)9, At(2025, 9, 29), comment: new string('很', ServiceRatingDesk.MaxCommentLength + 1));
        Assert.False(refused.IsAccepted);
        Assert.Equal(
            [ServiceRatingRuleCodes.IdMissing, ServiceRatingRuleCodes.GradeUndefined, ServiceRatingRuleCodes.CommentTooLong, ServiceRatingRuleCodes.WrongDefinition, ServiceRatingRuleCodes.BeforeService],
            refused.Findings.Select(f => f.Code));
        Assert.All(refused.Findings, f => Assert.False(string.IsNullOrWhiteSpace(f.ChineseMessage)));
        Assert.Equal(201, refused.Findings.Single(f => f.Code == ServiceRatingRuleCodes.CommentTooLong).AttemptedValue!.Length); // 200 characters and an ellipsis
        Assert.Throws<InvalidOperationException>(() => refused.Rating);
    }

    [Fact]
    public void An_inquiry_is_rated_once_it_was_routed_and_carries_the_routes_power_unit_and_post()
    {
        var desk = new FirstInquiryDesk(Calendar, BuiltInPowers.Catalog);
        var visit = desk.Log("ZX-1", "刘某", null, InquiryChannel.Counter, "公共场所卫生许可怎么办", "党政办公室李某", At(2025, 9, 30, 9));
        Assert.Contains(Desk.RateInquiry("R-0", visit, ServiceGrade.Satisfied, At(2025, 9, 30, 9)).Findings, f => f.Code == ServiceRatingRuleCodes.InquiryStillOpen);

        var routed = desk.Route(visit, BuiltInPowers.Licensing.Code, At(2025, 9, 30, 9)).Inquiry;
        var rating = Desk.RateInquiry("R-1", routed, ServiceGrade.Satisfied, At(2025, 9, 30, 10)).Rating;
        Assert.Equal((RatedService.Inquiry, "ZX-1", (PowerGovernance.Powers.PowerCode?)BuiltInPowers.Licensing.Code, "政务服务窗口", "窗口受理员"), (rating.Service, rating.ServiceId, rating.Power, rating.Unit, rating.Post));

        var answered = desk.Answer(desk.Log("ZX-2", "陈某", null, InquiryChannel.Phone, "办公时间", "党政办公室李某", At(2025, 9, 30, 9)), "工作日8:30-17:30", At(2025, 9, 30, 9)).Inquiry;
        var noPower = Desk.RateInquiry("R-2", answered, ServiceGrade.VeryDissatisfied, At(2025, 9, 30, 10)).Rating;
        Assert.Null(noPower.Power);
        Assert.Contains(Desk.OpenRectification(Engine, noPower, "ZG-z", Supervisor, At(2025, 9, 30, 15)).Findings, f => f.Code == ServiceRatingRuleCodes.PowerNotListed);
    }

    [Fact]
    public void The_unit_statistics_are_reported_in_the_year_end_assessment()
    {
        var statistics = new ServiceRatingStatistics(VerySatisfied: 40, Satisfied: 30, BasicallySatisfied: 10, Dissatisfied: 15, VeryDissatisfied: 5, Rectified: 18, RectifiedLate: 2, RectificationOverdue: 1);
        Assert.Equal((100, 20, 2), (statistics.Total, statistics.Bad, statistics.Unrectified));
        Assert.Equal(0.8, statistics.SatisfactionRate!.Value, 10);
        var assessment = new YearEndAssessment().AssessUnit(new UnitRecord("政务服务窗口", [], []) { ServiceRatings = statistics }, 2025);
        var rule = Assert.Single(assessment.Rules, r => r.Code == ServiceRatingRuleCodes.Reported);
        Assert.Contains("satisfaction 80.0%", rule.Message, StringComparison.Ordinal);
        Assert.Contains("差评20件，已整改18件（超期2件），未整改2件", rule.ChineseMessage, StringComparison.Ordinal);
        Assert.True(assessment.AwardsEligible); // reported, not weighed
    }
}
