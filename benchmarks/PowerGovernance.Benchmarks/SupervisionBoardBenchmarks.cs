using System;
using System.Collections.Generic;
using System.Globalization;
using BenchmarkDotNet.Attributes;
using NodaTime;
using PowerGovernance.Calendars;
using PowerGovernance.Procedures;
using PowerGovernance.Supervision;

namespace PowerGovernance.Benchmarks;

/// <summary>
/// The supervision board (电子监察看板): <see cref="SupervisionBoard.Sweep"/> over <see cref="Cases"/> cases at
/// a fixed instant (Friday 2024-12-20 17:00 China Standard Time) on <see cref="Calendars.China.ChinaCalendars.Official"/>,
/// Issue 18's goals on one core: 1,000,000 cases ≤ 100 ms on a mixed
/// board (about 40% flagged), ≤ 60 ms with none flagged, 10,000,000 ≤ 1 s; no allocation per unflagged case.
/// </summary>
/// <remarks>
/// <see cref="BaseCaseCount"/> real cases are walked through <see cref="ProcedureEngine"/> (seed 42), received on
/// working days of 2024: 10% still in receipt, 77% in review, 3% suspended (专家评审), 2% suspended and resumed,
/// 4% extended by 10 working days, 3% granted or refused. Most were received within the committed 13 working
/// days, some up to 40 working days ago, and the finished ones earlier in the year. The sweep list holds
/// <see cref="Cases"/> distinct snapshot objects (with distinct clocks and case ids) copied from them in turn,
/// so the sweep reads that many objects spread over the heap, as a host's loaded list would be. The <c>Quiet</c> board
/// copies only the cases the mixed board flags on no list.
/// </remarks>
[MemoryDiagnoser]
public class SupervisionBoardBenchmarks
{
    /// <summary>The number of cases the other sweep benchmarks (provisional calendars) sweep.</summary>
    public const int CaseCount = 1_000_000;

    /// <summary>The number of cases walked through the engine.</summary>
    public const int BaseCaseCount = 1_000;

    private static readonly LocalDate Today = new(2024, 12, 20);

    private static readonly LocalDate FirstDay = new(2024, 1, 2);

    private ProcedureEngine engine = null!;

    /// <summary>Gets or sets the number of cases swept by <see cref="Sweep"/>.</summary>
    [Params(10_000, 100_000, 1_000_000, 10_000_000)]
    public int Cases { get; set; }

    /// <summary>Gets or sets the board: <c>Mixed</c> (about 40% of the cases flagged) or <c>Quiet</c> (none flagged).</summary>
    [Params("Mixed", "Quiet")]
    public string Board { get; set; } = "Mixed";
    private SupervisionBoard board = null!;
    private List<CaseSnapshot> cases = null!;
    private Instant now;

    /// <summary>Builds <see cref="Cases"/> cases of the <see cref="Board"/> kind and sweeps them once, printing how many are flagged.</summary>
    [GlobalSetup(Target = nameof(Sweep))]
    public void SetupSweep()
    {
        SetupEngine();
        cases = Board == "Quiet"
            ? BuildQuietCases(board, BuildSweepCases(engine, board, FirstDay, Today, now, "XK-2024-", Math.Min(Cases, 10 * BaseCaseCount)), now, Cases)
            : BuildSweepCases(engine, board, FirstDay, Today, now, "XK-2024-", Cases);
    }

    /// <summary>Sweeps the cases: yellow, red, step-overdue and legally overdue lists and the statistics per power, unit and post.</summary>
    /// <returns>The report.</returns>
    [Benchmark]
    public BoardReport Sweep() => board.Sweep(cases, now);

