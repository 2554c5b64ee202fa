using System.Linq;
using NodaTime;
using PowerGovernance.Calendars;
using PowerGovernance.Calendars.China;
using PowerGovernance.FrontDesk;
using PowerGovernance.Procedures;
using PowerGovernance.Tests.Procedures.BuiltIn;

namespace PowerGovernance.Tests.FrontDesk;

/// <summary>
/// 首问责任制 3: when the handler is away and cannot be reached, the first receiver takes the materials in, records them and
/// hands them over; the desk and the post roster work together.
/// </summary>
public class MaterialsHandoverTests
{
    private static readonly OfficeCalendar Office = new(ChinaCalendars.Official);
    private static readonly FirstInquiryDesk Desk = new(Office, BuiltInPowers.Catalog);
    private static readonly Post CivilAffairs = new("民政专干", "Civil-affairs officer");

    /// <summary>张某 holds the post, 李某 deputizes; 张某 is on leave 2026-02-13..02-14, 李某 on a business trip 2026-02-12..02-25.</summary>
    private static readonly PostRoster Roster = new(
        [new PostAssignment(CivilAffairs, "镇民政办", ["张某"], ["李某"], "最低生活保障审核", "廉洁办理")],
        [
            new Absence("张某", new DateInterval(new LocalDate(2026, 2, 13), new LocalDate(2026, 2, 14)), AbsenceReason.Leave),
            new Absence("李某", new DateInterval(new LocalDate(2026, 2, 12), new LocalDate(2026, 2, 25)), AbsenceReason.BusinessTrip),
        ]);

    private static Instant At(int year, int month, int day, int hour = 10) => BuiltInFixture.At(year, month, day, hour);

    private static Inquiry Logged(int month, int day) =>
        Desk.Log("SW-1", "王某", null, InquiryChannel.Counter, "申请最低生活保障", "党政办公室刘某", At(2026, month, day));

    [Fact]
    public void Materials_taken_in_before_Spring_Festival_2026_are_due_to_the_handler_on_the_first_working_day_someone_acts()
    {
        var taken = Desk.TakeIn(Logged(2, 13), BuiltInPowers.LivingAllowance.Code, Roster, ["申请书", "户口簿复印件"], At(2026, 2, 13, 11));

        // Taken in on Friday 2026-02-13 with 张某 on leave and 李某 away. 02-14 (Saturday) is a make-up working day but both are
        // still away; 02-15..02-23 is the Spring Festival holiday; on Tuesday 02-24 张某 is back: due 2026-02-24.
        Assert.True(taken.IsAccepted, taken.Message);
        var inquiry = taken.Inquiry;
        Assert.Equal(InquiryState.TakenIn, inquiry.State);
        var handover = inquiry.Handover!;
        Assert.Equal(new LocalDate(2026, 2, 24), handover.DueOn);
        Assert.Equal("党政办公室刘某", handover.TakenBy);
        Assert.Equal(["申请书", "户口簿复印件"], handover.Materials);
        Assert.Empty(Desk.Review(inquiry, At(2026, 2, 13, 18))); // dealt with at the desk that day

        // Not yet due on 02-24; overdue when still waiting on Wednesday 02-25.
        Assert.Empty(Desk.ReviewHandover(inquiry, At(2026, 2, 24, 17)));
        Assert.Equal(FrontDeskRuleCodes.HandoverOverdue, Assert.Single(Desk.ReviewHandover(inquiry, At(2026, 2, 25))).Code);

        // Nobody acts on Saturday 02-14 (the make-up day): no one to hand to.
        Assert.Equal(FrontDeskRuleCodes.NoOneToHandTo, Assert.Single(Desk.HandOver(inquiry, Roster, At(2026, 2, 14)).Findings).Code);

        var handed = Desk.HandOver(inquiry, Roster, At(2026, 2, 24, 9));
        Assert.True(handed.IsAccepted, handed.Message);
        Assert.Equal("张某", handed.Inquiry.Handover!.HandedTo);
        Assert.Empty(Desk.ReviewHandover(handed.Inquiry, At(2026, 3, 2)));
        Assert.Equal(FrontDeskRuleCodes.NothingToHandOver, Assert.Single(Desk.HandOver(handed.Inquiry, Roster, At(2026, 2, 24, 10)).Findings).Code);
    }

    [Fact]
    public void Materials_are_not_taken_in_when_someone_acts_in_the_post_nor_without_listing_them()
    {
        // On Wednesday 2026-02-11 张某 is at work: the matter goes to them directly.
        var present = Desk.TakeIn(Logged(2, 11), BuiltInPowers.LivingAllowance.Code, Roster, ["申请书"], At(2026, 2, 11, 11));
        Assert.Equal([FrontDeskRuleCodes.HandlerPresent], present.Findings.Select(f => f.Code).ToArray());
        Assert.Contains("张某", present.Message, System.StringComparison.Ordinal);

        var unlisted = Desk.TakeIn(Logged(2, 13), BuiltInPowers.LivingAllowance.Code, Roster, ["\u200B"], At(2026, 2, 13, 11));
        Assert.Equal([FrontDeskRuleCodes.MaterialsMissing], unlisted.Findings.Select(f => f.Code).ToArray());
        Assert.Equal(InquiryState.Open, unlisted.Inquiry.State);
    }
}
