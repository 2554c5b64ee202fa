using System.Collections.Generic;
using NodaTime;
using PowerGovernance.Calendars;
using PowerGovernance.Procedures;
using PowerGovernance.Supervision;
using PowerGovernance.Tests.Calendars;
using PowerGovernance.Tests.Powers;
using PowerGovernance.Tests.Procedures;

namespace PowerGovernance.Tests.Supervision;

/// <summary>
/// The sample licensing case is received on Friday 2024-09-27 with a committed limit of 13 working days
/// over National Day 2024: Sunday 09-29 and Saturday 10-12 count, 10-01..07 do not, so it is due Monday 10-21.
/// </summary>
public class CaseSupervisorTests
{
    private static readonly ProcedureEngine Engine = new(SampleCalendars.SecondHalf2024(), SampleProcedures.Catalog, [SampleProcedures.Licensing]);
    private static readonly CaseSupervisor Supervisor = new(new OfficeCalendar(Engine.Calendar, Engine.Zone));
    private static readonly Actor Clerk = new("张三", SampleProcedures.Clerk);
    private static readonly Actor Reviewer = new("李四", SampleProcedures.Reviewer);
    private static readonly Actor Head = new("王五", SampleProcedures.Head);

    private static Instant At(int month, int day) => Instant.FromUtc(2024, month, day, 2, 0);

    private static CaseSnapshot InReview()
    {
        var started = Engine.Start("case-1", SamplePowers.BuildingPermit.Code, "test-licensing", Clerk, At(9, 27)).Snapshot!;
        return Engine.Fire(started, "accept", Clerk, At(9, 29), new Dictionary<string, string> { ["materials"] = "complete" }).Snapshot!;
    }

    [Theory]
    [InlineData(10, 9, DeadlineState.OnTime, 4, 9)]
    [InlineData(10, 17, DeadlineState.OnTime, 11, 2)]
    [InlineData(10, 18, DeadlineState.Warning, 12, 1)]
    [InlineData(10, 21, DeadlineState.Warning, 13, 0)]
    [InlineData(10, 22, DeadlineState.Overdue, 14, -1)]
    public void The_case_clock_turns_yellow_then_red_across_National_Day(int month, int day, DeadlineState state, int used, int left)
    {
        var status = Supervisor.CaseStatus(InReview(), SampleProcedures.Licensing, At(month, day));

        Assert.Equal(state, status.State);
        Assert.Equal(new LocalDate(2024, 10, 21), status.DueDate);
        Assert.Equal(used, status.DaysUsed);
        Assert.Equal(left, status.DaysLeft);
        Assert.Equal(TimeLimit.WorkingDays(13), status.Limit);
    }

    [Fact]
    public void A_step_over_its_own_limit_is_overdue_while_the_case_is_on_time()
    {
        // Review (8 working days) entered Sunday 09-29: due 10-15.
        var snapshot = InReview();

        var step = Supervisor.StepStatus(snapshot, SampleProcedures.Licensing, At(10, 16));
        var whole = Supervisor.CaseStatus(snapshot, SampleProcedures.Licensing, At(10, 16));

        Assert.Equal(DeadlineState.Overdue, step.State);
        Assert.Equal(new LocalDate(2024, 10, 15), step.DueDate);
        Assert.Equal(DeadlineState.OnTime, whole.State);
    }

    [Fact]
    public void Suspended_days_do_not_count_and_move_the_due_date()
    {
        var suspended = Engine.Fire(InReview(), "suspend", Reviewer, At(9, 30), new Dictionary<string, string> { ["cause"] = "专家评审" }).Snapshot!;

        var during = Supervisor.CaseStatus(suspended, SampleProcedures.Licensing, At(10, 9));
        Assert.Equal(DeadlineState.Suspended, during.State);
        Assert.Equal(new LocalDate(2024, 10, 23), during.DueDate);
        Assert.Equal(2, during.DaysUsed);

        var resumed = Engine.Fire(suspended, "resume", Reviewer, At(10, 9)).Snapshot!;
        var after = Supervisor.CaseStatus(resumed, SampleProcedures.Licensing, At(10, 22));
        Assert.Equal(new LocalDate(2024, 10, 23), after.DueDate);
        Assert.Equal(DeadlineState.Warning, after.State);
        Assert.Equal(12, after.DaysUsed);
    }

    [Fact]
    public void An_extension_adds_its_days_and_a_finished_case_is_judged_on_its_closing_day()
    {
        var extended = Engine.Fire(InReview(), "extend", Head, At(10, 18), reason: "情况复杂").Snapshot!;
        var status = Supervisor.CaseStatus(extended, SampleProcedures.Licensing, At(10, 22));
        Assert.Equal(TimeLimit.WorkingDays(23), status.Limit);
        Assert.Equal(DeadlineState.OnTime, status.State);

        var lateGrant = Engine.Fire(InReview(), "grant", Head, At(10, 22)).Snapshot!;
        var onTimeGrant = Engine.Fire(InReview(), "grant", Head, At(10, 21)).Snapshot!;
        Assert.Equal(DeadlineState.FinishedLate, Supervisor.CaseStatus(lateGrant, SampleProcedures.Licensing, At(10, 31)).State);
        Assert.Equal(DeadlineState.FinishedOnTime, Supervisor.CaseStatus(onTimeGrant, SampleProcedures.Licensing, At(10, 31)).State);
    }
}
