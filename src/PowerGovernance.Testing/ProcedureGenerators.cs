using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using FsCheck;
using FsCheck.Fluent;
using PowerGovernance.Calendars;
using PowerGovernance.Powers;
using PowerGovernance.Procedures;

namespace PowerGovernance.Testing;

/// <summary>
/// FsCheck generators of valid <see cref="ProcedureDefinition"/>s, built through
/// <see cref="ProcedureDefinitionBuilder"/>, so a property can run over arbitrary procedures and not
/// only over the built-in ones.
/// </summary>
/// <remarks>
/// <para>A generated definition has 1 to <c>maxWorkingSteps</c> working steps <c>s1</c>, <c>s2</c>, … in a
/// chain (each with an undertaking post and a time limit of the case limit's kind, natural days when the case is due by
/// the end of a quarter; some do not count toward the case limit), one to three terminal steps reached from the last working step, extra forward and
/// backward (return) triggers between random steps, and, on random steps, the clock triggers
/// <c>suspend</c> (needs the argument <c>cause</c>), <c>resume</c> and <c>extend</c> (needs a reason).
/// Trigger ids are <c>to-</c> followed by the target step's id. Some triggers carry the guard
/// <see cref="MaterialsGuard"/> (argument <see cref="MaterialsArgument"/> equal to
/// <see cref="MaterialsComplete"/>), need a reason, or need a certified officer; refusals always need a
/// reason. The committed case limit is at most ⌊2/3⌋ of the legal one, of the same kind; some definitions
/// have no legal limit. Some definitions without clock triggers are due by the end of a quarter (按季度,
/// <see cref="TimeLimit.EndOfQuarter"/>), whose following quarters obey the same share. Every definition states all seven flowchart elements and serves any listed power.</para>
/// <para>Posts are drawn from <see cref="Posts"/>.</para>
/// </remarks>
public static class ProcedureGenerators
{
    private static readonly ProcedureArgument<string> MaterialsDescription = ProcedureArgument.Text(MaterialsArgument, "材料", "materials");

    /// <summary>The guard's description on triggers that check the materials.</summary>
    public const string MaterialsGuard = "材料齐全";

    /// <summary>The argument the <see cref="MaterialsGuard"/> guard reads.</summary>
    public const string MaterialsArgument = "materials";

    /// <summary>The value of <see cref="MaterialsArgument"/> that passes the <see cref="MaterialsGuard"/> guard.</summary>
    public const string MaterialsComplete = "complete";

    private static readonly string[] StepNames = ["收件", "受理", "审查", "核查", "公示", "审核", "审批", "送达", "复核", "听证"];
    private static readonly CaseOutcome[] Outcomes = Enum.GetValues<CaseOutcome>();

    /// <summary>Gets the posts generated definitions assign to steps and triggers.</summary>
    public static IReadOnlyList<Post> Posts { get; } = [new("窗口受理员", "Counter clerk"), new("承办人", "Handler"), new("审核员", "Reviewer"), new("法制审核员", "Legal reviewer"), new("分管领导", "Deputy head in charge"), new("主要负责人", "Principal head")];

    /// <summary>Returns a generator of valid procedure definitions (see the class remarks for their shape); every one comes out of <see cref="ProcedureDefinitionBuilder.Build"/>.</summary>
    /// <param name="maxWorkingSteps">The largest number of working (non-terminal) steps, 1 to 20.</param>
    /// <returns>The generator.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="maxWorkingSteps"/> is out of range.</exception>
    public static Gen<ProcedureDefinition> Definitions(int maxWorkingSteps = 6)
    {
        if (maxWorkingSteps is < 1 or > 20)
        {
            throw new ArgumentOutOfRangeException(nameof(maxWorkingSteps), maxWorkingSteps, "A generated procedure has 1 to 20 working steps.");
        }

        return Shapes(maxWorkingSteps).Select(Build);
    }

    private static Gen<Shape> Shapes(int maxWorkingSteps) =>
        from working in Gen.Choose(1, maxWorkingSteps)
        from terminals in Gen.Choose(1, 3).SelectMany(k => Gen.Elements(Outcomes).ArrayOf(k))
        from posts in Gen.Choose(0, Posts.Count - 1).ArrayOf(working + terminals.Length)
        from stepDays in Gen.Choose(1, 10).ArrayOf(working)
        from uncounted in Gen.Frequency((6, Gen.Constant(false)), (1, Gen.Constant(true))).ArrayOf(working)
        from clockStep in Gen.Choose(-1, working - 1)
        from limits in clockStep >= 0 ? CaseLimits() : Gen.Frequency((6, CaseLimits()), (1, QuarterCaseLimits()))
        from extraCount in Gen.Choose(0, working)
        from extraFrom in Gen.Choose(0, working - 1).ArrayOf(extraCount)
        from extraTo in Gen.Choose(0, working + terminals.Length - 1).ArrayOf(extraCount)
        let extras = extraFrom.Zip(extraTo).ToArray()
        from decorations in Gen.Choose(0, 15).ArrayOf(working + extras.Length + terminals.Length)
        from extension in Gen.Choose(1, 10)
        from supervised in Gen.Choose(0, working - 1)
        from initiation in Gen.Elements(Initiation.OnApplication, Initiation.ExOfficio)
        from serial in Gen.Choose(1, 9999)
        from version in Gen.Choose(1, 3)
        select new Shape(working, terminals, posts, stepDays, uncounted, limits.Legal, limits.Committed, extras, decorations, clockStep, extension, supervised, initiation, serial, version);

