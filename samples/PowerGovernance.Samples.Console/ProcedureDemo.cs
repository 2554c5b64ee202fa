using System.Collections.Generic;
using System.IO;
using NodaTime;
using PowerGovernance.Calendars;
using PowerGovernance.Powers;
using PowerGovernance.Procedures;
using PowerGovernance.Procedures.BuiltIn;
using PowerGovernance.Procedures.Flowcharts;
using PowerGovernance.Supervision;
using Spectre.Console;

namespace PowerGovernance.Samples.ConsoleHost;

/// <summary>
/// Walks a licensing case and a 低保 case through their built-in procedures on the official calendar,
/// printing each step's due dates and clock states, and writes the flowcharts to files.
/// </summary>
internal static class ProcedureDemo
{
    public static void Run(IWorkingCalendar calendar, PowerCatalog catalog, string flowchartDirectory)
    {
        AnsiConsole.Write(new Rule("3. Procedures and supervision 权力运行与电子监察"));
        var engine = new ProcedureEngine(calendar, catalog, BuiltInProcedures.All(calendar));
        var supervisor = new CaseSupervisor(calendar);

        var licensing = new CaseWalk(engine, supervisor, "XK-2024-0927-01", "Homestead approval 农村村民宅基地审批 (licensing), received Friday 2024-09-27 across National Day");
        var clerk = new Actor("赵窗口", AdministrativeLicensing.Clerk);
        var reviewer = new Actor("钱审查", AdministrativeLicensing.Reviewer);
        var head = new Actor("孙负责人", AdministrativeLicensing.Head);
        licensing.Start(PowerCode.Parse("62099907ZF-XK-0001"), AdministrativeLicensing.Id, clerk, At(2024, 9, 27));
        licensing.Fire("accept", clerk, At(2024, 9, 29));
        licensing.Fire("submit", reviewer, At(2024, 10, 12));
        licensing.Fire("grant", head, At(2024, 10, 15));
        licensing.Fire("deliver", clerk, At(2024, 10, 18));
        licensing.Print();

        var allowance = new CaseWalk(engine, supervisor, "DB-2024-0201-07", "Minimum living allowance 最低生活保障 (natural days), received Thursday 2024-02-01 across the Spring Festival");
        var village = new Actor("李村委", MinimumLivingAllowance.VillageCommittee);
        var officer = new Actor("周专干", MinimumLivingAllowance.CivilAffairsOfficer);
        var county = new Actor("吴股长", MinimumLivingAllowance.CountyBureau);
        var opinion = new Dictionary<string, string> { [MinimumLivingAllowance.OpinionArgument] = "情况属实，同意上报" };
        allowance.Start(PowerCode.Parse("62099907ZF-JF-0001"), MinimumLivingAllowance.Id, village, At(2024, 2, 1));
        allowance.Fire("forward", village, At(2024, 2, 4), opinion);
        allowance.Fire("submit", officer, At(2024, 2, 18), opinion);
        allowance.Fire("approve", county, At(2024, 2, 19));
        allowance.Fire("posted", officer, At(2024, 2, 23));
        allowance.Print();

        Directory.CreateDirectory(flowchartDirectory);
        foreach (var definition in engine.Definitions)
        {
            File.WriteAllText(Path.Combine(flowchartDirectory, definition.Id + ".mmd"), Flowchart.ToMermaid(definition));
            File.WriteAllText(Path.Combine(flowchartDirectory, definition.Id + ".dot"), Flowchart.ToDot(definition));
        }

        AnsiConsole.WriteLine($"Flowcharts 权力运行流程图 (Mermaid .mmd and Graphviz .dot) written to {flowchartDirectory}");
    }

    private static Instant At(int year, int month, int day) =>
        new LocalDateTime(year, month, day, 10, 0).InZoneStrictly(Deadline.ChinaStandardZone).ToInstant();

    private sealed class CaseWalk(ProcedureEngine engine, CaseSupervisor supervisor, string caseId, string title)
    {
        private readonly Table table = new Table().AddColumns("Date", "Trigger", "Step now", "Step due", "Step clock", "Case due", "Case clock", "Used/left");
        private readonly List<CaseEvent> events = [];
        private CaseSnapshot? snapshot;

        public void Start(PowerCode power, string definitionId, Actor actor, Instant at) =>
            Record(engine.Start(caseId, power, definitionId, actor, at), ProcedureEngine.StartTrigger, at);

        public void Fire(string trigger, Actor actor, Instant at, IReadOnlyDictionary<string, string>? arguments = null) =>
            Record(engine.Fire(snapshot!, trigger, actor, at, arguments), trigger, at);

        public void Print()
        {
            AnsiConsole.WriteLine(title);
            AnsiConsole.Write(table);
            var verification = AuditChain.Verify(events, snapshot!.AuditHead);
            AnsiConsole.WriteLine($"Outcome: {snapshot.Outcome} on {snapshot.Closed:uuuu-MM-dd}; {events.Count} events; audit chain {(verification.IsValid ? "verified" : "BROKEN: " + verification.Problem)}.");
            AnsiConsole.WriteLine();
        }

        private void Record(FireResult result, string trigger, Instant at)
        {
            if (!result.IsAccepted)
            {
                table.AddRow(at.InZone(Deadline.ChinaStandardZone).Date.ToString("uuuu-MM-dd", null), trigger, "[red]refused[/]", Markup.Escape(result.Rejection!.Message), string.Empty, string.Empty, string.Empty, string.Empty);
                return;
            }

            snapshot = result.Snapshot!;
            events.AddRange(result.Events);
            engine.TryGetDefinition(snapshot, out var definition);
            definition!.TryGetStep(snapshot.Step, out var step);
            var caseStatus = supervisor.CaseStatus(snapshot, definition, at);
            var stepStatus = supervisor.StepStatus(snapshot, definition, at);
            table.AddRow(
                at.InZone(Deadline.ChinaStandardZone).Date.ToString("uuuu-MM-dd", null),
                trigger,
                Markup.Escape(step!.ChineseName),
                step.IsTerminal ? "—" : stepStatus.DueDate.ToString("uuuu-MM-dd", null),
                step.IsTerminal ? "—" : stepStatus.State.ToString(),
                caseStatus.DueDate.ToString("uuuu-MM-dd", null),
                caseStatus.State.ToString(),
                $"{caseStatus.DaysUsed}/{caseStatus.DaysLeft} of {Markup.Escape(caseStatus.Limit.ToChineseString())}");
        }
    }
}
