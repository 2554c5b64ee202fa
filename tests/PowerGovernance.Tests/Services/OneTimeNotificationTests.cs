using System.Collections.Generic;
using System.Linq;
using NodaTime;
using PowerGovernance.Calendars;
using PowerGovernance.Services;
using static PowerGovernance.Tests.Services.DeskFixture;

namespace PowerGovernance.Tests.Services;

public class OneTimeNotificationTests
{
    private static readonly OneTimeNotification Rule = new(Calendar);
    private static readonly MaterialsChecklist Checklist = UnemploymentRegistration.Checklist;

    private static NoticeHistory NewHistory(LocalDate received) => new("SY-2024-001", UnemploymentRegistration.Id, received);

    [Fact]
    public void The_first_notice_lists_every_missing_material_with_steps_limit_and_place()
    {
        // A graduate brings only an identity card and the form to the counter on Thu 2024-02-08.
        var applicant = new Applicant([UnemploymentRegistration.Graduate], ["id-card", "application-form"]);

        var result = Rule.Notify(NewHistory(new LocalDate(2024, 2, 8)), Checklist, applicant, "钱窗口", At(2024, 2, 8));

        Assert.Equal(NoticeOutcome.Issued, result.Outcome);
        var notice = result.Notice!;
        Assert.Equal(["household-register", "photos", "diploma"], notice.Items.Select(i => i.Material.Id));
        Assert.All(notice.Items, i => Assert.Equal(NoticeItemReason.Missing, i.Reason));
        Assert.Equal(1, notice.Sequence);
        Assert.Equal(new LocalDate(2024, 2, 8), notice.GivenOn);
        Assert.Equal(UnemploymentRegistration.Place, notice.Place);
        Assert.Equal(3, notice.Steps.Count);
        Assert.False(notice.IsWritten);
        Assert.Empty(result.Findings);
        Assert.Same(notice, Assert.Single(result.History.Notices));
    }

    [Fact]
    public void Each_of_the_seven_groups_is_asked_for_its_own_proof()
    {
        var proofs = new Dictionary<string, string?>
        {
            [UnemploymentRegistration.Graduate] = "diploma",
            [UnemploymentRegistration.LeftEmployer] = "termination-proof",
            [UnemploymentRegistration.BusinessClosed] = "business-closure-proof",
            [UnemploymentRegistration.LandRequisitioned] = "land-loss-proof",
            [UnemploymentRegistration.Veteran] = "veteran-certificate",
            [UnemploymentRegistration.Released] = "release-proof",
            [UnemploymentRegistration.Other] = null,
        };
        string[] common = ["id-card", "household-register", "photos", "application-form"];

        foreach (var (group, proof) in proofs)
        {
            var required = Checklist.RequiredFor(new Applicant([group], [])).Select(m => m.Id);
            Assert.Equal(proof is null ? common : [.. common, proof], required);
        }

        Assert.Contains("registration-certificate", Checklist.RequiredFor(new Applicant([UnemploymentRegistration.Veteran, UnemploymentRegistration.RepeatRegistration], [])).Select(m => m.Id));
    }

    [Fact]
    public void A_written_notice_has_two_identical_copies_one_kept_for_the_file()
    {
        var applicant = new Applicant([UnemploymentRegistration.Veteran], ["id-card", "household-register", "photos", "application-form"]);

        var notice = Rule.Notify(NewHistory(new LocalDate(2024, 3, 1)), Checklist, applicant, "钱窗口", At(2024, 3, 1), written: true).Notice!;

        Assert.True(notice.IsWritten);
        Assert.Equal([NoticeCopyHolder.Applicant, NoticeCopyHolder.File], notice.Copies.Select(c => c.Holder));
        Assert.Equal(notice.Copies[0].Text, notice.FileCopy!.Text);
        Assert.Contains("1. 复员转业军人证书", notice.FileCopy.Text);
        Assert.Contains("办理地点：户籍所在地社区劳动保障服务中心", notice.FileCopy.Text);
        Assert.Contains("办理时限：另行公告", notice.FileCopy.Text);
    }

