using PowerGovernance.Tests.Procedures;
using System;
using System.Collections.Generic;
using System.Linq;
using NodaTime;
using PowerGovernance.Powers;
using PowerGovernance.Procedures;
using PowerGovernance.Tests.Calendars;
using PowerGovernance.Tests.Powers;

namespace PowerGovernance.Tests.Procedures;

public class ProcedureEngineTests
{
    private static readonly ProcedureEngine Engine = new(SampleCalendars.SecondHalf2024(), SampleProcedures.Catalog, [SampleProcedures.Licensing]);
    private static readonly Actor Clerk = new("张三", SampleProcedures.Clerk);
    private static readonly Actor Reviewer = new("李四", SampleProcedures.Reviewer);
    private static readonly Actor Head = new("王五", SampleProcedures.Head);
    private static readonly Dictionary<string, string> Complete = new() { ["materials"] = "complete" };

    private static Instant At(int month, int day, int hour = 2) => Instant.FromUtc(2024, month, day, hour, 0);

    private static CaseSnapshot Started() =>
        Engine.Start("case-1", SamplePowers.BuildingPermit.Code, "test-licensing", Clerk, At(9, 27)).Snapshot!;

    [Fact]
    public void A_case_runs_from_receipt_to_grant_and_every_event_chains()
    {
        var start = Engine.Start("case-1", SamplePowers.BuildingPermit.Code, "test-licensing", Clerk, At(9, 27));
        Assert.True(start.IsAccepted);
        var accepted = Engine.Fire(start.Snapshot!, "accept", Clerk, At(9, 29), Complete);
        Assert.True(accepted.IsAccepted, accepted.Message);
        var granted = Engine.Fire(accepted.Snapshot!, "grant", Head, At(10, 9));
        Assert.True(granted.IsAccepted, granted.Message);

        var snapshot = granted.Snapshot!;
        Assert.Equal("granted", snapshot.Step);
        Assert.Equal(CaseOutcome.Granted, snapshot.Outcome);
        Assert.Equal(new LocalDate(2024, 10, 9), snapshot.Closed);
        Assert.Equal(3, snapshot.Version);
        var events = start.Events.Concat(accepted.Events).Concat(granted.Events).ToArray();
        Assert.Equal(["start", "accept", "grant"], events.Select(e => e.Trigger));
        Assert.Equal([SampleProcedures.Clerk, SampleProcedures.Clerk, SampleProcedures.Head], events.Select(e => e.Post));
        Assert.True(AuditChain.Verify(events).IsValid);
        Assert.Equal(snapshot, Engine.Replay("test-licensing", SamplePowers.BuildingPermit.Code, events));
    }

    [Fact]
    public void Rejections_say_what_was_tried_from_where_and_why_and_change_nothing()
    {
        var snapshot = Started();

        var unknown = Engine.Fire(snapshot, "fly", Clerk, At(9, 30));
        var wrongStep = Engine.Fire(snapshot, "grant", Head, At(9, 30));
        var wrongPost = Engine.Fire(snapshot, "accept", Reviewer, At(9, 30), Complete);
        var guard = Engine.Fire(snapshot, "accept", Clerk, At(9, 30));
        var stale = Engine.Fire(snapshot, "accept", Clerk, At(9, 30), Complete, expectedVersion: 7);
        var past = Engine.Fire(snapshot, "accept", Clerk, At(9, 26), Complete);

        Assert.Equal(RejectionKind.UnknownTrigger, unknown.Rejection);
        Assert.Equal(RejectionKind.NotPermittedFromStep, wrongStep.Rejection);
        Assert.Contains("'grant' from step 'receive' of case 'case-1' was refused: it does not leave this step (permitted here: accept)", wrongStep.Message, StringComparison.Ordinal);
        Assert.Contains("办件“case-1”在“receive”环节的动作“grant”被拒绝：该动作不能从本环节发出（本环节可用：accept）", wrongStep.ChineseMessage, StringComparison.Ordinal);
        Assert.Equal(RejectionKind.ActorLacksPost, wrongPost.Rejection);
        Assert.Contains("窗口受理员", wrongPost.Message, StringComparison.Ordinal);
        Assert.Equal(RejectionKind.GuardFailed, guard.Rejection);
        Assert.Equal(["材料齐全"], guard.UnmetGuards());
        Assert.Equal(RejectionKind.StaleVersion, stale.Rejection);
        Assert.Equal(RejectionKind.InvalidTime, past.Rejection);
        Assert.All(new[] { unknown, wrongStep, wrongPost, guard, stale, past }, r =>
        {
            Assert.False(r.IsAccepted);
            Assert.Same(snapshot, r.Snapshot);
            Assert.Empty(r.Events);
        });
    }

