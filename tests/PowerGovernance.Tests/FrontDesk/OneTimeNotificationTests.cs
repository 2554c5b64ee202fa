using System;
using System.Collections.Generic;
using System.Linq;
using NodaTime;
using PowerGovernance.Calendars;
using PowerGovernance.FrontDesk;
using PowerGovernance.Validation;
using static PowerGovernance.Tests.FrontDesk.DeskFixture;

namespace PowerGovernance.Tests.FrontDesk;

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
        var notice = result.Notice;
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

        var notice = Rule.Notify(NewHistory(new LocalDate(2024, 3, 1)), Checklist, applicant, "钱窗口", At(2024, 3, 1), written: true).Notice;

        Assert.True(notice.IsWritten);
        Assert.Equal([NoticeCopyHolder.Applicant, NoticeCopyHolder.File], notice.Copies.Select(c => c.Holder));
        Assert.Equal(notice.Copies[0].Text, notice.FileCopy!.Text);
        Assert.Contains("1. 复员转业军人证书", notice.FileCopy.Text);
        Assert.Contains("办理地点：户籍所在地社区劳动保障服务中心", notice.FileCopy.Text);
        Assert.Contains("办理时限：另行公告", notice.FileCopy.Text);
    }

    [Fact]
    public void A_later_notice_tells_everything_still_missing_and_says_why_each_is_listed()
    {
        // First visit, Sun 2024-09-29 (a make-up working day before National Day): a worker who lost his job
        // brings only the identity card.
        var applicant = new Applicant([UnemploymentRegistration.LeftEmployer], ["id-card"]);
        var first = Rule.Notify(NewHistory(new LocalDate(2024, 9, 29)), Checklist, applicant, "钱窗口", At(2024, 9, 29));
        Assert.Equal(["household-register", "photos", "application-form", "termination-proof"], first.Notice.Items.Select(i => i.Material.Id));
        Assert.Equal(["id-card"], first.Notice.Accepted.Select(m => m.Id));

        // Second visit, Tue 2024-10-08 (first working day after the holiday): he brings the register and photos,
        // but the termination proof is unsigned, and it turns out he registered before (a new fact). He is told
        // again everything still missing: the form (told before), the defective proof and the old certificate.
        var back = new Applicant(
            [UnemploymentRegistration.LeftEmployer, UnemploymentRegistration.RepeatRegistration],
            ["household-register", "photos"],
            new Dictionary<string, string> { ["termination-proof"] = "未加盖原单位公章" });
        var second = Rule.Notify(first.History, Checklist, back, "钱窗口", At(2024, 10, 8));

        Assert.Equal(NoticeOutcome.Issued, second.Outcome);
        Assert.Equal(
            [
                ("application-form", NoticeItemReason.StillMissing),
                ("termination-proof", NoticeItemReason.Defective),
                ("registration-certificate", NoticeItemReason.NewFact),
            ],
            second.Notice.Items.Select(i => (i.Material.Id, i.Reason)));
        Assert.Equal("未加盖原单位公章", second.Notice.Items[1].Defect);
        Assert.Equal(["id-card", "household-register", "photos"], second.Notice.Accepted.Select(m => m.Id));
        Assert.Equal(2, second.Notice.Sequence);
        Assert.Empty(second.Findings);

        // Third visit, Sat 2024-10-12 (make-up working day), with nothing brought and nothing changed: the notice
        // of 10-08 still tells everything missing, so a word-for-word repeat is refused and that notice stands.
        var third = Rule.Notify(second.History, Checklist, back, "钱窗口", At(2024, 10, 12));
        Assert.Equal(NoticeOutcome.Refused, third.Outcome);
        var nothingNew = Assert.Single(third.Findings);
        Assert.Equal(FrontDeskRuleCodes.NoticeHasNothingNew, nothingNew.Code);
        Assert.Contains("notice 2 of 2024-10-08", nothingNew.Message);
        Assert.Contains("2024-10-08第2次告知", nothingNew.ChineseMessage);
        Assert.Same(second.History, third.History);
    }

    [Fact]
    public void A_supplement_that_is_still_incomplete_is_told_again_once_with_the_whole_remaining_list()
    {
        // A graduate applies on Sun 2024-09-29 with the identity card only.
        var first = Rule.Notify(NewHistory(new LocalDate(2024, 9, 29)), Checklist, new Applicant([UnemploymentRegistration.Graduate], ["id-card"]), "钱窗口", At(2024, 9, 29, 9));
        Assert.Equal(["household-register", "photos", "application-form", "diploma"], first.Notice.Items.Select(i => i.Material.Id));

        // Tue 2024-10-08 she brings the register and photos only; what was accepted before need not be brought again.
        var second = Rule.Notify(first.History, Checklist, new Applicant([UnemploymentRegistration.Graduate], ["household-register", "photos"]), "钱窗口", At(2024, 10, 8, 9), written: true);
        Assert.Equal(NoticeOutcome.Issued, second.Outcome);
        Assert.Equal(
            [("application-form", NoticeItemReason.StillMissing), ("diploma", NoticeItemReason.StillMissing)],
            second.Notice.Items.Select(i => (i.Material.Id, i.Reason)));
        var text = second.Notice.FileCopy!.Text;
        Assert.Contains("一次性告知书（第2次）", text);
        Assert.Contains("补交后材料仍不齐备，请补齐以下全部材料：", text);
        Assert.Contains("1. 《就业失业登记证申领审批表》（一式三份）（此前已告知，仍未补齐）", text);
        Assert.Contains("2. 毕业证（肄业证）（此前已告知，仍未补齐）", text);
        Assert.Contains("已受理材料（不再提出异议）：本人有效身份证件；户口本（原件及复印件）；本人免冠两寸彩色照（两张）", text);

        // Sat 2024-10-12 she brings the form and a diploma copy that cannot be read: told again, once.
        var third = Rule.Notify(second.History, Checklist, new Applicant([UnemploymentRegistration.Graduate], ["application-form"], new Dictionary<string, string> { ["diploma"] = "复印件不清晰" }), "钱窗口", At(2024, 10, 12, 9));
        Assert.Equal(NoticeOutcome.Issued, third.Outcome);
        var diploma = Assert.Single(third.Notice.Items);
        Assert.Equal(("diploma", NoticeItemReason.Defective, "复印件不清晰"), (diploma.Material.Id, diploma.Reason, diploma.Defect));
        Assert.Equal(3, third.Notice.Sequence);

        // Mon 2024-10-14 a legible copy completes the application: no further notice.
        var done = Rule.Notify(third.History, Checklist, new Applicant([UnemploymentRegistration.Graduate], ["diploma"]), "钱窗口", At(2024, 10, 14, 9));
        Assert.Equal(NoticeOutcome.Complete, done.Outcome);
        Assert.True(done.IsAccepted);
        Assert.Contains("材料齐全", Assert.Throws<InvalidOperationException>(() => done.Notice).Message);
        Assert.Equal(3, done.History.Notices.Count);

        // The first notice was given on the day of receipt, well before the 5th working day (10-11: 09-30, 10-08..10-11).
        Assert.Equal(new LocalDate(2024, 10, 11), Rule.NoticeDeadline(new LocalDate(2024, 9, 29)).DueDate);
        Assert.False(Rule.Acceptance(done.History, new LocalDate(2024, 10, 14)).IsDeemedAccepted);
    }

    [Fact]
    public void A_defect_found_later_in_a_material_accepted_at_the_counter_is_not_told_and_a_warning_names_it()
    {
        // Sun 2024-09-29: the identity card and the household register are checked and accepted at the counter.
        var first = Rule.Notify(NewHistory(new LocalDate(2024, 9, 29)), Checklist, new Applicant([UnemploymentRegistration.LeftEmployer], ["id-card", "household-register"]), "钱窗口", At(2024, 9, 29));
        Assert.Equal(["id-card", "household-register"], first.Notice.Accepted.Select(m => m.Id));

        // Tue 2024-10-08 another official finds fault with the register already accepted; the applicant brings the photos.
        var objecting = new Applicant([UnemploymentRegistration.LeftEmployer], ["photos"], new Dictionary<string, string> { ["household-register"] = "复印件不清晰" });
        var second = Rule.Notify(first.History, Checklist, objecting, "孙窗口", At(2024, 10, 8));

        Assert.Equal(NoticeOutcome.Issued, second.Outcome);
        Assert.Equal(["application-form", "termination-proof"], second.Notice.Items.Select(i => i.Material.Id));
        Assert.Equal(["id-card", "household-register", "photos"], second.Notice.Accepted.Select(m => m.Id));
        var finding = Assert.Single(second.Findings);
        Assert.Equal(
            (FrontDeskRuleCodes.NoticeObjectsToAcceptedMaterial, FindingSeverity.Warning, "Applicant.Defects", "household-register"),
            (finding.Code, finding.Severity, finding.Path, finding.AttemptedValue));
        Assert.Contains("'户口本' (household-register) was accepted at the counter on 2024-09-29", finding.Message);
        Assert.Contains("a material accepted at the counter is not objected to later", finding.Message);
        Assert.Contains("“户口本”已于2024-09-29", finding.ChineseMessage);
        Assert.Contains("材料一经窗口受理，不得事后再提出异议", finding.ChineseMessage);

        // An official who lists the accepted register on the notice is refused, and nothing is recorded.
        var listing = Rule.Notify(first.History, Checklist, objecting, "孙窗口", At(2024, 10, 8), listed: ["household-register", "application-form", "termination-proof"]);
        Assert.Equal(NoticeOutcome.Refused, listing.Outcome);
        Assert.False(listing.IsAccepted);
        Assert.False(listing.TryGetNotice(out _));
        var unread = Assert.Throws<InvalidOperationException>(() => listing.Notice);
        Assert.Contains("材料一经窗口受理，不得事后再提出异议", unread.Message);
        Assert.Same(first.History, listing.History);
        var error = Assert.Single(listing.Findings, f => f.Severity == FindingSeverity.Error);
        Assert.Equal((FrontDeskRuleCodes.NoticeObjectsToAcceptedMaterial, "Listed[0]", "household-register"), (error.Code, error.Path, error.AttemptedValue));
        Assert.Contains("材料一经窗口受理，不得事后再提出异议", error.ChineseMessage);
    }

    [Fact]
    public void A_changed_situation_reopens_a_material_accepted_at_the_counter()
    {
        var first = Rule.Notify(NewHistory(new LocalDate(2024, 9, 29)), Checklist, new Applicant([UnemploymentRegistration.LeftEmployer], ["id-card", "household-register"]), "钱窗口", At(2024, 9, 29));

        // Tue 2024-10-08 it turns out he registered before (根据服务对象实际情况需要变更…): his situation changed, so
        // the register accepted on 09-29 may be asked for again.
        var changed = new Applicant(
            [UnemploymentRegistration.LeftEmployer, UnemploymentRegistration.RepeatRegistration],
            ["photos", "application-form", "termination-proof"],
            new Dictionary<string, string> { ["household-register"] = "户籍已迁出，需提供迁入地户口本" });
        var second = Rule.Notify(first.History, Checklist, changed, "钱窗口", At(2024, 10, 8));

        Assert.Equal(NoticeOutcome.Issued, second.Outcome);
        Assert.Equal(
            [("household-register", NoticeItemReason.Defective), ("registration-certificate", NoticeItemReason.NewFact)],
            second.Notice.Items.Select(i => (i.Material.Id, i.Reason)));
        Assert.DoesNotContain("household-register", second.Notice.Accepted.Select(m => m.Id));
        Assert.Empty(second.Findings);
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
            [
                ("photos", NoticeItemReason.ChangedRule),
                ("application-form", NoticeItemReason.StillMissing),
                ("diploma", NoticeItemReason.StillMissing),
                ("residence-proof", NoticeItemReason.NewRule),
            ],
            second.Notice.Items.Select(i => (i.Material.Id, i.Reason)));
    }

    [Fact]
    public void An_official_who_leaves_out_a_missing_item_or_lists_a_wrong_one_is_refused_with_every_finding()
    {
        var applicant = new Applicant([UnemploymentRegistration.Graduate], ["id-card"]);
        var first = Rule.Notify(NewHistory(new LocalDate(2024, 2, 8)), Checklist, applicant, "钱窗口", At(2024, 2, 8), listed: ["household-register", "photos", "application-form", "diploma"]);
        Assert.Equal(NoticeOutcome.Issued, first.Outcome);

        var now = new Applicant([UnemploymentRegistration.Graduate, UnemploymentRegistration.RepeatRegistration], ["household-register"]);
        var result = Rule.Notify(first.History, Checklist, now, "孙窗口", At(2024, 2, 18), listed: ["photos", "id-card", "no-such-paper", "veteran-certificate"]);

        Assert.Equal(NoticeOutcome.Refused, result.Outcome);
        Assert.False(result.TryGetNotice(out _));
        Assert.Equal(
            [
                (FrontDeskRuleCodes.NoticeObjectsToAcceptedMaterial, "Listed[1]", "id-card"),
                (FrontDeskRuleCodes.UnknownMaterial, "Listed[2]", "no-such-paper"),
                (FrontDeskRuleCodes.NoticeListsUnneededItem, "Listed[3]", "veteran-certificate"),
                (FrontDeskRuleCodes.NoticeOmitsMissingItem, "Listed", "application-form"),
                (FrontDeskRuleCodes.NoticeOmitsMissingItem, "Listed", "diploma"),
                (FrontDeskRuleCodes.NoticeOmitsMissingItem, "Listed", "registration-certificate"),
            ],
            result.Findings.Select(f => (f.Code, f.Path, f.AttemptedValue)));
        Assert.All(result.Findings, f => Assert.False(string.IsNullOrEmpty(f.ChineseMessage)));
        Assert.Contains("应再次一次性告知", result.Findings[3].ChineseMessage);

        var right = Rule.Notify(first.History, Checklist, now, "孙窗口", At(2024, 2, 18), listed: ["photos", "application-form", "diploma", "registration-certificate"]);
        Assert.Equal(NoticeOutcome.Issued, right.Outcome);
    }

    [Fact]
    public void Complete_materials_need_no_notice_and_bad_input_is_reported_all_at_once()
    {
        var all = Checklist.RequiredFor(new Applicant([UnemploymentRegistration.Other], [])).Select(m => m.Id);
        var complete = Rule.Notify(NewHistory(new LocalDate(2024, 2, 8)), Checklist, new Applicant([UnemploymentRegistration.Other], all), "钱窗口", At(2024, 2, 8));
        Assert.Equal(NoticeOutcome.Complete, complete.Outcome);

        var wrong = Rule.Notify(new NoticeHistory("X", "other-checklist", new LocalDate(2024, 2, 8)), Checklist, new Applicant(["student"], []), "钱窗口", At(2027, 2, 8));
        Assert.Equal(NoticeOutcome.Refused, wrong.Outcome);
        Assert.Equal([FrontDeskRuleCodes.ChecklistMismatch, FrontDeskRuleCodes.UnknownApplicantCategory, FrontDeskRuleCodes.InvalidTime], wrong.Findings.Select(f => f.Code));
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
        var rule = new OneTimeNotification(Calendar, FrontDeskOptions.Default with { NoticeLimit = TimeLimit.WorkingDays(3) });

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
        Assert.Contains("材料编号“m”重复列出2次。", error.Message);
        Assert.Contains("办理地点须写明。", error.Message);
    }

    [Fact]
    public void An_applicant_given_a_material_both_as_presented_and_as_defective_is_refused_in_English_and_Chinese()
    {
        var error = Assert.Throws<System.ArgumentException>(() => new Applicant([UnemploymentRegistration.Graduate], ["diploma"], new Dictionary<string, string> { ["diploma"] = "复印件不清晰" }));

        Assert.Equal("defects", error.ParamName);
        Assert.Contains("Material 'diploma' is given both as presented and as defective.", error.Message);
        Assert.Contains("材料“diploma”不能既列为已提交又列为不符合要求。", error.Message);
    }
}