    private static Gen<(TimeLimit? Legal, TimeLimit Committed)> CaseLimits() =>
        Gen.Frequency(
            (2, CalendarGenerators.LegalAndCommittedLimits(60).Select(p => ((TimeLimit?)p.Legal, p.Committed))),
            (1, Gen.Choose(1, 40).SelectMany(days => Gen.Elements(((TimeLimit?)null, TimeLimit.WorkingDays(days)), ((TimeLimit?)null, TimeLimit.NaturalDays(days))))));

    /// <summary>
    /// Quarter case limits (按季度), only for definitions without clock triggers (a quarter end cannot be suspended or
    /// extended): legal by the end of the 1st to 3rd following quarter, committed at most ⌊2/3⌋ of its following quarters,
    /// or a committed limit alone of this or the next quarter.
    /// </summary>
    private static Gen<(TimeLimit? Legal, TimeLimit Committed)> QuarterCaseLimits() =>
        Gen.Choose(1, 3).SelectMany(legal => Gen.Choose(0, legal * 2 / 3).SelectMany(committed => Gen.Elements(
            ((TimeLimit?)TimeLimit.EndOfQuarter(legal), TimeLimit.EndOfQuarter(committed)),
            ((TimeLimit?)null, TimeLimit.EndOfQuarter(committed)))));

    private static ProcedureDefinition Build(Shape shape)
    {
        var kind = shape.Committed.Kind;
        var builder = new ProcedureDefinitionBuilder(Invariant($"generated-{shape.Serial:D4}"), shape.Version)
            .Named(Invariant($"随机流程{shape.Serial}"), Invariant($"Generated procedure {shape.Serial}"))
            .Initiated(shape.Initiation, "《随机生成的依据》第一条")
            .CaseLimits(shape.Legal, shape.Committed);
        var stepIds = new List<string>();
        for (var i = 0; i < shape.WorkingSteps; i++)
        {
            var id = Invariant($"s{i + 1}");
            stepIds.Add(id);
            builder.Step(
                id,
                StepNames[i % StepNames.Length],
                Invariant($"Step {i + 1}"),
                Posts[shape.Posts[i]],
                Limit(kind, shape.StepDays[i]),
                i == 0 ? CounterpartRights.Reasons | CounterpartRights.Statement : CounterpartRights.None,
                i == 0 ? "办事大厅公示" : null,
                countsTowardCaseLimit: i == 0 || !shape.Uncounted[i]);
        }

        for (var t = 0; t < shape.Terminals.Length; t++)
        {
            var id = Invariant($"end{t + 1}");
            stepIds.Add(id);
            var outcome = shape.Terminals[t];
            builder.Terminal(id, Invariant($"办结{t + 1}"), Invariant($"{outcome} {t + 1}"), Posts[shape.Posts[shape.WorkingSteps + t]], outcome, CounterpartRights.Reasons);
        }

        builder.StartsAt("s1");
        var edges = new List<(int From, int To)>();
        for (var i = 0; i + 1 < shape.WorkingSteps; i++)
        {
            edges.Add((i, i + 1));
        }

        for (var t = 0; t < shape.Terminals.Length; t++)
        {
            edges.Add((shape.WorkingSteps - 1, shape.WorkingSteps + t));
        }

        foreach (var (from, to) in shape.Extras)
        {
            if (from != to && !edges.Contains((from, to)))
            {
                edges.Add((from, to));
            }
        }

        for (var e = 0; e < edges.Count; e++)
        {
            var (from, to) = edges[e];
            var decoration = shape.Decorations[e % shape.Decorations.Length];
            var refusal = to >= shape.WorkingSteps && shape.Terminals[to - shape.WorkingSteps] == CaseOutcome.Refused;
            string[] posts = decoration % 3 == 0 ? [Posts[shape.Posts[from]], Posts[(shape.Posts[from] + 1) % Posts.Count]] : [Posts[shape.Posts[from]]];
            builder.Trigger("to-" + stepIds[to], to < from ? "退回" : "移送", stepIds[from], stepIds[to], posts, trigger =>
            {
                if (decoration == 1 || decoration == 7)
                {
                    trigger.TakesArgument(MaterialsDescription).When(MaterialsGuard, c => c.Arguments.TryGetValue(MaterialsArgument, out var m) && m == MaterialsComplete);
                }

                if (refusal || decoration == 2)
                {
                    trigger.RequiresReason();
                }

                if (decoration == 5)
                {
                    trigger.RequiresCertifiedOfficer();
                }
            });
        }

        if (shape.ClockStep >= 0)
        {
            var step = stepIds[shape.ClockStep];
            var post = Posts[shape.Posts[shape.ClockStep]];
            builder
                .Trigger("suspend", "中止计时", step, step, [post], t => t.Suspends())
                .Trigger("resume", "恢复计时", step, step, [post], t => t.Resumes())
                .Trigger("extend", "延长期限", step, step, [Posts[^2], Posts[^1]], t => t.Extends(Limit(kind, shape.Extension)));
        }

        return builder
            .SupervisedBy(new SupervisionPoint(stepIds[shape.Supervised], "本级纪检监察机构", "12345政务服务便民热线", "12345"))
            .ComplaintsTo(new ComplaintChannel("12345政务服务便民热线", "12345"))
            .Build();
    }

    private static TimeLimit Limit(TimeLimitKind kind, int days) =>
        kind == TimeLimitKind.WorkingDays ? TimeLimit.WorkingDays(days) : TimeLimit.NaturalDays(days);

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);

    private sealed record Shape(
        int WorkingSteps,
        CaseOutcome[] Terminals,
        int[] Posts,
        int[] StepDays,
        bool[] Uncounted,
        TimeLimit? Legal,
        TimeLimit Committed,
        (int From, int To)[] Extras,
        int[] Decorations,
        int ClockStep,
        int Extension,
        int Supervised,
        Initiation Initiation,
        int Serial,
        int Version);
}
