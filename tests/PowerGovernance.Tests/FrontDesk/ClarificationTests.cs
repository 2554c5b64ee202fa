using System;
using System.Linq;
using NodaTime;
using PowerGovernance.Calendars;
using PowerGovernance.FrontDesk;
using PowerGovernance.Procedures;
using PowerGovernance.Supervision;
using static PowerGovernance.Tests.FrontDesk.DeskFixture;

namespace PowerGovernance.Tests.FrontDesk;

/// <summary>
/// 一次性告知制 3: a matter involving several departments, or whose procedure, materials or rules are unclear, is found out by the
/// official who received it and the result told to the inquirer; being unclear is no excuse for not telling. The default limit is
/// 5 working days from the day of receipt (not counted).
/// </summary>
public class ClarificationTests
{
    private static readonly FirstInquiryDesk Desk = new(Calendar, DeskPowers.Catalog);

    [Fact]
    public void A_matter_received_the_Friday_before_Spring_Festival_2026_must_have_its_result_told_by_Friday_02_27()
    {
        // Received at the counter on Friday 2026-02-13 (a working day). cn-official.txt: holiday 02-15..02-23, make-up working days
        // Sat 02-14 and Sat 02-28. The day of receipt is not counted: Sat 02-14 make-up (1), 02-15..02-23 holiday, Tue 02-24 (2),
        // Wed 02-25 (3), Thu 02-26 (4), Fri 02-27 (5): due 2026-02-27. Sat 02-28 is a working day too, but after the due date.
        var visit = Desk.Log("LF-0213-02", "孙某", "某村", InquiryChannel.Counter, "残疾人两项补贴和低保能否同时申请", "党政办公室李某", At(2026, 2, 13, 9));
        var taken = Desk.Clarify(visit, ClarificationReason.SeveralDepartments, At(2026, 2, 13, 9, 20));

        Assert.True(taken.IsAccepted, taken.Message);
        var inquiry = taken.Inquiry;
        Assert.Equal(InquiryState.BeingClarified, inquiry.State);
        Assert.True(inquiry.IsOpen);
        Assert.Null(inquiry.ClosedAt);
        Assert.Equal("党政办公室李某", inquiry.Owner);
        Assert.Equal(new Clarification(ClarificationReason.SeveralDepartments, At(2026, 2, 13, 9, 20), TimeLimit.WorkingDays(5), new LocalDate(2026, 2, 27)), inquiry.Clarification);
        Assert.Equal(new LocalDate(2026, 2, 27), Desk.AnswerDeadline(inquiry).DueDate);
        Assert.Equal(TimeLimit.WorkingDays(5), Desk.LimitFor(inquiry));
        Assert.Equal(TimeLimit.WorkingDays(0), Desk.LimitFor(InquiryChannel.Counter));
        Assert.Equal(new LocalDate(2026, 2, 13), Desk.AnswerDeadline(visit).DueDate);

        // Taken on that day, so the counter rule holds; the clock runs: on time on 02-25 (3 of 5 used), yellow on 02-26 (4 used).
        Assert.Empty(Desk.Review(inquiry, At(2026, 2, 16)));
        Assert.Equal(DeadlineState.OnTime, Desk.Status(inquiry, At(2026, 2, 25)).State);
        var yellow = Desk.Status(inquiry, At(2026, 2, 26));
        Assert.Equal(DeadlineState.Warning, yellow.State);
        Assert.Equal(4, yellow.DaysUsed);
        Assert.Empty(Desk.Review(inquiry, At(2026, 2, 27, 17)));

        // Still not told on the make-up Saturday 02-28: overdue, with the due date in both languages.
        Assert.Equal(DeadlineState.Overdue, Desk.Status(inquiry, At(2026, 2, 28)).State);
        var overdue = Assert.Single(Desk.Review(inquiry, At(2026, 2, 28)));
        Assert.Equal(FrontDeskRuleCodes.ClarificationOverdue, overdue.Code);
        Assert.Contains("due to be told by 2026-02-27 and has not been told", overdue.Message, StringComparison.Ordinal);
        Assert.Contains("涉及多个部所或部门", overdue.ChineseMessage, StringComparison.Ordinal);
        Assert.Contains("应于2026-02-27前将结果告知当事人，至今未告知", overdue.ChineseMessage, StringComparison.Ordinal);

        // The result told on Friday 02-27 closes it on time; the record of the clarification stays.
        var told = Desk.Answer(inquiry, "经咨询民政办和残联，两项补贴与低保可同时申请，需分别提交申请", At(2026, 2, 27, 15));
        Assert.True(told.IsAccepted, told.Message);
        Assert.Equal(InquiryState.Answered, told.Inquiry.State);
        Assert.False(told.Inquiry.IsOpen);
        Assert.Equal(inquiry.Clarification, told.Inquiry.Clarification);
        Assert.Equal(DeadlineState.FinishedOnTime, Desk.Status(told.Inquiry, At(2026, 3, 9)).State);
        Assert.Empty(Desk.Review(told.Inquiry, At(2026, 3, 9)));

        // Told on the make-up Saturday instead: late.
        var late = Desk.Answer(inquiry, "可同时申请", At(2026, 2, 28, 10));
        Assert.True(late.IsAccepted, late.Message);
        var lateFinding = Assert.Single(Desk.Review(late.Inquiry, At(2026, 3, 9)));
        Assert.Equal(FrontDeskRuleCodes.ClarificationOverdue, lateFinding.Code);
        Assert.Contains("was told late", lateFinding.Message, StringComparison.Ordinal);
        Assert.Contains("逾期告知", lateFinding.ChineseMessage, StringComparison.Ordinal);
    }