    /// <summary>
    /// Walks <see cref="BaseCaseCount"/> cases through <paramref name="engine"/> (seed 42) and copies them into a list of
    /// <see cref="CaseCount"/> distinct snapshots; sweeps it once, fails unless the board is realistic, and prints how
    /// many cases are finished, suspended and flagged.
    /// </summary>
    /// <param name="engine">The engine (and calendar) the cases run on.</param>
    /// <param name="board">The board over <paramref name="engine"/>.</param>
    /// <param name="firstDay">The first day cases can be received on.</param>
    /// <param name="today">The sweep day: every event is dated on or before it.</param>
    /// <param name="now">The sweep instant.</param>
    /// <param name="idPrefix">The case ids' prefix.</param>
    /// <returns>The million cases.</returns>
    internal static List<CaseSnapshot> BuildSweepCases(ProcedureEngine engine, SupervisionBoard board, LocalDate firstDay, LocalDate today, Instant now, string idPrefix, int caseCount = CaseCount)
    {
        var generated = GenerateBaseCases(engine, new Random(42), firstDay, today);
        var cases = new List<CaseSnapshot>(caseCount);
        for (var i = 0; i < caseCount; i++)
        {
            var b = generated[i % generated.Count];
            cases.Add(b with { CaseId = string.Create(CultureInfo.InvariantCulture, $"{idPrefix}{i:D7}"), CommittedClock = b.CommittedClock with { }, LegalClock = b.LegalClock with { } });
        }

        var report = board.Sweep(cases, now);
        var closed = 0;
        var suspended = 0;
        foreach (var c in cases)
        {
            closed += c.IsClosed ? 1 : 0;
            suspended += !c.IsClosed && c.CommittedClock.IsSuspended ? 1 : 0;
        }

        if (report.Swept != caseCount || report.Yellow.Count == 0 || report.Red.Count == 0 || report.Yellow.Count + report.Red.Count > caseCount / 2)
        {
            throw new InvalidOperationException("Benchmark setup: the generated cases do not give a realistic board.");
        }

        Console.WriteLine(string.Format(
            CultureInfo.InvariantCulture,
            "// Sweep fixture: {0:N0} cases ({1:N0} finished, {2:N0} suspended); yellow {3:N0} ({4:P1}), red {5:N0} ({6:P1}), step overdue {7:N0} ({8:P1}); flagged entries {9:N0} ({10:P1}).",
            caseCount,
            closed,
            suspended,
            report.Yellow.Count,
            (double)report.Yellow.Count / caseCount,
            report.Red.Count,
            (double)report.Red.Count / caseCount,
            report.StepOverdue.Count,
            (double)report.StepOverdue.Count / caseCount,
            report.Yellow.Count + report.Red.Count + report.StepOverdue.Count,
            (double)(report.Yellow.Count + report.Red.Count + report.StepOverdue.Count) / caseCount));
        return cases;
    }

    /// <summary>
    /// Keeps the cases of <paramref name="mixed"/> that are on no list (nothing yellow, red, step overdue or legally overdue)
    /// and copies them in turn into <paramref name="caseCount"/> distinct snapshots; fails unless the sweep flags none.
    /// </summary>
    internal static List<CaseSnapshot> BuildQuietCases(SupervisionBoard board, List<CaseSnapshot> mixed, Instant now, int caseCount)
    {
        var report = board.Sweep(mixed, now);
        var flagged = new HashSet<CaseSnapshot>(ReferenceEqualityComparer.Instance);
        foreach (var list in new[] { report.Yellow, report.Red, report.StepOverdue, report.LegallyOverdue })
        {
            foreach (var entry in list)
            {
                flagged.Add(entry.Case);
            }
        }

        var quietBase = new List<CaseSnapshot>();
        for (var i = 0; i < mixed.Count && quietBase.Count < BaseCaseCount; i++)
        {
            if (!flagged.Contains(mixed[i]))
            {
                quietBase.Add(mixed[i]);
            }
        }

        var cases = new List<CaseSnapshot>(caseCount);
        for (var i = 0; i < caseCount; i++)
        {
            var b = quietBase[i % quietBase.Count];
            cases.Add(b with { CaseId = string.Create(CultureInfo.InvariantCulture, $"Q-2024-{i:D8}"), CommittedClock = b.CommittedClock with { }, LegalClock = b.LegalClock with { } });
        }

        var quiet = board.Sweep(cases, now);
        if (quiet.Swept != caseCount || quiet.Yellow.Count + quiet.Red.Count + quiet.StepOverdue.Count + quiet.LegallyOverdue.Count != 0)
        {
            throw new InvalidOperationException("Benchmark setup: the quiet board flags cases.");
        }

        Console.WriteLine(string.Format(CultureInfo.InvariantCulture, "// Quiet fixture: {0:N0} cases copied from {1:N0} unflagged ones; none flagged.", caseCount, quietBase.Count));
        return cases;
    }