    [Fact]
    public void A_refusal_needs_a_written_reason()
    {
        var review = Engine.Fire(Started(), "accept", Clerk, At(9, 30), Complete).Snapshot!;

        var silent = Engine.Fire(review, "refuse", Head, At(10, 8));
        var reasoned = Engine.Fire(review, "refuse", Head, At(10, 8), reason: "不符合村庄规划");

        Assert.Equal(RejectionKind.ReasonMissing, silent.Rejection);
        Assert.True(reasoned.IsAccepted);
        Assert.Equal(CaseOutcome.Refused, reasoned.Snapshot!.Outcome);
        Assert.Equal("不符合村庄规划", reasoned.Events[0].Reason);
        Assert.Equal(RejectionKind.CaseClosed, Engine.Fire(reasoned.Snapshot, "grant", Head, At(10, 9)).Rejection);
    }

    [Fact]
    public void Suspension_counts_the_working_days_it_took_and_extension_happens_once()
    {
        var review = Engine.Fire(Started(), "accept", Clerk, At(9, 27), Complete).Snapshot!;
        var noCause = Engine.Fire(review, "suspend", Reviewer, At(9, 30));
        Assert.Equal(RejectionKind.ArgumentMissing, noCause.Rejection);

        var suspended = Engine.Fire(review, "suspend", Reviewer, At(9, 30), new Dictionary<string, string> { ["cause"] = "听证" }).Snapshot!;
        Assert.True(suspended.CommittedClock.IsSuspended);
        Assert.Equal("听证", suspended.CommittedClock.SuspensionCause);
        Assert.Equal(RejectionKind.ClockConflict, Engine.Fire(suspended, "suspend", Reviewer, At(10, 1), new Dictionary<string, string> { ["cause"] = "检测" }).Rejection);

        // Suspended Monday 09-30, resumed Wednesday 10-09: working days in (09-30, 10-09] are 10-08 and 10-09.
        var resumed = Engine.Fire(suspended, "resume", Reviewer, At(10, 9)).Snapshot!;
        Assert.False(resumed.CommittedClock.IsSuspended);
        Assert.Equal(2, resumed.CommittedClock.SuspendedDays);

        var extended = Engine.Fire(resumed, "extend", Head, At(10, 10), reason: "情况复杂，经负责人批准").Snapshot!;
        Assert.True(extended.CommittedClock.IsExtended);
        Assert.Equal(RejectionKind.ClockConflict, Engine.Fire(extended, "extend", Head, At(10, 11), reason: "再次").Rejection);
        var both = new Actor("全能", SampleProcedures.Reviewer, SampleProcedures.Head);
        Assert.Equal(["suspend", "grant", "refuse"], Engine.PermittedTriggers(extended, both, At(10, 11)).Select(t => t.Id));
    }

    [Fact]
    public void A_listed_power_without_a_legal_basis_is_to_be_abolished_and_cannot_be_exercised()
    {
        var unfounded = SamplePowers.BuildingPermit with { LegalBases = [] };
        var engine = new ProcedureEngine(SampleCalendars.SecondHalf2024(), new PowerCatalog([unfounded]), [SampleProcedures.Licensing]);

        var result = engine.Start("case-10", unfounded.Code, "test-licensing", Clerk, At(9, 27));

        Assert.False(result.IsAccepted);
        Assert.Equal(RejectionKind.PowerNotExercisable, result.Rejection);
        Assert.Contains("legal basis", result.Message, StringComparison.Ordinal);
        Assert.Contains("凡无合法依据的，应予以废止", result.ChineseMessage, StringComparison.Ordinal);
        Assert.True(Engine.Start("case-11", SamplePowers.BuildingPermit.Code, "test-licensing", Clerk, At(9, 27)).IsAccepted);
    }

    [Fact]
    public void A_case_for_a_power_not_in_the_catalog_is_refused()
    {
        var result = Engine.Start("case-9", PowerCode.Parse("62052400MZ-CF-0001"), "test-licensing", Clerk, At(9, 27));

        Assert.False(result.IsAccepted);
        Assert.Throws<System.InvalidOperationException>(() => result.Snapshot);
        Assert.Equal(RejectionKind.PowerNotListed, result.Rejection);
        Assert.Contains("a power not in the catalog may not be exercised", result.Message, StringComparison.Ordinal);
        Assert.Contains("未列入职权目录的权力不得行使", result.ChineseMessage, StringComparison.Ordinal);
    }

    [Fact]
    public void An_incomplete_snapshot_from_storage_is_an_argument_error_not_a_null_dereference()
    {
        var broken = Started() with { CommittedClock = null! };

        var error = Assert.Throws<ArgumentException>(() => Engine.Fire(broken, "accept", Clerk, At(9, 30), Complete));

        Assert.Equal("snapshot", error.ParamName);
        Assert.Contains("Clock is missing", error.Message, StringComparison.Ordinal);

        // The board does not throw for one bad case: it reports it and sweeps the others.
        var report = new PowerGovernance.Supervision.SupervisionBoard(Engine).Sweep([Started(), broken], At(10, 1));
        var unreadable = Assert.Single(report.Unreadable);
        Assert.Equal((1, PowerGovernance.Supervision.UnreadableCaseCodes.IncompleteCase), (unreadable.Index, unreadable.Code));
    }
}
