using System;
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
/// The per-case entry points of <see cref="CaseSupervisor"/> throw what they document: <see cref="ArgumentNullException"/>
/// and, for a date the calendar does not know, exactly <see cref="CalendarCoverageException"/> naming the date and the
/// calendar. A host that calls them case by case relies on this to tell a calendar problem from a bug.
/// </summary>
public class CaseSupervisorExceptionTests
{
    private static readonly ProcedureEngine Maker = new(SampleCalendars.SecondHalf2024(), SampleProcedures.Catalog, [SampleProcedures.Licensing]);
    private static readonly CaseSupervisor OnAutumn = new(SampleCalendars.Autumn2024());
    private static readonly Actor Clerk = new("张三", SampleProcedures.Clerk);

    private static Instant At(int month, int day) => Instant.FromUtc(2024, month, day, 2, 0);

    private static CaseSnapshot Received(int month, int day)
    {
        var started = Maker.Start("case", SamplePowers.BuildingPermit.Code, "test-licensing", Clerk, At(month, day)).Snapshot!;
        return Maker.Fire(started, "accept", Clerk, At(month, day), new Dictionary<string, string> { ["materials"] = "complete" }).Snapshot!;
    }

    [Fact]
    public void A_due_date_past_the_calendar_is_a_coverage_exception_from_the_day_counting_starts()
    {
        // Autumn 2024 ends on 10-31; 13 working days from Thursday 10-17 end on 11-05.
        var snapshot = Received(10, 17);

        var caseError = Assert.Throws<CalendarCoverageException>(() => OnAutumn.CaseStatus(snapshot, SampleProcedures.Licensing, At(10, 18)));
        var plainError = Assert.Throws<CalendarCoverageException>(() => OnAutumn.Status(new LocalDate(2024, 10, 17), TimeLimit.WorkingDays(13), null, At(10, 18)));

        Assert.Equal(new LocalDate(2024, 10, 17), caseError.Date);
        Assert.Equal("test-autumn-2024", caseError.CalendarId);
        Assert.Equal(caseError.Date, plainError.Date);
    }

    [Fact]
    public void Reading_a_clock_on_a_day_past_the_calendar_is_a_coverage_exception_for_that_day()
    {
        var snapshot = Received(10, 8);

        var caseError = Assert.Throws<CalendarCoverageException>(() => OnAutumn.CaseStatus(snapshot, SampleProcedures.Licensing, At(11, 5)));
        var stepError = Assert.Throws<CalendarCoverageException>(() => OnAutumn.StepStatus(snapshot, SampleProcedures.Licensing, At(11, 5)));

        Assert.Equal(new LocalDate(2024, 11, 5), caseError.Date);
        Assert.Equal(new LocalDate(2024, 11, 5), stepError.Date);
    }

    [Fact]
    public void Null_arguments_are_argument_null_exceptions()
    {
        var snapshot = Received(10, 8);

        Assert.Throws<ArgumentNullException>(() => OnAutumn.CaseStatus(null!, SampleProcedures.Licensing, At(10, 9)));
        Assert.Throws<ArgumentNullException>(() => OnAutumn.CaseStatus(snapshot, null!, At(10, 9)));
        Assert.Throws<ArgumentNullException>(() => OnAutumn.StepStatus(null!, SampleProcedures.Licensing, At(10, 9)));
        Assert.Throws<ArgumentNullException>(() => OnAutumn.StepStatus(snapshot, null!, At(10, 9)));
    }
}
