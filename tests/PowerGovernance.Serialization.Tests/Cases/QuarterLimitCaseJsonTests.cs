using System;
using NodaTime;
using PowerGovernance.Calendars;
using PowerGovernance.Powers;
using PowerGovernance.Procedures;
using PowerGovernance.Procedures.BuiltIn;
using PowerGovernance.Supervision;
using static PowerGovernance.Tests.Procedures.BuiltIn.BuiltInFixture;

namespace PowerGovernance.Serialization.Tests.Cases;

/// <summary>
/// A case whose clocks are due by the end of a quarter (按季度: the county's quarterly approval of serious-illness aid) is
/// stored and read back as JSON with its quarter limits, and its deadlines are the same after the round trip.
/// </summary>
public class QuarterLimitCaseJsonTests
{
    private static readonly Power AidPower = new()
    {
        Code = PowerCode.Parse("62052400MZ-JF-0003"),
        Name = "大病救助审批",
        Category = PowerCategory.Benefit,
        LegalBases = [new LegalBasis("《社会救助暂行办法》", "第六章", LegalBasisRank.AdministrativeRegulation)],
        ImplementingBody = "某县民政局",
        UndertakingUnit = "镇民政办",
        UndertakingPost = "民政专干",
        Initiation = Initiation.OnApplication,
        Conditions = "患所列大病的五保户、特困户家庭人员，或当年医疗费用超过1万元且影响家庭基本生活",
        LegalTimeLimit = TimeLimit.EndOfQuarter(1),
        CommittedTimeLimit = TimeLimit.EndOfQuarter(),
        SupervisingBody = "县民政局纪检组",
        ComplaintChannel = "12345政务服务便民热线",
    };

    private static readonly ProcedureEngine AidEngine = new(Calendar, new PowerCatalog([AidPower]), [SeriousIllnessAid.Definition]);

    [Fact]
    public void A_snapshot_at_the_countys_quarter_round_trips_with_its_quarter_limits_and_deadlines()
    {
        // Received Thu 2026-02-05; forwarded Mon 02-09; visited Fri 02-13 and reported on the make-up Saturday 02-14, the
        // day before Spring Festival 2026 (02-15..02-23 off). The county's period starts 02-14: committed by the end of Q1,
        // Tue 2026-03-31, a working day; legal by the end of Q2, Tue 2026-06-30, a working day (Dragon Boat is 06-19..06-21).
        var village = new Actor("村委会主任陈某", SeriousIllnessAid.VillageCommittee);
        var township = new Actor("民政专干刘某", SeriousIllnessAid.TownshipOfficer);
        var started = AidEngine.Start("case-1", AidPower.Code, SeriousIllnessAid.Id, village, At(2026, 2, 5));
        Assert.True(started.IsAccepted, started.Message);
        var forwarded = AidEngine.Fire(started.Snapshot!, SeriousIllnessAid.Triggers.Forward, village, At(2026, 2, 9), null, null, started.Snapshot!.Version);
        Assert.True(forwarded.IsAccepted, forwarded.Message);
        var report = TriggerArguments.None.With(SeriousIllnessAid.Arguments.HomeVisit, new LocalDate(2026, 2, 13)).With(SeriousIllnessAid.Arguments.Opinion, "入户调查属实，符合条件，建议救助");
        var submitted = AidEngine.Fire(forwarded.Snapshot!, SeriousIllnessAid.Triggers.Submit, township, At(2026, 2, 14), report, null, forwarded.Snapshot!.Version);
        Assert.True(submitted.IsAccepted, submitted.Message);
        var snapshot = submitted.Snapshot!;

        var json = CaseJson.Serialize(snapshot);
        var read = CaseJson.DeserializeSnapshot(json);

        Assert.Equal(snapshot, read);
        Assert.Contains("\"limit\":\"end of quarter\"", json, StringComparison.Ordinal);
        Assert.Contains("\"limit\":\"end of quarter 1 later\"", json, StringComparison.Ordinal);
        Assert.Equal(TimeLimit.EndOfQuarter(), read.CommittedClock.Limit);
        Assert.Equal(TimeLimit.EndOfQuarter(1), read.LegalClock.Limit);
        var supervisor = new CaseSupervisor(Calendar);
        var deadlines = supervisor.Deadlines(read, SeriousIllnessAid.Definition, At(2026, 2, 24));
        Assert.Equal(new LocalDate(2026, 3, 31), deadlines.Committed.DueDate);
        Assert.Equal(new LocalDate(2026, 6, 30), deadlines.Legal.DueDate);
        Assert.Equal(supervisor.Deadlines(snapshot, SeriousIllnessAid.Definition, At(2026, 2, 24)), deadlines);
    }

    [Fact]
    public void The_events_of_a_quarter_case_read_back_and_still_verify()
    {
        var village = new Actor("村委会主任陈某", SeriousIllnessAid.VillageCommittee);
        var started = AidEngine.Start("case-2", AidPower.Code, SeriousIllnessAid.Id, village, At(2025, 9, 28));
        Assert.True(started.IsAccepted, started.Message);

        var read = CaseJson.DeserializeEvents(CaseJson.Serialize(started.Events));

        Assert.Equal(started.Events, read);
        Assert.True(AuditChain.Verify(read, started.Snapshot!.AuditHead).IsValid);
    }
}
