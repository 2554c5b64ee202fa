using System.Linq;
using NodaTime;
using PowerGovernance.Calendars;
using PowerGovernance.FrontDesk;
using PowerGovernance.Supervision;
using static PowerGovernance.Tests.FrontDesk.DeskFixture;

namespace PowerGovernance.Tests.FrontDesk;

public class FirstInquiryDeskTests
{
    private static readonly FirstInquiryDesk Desk = new(Calendar, DeskPowers.Catalog);

    [Fact]
    public void A_website_question_asked_the_day_before_the_Spring_Festival_break_is_due_on_the_fifth_working_day_after()
    {
        // Fri 2024-02-09 (除夕) is a working day in the State Council's 2024 arrangement (cn-official.txt lists the
        // holiday as 02-10..02-17, with make-up working days Sun 02-04 and Sun 02-18). The day of receipt is not
        // counted: 02-10..02-17 holiday, 02-18 make-up Sunday (1), 02-19 (2), 02-20 (3), 02-21 (4), 02-22 (5).
        Assert.True(Calendar.IsWorkingDay(new LocalDate(2024, 2, 9)));
        var question = Desk.Log("WZ-0209-01", "王某", null, InquiryChannel.Website, "失业登记需要带哪些材料？", "党政办公室李某", At(2024, 2, 9, 16));

        Assert.Equal(new LocalDate(2024, 2, 22), Desk.AnswerDeadline(question).DueDate);
        Assert.Equal("李某", question.Owner[^2..]);

        // Supervised like a case: on time on 02-20 (3 of 5 used), yellow on 02-21 (one working day left), red on 02-23.
        Assert.Equal(DeadlineState.OnTime, Desk.Status(question, At(2024, 2, 20)).State);
        var yellow = Desk.Status(question, At(2024, 2, 21));
        Assert.Equal(DeadlineState.Warning, yellow.State);
        Assert.Equal(4, yellow.DaysUsed);
        Assert.Equal(DeadlineState.Overdue, Desk.Status(question, At(2024, 2, 23)).State);
        Assert.Equal(FrontDeskRuleCodes.WebsiteAnswerOverdue, Assert.Single(Desk.Review(question, At(2024, 2, 23))).Code);

        // Answered on the fifth working day: finished on time, nothing to report.
        var answered = Desk.Answer(question, "需带身份证、户口本、照片、申领审批表及所属类别证明", At(2024, 2, 22, 11));
        Assert.True(answered.IsAccepted);
        Assert.Equal(DeadlineState.FinishedOnTime, Desk.Status(answered.Inquiry, At(2024, 3, 1)).State);
        Assert.Empty(Desk.Review(answered.Inquiry, At(2024, 3, 1)));
    }

    [Fact]
    public void A_counter_visitor_is_routed_by_the_catalog_to_the_undertaking_post_the_same_day()
    {
        var visit = Desk.Log("LF-0219-03", "赵某", "某村", InquiryChannel.Counter, "申请失业登记", "党政办公室李某", At(2024, 2, 19, 9));
        Assert.Equal(new LocalDate(2024, 2, 19), Desk.AnswerDeadline(visit).DueDate);

        var routed = Desk.Route(visit, DeskPowers.UnemploymentRegistration.Code, At(2024, 2, 19, 9, 5));

        Assert.True(routed.IsAccepted);
        Assert.Equal(InquiryState.Routed, routed.Inquiry.State);
        Assert.Equal("劳动保障专干", routed.Inquiry.Owner);
        Assert.Equal("劳动保障站", routed.Inquiry.Route!.Unit);
        Assert.Equal("引荐至劳动保障站 劳动保障专干", routed.Inquiry.Result);
        Assert.Empty(Desk.Review(routed.Inquiry, At(2024, 2, 26)));

        // The same visitor left waiting until the next day breaks the rule.
        Assert.Equal(FrontDeskRuleCodes.InquiryNotResolvedAtOnce, Assert.Single(Desk.Review(visit, At(2024, 2, 20, 9))).Code);
        Assert.Empty(Desk.Review(visit, At(2024, 2, 19, 17)));
    }

    [Fact]
    public void A_caller_handed_on_must_be_given_the_number_and_every_problem_is_reported_at_once()
    {
        var call = Desk.Log("LD-0219-07", "钱某", null, InquiryChannel.Phone, "危房改造补助", "党政办公室李某", At(2024, 2, 19, 10));

        var refused = Desk.Route(call, DeskPowers.HomesteadRepair.Code, At(2024, 2, 19, 9));

        Assert.False(refused.IsAccepted);
        Assert.Same(call, refused.Inquiry);
        Assert.Equal(
            [FrontDeskRuleCodes.InvalidTime, FrontDeskRuleCodes.NoUndertakingPost, FrontDeskRuleCodes.RoutedWithoutNumber],
            refused.Findings.Select(f => f.Code));

        var unlisted = Desk.Route(call, PowerGovernance.Powers.PowerCode.Parse("62052400MZ-CF-0001"), At(2024, 2, 19, 10, 30), "0832-1234567");
        Assert.Equal(FrontDeskRuleCodes.PowerNotListed, Assert.Single(unlisted.Findings).Code);

        var routed = Desk.Route(call, DeskPowers.UnemploymentRegistration.Code, At(2024, 2, 19, 10, 30), "0832-1234567");
        Assert.True(routed.IsAccepted);
        Assert.Equal("0832-1234567", routed.Inquiry.Route!.Phone);
        Assert.Equal(FrontDeskRuleCodes.InquiryClosed, Assert.Single(Desk.Answer(routed.Inquiry, "again", At(2024, 2, 19, 11)).Findings).Code);
    }

    [Fact]
    public void The_website_answer_period_is_an_option()
    {
        var desk = new FirstInquiryDesk(Calendar, DeskPowers.Catalog, FrontDeskOptions.Default with { WebsiteAnswerLimit = TimeLimit.WorkingDays(3) });
        var question = desk.Log("WZ-1", "王某", null, InquiryChannel.Website, "问题", "李某", At(2024, 9, 27));

        // Fri 09-27: 09-29 make-up Sunday (1), 09-30 (2), 10-08 after National Day (3).
        Assert.Equal(new LocalDate(2024, 10, 8), desk.AnswerDeadline(question).DueDate);
        Assert.Throws<System.ArgumentException>(() => desk.Log("x", " ", null, InquiryChannel.Counter, "m", "r", At(2024, 9, 27)));
    }
}
