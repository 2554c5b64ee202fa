using System;
using System.Collections.Generic;
using System.Linq;
using FsCheck;
using FsCheck.Fluent;
using NodaTime;
using PowerGovernance.Powers;
using PowerGovernance.Procedures;

namespace PowerGovernance.Testing;

/// <summary>
/// FsCheck generators of trigger sequences and of whole cases (<see cref="CaseWalk"/>) run on a
/// <see cref="ProcedureEngine"/>: random walks that fire the definition's triggers (biased toward those
/// leaving the current step and moving the case on), unknown triggers, actors holding an allowed post,
/// a wrong post or none, with or without an enforcement certificate, random arguments and reasons, at
/// instants that never go back in time.
/// </summary>
public static class CaseGenerators
{
    private const int MinutesPerDay = 24 * 60;
    private static readonly string[] UnknownTriggers = ["fly", ProcedureEngine.StartTrigger, "GRANT", "approve "];
    private static readonly string[] DefaultValues = ["专家评审", "检验", "鉴定", "听证", "征求第三方意见", "领导出差", ProcedureGenerators.MaterialsComplete, "incomplete", "内容", " "];
    private static readonly string[] DefaultNames = ["cause", ProcedureGenerators.MaterialsArgument, "opinion", "note"];
    private static readonly string[] DateValues = ["2024-10-15", "2026-12-31", "2024-02-30"];

    /// <summary>
    /// Returns a generator of trigger sequences that follow <paramref name="definition"/>'s graph from its
    /// initial step: each trigger leaves the step the previous one entered; a sequence ends on a terminal
    /// step or after <paramref name="maxLength"/> triggers. Guards, posts and clocks are not consulted: fire
    /// them on an engine (or use <see cref="Walks(ProcedureEngine, ProcedureDefinition, CaseWalkOptions?)"/>) to see what is accepted.
    /// </summary>
    /// <param name="definition">The procedure.</param>
    /// <param name="maxLength">The longest sequence, 0 or more.</param>
    /// <returns>The generator.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="definition"/> is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="maxLength"/> is negative.</exception>
    public static Gen<IReadOnlyList<TriggerDefinition>> TriggerSequences(ProcedureDefinition definition, int maxLength = 20)
    {
        ArgumentNullException.ThrowIfNull(definition);
        ArgumentOutOfRangeException.ThrowIfNegative(maxLength);
        return Gen.Choose(0, int.MaxValue).ArrayOf(maxLength).Select(picks =>
        {
            var sequence = new List<TriggerDefinition>();
            var step = definition.InitialStep;
            foreach (var pick in picks)
            {
                var leaving = definition.TriggersFrom(step).ToArray();
                if (leaving.Length == 0)
                {
                    break;
                }

                var trigger = leaving[pick % leaving.Length];
                sequence.Add(trigger);
                step = trigger.To;
            }

            return (IReadOnlyList<TriggerDefinition>)sequence;
        });
    }

    /// <summary>
    /// Returns a generator of cases of <paramref name="definition"/> started and walked on
    /// <paramref name="engine"/>, for a power of the engine's catalog the definition serves.
    /// </summary>
    /// <param name="engine">The engine, holding <paramref name="definition"/> as the latest version of its id.</param>
    /// <param name="definition">The procedure.</param>
    /// <param name="options">The options; <see cref="CaseWalkOptions.Default"/> when <see langword="null"/>.</param>
    /// <returns>The generator.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="engine"/> or <paramref name="definition"/> is null.</exception>
    /// <exception cref="ArgumentException">The catalog lists no power the definition serves, or the window is outside the calendar's coverage.</exception>
    public static Gen<CaseWalk> Walks(ProcedureEngine engine, ProcedureDefinition definition, CaseWalkOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(definition);
        return Walker.Create(engine, [definition], options).Generator;
    }

    /// <summary>Returns a generator of cases of any procedure of <paramref name="engine"/> (the latest version of each), each walked as by <see cref="Walks(ProcedureEngine, ProcedureDefinition, CaseWalkOptions?)"/>.</summary>
    /// <param name="engine">The engine.</param>
    /// <param name="options">The options; <see cref="CaseWalkOptions.Default"/> when <see langword="null"/>.</param>
    /// <returns>The generator.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="engine"/> is null.</exception>
    /// <exception cref="ArgumentException">The engine has no procedure, a procedure serves no listed power, or the window is outside the calendar's coverage.</exception>
    public static Gen<CaseWalk> WalksOnEveryProcedure(ProcedureEngine engine, CaseWalkOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(engine);
        return Walker.Create(engine, Latest(engine), options).Generator;
    }

    internal static IReadOnlyList<ProcedureDefinition> Latest(ProcedureEngine engine) =>
        engine.Definitions.GroupBy(d => d.Id, StringComparer.Ordinal)
            .Select(g => g.MaxBy(d => d.Version)!)
            .OrderBy(d => d.Id, StringComparer.Ordinal)
            .ToArray();