    [Fact]
    public void A_call_received_the_day_before_National_Day_2025_must_have_its_result_told_by_Tuesday_10_14()
    {
        // Received by phone on Tuesday 2025-09-30 (a working day). cn-official.txt: holiday 10-01..10-08, make-up working days
        // Sun 09-28 and Sat 10-11. The day of receipt is not counted: 10-01..10-08 holiday, Thu 10-09 (1), Fri 10-10 (2),
        // Sat 10-11 make-up (3), Sun 10-12 rest, Mon 10-13 (4), Tue 10-14 (5): due 2025-10-14.
        var call = Desk.Log("LD-0930-05", "周某", null, InquiryChannel.Phone, "宅基地上翻建房屋要办哪些手续", "党政办公室李某", At(2025, 9, 30, 16));
        var taken = Desk.Clarify(call, ClarificationReason.UnclearRules, At(2025, 9, 30, 16, 30));

        Assert.True(taken.IsAccepted, taken.Message);
        Assert.Equal(new LocalDate(2025, 10, 14), taken.Inquiry.Clarification!.DueOn);
        Assert.Equal(new LocalDate(2025, 10, 14), Desk.AnswerDeadline(taken.Inquiry).DueDate);
        Assert.Empty(Desk.Review(taken.Inquiry, At(2025, 10, 14, 17)));
        Assert.Equal(FrontDeskRuleCodes.ClarificationOverdue, Assert.Single(Desk.Review(taken.Inquiry, At(2025, 10, 15))).Code);

        var told = Desk.Answer(taken.Inquiry, "经请示县自然资源局，需先申请乡村建设规划许可", At(2025, 10, 14, 10));
        Assert.True(told.IsAccepted, told.Message);
        Assert.Empty(Desk.Review(told.Inquiry, At(2025, 10, 20)));
        Assert.Equal(DeadlineState.FinishedOnTime, Desk.Status(told.Inquiry, At(2025, 10, 20)).State);
    }

    [Fact]
    public void A_visit_taken_on_only_after_its_day_breaks_the_counter_rule_and_then_the_clarification_limit()
    {
        // A visit on Tuesday 2025-09-30 should be answered, routed or taken on that day; taken on only on Thursday 10-09 (after the
        // holiday), the counter rule is broken. Its result is still due by 2025-10-14 (5 working days from receipt, as above).
        var visit = Desk.Log("LF-0930-01", "吴某", null, InquiryChannel.Counter, "流动人口计划生育证明", "党政办公室李某", At(2025, 9, 30));
        var taken = Desk.Clarify(visit, ClarificationReason.UnclearProcedureOrMaterials, At(2025, 10, 9));
        Assert.True(taken.IsAccepted, taken.Message);

        var atOnce = Assert.Single(Desk.Review(taken.Inquiry, At(2025, 10, 10)));
        Assert.Equal(FrontDeskRuleCodes.InquiryNotResolvedAtOnce, atOnce.Code);
        Assert.Equal("Clarification.StartedAt", atOnce.Path);
        Assert.Contains("only on 2025-10-09", atOnce.Message, StringComparison.Ordinal);

        Assert.Equal(
            [FrontDeskRuleCodes.InquiryNotResolvedAtOnce, FrontDeskRuleCodes.ClarificationOverdue],
            Desk.Review(taken.Inquiry, At(2025, 10, 15)).Select(f => f.Code));
    }

    [Fact]
    public void An_inquiry_being_clarified_is_told_by_the_official_who_took_it_on_not_routed_or_taken_in_for_another_post()
    {
        var visit = Desk.Log("LF-0213-03", "郑某", null, InquiryChannel.Counter, "失业登记与低保", "党政办公室李某", At(2026, 2, 13, 9));
        var inquiry = Desk.Clarify(visit, ClarificationReason.SeveralDepartments, At(2026, 2, 13, 9, 10)).Inquiry;

        var routed = Desk.Route(inquiry, DeskPowers.UnemploymentRegistration.Code, At(2026, 2, 13, 11));
        Assert.False(routed.IsAccepted);
        Assert.Same(inquiry, routed.Inquiry);
        var finding = Assert.Single(routed.Findings);
        Assert.Equal(FrontDeskRuleCodes.InquiryBeingClarified, finding.Code);
        Assert.Equal("State", finding.Path);
        Assert.Equal("BeingClarified", finding.AttemptedValue);
        Assert.Contains("by 2026-02-27", finding.Message, StringComparison.Ordinal);
        Assert.Contains("不能以不清楚为由不履行告知义务", finding.ChineseMessage, StringComparison.Ordinal);

        var roster = new PostRoster([new PostAssignment(new Post("劳动保障专干", "Labour officer"), "劳动保障站", ["张某"], [], "失业登记", "廉洁办理")], [new Absence("张某", new DateInterval(new LocalDate(2026, 2, 13), new LocalDate(2026, 2, 13)), AbsenceReason.Leave)]);
        var takenIn = Desk.TakeIn(inquiry, DeskPowers.UnemploymentRegistration.Code, roster, ["申请书"], At(2026, 2, 13, 11));
        Assert.Equal([FrontDeskRuleCodes.InquiryBeingClarified], takenIn.Findings.Select(f => f.Code));

        Assert.Equal([FrontDeskRuleCodes.InquiryBeingClarified], Desk.Clarify(inquiry, ClarificationReason.UnclearRules, At(2026, 2, 13, 11)).Findings.Select(f => f.Code));
    }

