using NodaTime;
using PowerGovernance.Calendars;
using PowerGovernance.Procedures;
using PowerGovernance.Procedures.BuiltIn;
using PowerGovernance.Supervision;
using PowerGovernance.Tests.Procedures.BuiltIn;
using static PowerGovernance.Tests.Procedures.BuiltIn.BuiltInFixture;

namespace PowerGovernance.Tests.Supervision;

/// <summary>
/// Steps whose time does not count toward the case limit (<see cref="StepDefinition.CountsTowardCaseLimit"/>):
/// the case clock stands still, the step's clock runs, and the board reports the step, not the case.
/// </summary>
public class UncountedStepTests
{
    private static readonly Actor Clerk = new("张敏", AdministrativeLicensing.Clerk);
    private static readonly Actor Reviewer = new("李强", AdministrativeLicensing.Reviewer);
    private static readonly Actor Head = new("王局长", AdministrativeLicensing.Head);

    /// <summary>
    /// Received Mon 07-01 and decided on the 13th working day, Thu 07-18 (07-02 … 07-05, 07-08 … 07-12, 07-15 … 07-18):
    /// the committed limit is used up, then delivery (6 wd: 07-19, 07-22 … 07-26 → 07-26) runs.
    /// </summary>
    private static CaseWalk DecidedOnTheLastDay() =>
        CaseWalk.Start(BuiltInProcedures.AdministrativeLicensing, BuiltInPowers.Licensing, Clerk, At(2024, 7, 1))
            .Fire("accept", Clerk, At(2024, 7, 1))
            .Fire("submit", Reviewer, At(2024, 7, 17))
            .Fire("grant", Head, At(2024, 7, 18));

    [Fact]
    public void The_case_clock_stands_still_while_the_step_clock_runs()
    {
        var walk = DecidedOnTheLastDay();

        var whole = walk.CaseAt(At(2024, 7, 29));

        // Nobody suspended anything: delivery is a step whose time does not count.
        Assert.Equal(DeadlineState.NotCounting, whole.State);
        Assert.Equal(13, whole.DaysUsed);
        Assert.Equal(0, whole.DaysLeft);
        var step = walk.StepAt(At(2024, 7, 29));
        Assert.Equal(DeadlineState.Overdue, step.State);
        Assert.Equal(new LocalDate(2024, 7, 26), step.DueDate);
    }

    [Fact]
    public void The_board_shows_an_overdue_delivery_as_a_step_violation_not_as_a_red_case()
    {
        var snapshot = DecidedOnTheLastDay().Snapshot;
        var board = new SupervisionBoard(Engine);

        var report = board.Sweep([snapshot], At(2024, 7, 29));

        Assert.Empty(report.Red);
        Assert.Empty(report.Yellow);
        Assert.Equal(snapshot, Assert.Single(report.StepOverdue).Case);
    }

    [Fact]
    public void The_uncounted_days_are_added_when_the_case_leaves_the_step()
    {
        // Delivered Mon 07-22: 07-19, 07-22 = 2 wd not counted; the decision was on time.
        var walk = DecidedOnTheLastDay().Fire("deliver", Clerk, At(2024, 7, 22));

        Assert.Equal(2, walk.Snapshot.CommittedClock.SuspendedDays);
        var finished = walk.CaseAt(At(2024, 8, 1));
        Assert.Equal(DeadlineState.FinishedOnTime, finished.State);
        Assert.Equal(13, finished.DaysUsed);
        Assert.Equal(TimeLimit.WorkingDays(13), finished.Limit);
    }
}
