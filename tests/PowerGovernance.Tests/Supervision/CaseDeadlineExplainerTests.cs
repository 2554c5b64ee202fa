using System.Collections.Generic;
using System.Linq;
using NodaTime;
using PowerGovernance.Calendars;
using PowerGovernance.Procedures;
using PowerGovernance.Procedures.BuiltIn;
using PowerGovernance.Supervision;
using PowerGovernance.Tests.Procedures.BuiltIn;
using static PowerGovernance.Tests.Procedures.BuiltIn.BuiltInFixture;

namespace PowerGovernance.Tests.Supervision;

/// <summary>
/// The explanation of a case's deadlines, told from its events: a licensing case across Spring Festival 2024
/// (Feb 10–17 off, Sun 02-04 and Sun 02-18 worked).
/// </summary>
public class CaseDeadlineExplainerTests
{
    private static readonly Actor Clerk = new("张敏", AdministrativeLicensing.Clerk);
    private static readonly Actor Reviewer = new("李强", AdministrativeLicensing.Reviewer);
    private static readonly Actor Head = new("王局长", AdministrativeLicensing.Head);

    [Fact]
    public void A_licensing_case_explains_every_step_that_moved_its_due_dates()
    {
        // Received Thu 02-01; missing materials told Mon 02-05; complete Wed 02-07 (both clocks restart); expert review
        // Mon 02-19 to Mon 02-26 (02-20 … 02-23, 02-26: 5 wd not counted); extended Mon 03-04 by 10 wd.
        // Committed: 13 + 10 + 5 = 28 wd from 02-07 → 03-22. Legal: 20 + 10 + 5 = 35 wd from 02-07 → 04-02.
        var walk = CaseWalk.Start(BuiltInProcedures.AdministrativeLicensing, BuiltInPowers.Licensing, Clerk, At(2024, 2, 1))
            .Fire("notify-missing", Clerk, At(2024, 2, 5), Args(AdministrativeLicensing.MissingArgument, "营业执照副本"))
            .Fire("materials-complete", Clerk, At(2024, 2, 7))
            .Fire("suspend", Reviewer, At(2024, 2, 19), new Dictionary<string, string> { ["cause"] = "专家评审", ["until"] = "2024-02-26" })
            .Fire("resume", Reviewer, At(2024, 2, 26))
            .Fire("extend", Head, At(2024, 3, 4), reason: "需现场核查，经机关负责人批准延长十日");

        var explanation = Engine.ExplainDeadlines(walk.Definition.Id, walk.Snapshot.PowerCode, walk.Events, At(2024, 3, 5));

        Assert.Equal(new LocalDate(2024, 3, 22), explanation.Committed.DueDate);
        Assert.Equal(new LocalDate(2024, 4, 2), explanation.Legal.DueDate);
        Assert.Equal(new LocalDate(2024, 2, 7), explanation.Legal.Start);
        Assert.Equal(5, explanation.Legal.UncountedDays);
        Assert.Equal(TimeLimit.WorkingDays(10), explanation.Committed.Extension);
        Assert.Equal(
            [ClockEntryKind.Started, ClockEntryKind.EnteredUncountedStep, ClockEntryKind.Restarted, ClockEntryKind.Suspended, ClockEntryKind.Resumed, ClockEntryKind.Extended],
            explanation.Committed.Entries.Select(e => e.Kind));
        Assert.Equal(5, explanation.Committed.Entries.Single(e => e.Kind == ClockEntryKind.Resumed).UncountedDays);

        var english = explanation.ToString(ExplanationLanguage.English);
        Assert.Contains("2024-02-26 resumed: 5 working days suspended are not counted.", english, System.StringComparison.Ordinal);
        Assert.Contains("From 2024-02-07 (not counted itself), 13 working days + 10 working days extension + 5 working days not counted = 28 working days: due 2024-03-22.", english, System.StringComparison.Ordinal);
        var chinese = explanation.ToString(ExplanationLanguage.SimplifiedChinese);
        Assert.Contains("2024-02-19 中止计时（专家评审，预计2024-02-26结束）", chinese, System.StringComparison.Ordinal);
        Assert.Contains("自2024-02-07起算（当日不计），20个工作日＋延长10个工作日＋不计入的5个工作日，共35个工作日：期限届满日为2024-04-02。", chinese, System.StringComparison.Ordinal);
    }

    [Fact]
    public void A_running_suspension_is_explained_up_to_its_announced_end()
    {
        // Accepted Mon 11-04; expert review from Wed 11-06, announced to end Fri 11-15: 11-07, 11-08, 11-11 … 11-15 = 7 wd.
        // Read on Fri 11-08: the due date shown is the one that holds if the clock resumes on 11-15:
        // committed 13 + 7 = 20 wd from 11-04 → 12-02.
        var walk = CaseWalk.Start(BuiltInProcedures.AdministrativeLicensing, BuiltInPowers.Licensing, Clerk, At(2024, 11, 4))
            .Fire("accept", Clerk, At(2024, 11, 4))
            .Fire("suspend", Reviewer, At(2024, 11, 6), new Dictionary<string, string> { ["cause"] = "检测", ["until"] = "2024-11-15" });

        var explanation = Engine.ExplainDeadlines(walk.Definition.Id, walk.Snapshot.PowerCode, walk.Events, At(2024, 11, 8));

        var still = explanation.Committed.Entries[^1];
        Assert.Equal(ClockEntryKind.StillStopped, still.Kind);
        Assert.Equal(7, still.UncountedDays);
        Assert.Equal(new LocalDate(2024, 12, 2), explanation.Committed.DueDate);
        Assert.Equal(walk.CaseAt(At(2024, 11, 8)).DueDate, explanation.Committed.DueDate);
    }

    [Fact]
    public void An_acceptance_is_told_as_such_on_the_day_of_receipt_and_as_deemed_from_receipt_after_the_notice_window()
    {
        // Accepted on the day of receipt, Fri 09-27: the legal clock keeps its start and counts from the next day.
        var sameDay = CaseWalk.Start(BuiltInProcedures.AdministrativeLicensing, BuiltInPowers.Licensing, Clerk, At(2024, 9, 27))
            .Fire("accept", Clerk, At(2024, 9, 27, 15));
        var told = Engine.ExplainDeadlines(sameDay.Definition.Id, sameDay.Snapshot.PowerCode, sameDay.Events, At(2024, 9, 30));
        var accepted = Assert.Single(told.Legal.Entries, e => e.Kind == ClockEntryKind.Accepted);
        Assert.DoesNotContain("after the notice window", accepted.English, System.StringComparison.Ordinal);

        // Accepted on the 8th working day, Mon 10-14: it counts as accepted from receipt (Art. 32(4)).
        var late = CaseWalk.Start(BuiltInProcedures.AdministrativeLicensing, BuiltInPowers.Licensing, Clerk, At(2024, 9, 27))
            .Fire("accept", Clerk, At(2024, 10, 14));
        var deemed = Engine.ExplainDeadlines(late.Definition.Id, late.Snapshot.PowerCode, late.Events, At(2024, 10, 14));
        Assert.Contains("视为自收件之日起受理", Assert.Single(deemed.Legal.Entries, e => e.Kind == ClockEntryKind.Accepted).Chinese, System.StringComparison.Ordinal);
    }
}