    /// <summary>Generates scripts and runs them; shared by the generators and the arbitraries.</summary>
    internal sealed class Walker
    {
        private readonly ProcedureEngine engine;
        private readonly IReadOnlyList<ProcedureDefinition> definitions;
        private readonly PowerCode[][] powers;
        private readonly CaseWalkOptions options;
        private readonly DateInterval window;
        private readonly Instant earliest;
        private readonly Instant latest;

        private Walker(ProcedureEngine engine, IReadOnlyList<ProcedureDefinition> definitions, CaseWalkOptions options)
        {
            this.engine = engine;
            this.definitions = definitions;
            this.options = options;
            window = options.Window ?? engine.Calendar.Coverage;
            if (!engine.Calendar.Coverage.Contains(window.Start) || !engine.Calendar.Coverage.Contains(window.End))
            {
                throw new ArgumentException($"The walk window {window} is not inside working calendar '{engine.Calendar.Id}' ({engine.Calendar.Coverage}).", nameof(options));
            }

            earliest = window.Start.AtStartOfDayInZone(engine.Zone).ToInstant();
            latest = window.End.PlusDays(1).AtStartOfDayInZone(engine.Zone).ToInstant().Minus(Duration.FromMinutes(1));
            powers = definitions.Select(d =>
            {
                var served = engine.Catalog
                    .Where(p => d.PowerCategories.Count == 0 || (p.Category is { } category && d.PowerCategories.Contains(category)))
                    .Select(p => p.Code)
                    .Where(c => d.PowerCodes.Count == 0 || d.PowerCodes.Contains(c))
                    .ToArray();
                return served.Length > 0 ? served : throw new ArgumentException($"The engine's catalog lists no power that procedure '{d.Id}' serves.", nameof(engine));
            }).ToArray();
        }

        public Gen<CaseWalkScript> Scripts
        {
            get
            {
                var move =
                    from trigger in Gen.Choose(0, 19_999)
                    from actor in Gen.Choose(0, 99_999)
                    from arguments in Gen.Choose(0, 1 << 20)
                    from reason in Gen.Choose(0, 99)
                    from minutes in Gen.Frequency((3, Gen.Choose(0, MinutesPerDay * 4)), (1, Gen.Constant(0)))
                    select new CaseWalkMove(trigger, actor, arguments, reason, minutes);
                var span = (int)Math.Min(int.MaxValue, (latest - earliest).TotalMinutes);
                return from definition in Gen.Choose(0, definitions.Count - 1)
                       from power in Gen.Choose(0, 9_999)
                       from start in Gen.Choose(0, span)
                       from count in Gen.Choose(0, options.MaxMoves)
                       from moves in move.ArrayOf(count)
                       select new CaseWalkScript(definition, power, start, moves);
            }
        }

        public Gen<CaseWalk> Generator => Scripts.Select(Run);

        public static Walker Create(ProcedureEngine engine, IReadOnlyList<ProcedureDefinition> definitions, CaseWalkOptions? options)
        {
            ArgumentNullException.ThrowIfNull(engine);
            options ??= CaseWalkOptions.Default;
            if (definitions.Count == 0)
            {
                throw new ArgumentException("The engine has no procedure to walk.", nameof(engine));
            }

            ArgumentOutOfRangeException.ThrowIfNegative(options.MaxMoves, nameof(options));
            return new Walker(engine, definitions, options);
        }

        public IEnumerable<CaseWalk> Shrink(CaseWalk walk)
        {
            var moves = walk.Script.Moves;
            if (moves.Count == 0)
            {
                yield break;
            }

            yield return Run(walk.Script with { Moves = [] });
            if (moves.Count > 1)
            {
                yield return Run(walk.Script with { Moves = moves.Take(moves.Count / 2).ToArray() });
            }

            yield return Run(walk.Script with { Moves = moves.Take(moves.Count - 1).ToArray() });
        }

