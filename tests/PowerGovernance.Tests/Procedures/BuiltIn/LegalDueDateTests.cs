using NodaTime;
using PowerGovernance.Procedures;
using PowerGovernance.Procedures.BuiltIn;
using static PowerGovernance.Tests.Procedures.BuiltIn.BuiltInFixture;

namespace PowerGovernance.Tests.Procedures.BuiltIn;

/// <summary>
/// The legal due date (法定时限) of a case of each built-in procedure, counted by hand on the official arrangements:
/// National Day 2024 (Oct 1–7 off; Sun 09-29 and Sat 10-12 worked) and Spring Festival 2026 (Feb 15–23 off; Sat 02-14
/// and Sat 02-28 worked). Licensing (Art. 42) and the two successive 低保 periods across National Day 2024 have their
/// own tests; where no law sets a limit, the office's announced limit is the legal clock.
/// </summary>
public class LegalDueDateTests
{
    [Fact]
    public void Licensing_across_Spring_Festival_2026_runs_twenty_working_days_from_acceptance()
    {
        // Received Fri 02-06, accepted Mon 02-09: 02-10 … 02-13 (4), Sat 02-14 (5), 02-24 … 02-27 (9), Sat 02-28 (10),
        // 03-02 … 03-06 (15), 03-09 … 03-13 (20).
        var clerk = new Actor("张敏", AdministrativeLicensing.Clerk);
        var walk = CaseWalk.Start(BuiltInProcedures.AdministrativeLicensing, BuiltInPowers.Licensing, clerk, At(2026, 2, 6)).Fire("accept", clerk, At(2026, 2, 9));
        Assert.Equal(new LocalDate(2026, 3, 13), walk.LegalAt(At(2026, 2, 9)).DueDate);
    }

    [Fact]
    public void A_minimum_living_allowance_across_Spring_Festival_2026_counts_two_periods_that_each_end_on_a_working_day()
    {
        var village = new Actor("村委会主任陈某", MinimumLivingAllowance.VillageCommittee);
        var township = new Actor("民政专干刘某", MinimumLivingAllowance.CivilAffairsOfficer);

        // Township receives Mon 02-09: 02-09 + 10 = Thu 02-19, a holiday → Tue 02-24.
        var walk = CaseWalk.Start(BuiltInProcedures.MinimumLivingAllowance, BuiltInPowers.LivingAllowance, village, At(2026, 2, 6))
            .Fire("forward", village, At(2026, 2, 9), Args(MinimumLivingAllowance.OpinionArgument, "同意上报"));
        Assert.Equal(new LocalDate(2026, 2, 24), walk.LegalAt(At(2026, 2, 9)).DueDate);

        // County receives Fri 02-13: 02-13 + 15 = Sat 02-28, a make-up working day: the period ends that Saturday.
        walk.Fire("submit", township, At(2026, 2, 13), Args(MinimumLivingAllowance.OpinionArgument, "入户核查属实"));
        Assert.Equal(new LocalDate(2026, 2, 28), walk.LegalAt(At(2026, 2, 13)).DueDate);
    }

    [Theory]
    [InlineData(2024, 9, 27, 2024, 10, 30)] // 09-29 (1), 09-30 (2), 10-08 … 10-12 (7), 10-14 … 10-18 (12), 10-21 … 10-25 (17), 10-28 … 10-30 (20)
    [InlineData(2026, 2, 9, 2026, 3, 13)] // 02-10 … 02-14 (5), 02-24 … 02-28 (10), 03-02 … 03-06 (15), 03-09 … 03-13 (20)
    public void A_government_information_request_is_answered_within_twenty_working_days_of_receipt(int y, int m, int d, int dueY, int dueM, int dueD)
    {
        var clerk = new Actor("王某", GovernmentInformationRequest.Clerk);
        var walk = CaseWalk.Start(BuiltInProcedures.GovernmentInformationRequest, BuiltInPowers.InformationRequest, clerk, At(y, m, d));
        Assert.Equal(new LocalDate(dueY, dueM, dueD), walk.LegalAt(At(y, m, d)).DueDate);
    }

    [Fact]
    public void A_petition_across_Spring_Festival_2026_is_registered_within_fifteen_days_and_handled_within_sixty_of_acceptance()
    {
        var registrar = new Actor("信访办何某", Petition.Registrar);

        // Received Mon 02-09: registration 02-09 + 15 = Tue 02-24, a working day.
        var walk = CaseWalk.Start(BuiltInProcedures.Petition, BuiltInPowers.Petition, registrar, At(2026, 2, 9));
        Assert.Equal(new LocalDate(2026, 2, 24), walk.DeadlinesAt(At(2026, 2, 9)).StepLegal!.Value.DueDate);

        // Accepted Tue 02-10: 02-10 + 60 = Sat 04-11 → Mon 04-13.
        walk.Fire("accept", registrar, At(2026, 2, 10));
        Assert.Equal(new LocalDate(2026, 4, 13), walk.LegalAt(At(2026, 2, 10)).DueDate);
    }

    [Theory]
    [InlineData(2024, 9, 27, 2024, 10, 30)] // 20 wd, as the information request above
    [InlineData(2026, 2, 9, 2026, 3, 13)]
    public void A_decision_disclosure_has_no_legal_limit_so_its_announced_twenty_working_days_are_the_legal_clock(int y, int m, int d, int dueY, int dueM, int dueD)
    {
        var office = new Actor("党政办", DecisionDisclosure.Office);
        var walk = CaseWalk.Start(BuiltInProcedures.DecisionDisclosure, BuiltInPowers.DecisionDisclosure, office, At(y, m, d));
        var deadlines = walk.DeadlinesAt(At(y, m, d));
        Assert.Equal(new LocalDate(dueY, dueM, dueD), deadlines.Legal.DueDate);
        Assert.Equal(deadlines.Committed.DueDate, deadlines.Legal.DueDate);
    }

    [Theory]
    [InlineData(2024, 9, 27, 2024, 10, 23)] // 09-29 (1), 09-30 (2), 10-08 … 10-12 (7), 10-14 … 10-18 (12), 10-21 … 10-23 (15)
    [InlineData(2026, 2, 9, 2026, 3, 6)] // 02-10 … 02-14 (5), 02-24 … 02-28 (10), 03-02 … 03-06 (15)
    public void Time_limited_completion_has_no_legal_limit_so_its_fifteen_working_days_are_the_legal_clock(int y, int m, int d, int dueY, int dueM, int dueD)
    {
        var registrar = new Actor("收文岗", TimeLimitedCompletion.Registrar);
        var walk = CaseWalk.Start(BuiltInProcedures.TimeLimitedCompletion, BuiltInPowers.TimeLimitedCompletion, registrar, At(y, m, d));
        Assert.Equal(new LocalDate(dueY, dueM, dueD), walk.LegalAt(At(y, m, d)).DueDate);
    }
}