    [Fact]
    public void Every_problem_with_taking_a_matter_on_is_reported_at_once_and_changes_nothing()
    {
        var visit = Desk.Log("LF-0213-04", "冯某", null, InquiryChannel.Counter, "问题", "党政办公室李某", At(2026, 2, 13, 9));
        var answered = Desk.Answer(visit, "已答复", At(2026, 2, 13, 9, 5)).Inquiry;

        var refused = Desk.Clarify(answered, (ClarificationReason)7, At(2026, 2, 13, 8));

        Assert.False(refused.IsAccepted);
        Assert.Same(answered, refused.Inquiry);
        Assert.Equal(
            [FrontDeskRuleCodes.InquiryClosed, FrontDeskRuleCodes.InvalidTime, FrontDeskRuleCodes.UnknownClarificationReason],
            refused.Findings.Select(f => f.Code));
        var reason = refused.Findings[2];
        Assert.Equal(("Reason", "7"), (reason.Path, reason.AttemptedValue));
        Assert.Contains("not a defined ClarificationReason", reason.Message, StringComparison.Ordinal);
        Assert.Contains("原因7无效", reason.ChineseMessage, StringComparison.Ordinal);

        // Received on Wednesday 2026-12-30: five working days after run past the calendar's last day, 2026-12-31.
        var late = Desk.Log("LF-1230-01", "陈某", null, InquiryChannel.Counter, "问题", "党政办公室李某", At(2026, 12, 30));
        var beyond = Desk.Clarify(late, ClarificationReason.UnclearRules, At(2026, 12, 30, 11));
        var coverage = Assert.Single(beyond.Findings);
        Assert.Equal((FrontDeskRuleCodes.InvalidTime, "ReceivedOn", "2026-12-30"), (coverage.Code, coverage.Path, coverage.AttemptedValue));
        Assert.Equal(InquiryState.Open, beyond.Inquiry.State);
        Assert.Null(beyond.Inquiry.Clarification);

        Assert.Throws<ArgumentNullException>(() => Desk.Clarify(null!, ClarificationReason.UnclearRules, At(2026, 2, 13)));
        Assert.Throws<ArgumentNullException>(() => Desk.LimitFor((Inquiry)null!));
    }

    [Fact]
    public void The_clarification_limit_is_an_option_and_never_shortens_the_channel_limit()
    {
        // Counter inquiry on Friday 2026-02-13 with a 3-working-day limit: 02-14 make-up (1), 02-24 (2), 02-25 (3).
        var three = new FirstInquiryDesk(Calendar, DeskPowers.Catalog, FrontDeskOptions.Default with { ClarificationLimit = TimeLimit.WorkingDays(3) });
        var visit = three.Log("LF-1", "王某", null, InquiryChannel.Counter, "问题", "李某", At(2026, 2, 13));
        Assert.Equal(new LocalDate(2026, 2, 25), three.Clarify(visit, ClarificationReason.UnclearRules, At(2026, 2, 13)).Inquiry.Clarification!.DueOn);

        // A website question under a 10-working-day answer limit keeps its 10 days when taken on to be found out (the longer limit):
        // Friday 2026-02-13: 02-14 (1), 02-24..02-27 (2-5), Sat 02-28 make-up (6), 03-02..03-05 (7-10): due Thursday 2026-03-05.
        var ten = new FirstInquiryDesk(Calendar, DeskPowers.Catalog, FrontDeskOptions.Default with { WebsiteAnswerLimit = TimeLimit.WorkingDays(10) });
        var question = ten.Log("WZ-1", "王某", null, InquiryChannel.Website, "问题", "李某", At(2026, 2, 13));
        var clarified = ten.Clarify(question, ClarificationReason.UnclearRules, At(2026, 2, 14)).Inquiry;
        Assert.Equal(TimeLimit.WorkingDays(10), clarified.Clarification!.Limit);
        Assert.Equal(new LocalDate(2026, 3, 5), clarified.Clarification.DueOn);
        Assert.Equal(ten.AnswerDeadline(question).DueDate, ten.AnswerDeadline(clarified).DueDate);
    }
}