    [Fact]
    public void A_later_notice_tells_only_what_a_new_fact_or_a_defect_adds()
    {
        // First visit: a worker who lost his job brings only the identity card.
        var applicant = new Applicant([UnemploymentRegistration.LeftEmployer], ["id-card"]);
        var first = Rule.Notify(NewHistory(new LocalDate(2024, 2, 8)), Checklist, applicant, "钱窗口", At(2024, 2, 8));
        Assert.Equal(["household-register", "photos", "application-form", "termination-proof"], first.Notice!.Items.Select(i => i.Material.Id));

        // Second visit: he brings the register and photos, but the termination proof is unsigned, and it turns
        // out he registered before (a new fact): the defect and the old certificate are told; the form is not again.
        var back = new Applicant(
            [UnemploymentRegistration.LeftEmployer, UnemploymentRegistration.RepeatRegistration],
            ["id-card", "household-register", "photos"],
            new Dictionary<string, string> { ["termination-proof"] = "未加盖原单位公章" });
        var second = Rule.Notify(first.History, Checklist, back, "钱窗口", At(2024, 2, 18));

        Assert.Equal(NoticeOutcome.Issued, second.Outcome);
        Assert.Equal(
            [("termination-proof", NoticeItemReason.Defective), ("registration-certificate", NoticeItemReason.NewFact)],
            second.Notice!.Items.Select(i => (i.Material.Id, i.Reason)));
        Assert.Equal(["application-form"], second.Notice.StillOutstanding.Select(i => i.Material.Id));
        Assert.Equal(2, second.Notice.Sequence);

        // Third visit with nothing new: a further notice would only repeat, so it is refused.
        var third = Rule.Notify(second.History, Checklist, back, "钱窗口", At(2024, 2, 19));
        Assert.Equal(NoticeOutcome.Refused, third.Outcome);
        Assert.Equal(ServiceRuleCodes.NoticeHasNothingNew, Assert.Single(third.Findings).Code);
        Assert.Same(second.History, third.History);
    }

    [Fact]
    public void A_changed_rule_may_be_told_again_and_a_new_rule_told_for_the_first_time()
    {
        var applicant = new Applicant([UnemploymentRegistration.Graduate], ["id-card", "household-register"]);
        var first = Rule.Notify(NewHistory(new LocalDate(2024, 5, 6)), Checklist, applicant, "钱窗口", At(2024, 5, 6));

        // The county changes the photo rule and adds a residence certificate (revision 2).
        var revised = Checklist.Revise(
            Checklist.Materials.Select(m => m.Id == "photos" ? new RequiredMaterial("photos", "本人免冠一寸彩色照", "One-inch colour photos", "三张") : m)
                .Append(new RequiredMaterial("residence-proof", "社区出具的居住证明", "Residence certificate")));
        var second = Rule.Notify(first.History, revised, applicant, "钱窗口", At(2024, 5, 13));

        Assert.Equal(2, revised.Revision);
        Assert.Equal(
            [("photos", NoticeItemReason.ChangedRule), ("residence-proof", NoticeItemReason.NewRule)],
            second.Notice!.Items.Select(i => (i.Material.Id, i.Reason)));
    }

    [Fact]
    public void An_official_who_lists_an_unchanged_item_again_or_leaves_one_out_is_refused_with_every_finding()
    {
        var applicant = new Applicant([UnemploymentRegistration.Graduate], ["id-card"]);
        var first = Rule.Notify(NewHistory(new LocalDate(2024, 2, 8)), Checklist, applicant, "钱窗口", At(2024, 2, 8), listed: ["household-register", "photos", "application-form", "diploma"]);
        Assert.Equal(NoticeOutcome.Issued, first.Outcome);

        var now = new Applicant([UnemploymentRegistration.Graduate, UnemploymentRegistration.RepeatRegistration], ["id-card", "household-register"]);
        var result = Rule.Notify(first.History, Checklist, now, "孙窗口", At(2024, 2, 18), listed: ["photos", "id-card", "no-such-paper"]);

        Assert.Equal(NoticeOutcome.Refused, result.Outcome);
        Assert.Null(result.Notice);
        Assert.Equal(
            [
                (ServiceRuleCodes.NoticeRepeatsUnchangedItem, "Listed[0]", "photos"),
                (ServiceRuleCodes.NoticeListsUnneededItem, "Listed[1]", "id-card"),
                (ServiceRuleCodes.UnknownMaterial, "Listed[2]", "no-such-paper"),
                (ServiceRuleCodes.NoticeOmitsMissingItem, "Listed", "registration-certificate"),
            ],
            result.Findings.Select(f => (f.Code, f.Path, f.AttemptedValue)));
        Assert.All(result.Findings, f => Assert.False(string.IsNullOrEmpty(f.ChineseMessage)));
    }

