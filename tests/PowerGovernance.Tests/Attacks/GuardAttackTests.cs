using System.Collections.Generic;
using NodaTime;
using PowerGovernance.Accountability;
using PowerGovernance.Procedures;
using PowerGovernance.Procedures.BuiltIn;
using PowerGovernance.Tests.Procedures.BuiltIn;
using static PowerGovernance.Tests.Accountability.AccountabilityWalk;
using static PowerGovernance.Tests.Procedures.BuiltIn.BuiltInFixture;

namespace PowerGovernance.Tests.Attacks;

/// <summary>
/// Issue 14, finding 1: a guard that throws must never read as "condition not met". Near the end of the official calendar
/// (2026-12-31) a window of 15 working days runs into days no notice covers yet: the guard cannot be checked, and the engine
/// says so (<see cref="RejectionKind.GuardError"/>), never "not within 15 working days" or "late".
/// </summary>
public class GuardAttackTests
{
    private static readonly Actor Registrar = new("收文员吴某", TimeLimitedCompletion.Registrar);
    private static readonly Actor Undertaker = new("民政办主任郑某", TimeLimitedCompletion.Undertaker);

    [Fact]
    public void A_completion_on_time_near_the_end_of_coverage_is_not_refused_as_late()
    {
        // Received Mon 2026-12-21; done Wed 12-23, the second working day of 15: the due date lies in 2027.
        var walk = CaseWalk.Start(BuiltInProcedures.TimeLimitedCompletion, BuiltInPowers.TimeLimitedCompletion, Registrar, At(2026, 12, 21))
            .Fire("assign", Registrar, At(2026, 12, 21, 11), Args(TimeLimitedCompletion.ToArgument, "民政办"));

        var refused = walk.Refuse("complete", Undertaker, At(2026, 12, 23));

        Assert.Equal(RejectionKind.GuardError, refused.Rejection);
        var finding = Assert.Single(refused.Findings);
        Assert.Contains("could not be checked", finding.Message, System.StringComparison.Ordinal);
        Assert.DoesNotContain("not met", finding.Message, System.StringComparison.Ordinal);
        Assert.Contains("无法判断", finding.ChineseMessage, System.StringComparison.Ordinal);
        Assert.Equal(walk.Snapshot, refused.Snapshot);
    }

    [Fact]
    public void An_appeal_filed_in_time_near_the_end_of_coverage_is_not_refused_as_out_of_time_and_the_period_is_not_over()
    {
        // Served Mon 2026-12-21, appealed Tue 12-22: within 15 working days by any calendar, but the window ends in 2027.
        var zhao = Investigator("纪委赵某");
        var walk = Open(At(2026, 12, 1), caseId: "wz-2026-12")
            .Fire("verify", Office, At(2026, 12, 2), reason: "经初步核实，群众反映的推诿情况存在")
            .Fire("open-investigation", Head, At(2026, 12, 3))
            .Fire("assign-investigator", Head, At(2026, 12, 3, 11), Args(AccountabilityProcedure.PersonArgument, zhao.Name))
            .Fire("hear", zhao, At(2026, 12, 7))
            .Fire("heard", zhao, At(2026, 12, 8), reason: "陈述申辩已听取并核实")
            .Fire("submit-report", zhao, At(2026, 12, 9), new Dictionary<string, string> { ["facts"] = "群众办事三次往返未获答复", ["conclusion"] = "推诿扯皮", ["proposal"] = "诫勉谈话" })
            .Fire("decide", Committee, At(2026, 12, 14), new Dictionary<string, string> { ["tier"] = "Minor", ["sanctions"] = "admonition" })
            .Fire("serve", Office, At(2026, 12, 21));

        var appeal = walk.Refuse("appeal", Office, At(2026, 12, 22));
        var finalize = walk.Refuse("finalize", Office, At(2026, 12, 22));

        Assert.Equal(RejectionKind.GuardError, appeal.Rejection);
        Assert.DoesNotContain("not met", appeal.Message, System.StringComparison.Ordinal);
        Assert.Equal(RejectionKind.GuardError, finalize.Rejection);
    }

    [Fact]
    public void A_host_guard_that_throws_is_a_technical_error_not_a_legal_finding()
    {
        var definition = Procedures.SampleProcedures.LicensingBuilder()
            .Trigger("approve", "批准", "review", "granted", [Procedures.SampleProcedures.Head], t => t.When("上级已批复", "the superior approved", _ => throw new System.InvalidOperationException("directory unavailable")))
            .Build();
        var engine = new ProcedureEngine(Calendars.SampleCalendars.SecondHalf2024(), Procedures.SampleProcedures.Catalog, [definition]);
        var clerk = new Actor("张三", Procedures.SampleProcedures.Clerk);
        var started = engine.Start("case-1", Powers.SamplePowers.BuildingPermit.Code, "test-licensing", clerk, Instant.FromUtc(2024, 9, 27, 2, 0));
        var accepted = engine.Fire(started.Snapshot, "accept", clerk, Instant.FromUtc(2024, 9, 29, 2, 0), new Dictionary<string, string> { ["materials"] = "complete" });

        var approve = engine.Fire(accepted.Snapshot, "approve", new Actor("王五", Procedures.SampleProcedures.Head), Instant.FromUtc(2024, 10, 9, 2, 0));

        Assert.Equal(RejectionKind.GuardError, approve.Rejection);
        Assert.Contains("InvalidOperationException", approve.Message, System.StringComparison.Ordinal);
        Assert.DoesNotContain("not met", approve.Message, System.StringComparison.Ordinal);
    }
}
