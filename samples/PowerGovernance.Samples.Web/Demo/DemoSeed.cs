using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using NodaTime;
using PowerGovernance.Calendars;
using PowerGovernance.EntityFrameworkCore;
using PowerGovernance.Powers;
using PowerGovernance.Procedures;
using PowerGovernance.Procedures.BuiltIn;

namespace PowerGovernance.Samples.Web.Demo;

/// <summary>
/// The cases an empty store is seeded with (演示办件), all of the built-in administrative licensing procedure (行政许可法: legal
/// limit 20 working days from acceptance, Art. 42; committed 13 from receipt), chosen for the default demo today, Friday
/// 2025-07-18 (no holiday between June 3 and September 30, 2025):
/// <list type="bullet">
/// <item><c>XK-2025-0702-01</c> received and accepted Wednesday 07-02: 12 of its 13 committed working days used, one left —
/// yellow (预警); the head may extend it by 10 working days (Art. 42(1)), which puts it back on time.</item>
/// <item><c>XK-2025-0626-01</c> received and accepted Thursday 06-26: committed due Tuesday 07-15 — red (超期); the legal
/// 20 days run to Thursday 07-24, so it is not yet legally late.</item>
/// <item><c>XK-2025-0618-01</c> received and accepted Wednesday 06-18, waiting for the decision: legal due Wednesday 07-16 —
/// past the law's limit (违法超期), and red.</item>
/// <item><c>XK-2025-0716-01</c> received Wednesday 07-16, not yet accepted: on time.</item>
/// <item>four finished cases a month from January to June, received on the first working day from the 5th: in month m,
/// m mod 3 of them decided after 15 working days (past the committed 13, within the legal 20), the others after 6.</item>
/// </list>
/// The dates in the first four cases are fixed; with another <c>Demo:Today</c> they are still seeded, but their colours differ.
/// </summary>
internal static class DemoSeed
{
    /// <summary>宅基地审批 (农业农村办公室).</summary>
    public static readonly PowerCode Homestead = PowerCode.Parse("62099907ZF-XK-0001");

    /// <summary>乡村建设规划许可证核发 (自然资源和规划建设办公室).</summary>
    public static readonly PowerCode RuralPlanning = PowerCode.Parse("62099907ZF-XK-0002");

    /// <summary>The yellow case.</summary>
    public const string YellowCase = "XK-2025-0702-01";

    /// <summary>The red case, still within the legal limit.</summary>
    public const string RedCase = "XK-2025-0626-01";

    /// <summary>The case past the legal limit.</summary>
    public const string LegallyLateCase = "XK-2025-0618-01";

    /// <summary>The case still on time.</summary>
    public const string OnTimeCase = "XK-2025-0716-01";

    private static readonly Actor Clerk = DemoActors.For(AdministrativeLicensing.Clerk.ChineseName);
    private static readonly Actor Reviewer = DemoActors.For(AdministrativeLicensing.Reviewer.ChineseName);
    private static readonly Actor Head = DemoActors.For(AdministrativeLicensing.Head.ChineseName);

    /// <summary>Seeds the store with the demo cases; a case the store already holds is left as it is.</summary>
    /// <param name="store">The store.</param>
    /// <param name="engine">The engine.</param>
    /// <param name="year">The year of the finished cases (the demo today's year).</param>
    /// <param name="cancellationToken">Cancels the seeding.</param>
    /// <returns>How many cases were saved.</returns>
    /// <exception cref="InvalidOperationException">The engine refused a seeded step (a bug in the seed, reported with the engine's reasons).</exception>
    public static async Task<int> RunAsync(EntityFrameworkCaseStore store, ProcedureEngine engine, int year, CancellationToken cancellationToken)
    {
        var saved = 0;
        async Task Walk(string caseId, PowerCode power, Instant received, params (string Trigger, Actor Actor, Instant At)[] fires)
        {
            var results = new List<CaseResult> { Accepted(engine.Start(caseId, power, AdministrativeLicensing.Id, Clerk, received)) };
            foreach (var (trigger, actor, at) in fires)
            {
                var before = results[^1].Snapshot;
                results.Add(Accepted(engine.Fire(before, trigger, actor, at, null, null, before.Version)));
            }

            foreach (var result in results)
            {
                var outcome = await store.SaveAsync(result, cancellationToken);
                if (!outcome.IsSaved)
                {
                    return;
                }
            }

            saved++;
        }

        await Walk(YellowCase, Homestead, At(2025, 7, 2, 9), ("accept", Clerk, At(2025, 7, 2, 10)));
        await Walk(RedCase, RuralPlanning, At(2025, 6, 26, 9), ("accept", Clerk, At(2025, 6, 26, 10)));
        await Walk(LegallyLateCase, Homestead, At(2025, 6, 18, 9), ("accept", Clerk, At(2025, 6, 18, 10)), ("submit", Reviewer, At(2025, 7, 10, 10)));
        await Walk(OnTimeCase, RuralPlanning, At(2025, 7, 16, 9));

        var calendar = engine.Calendar;
        for (var month = 1; month <= 6; month++)
        {
            var received = new LocalDate(year, month, 5);
            while (!calendar.IsWorkingDay(received))
            {
                received = received.PlusDays(1);
            }

            for (var i = 0; i < 4; i++)
            {
                var late = i < month % 3;
                var decided = calendar.AddWorkingDays(received, late ? 15 : 6);
                var delivered = calendar.AddWorkingDays(decided, 1);
                await Walk(
                    $"XK-{year}-{month:00}{received.Day:00}-{i + 11:00}",
                    i % 2 == 0 ? Homestead : RuralPlanning,
                    At(received, 9),
                    ("accept", Clerk, At(received, 10)),
                    ("submit", Reviewer, At(decided, 9)),
                    ("grant", Head, At(decided, 15)),
                    ("deliver", Clerk, At(delivered, 10)));
            }
        }

        return saved;
    }

    /// <summary>10:00 (or <paramref name="hour"/>) on a day, Asia/Shanghai.</summary>
    private static Instant At(int year, int month, int day, int hour) => At(new LocalDate(year, month, day), hour);

    private static Instant At(LocalDate day, int hour) => day.At(new LocalTime(hour, 0)).InZoneStrictly(Deadline.ChinaStandardZone).ToInstant();

    private static CaseResult Accepted(CaseResult result) =>
        result.IsAccepted ? result : throw new InvalidOperationException("The demo seed was refused / 演示数据被拒绝: " + result.Message + " / " + result.ChineseMessage);
}
