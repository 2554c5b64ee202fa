using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using PowerGovernance.Calendars;
using PowerGovernance.Calendars.China;
using PowerGovernance.Procedures;
using PowerGovernance.Testing;
using PowerGovernance.Tests.Procedures;

namespace PowerGovernance.Tests.Testing;

/// <summary>The Testing package README's example, on our sample licensing procedure (legal 20 wd, committed 13 wd).</summary>
public class ReadmeExampleProperties
{
    private static readonly WorkingCalendar Calendar = ChinaCalendars.Official;
    private static readonly ReferenceWorkingCalendar Reference = ReferenceWorkingCalendar.Of(Calendar);
    private static readonly ProcedureEngine Engine = new(Calendar, SampleProcedures.Catalog, [SampleProcedures.Licensing]);
    private static readonly TimeLimit LegalLimit = SampleProcedures.Licensing.LegalLimit!.Value;

    [Property]
    public Property Committed_deadline_falls_on_a_working_day_before_the_legal_one() =>
        Prop.ForAll(CalendarArbitraries.DatesIn(Calendar, LegalLimit), received =>
        {
            var committed = Calendar.DueDate(received, SampleProcedures.Licensing.CommittedLimit);
            return Calendar.IsWorkingDay(committed)
                && committed <= Reference.DueDate(received, LegalLimit);
        });

    [Property]
    public Property Any_walk_replays_to_the_same_case() =>
        Prop.ForAll(CaseArbitraries.Walks(Engine, SampleProcedures.Licensing), walk =>
            Engine.Replay(walk.Definition.Id, walk.PowerCode, walk.Events).Equals(walk.Final));
}
