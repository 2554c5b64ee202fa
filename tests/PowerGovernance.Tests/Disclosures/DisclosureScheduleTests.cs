using System.Linq;
using NodaTime;
using PowerGovernance.Calendars;
using PowerGovernance.Disclosures;
using PowerGovernance.Powers;
using PowerGovernance.Tests.FrontDesk;
using static PowerGovernance.Tests.FrontDesk.DeskFixture;

namespace PowerGovernance.Tests.Disclosures;

public class DisclosureScheduleTests
{
    private static readonly DisclosureSchedule Schedule = new(Calendar);

    [Fact]
    public void A_public_request_made_the_day_before_the_Spring_Festival_eve_is_due_on_the_make_up_Sunday()
    {
        // Received Thu 2024-02-08 (not counted); 3 natural days end Sun 02-11, inside the holiday (02-10..02-17),
        // so the period ends on the next working day: Sun 02-18, a make-up working day.
        Assert.Equal(new LocalDate(2024, 2, 18), Schedule.RequestDeadline(new LocalDate(2024, 2, 8)).DueDate);

        // Received Mon 2024-03-04: Thu 03-07 is a working day and stays.
        Assert.Equal(new LocalDate(2024, 3, 7), Schedule.RequestDeadline(new LocalDate(2024, 3, 4)).DueDate);
    }

    [Fact]
    public void A_proposed_decision_stays_open_for_comment_five_working_days()
    {
        // Published Tue 2024-02-06: 02-07 (1), 02-08 (2), 02-09 (3), 02-18 make-up Sunday (4), 02-19 (5).
        Assert.Equal(new LocalDate(2024, 2, 19), Schedule.CommentPeriodEnd(new LocalDate(2024, 2, 6)));
    }

    [Fact]
    public void What_is_due_on_a_date_follows_each_powers_timing_class_and_leaves_out_confidential_powers()
    {
        var stageEnded = new DisclosureEvent(DeskPowers.HomesteadRepair.Code, new LocalDate(2024, 3, 8), "第一批危房改造户评定完成");
        var filed = new[] { new DisclosureFiling(DeskPowers.FarmSubsidy.Code, new LocalDate(2024, 1, 15), DisclosureForms.NoticeBoard, "2023年第4季度种粮直补发放明细", new LocalDate(2024, 1, 16)) };

        var due = Schedule.Due(DeskPowers.Catalog, new LocalDate(2024, 3, 15), filed, [stageEnded]);

        // Unemployment registration (long-term, never filed): due now. Farm subsidy (quarterly): the January filing
        // lies in Q1, so nothing is due. Homestead repair (by stage): the stage that ended Fri 03-08 is due that day.
        // The militia power is confidential and never listed.
        Assert.Equal(
            [
                (DeskPowers.UnemploymentRegistration.Code, DisclosureTiming.LongTerm, new LocalDate(2024, 3, 15)),
                (DeskPowers.HomesteadRepair.Code, DisclosureTiming.ByStage, new LocalDate(2024, 3, 8)),
            ],
            due.Select(d => (d.Power, d.Timing, d.DueDate)));

        // In Q2 the subsidy is due again, by 06-30 (a Sunday) → Mon 07-01; the Q1 quarter ending Sun 03-31 → Mon 04-01.
        var q2 = Schedule.Due(DeskPowers.Catalog, new LocalDate(2024, 4, 10), filed);
        Assert.Equal(new LocalDate(2024, 7, 1), q2.Single(d => d.Power == DeskPowers.FarmSubsidy.Code).DueDate);
        Assert.Equal("2024年第2期定期公开", q2.Single(d => d.Power == DeskPowers.FarmSubsidy.Code).Reason);
        Assert.Equal(new LocalDate(2024, 4, 1), Schedule.Due(DeskPowers.Catalog, new LocalDate(2024, 3, 15), []).Single(d => d.Power == DeskPowers.FarmSubsidy.Code).DueDate);
    }

    [Fact]
    public void A_power_marked_confidential_without_a_basis_is_disclosed_like_any_other()
    {
        var unfounded = DeskPowers.UnemploymentRegistration with { Confidentiality = new Confidentiality(true, "涉及国防秘密", null) };
        var withheld = DeskPowers.UnemploymentRegistration with
        {
            Code = PowerCode.Parse("62052400MZ-QR-0099"),
            Confidentiality = new Confidentiality(true, "涉及国防秘密", "《中华人民共和国保守国家秘密法》"),
        };

        var due = Schedule.Due(new PowerCatalog([unfounded, withheld]), new LocalDate(2024, 3, 15), []);

        Assert.Equal([unfounded.Code], due.Select(d => d.Power));
    }

    [Fact]
    public void The_numbers_are_options()
    {
        var monthly = new DisclosureSchedule(Calendar, DisclosureOptions.Default with { PeriodMonths = 1, RequestLimit = TimeLimit.NaturalDays(5), StageLimit = TimeLimit.WorkingDays(2) });

        Assert.Equal(new DateInterval(new LocalDate(2024, 2, 1), new LocalDate(2024, 2, 29)), monthly.PeriodOf(new LocalDate(2024, 2, 9)));
        Assert.Equal(new LocalDate(2024, 3, 11), monthly.Due(DeskPowers.Catalog, new LocalDate(2024, 3, 15), [], [new DisclosureEvent(DeskPowers.HomesteadRepair.Code, new LocalDate(2024, 3, 7), "阶段")]).Single(d => d.Timing == DisclosureTiming.ByStage).DueDate);
        Assert.Throws<System.ArgumentOutOfRangeException>(() => DisclosureOptions.Default with { PeriodMonths = 5 });
    }
}