    internal static LocalDate WorkingDaysBefore(IWorkingCalendar calendar, LocalDate day, int count)
    {
        var date = day;
        for (var seen = 0; seen < count;)
        {
            date = date.PlusDays(-1);
            seen += calendar.IsWorkingDay(date) ? 1 : 0;
        }

        return date;
    }

    /// <summary>Walks <see cref="BaseCaseCount"/> cases through the engine, received on working days from <paramref name="firstDay"/>; every event dated on or before <paramref name="today"/>.</summary>
    private static List<CaseSnapshot> GenerateBaseCases(ProcedureEngine engine, Random random, LocalDate firstDay, LocalDate today)
    {
        var days = new List<LocalDate>();
        for (var d = firstDay; d <= today; d = d.PlusDays(1))
        {
            if (engine.Calendar.IsWorkingDay(d))
            {
                days.Add(d);
            }
        }

        var last = days.Count - 1;
        var result = new List<CaseSnapshot>(BaseCaseCount);
        for (var k = 0; k < BaseCaseCount; k++)
        {
            var slot = k % 100;
            var back = slot switch
            {
                < 10 => random.Next(0, 8),
                < 13 => random.Next(4, 13),
                < 15 => random.Next(8, 21),
                < 19 => random.Next(10, 25),
                < 23 => random.Next(30, 220),
                _ => random.Next(100) switch
                {
                    < 86 => random.Next(0, 11),
                    < 94 => random.Next(11, 14),
                    _ => random.Next(14, 41),
                },
            };
            var r = last - back;
            LocalDate Day(int offset) => days[r + offset];
            var id = string.Create(CultureInfo.InvariantCulture, $"XK-2024-{k:D4}");
            var c = LicensingProcedure.Expect(
                engine.Start(id, LicensingProcedure.Power.Code, LicensingProcedure.Id, LicensingProcedure.Clerk, LicensingProcedure.At(Day(0), 9)), "receive", "start");
            if (slot >= 10)
            {
                c = LicensingProcedure.Expect(engine.Fire(c, "accept", LicensingProcedure.Clerk, LicensingProcedure.At(Day(0), 10), LicensingProcedure.CompleteMaterials), "review", "accept");
            }

            switch (slot)
            {
                case >= 10 and < 13:
                    c = LicensingProcedure.Expect(engine.Fire(c, "suspend", LicensingProcedure.Reviewer, LicensingProcedure.At(Day(random.Next(2, back + 1)), 11), LicensingProcedure.ExpertReview), "review", "suspend");
                    break;
                case >= 13 and < 15:
                    var suspendedOn = random.Next(2, back - 4);
                    c = LicensingProcedure.Expect(engine.Fire(c, "suspend", LicensingProcedure.Reviewer, LicensingProcedure.At(Day(suspendedOn), 11), LicensingProcedure.ExpertReview), "review", "suspend");
                    c = LicensingProcedure.Expect(engine.Fire(c, "resume", LicensingProcedure.Reviewer, LicensingProcedure.At(Day(suspendedOn + random.Next(2, 5)), 11)), "review", "resume");
                    break;
                case >= 15 and < 19:
                    c = LicensingProcedure.Expect(engine.Fire(c, "extend", LicensingProcedure.Head, LicensingProcedure.At(Day(8), 11), reason: "需专家论证，经负责人批准延长十个工作日"), "review", "extend");
                    break;
                case >= 19 and < 21:
                    c = LicensingProcedure.Expect(engine.Fire(c, "grant", LicensingProcedure.Head, LicensingProcedure.At(Day(random.Next(6, 13)), 15)), "granted", "grant");
                    break;
                case 21:
                    c = LicensingProcedure.Expect(engine.Fire(c, "grant", LicensingProcedure.Head, LicensingProcedure.At(Day(random.Next(14, 21)), 15)), "granted", "grant late");
                    break;
                case 22:
                    c = LicensingProcedure.Expect(engine.Fire(c, "refuse", LicensingProcedure.Head, LicensingProcedure.At(Day(random.Next(6, 13)), 15), reason: "不符合村庄规划"), "refused", "refuse");
                    break;
                default:
                    break;
            }

            result.Add(c);
        }

        return result;
    }

    private void SetupEngine()
    {
        engine = LicensingProcedure.CreateEngine();
        board = new SupervisionBoard(engine);
        now = LicensingProcedure.At(Today, 17);
    }
}
