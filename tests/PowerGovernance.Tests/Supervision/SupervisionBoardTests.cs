using System.Collections.Generic;
using System.Linq;
using NodaTime;
using PowerGovernance.Procedures;
using PowerGovernance.Supervision;
using PowerGovernance.Tests.Calendars;
using PowerGovernance.Tests.Powers;
using PowerGovernance.Tests.Procedures;

namespace PowerGovernance.Tests.Supervision;

public class SupervisionBoardTests
{
    private static readonly ProcedureEngine Engine = new(SampleCalendars.SecondHalf2024(), SampleProcedures.Catalog, [SampleProcedures.Licensing]);
    private static readonly Actor Clerk = new("张三", SampleProcedures.Clerk);
    private static readonly Actor Head = new("王五", SampleProcedures.Head);

    private static Instant At(int month, int day) => Instant.FromUtc(2024, month, day, 2, 0);

    private static CaseSnapshot Received(string id, int month, int day)
    {
        var started = Engine.Start(id, SamplePowers.BuildingPermit.Code, "test-licensing", Clerk, At(month, day)).Snapshot!;
        return Engine.Fire(started, "accept", Clerk, At(month, day), new Dictionary<string, string> { ["materials"] = "complete" }).Snapshot!;
    }

    [Fact]
    public void The_board_lists_yellow_and_red_cases_and_counts_per_power_unit_and_post()
    {
        var red = Received("red", 9, 2);
        var yellow = Received("yellow", 9, 27);
        var green = Received("green", 10, 14);
        var finishedOnTime = Engine.Fire(Received("done", 9, 27), "grant", Head, At(10, 10)).Snapshot!;
        var finishedLate = Engine.Fire(Received("late", 9, 2), "grant", Head, At(10, 17)).Snapshot!;

        var report = new SupervisionBoard(Engine).Sweep([red, yellow, green, finishedOnTime, finishedLate], At(10, 18));

        Assert.Equal(5, report.Swept);
        Assert.Equal(["yellow"], report.Yellow.Select(c => c.Case.CaseId));
        Assert.Equal(["red"], report.Red.Select(c => c.Case.CaseId));
        Assert.Equal(["red", "yellow"], report.StepOverdue.Select(c => c.Case.CaseId));
        var stats = report.ByPower[SamplePowers.BuildingPermit.Code.Value];

        // Legal limit 20 working days from receipt: the cases received Mon 09-02 were legally due Mon 09-30
        // (09-03 … 09-06, 09-09 … 09-13, make-up Sat 09-14, 09-18 … 09-20, 09-23 … 09-27, make-up Sun 09-29, 09-30).
        Assert.Equal(["red"], report.LegallyOverdue.Select(c => c.Case.CaseId));
        Assert.Equal(new LocalDate(2024, 9, 30), report.LegallyOverdue[0].LegalStatus.DueDate);
        Assert.Equal(new OnTimeStatistics(3, 1, 1, 1, 1, 1, 1), stats);
        Assert.Equal(0.5, stats.LegalOnTimeRate);
        Assert.Equal(0.5, stats.OnTimeRate);
        Assert.Equal(3, report.ByPost[SampleProcedures.Reviewer].Open);
        Assert.Equal(2, report.ByPost[SampleProcedures.Head].FinishedOnTime + report.ByPost[SampleProcedures.Head].FinishedLate);
        Assert.Equal(5, report.ByUnit["(unknown)"].Open + report.ByUnit["(unknown)"].FinishedOnTime + report.ByUnit["(unknown)"].FinishedLate);
    }

    [Fact]
    public void Finished_cases_outside_the_period_are_left_out_of_the_statistics()
    {
        var finished = Engine.Fire(Received("done", 9, 2), "grant", Head, At(9, 10)).Snapshot!;

        var report = new SupervisionBoard(Engine).Sweep([finished], At(10, 18), new DateInterval(new LocalDate(2024, 10, 1), new LocalDate(2024, 10, 31)));

        Assert.Empty(report.ByPower);
    }
}
