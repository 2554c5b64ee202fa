using System.Collections.Generic;
using System.Linq;
using NodaTime;
using PowerGovernance.Calendars;
using PowerGovernance.Calendars.China;
using PowerGovernance.Procedures;
using PowerGovernance.Procedures.BuiltIn;
using PowerGovernance.Tests.Procedures.BuiltIn;

namespace PowerGovernance.Tests.Procedures;

/// <summary>Every case event records the calendar its deadlines were computed on, under the audit hash.</summary>
public class CaseEventCalendarTests
{
    private static readonly Actor Clerk = new("窗口", AdministrativeLicensing.Clerk);

    private static ProcedureEngine Engine(IWorkingCalendar calendar) =>
        new(new OfficeCalendar(calendar), BuiltInPowers.Catalog, [BuiltInProcedures.AdministrativeLicensing]);

    private static List<CaseEvent> Walk(ProcedureEngine engine)
    {
        var start = engine.Start("XK-1", BuiltInPowers.Licensing.Code, AdministrativeLicensing.Id, Clerk, Instant.FromUtc(2026, 12, 21, 2, 0));
        var accepted = engine.Fire(start.Snapshot!, "accept", Clerk, Instant.FromUtc(2026, 12, 22, 2, 0));
        Assert.True(accepted.IsAccepted, accepted.Message);
        return [.. start.Events, .. accepted.Events];
    }

    [Fact]
    public void Each_event_names_the_engine_calendar_and_its_content_hash()
    {
        var events = Walk(Engine(ChinaCalendars.Provisional));

        Assert.All(events, e => Assert.Equal(ChinaCalendars.Provisional.Identity, e.Calendar));
        Assert.Equal(ChinaCalendars.ProvisionalId, events[0].Calendar!.Id);
        Assert.Equal(64, events[0].Calendar!.ContentHash.Length);
        Assert.True(AuditChain.Verify(events).IsValid);
    }

    [Fact]
    public void Changing_the_recorded_calendar_breaks_the_chain()
    {
        var events = Walk(Engine(ChinaCalendars.Provisional));
        events[1] = events[1] with { Calendar = ChinaCalendars.Official.Identity };

        var verification = AuditChain.Verify(events);

        Assert.False(verification.IsValid);
        Assert.Equal(1, verification.FirstBrokenIndex);
    }

    [Fact]
    public void The_calendar_is_part_of_the_hash_and_an_event_without_one_keeps_the_version_1_hash()
    {
        var e = Walk(Engine(ChinaCalendars.Provisional))[0];
        var withoutCalendar = AuditChain.ComputeHash(e.CaseId, e.Sequence, e.Trigger, e.From, e.To, e.Actor, e.Post, e.At, e.Reason, e.Arguments, e.PreviousHash);

        Assert.NotEqual(e.Hash, withoutCalendar);
        Assert.Equal(withoutCalendar, AuditChain.ComputeHash(e with { Calendar = null }));
    }

    [Fact]
    public void A_case_recorded_on_a_provisional_year_replays_on_the_calendar_with_the_notice()
    {
        var events = Walk(Engine(ChinaCalendars.Provisional));
        var host = HostCalendar.FromText(
            """
            calendar cn-2027-test
            coverage 2027-01-01 2027-12-31
            source 2027 2026-11-30 HYPOTHETICAL 2027 arrangement for a test, not an official notice
            holiday 2027-01-01..2027-01-03 元旦 | New Year's Day
            holiday 2027-02-05..2027-02-11 春节 | Spring Festival
            holiday 2027-04-03..2027-04-05 清明节 | Qingming Festival
            holiday 2027-05-01..2027-05-03 劳动节 | Labour Day
            holiday 2027-06-09 端午节 | Dragon Boat Festival
            holiday 2027-09-15 中秋节 | Mid-Autumn Festival
            holiday 2027-10-01..2027-10-07 国庆节 | National Day
            """,
            "cn-2027-test.txt");
        var newer = Engine(ChinaCalendars.Create([host]));

        var snapshot = newer.Replay(AdministrativeLicensing.Id, BuiltInPowers.Licensing.Code, events);

        Assert.Equal(events[^1].Hash, snapshot.AuditHead);
        Assert.Equal(2, snapshot.Version);
        Assert.NotEqual(newer.Calendar.Identity, events[^1].Calendar);
    }

    [Fact]
    public void A_replayed_event_that_differs_in_anything_but_the_calendar_is_refused()
    {
        var events = Walk(Engine(ChinaCalendars.Provisional));
        var forged = events.Select(e => e).ToList();
        var second = forged[1] with { To = forged[1].To == "review" ? "decision" : "review" };
        forged[1] = second with { Hash = AuditChain.ComputeHash(second) };

        Assert.Throws<System.InvalidOperationException>(() => Engine(ChinaCalendars.Provisional).Replay(AdministrativeLicensing.Id, BuiltInPowers.Licensing.Code, forged));
    }
}
