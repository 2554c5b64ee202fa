using System.Linq;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using NodaTime;
using PowerGovernance.Calendars;
using PowerGovernance.Calendars.China;
using PowerGovernance.Powers;
using PowerGovernance.Procedures;
using PowerGovernance.Procedures.Flowcharts;

namespace PowerGovernance.Tests.Procedures.Flowcharts;

/// <summary>流程内容发生变化的，应在20个工作日内重新编制公布流程图: a changed procedure's flowchart is due again within 20 working days.</summary>
public class FlowchartRevisionTests
{
    private static readonly Post Clerk = new("窗口受理员", "Counter clerk");
    private static readonly Post Reviewer = new("审核员", "Reviewer");
    private static readonly Post Approver = new("审批员", "Approver");
    private static readonly WorkingCalendar Calendar = ChinaCalendars.Official;

    private static ProcedureDefinition Version(int version, Post? reviewPost = null, int reviewDays = 5, bool withSupervision = false, int committedDays = 10)
    {
        var builder = new ProcedureDefinitionBuilder("permit", version)
            .Named("临时占道许可", "Temporary road-use permit")
            .Initiated(Initiation.OnApplication, "《城市道路管理条例》第三十一条")
            .CaseLimits(TimeLimit.WorkingDays(20), TimeLimit.WorkingDays(committedDays))
            .Step("receive", "收件", "Receipt", Clerk, TimeLimit.WorkingDays(1), CounterpartRights.Reasons)
            .Step("review", "审核", "Review", reviewPost ?? Reviewer, TimeLimit.WorkingDays(reviewDays), CounterpartRights.Statement)
            .Terminal("granted", "准予许可", "Granted", Reviewer, CaseOutcome.Granted, CounterpartRights.Reasons)
            .StartsAt("receive")
            .Trigger("accept", "受理", "receive", "review", [Clerk])
            .Trigger("grant", "批准", "review", "granted", [reviewPost ?? Reviewer])
            .SupervisedBy(new SupervisionPoint("review", "镇纪委", "12345政务服务便民热线", "12345"))
            .ComplaintsTo(new ComplaintChannel("12345政务服务便民热线", "12345"));
        if (withSupervision)
        {
            builder = builder.SupervisedBy(new SupervisionPoint("receive", "镇效能办", "12345政务服务便民热线", "12345"));
        }

        return builder.Build();
    }

    [Fact]
    public void A_changed_post_and_limit_make_a_new_flowchart_due_20_working_days_after_across_National_Day_2025()
    {
        var revision = FlowchartRevision.Assess(Version(1), Version(2, Approver, reviewDays: 3), new LocalDate(2025, 9, 26), Calendar);

        // Changed on Friday 2025-09-26; the day itself is not counted. Working days after it: 09-28 (Sunday, make-up day) 1,
        // 09-29 2, 09-30 3; 10-01..10-08 National Day and Mid-Autumn holiday; 10-09 4, 10-10 5, 10-11 (Saturday, make-up day) 6,
        // 10-13..10-17 7-11, 10-20..10-24 12-16, 10-27 17, 10-28 18, 10-29 19, 10-30 20: due Thursday 2025-10-30.
        Assert.True(revision.IsDue);
        Assert.Equal(new LocalDate(2025, 10, 30), revision.DueDate);
        Assert.Equal(
            [FlowchartChangeKind.StepPost, FlowchartChangeKind.StepLimit, FlowchartChangeKind.TriggerContent],
            revision.Changes.Select(c => c.Kind).ToArray());
        Assert.Equal("review", revision.Changes[0].Subject);
        Assert.Contains("审核员 → 审批员", revision.Changes[0].ChineseDescription, System.StringComparison.Ordinal);
        Assert.Equal("review/grant", revision.Changes[2].Subject);
        Assert.Equal((1, 2), (revision.FromVersion, revision.ToVersion));
    }

    [Fact]
    public void A_new_version_with_the_same_content_makes_nothing_due()
    {
        var revision = FlowchartRevision.Assess(Version(1), Version(2), new LocalDate(2026, 2, 13), Calendar);
        Assert.False(revision.IsDue);
        Assert.Null(revision.DueDate);
        Assert.Empty(revision.Changes);
    }

    [Fact]
    public void A_new_supervision_point_changed_before_Spring_Festival_2026_is_due_after_it()
    {
        var revision = FlowchartRevision.Assess(Version(1), Version(3, withSupervision: true, committedDays: 8), new LocalDate(2026, 2, 13), Calendar);

        // Changed on Friday 2026-02-13. Working days after it: 02-14 (Saturday, make-up day) 1; 02-15..02-23 Spring Festival;
        // 02-24..02-27 2-5, 02-28 (Saturday, make-up day) 6, 03-02..03-06 7-11, 03-09..03-13 12-16, 03-16 17, 03-17 18,
        // 03-18 19, 03-19 20: due Thursday 2026-03-19.
        Assert.Equal(new LocalDate(2026, 3, 19), revision.DueDate);
        Assert.Equal([FlowchartChangeKind.CaseLimits, FlowchartChangeKind.Supervision], revision.Changes.Select(c => c.Kind).ToArray());
    }

    [Fact]
    public void Only_a_later_version_of_the_same_procedure_is_assessed()
    {
        Assert.Throws<System.ArgumentException>(() => FlowchartRevision.Assess(Version(2), Version(1), new LocalDate(2025, 9, 26), Calendar));
        Assert.Throws<System.ArgumentException>(() => FlowchartRevision.Assess(Version(1), Version(1), new LocalDate(2025, 9, 26), Calendar));
    }

    /// <summary>The policy: whenever content changed, the due date is exactly 20 working days after the change; never earlier, never on a rest day.</summary>
    [Property(MaxTest = 100)]
    public bool A_due_flowchart_is_due_on_the_20th_working_day_after_the_change(PositiveInt offset, bool changePost)
    {
        var changedOn = new LocalDate(2025, 1, 1).PlusDays(offset.Get % 600);
        var revision = FlowchartRevision.Assess(Version(1), Version(2, changePost ? Approver : null, reviewDays: changePost ? 5 : 4), changedOn, Calendar);
        var due = revision.DueDate!.Value;
        return revision.IsDue
            && Calendar.IsWorkingDay(due)
            && Calendar.CountWorkingDays(new DateInterval(changedOn.PlusDays(1), due)) == 20;
    }
}