        public CaseWalk Run(CaseWalkScript script)
        {
            var definition = definitions[script.Definition % definitions.Count];
            var powerCodes = powers[script.Definition % definitions.Count];
            var posts = definition.Steps.Select(s => s.Post.ChineseName).Concat(definition.Triggers.SelectMany(t => t.AllowedPosts)).Distinct().Order(StringComparer.Ordinal).ToArray();
            var triggerIds = definition.Triggers.Select(t => t.Id).Distinct().Order(StringComparer.Ordinal).ToArray();
            var argumentNames = definition.Triggers.SelectMany(t => t.RequiredArguments).Concat(DefaultNames).Concat(options.ArgumentValues.Keys).Distinct().Order(StringComparer.Ordinal).ToArray();
            definition.TryGetStep(definition.InitialStep, out var initial);
            var at = earliest.Plus(Duration.FromMinutes(script.StartMinutes));
            var caseId = "case-" + definition.Id + "-" + script.StartMinutes.ToString(System.Globalization.CultureInfo.InvariantCulture);
            var start = engine.Start(caseId, powerCodes[script.Power % powerCodes.Length], definition.Id, new Actor("收件人", initial!.Post), at);
            if (!start.IsAccepted)
            {
                throw new InvalidOperationException($"Could not start a case of '{definition.Id}': {start.Message}");
            }

            var snapshot = start.Snapshot!;
            var attempts = new List<TriggerAttempt>();
            foreach (var move in script.Moves)
            {
                var leaving = definition.TriggersFrom(snapshot.Step).ToArray();
                var onward = leaving.Where(t => definition.TryGetStep(t.To, out var to) && !to.IsTerminal && t.To != t.From).ToArray();
                var pick = move.Trigger / 20;
                var trigger = (move.Trigger % 20) switch
                {
                    0 => UnknownTriggers[pick % UnknownTriggers.Length],
                    < 4 => triggerIds[pick % triggerIds.Length],
                    < 6 when leaving.Length > 0 => leaving[pick % leaving.Length].Id,
                    _ when onward.Length > 0 => onward[pick % onward.Length].Id,
                    _ when leaving.Length > 0 => leaving[pick % leaving.Length].Id,
                    _ => triggerIds[pick % triggerIds.Length],
                };
                var allowed = leaving.FirstOrDefault(t => t.Id == trigger)?.AllowedPosts;
                var actor = (move.Actor % 8) switch
                {
                    0 => new Actor("路人", "无关岗位"),
                    1 => new Actor("甲", posts[move.Actor / 8 % posts.Length], posts[move.Actor / 64 % posts.Length]),
                    _ when allowed is not null => new Actor("乙", allowed[move.Actor / 8 % allowed.Count]),
                    _ => new Actor("丙", posts[move.Actor / 8 % posts.Length]),
                };
                if (move.Actor / 1024 % 3 != 0)
                {
                    actor = new Actor(actor.Name, [.. actor.Posts]) { Certificate = new EnforcementCertificate("执法证-" + actor.Name + "-" + (move.Actor % 1000).ToString(System.Globalization.CultureInfo.InvariantCulture), actor.Name, window.Start, window.End) };
                }

                // A trigger takes only the arguments it declares: modes 1 and 2 give those, mode 3 adds every name the
                // definition knows (so undeclared names are refused now and then).
                var declared = leaving.FirstOrDefault(t => t.Id == trigger)?.Arguments ?? [];
                var names = move.Arguments % 4 == 3 ? [.. declared.Select(d => d.Name).Concat(argumentNames).Distinct().Order(StringComparer.Ordinal)] : declared.Select(d => d.Name).ToArray();
                var arguments = Arguments(move.Arguments, names, declared);
                var reason = (move.Reason % 4) switch
                {
                    0 => null,
                    1 => " ",
                    _ => "书面理由" + move.Reason.ToString(System.Globalization.CultureInfo.InvariantCulture),
                };
                at = at.Plus(Duration.FromMinutes(move.Minutes));
                at = at < latest ? at : latest;
                var result = engine.Fire(snapshot, trigger, actor, at, arguments, reason);
                attempts.Add(new TriggerAttempt(snapshot, trigger, actor, at, arguments, reason, result));
                if (result.IsAccepted)
                {
                    snapshot = result.Snapshot!;
                }
            }

            return new CaseWalk(definition, start, attempts, script);
        }

        private Dictionary<string, string> Arguments(int pick, string[] names, IReadOnlyList<ProcedureArgument> declared)
        {
            var arguments = new Dictionary<string, string>(StringComparer.Ordinal);
            if (pick % 4 == 0)
            {
                return arguments;
            }

            for (var i = 0; i < names.Length; i++)
            {
                // Mode 1 gives a random subset of the names; modes 2 and 3 give all of them.
                if (pick % 4 == 1 && ((pick >> (2 + (i % 16))) & 1) == 0)
                {
                    continue;
                }

                var described = declared.FirstOrDefault(d => d.Name == names[i]);
                var own = described switch
                {
                    ProcedureArgument<LocalDate> => DateValues,
                    { AcceptedValues.Count: > 0 } => described.AcceptedValues,
                    _ => null,
                };
                var values = options.ArgumentValues.TryGetValue(names[i], out var extra) && extra.Count > 0
                    ? (pick / 7 % 3 == 0 ? DefaultValues : extra)
                    : own is not null && pick / 7 % 3 != 0 ? own : DefaultValues;
                arguments[names[i]] = values[((pick / 4) + (i * 31)) % values.Count];
            }

            return arguments;
        }
    }
}