    [Fact]
    public void Complete_materials_need_no_notice_and_bad_input_is_reported_all_at_once()
    {
        var all = Checklist.RequiredFor(new Applicant([UnemploymentRegistration.Other], [])).Select(m => m.Id);
        var complete = Rule.Notify(NewHistory(new LocalDate(2024, 2, 8)), Checklist, new Applicant([UnemploymentRegistration.Other], all), "钱窗口", At(2024, 2, 8));
        Assert.Equal(NoticeOutcome.Complete, complete.Outcome);

        var wrong = Rule.Notify(new NoticeHistory("X", "other-checklist", new LocalDate(2024, 2, 8)), Checklist, new Applicant(["student"], []), "钱窗口", At(2027, 2, 8));
        Assert.Equal(NoticeOutcome.Refused, wrong.Outcome);
        Assert.Equal([ServiceRuleCodes.ChecklistMismatch, ServiceRuleCodes.UnknownApplicantCategory, ServiceRuleCodes.InvalidTime], wrong.Findings.Select(f => f.Code));
    }

    [Fact]
    public void A_licensing_application_not_told_within_5_working_days_counts_as_accepted_from_receipt()
    {
        // Received Thu 2024-02-08, the day before the Spring Festival break (02-10..02-17). Counting from 02-09:
        // 02-09 Fri (1), 02-18 Sun make-up day (2), 02-19 (3), 02-20 (4), 02-21 (5) → notice due by 24:00 02-21.
        var history = NewHistory(new LocalDate(2024, 2, 8));
        Assert.Equal(new LocalDate(2024, 2, 21), Rule.NoticeDeadline(history.Received).DueDate);

        var waiting = Rule.Acceptance(history, new LocalDate(2024, 2, 21));
        Assert.False(waiting.IsDeemedAccepted);
        Assert.Null(waiting.AcceptedFrom);

        var silent = Rule.Acceptance(history, new LocalDate(2024, 2, 22));
        Assert.True(silent.IsDeemedAccepted);
        Assert.Equal(new LocalDate(2024, 2, 8), silent.AcceptedFrom);

        var applicant = new Applicant([UnemploymentRegistration.Graduate], []);
        var onTime = Rule.Notify(history, Checklist, applicant, "钱窗口", At(2024, 2, 21, 17)).History;
        Assert.False(Rule.Acceptance(onTime, new LocalDate(2024, 3, 1)).IsDeemedAccepted);
        var late = Rule.Notify(history, Checklist, applicant, "钱窗口", At(2024, 2, 22, 9)).History;
        var deemed = Rule.Acceptance(late, new LocalDate(2024, 3, 1));
        Assert.True(deemed.IsDeemedAccepted);
        Assert.Equal(new LocalDate(2024, 2, 22), deemed.FirstNoticeOn);
    }

    [Fact]
    public void The_notice_period_is_an_option()
    {
        var rule = new OneTimeNotification(Calendar, FrontDeskOptions.Default with { NoticeWorkingDays = 3 });

        // Received Fri 2024-09-27: 09-29 make-up Sunday (1), 09-30 (2), 10-08 (3).
        Assert.Equal(new LocalDate(2024, 10, 8), rule.NoticeDeadline(new LocalDate(2024, 9, 27)).DueDate);
        Assert.Throws<System.ArgumentOutOfRangeException>(() => FrontDeskOptions.Default with { WrittenCopies = 1 });
    }

    [Fact]
    public void A_checklist_that_contradicts_itself_is_refused_with_every_problem()
    {
        var error = Assert.Throws<System.ArgumentException>(() => new MaterialsChecklist(
            "x", "某事项", "Some matter", 1, [new ApplicantCategory("a", "甲", "A")],
            [new RequiredMaterial("m", "材料", "Paper", null, ["b"]), new RequiredMaterial("m", "材料二", "Paper 2")],
            [], TimeLimit.WorkingDays(5), " "));

        Assert.Contains("Material id 'm' is listed 2 times.", error.Message);
        Assert.Contains("category 'b'", error.Message);
        Assert.Contains("Steps must list", error.Message);
        Assert.Contains("Place must say", error.Message);
    }
}
