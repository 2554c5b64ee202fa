using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using FluentValidation;
using PowerGovernance.Calendars;
using PowerGovernance.Validation;

namespace PowerGovernance.Procedures;

/// <summary>The rules of <see cref="ProcedureRuleCodes"/> as one FluentValidation validator (a stateless singleton).</summary>
internal sealed class ProcedureDefinitionValidator : AbstractValidator<ProcedureDefinitionBuilder.Data>
{
    private static readonly ProcedureDefinitionValidator Instance = new();
    private static readonly IReadOnlySet<string> NoneDisabled = new HashSet<string>();

    private ProcedureDefinitionValidator()
    {
        RuleFor(d => d).Custom((data, context) => CheckAll(data, context));
    }

    internal static IReadOnlyList<Finding> Check(ProcedureDefinitionBuilder.Data data) =>
        FluentFindings.ToFindings(Instance.Validate(data).Errors, NoneDisabled);

    private static void CheckAll(ProcedureDefinitionBuilder.Data d, ValidationContext<ProcedureDefinitionBuilder.Data> c)
    {
        if (string.IsNullOrWhiteSpace(d.Id) || d.Version < 1 || string.IsNullOrWhiteSpace(d.ChineseName))
        {
            c.Report("Id", ProcedureRuleCodes.IdentityMissing, FindingSeverity.Error, Text(
                $"The definition needs an id, a version of 1 or more and a Chinese name (id '{d.Id}', version {d.Version}).",
                $"流程定义须有标识、版本号（不小于1）和中文名称（标识“{d.Id}”，版本{d.Version}）。",
                d.Id));
        }

        if (string.IsNullOrWhiteSpace(d.InitiationBasis))
        {
            c.Report("InitiationBasis", ProcedureRuleCodes.InitiationBasisMissing, FindingSeverity.Error, Text(
                "Flowchart element 1: the basis for acting (ex officio or on application) is missing.",
                "流程图要素一：缺少启动条件（依职权或依申请）的依据。",
                null));
        }

        CheckSteps(d, c);
        var triggers = d.BuiltTriggers().ToArray();
        var steps = d.Steps.Where(s => s is not null && !string.IsNullOrWhiteSpace(s.Id)).GroupBy(s => s.Id, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.First(), StringComparer.Ordinal);
        CheckTriggers(d, c, triggers, steps);
        CheckGraph(d, c, triggers, steps);
        CheckElements(d, c, steps);
        CheckLimits(d, c, triggers);
        CheckRoles(d, c, triggers);
    }

    private static void CheckRoles(ProcedureDefinitionBuilder.Data d, ValidationContext<ProcedureDefinitionBuilder.Data> c, TriggerDefinition[] triggers)
    {
        var assigned = triggers.Where(t => t.Assigns is not null).Select(t => t.Assigns!.Role.Id).ToHashSet(StringComparer.Ordinal);
        foreach (var group in d.PostRoles.GroupBy(p => p.Key, StringComparer.Ordinal))
        {
            var roles = group.Select(p => p.Value).Distinct().ToArray();
            if (roles.Length > 1)
            {
                c.Report("PostRoles", ProcedureRuleCodes.RoleRuleInvalid, FindingSeverity.Error, Text(
                    $"The post '{group.Key}' is declared to act only through several roles ({string.Join(", ", roles.Select(r => r.Id))}); declare one.",
                    $"岗位“{group.Key}”被声明为只能由多个角色（{string.Join("、", roles.Select(r => r.ChineseName))}）办理；只能声明一个。",
                    group.Key));
            }

            foreach (var role in roles.Where(r => !assigned.Contains(r.Id)))
            {
                c.Report("PostRoles", ProcedureRuleCodes.RoleRuleInvalid, FindingSeverity.Error, Text(
                    $"The post '{group.Key}' acts only through the role '{role.Id}', which no trigger assigns: it could never act.",
                    $"岗位“{group.Key}”只能由角色“{role.ChineseName}”办理，但没有任何动作指派该角色，该岗位将无法办理。",
                    role.Id));
            }
        }

        foreach (var separation in d.Separations.Where(s => s.First == s.Second))
        {
            c.Report("Separations", ProcedureRuleCodes.RoleRuleInvalid, FindingSeverity.Error, Text(
                $"The role '{separation.First.Id}' is separated from itself.", $"角色“{separation.First.ChineseName}”不能与自身分离。", separation.First.Id));
        }
    }

    private static void CheckSteps(ProcedureDefinitionBuilder.Data d, ValidationContext<ProcedureDefinitionBuilder.Data> c)
    {
        if (d.Steps.Count == 0)
        {
            c.Report("Steps", ProcedureRuleCodes.NoSteps, FindingSeverity.Error, Text("The definition has no steps.", "流程没有任何办理环节。", null));
            return;
        }

        var seen = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i < d.Steps.Count; i++)
        {
            var step = d.Steps[i];
            var path = Invariant($"Steps[{i}]");
            if (string.IsNullOrWhiteSpace(step.Id) || string.IsNullOrWhiteSpace(step.ChineseName))
            {
                c.Report(path, ProcedureRuleCodes.StepNameMissing, FindingSeverity.Error, Text(
                    $"Step {i} needs an id and a Chinese name.", $"第{i + 1}个环节缺少标识或中文名称。", step.Id));
                continue;
            }

            if (!seen.Add(step.Id))
            {
                c.Report(path + ".Id", ProcedureRuleCodes.DuplicateStepId, FindingSeverity.Error, Text(
                    $"The step id '{step.Id}' is used more than once.", $"环节标识“{step.Id}”重复。", step.Id));
            }

            if (string.IsNullOrWhiteSpace(step.Post))
            {
                c.Report(path + ".Post", ProcedureRuleCodes.StepPostMissing, FindingSeverity.Error, Text(
                    $"Flowchart element 2: step '{step.Id}' ({step.ChineseName}) has no undertaking post.",
                    $"流程图要素二：环节“{step.ChineseName}”未明确承办岗位。", step.Id));
            }

            if (!step.IsTerminal && step.Limit is null)
            {
                c.Report(path + ".Limit", ProcedureRuleCodes.StepLimitMissing, FindingSeverity.Error, Text(
                    $"Flowchart element 4: step '{step.Id}' ({step.ChineseName}) has no time limit.",
                    $"流程图要素四：环节“{step.ChineseName}”未设定办理时限。", step.Id));
            }

            if (step.Limit is { } committed && step.LegalLimit is { } legal && (committed.Kind != legal.Kind || committed.Days > legal.Days))
            {
                c.Report(path + ".Limit", ProcedureRuleCodes.StepLimitExceedsLegal, FindingSeverity.Error, Text(
                    $"Step '{step.Id}' ({step.ChineseName}) has a committed limit {committed} longer than its legal limit {legal}, or of another kind.",
                    $"环节“{step.ChineseName}”的承诺时限{committed.ToChineseString()}长于法定时限{legal.ToChineseString()}，或计算方式不同。", committed.ToString()));
            }
        }

        if (string.IsNullOrWhiteSpace(d.InitialStep) || !seen.Contains(d.InitialStep))
        {
            c.Report("InitialStep", ProcedureRuleCodes.InitialStepUnknown, FindingSeverity.Error, Text(
                $"The initial step '{d.InitialStep}' is not a step of the definition.",
                $"起始环节“{d.InitialStep}”不存在。", d.InitialStep));
        }
    }

    private static void CheckTriggers(ProcedureDefinitionBuilder.Data d, ValidationContext<ProcedureDefinitionBuilder.Data> c, TriggerDefinition[] triggers, Dictionary<string, StepDefinition> steps)
    {
        var seen = new HashSet<(string, string)>();
        for (var i = 0; i < triggers.Length; i++)
        {
            var t = triggers[i];
            var path = Invariant($"Triggers[{i}]");
            foreach (var (end, stepId) in new[] { ("From", t.From), ("To", t.To) })
            {
                if (stepId is null || !steps.ContainsKey(stepId))
                {
                    c.Report(path + "." + end, ProcedureRuleCodes.TriggerStepUnknown, FindingSeverity.Error, Text(
                        $"Trigger '{t.Id}' names the unknown step '{stepId}'.", $"动作“{t.ChineseName}”指向不存在的环节“{stepId}”。", stepId));
                }
            }

            if (t.From is not null && steps.TryGetValue(t.From, out var from) && from.IsTerminal)
            {
                c.Report(path + ".From", ProcedureRuleCodes.TriggerFromTerminal, FindingSeverity.Error, Text(
                    $"Trigger '{t.Id}' leaves the terminal step '{t.From}'; a finished case does not move.",
                    $"动作“{t.ChineseName}”从办结环节“{from.ChineseName}”发出；已办结的案件不得再流转。", t.From));
            }

            if (t.AllowedPosts.Count == 0 || t.AllowedPosts.Any(string.IsNullOrWhiteSpace))
            {
                c.Report(path + ".AllowedPosts", ProcedureRuleCodes.TriggerPostsMissing, FindingSeverity.Error, Text(
                    $"Trigger '{t.Id}' names no post allowed to fire it.", $"动作“{t.ChineseName}”未明确有权操作的岗位。", t.Id));
            }

            if (!seen.Add((t.From ?? string.Empty, t.Id ?? string.Empty)))
            {
                c.Report(path + ".Id", ProcedureRuleCodes.DuplicateTrigger, FindingSeverity.Error, Text(
                    $"Trigger '{t.Id}' leaves step '{t.From}' more than once.", $"动作“{t.ChineseName}”在环节“{t.From}”重复定义。", t.Id));
            }

            if (t.Clock == ClockEffect.Extend && (t.Extension is null || (d.CommittedLimit is { } limit && t.Extension.Value.Kind != limit.Kind)))
            {
                c.Report(path + ".Extension", ProcedureRuleCodes.ExtensionInvalid, FindingSeverity.Error, Text(
                    $"Trigger '{t.Id}' extends the case limit without an extension of the case limit's kind.",
                    $"动作“{t.ChineseName}”延长期限，但未设定与案件时限同类的延长时限。", t.Extension?.ToString()));
            }

            if (t.Clock == ClockEffect.StartPeriod && (t.Period is not { } period || period.Committed.Kind != period.Legal.Kind || period.Committed.Days > period.Legal.Days))
            {
                c.Report(path + ".Period", ProcedureRuleCodes.PeriodInvalid, FindingSeverity.Error, Text(
                    $"Trigger '{t.Id}' starts a period without a legal and a committed limit of the same kind, the committed one not longer.",
                    $"动作“{t.ChineseName}”开始新的计时时段，但未设定同类的法定时限和承诺时限（承诺时限不得长于法定时限）。", t.Period?.ToString()));
            }
        }
    }

    private static void CheckGraph(ProcedureDefinitionBuilder.Data d, ValidationContext<ProcedureDefinitionBuilder.Data> c, TriggerDefinition[] triggers, Dictionary<string, StepDefinition> steps)
    {
        if (d.InitialStep is null || !steps.ContainsKey(d.InitialStep))
        {
            return;
        }

        var reached = new HashSet<string>(StringComparer.Ordinal) { d.InitialStep };
        var queue = new Queue<string>([d.InitialStep]);
        while (queue.Count > 0)
        {
            var step = queue.Dequeue();
            foreach (var t in triggers.Where(t => string.Equals(t.From, step, StringComparison.Ordinal) && t.To is not null && steps.ContainsKey(t.To)))
            {
                if (reached.Add(t.To))
                {
                    queue.Enqueue(t.To);
                }
            }
        }

        for (var i = 0; i < d.Steps.Count; i++)
        {
            var step = d.Steps[i];
            if (step.Id is null || !steps.TryGetValue(step.Id, out var first) || !ReferenceEquals(first, step))
            {
                continue;
            }

            if (!reached.Contains(step.Id))
            {
                c.Report(Invariant($"Steps[{i}]"), ProcedureRuleCodes.UnreachableStep, FindingSeverity.Error, Text(
                    $"Step '{step.Id}' ({step.ChineseName}) cannot be reached from the initial step '{d.InitialStep}'.",
                    $"环节“{step.ChineseName}”无法从起始环节到达。", step.Id));
            }

            var leaves = triggers.Any(t => string.Equals(t.From, step.Id, StringComparison.Ordinal) && !string.Equals(t.To, step.Id, StringComparison.Ordinal));
            if (!step.IsTerminal && !leaves)
            {
                c.Report(Invariant($"Steps[{i}]"), ProcedureRuleCodes.DeadEnd, FindingSeverity.Error, Text(
                    $"Step '{step.Id}' ({step.ChineseName}) is not terminal but no trigger leaves it.",
                    $"环节“{step.ChineseName}”不是办结环节，却没有任何流转出口。", step.Id));
            }
        }
    }

    private static void CheckElements(ProcedureDefinitionBuilder.Data d, ValidationContext<ProcedureDefinitionBuilder.Data> c, Dictionary<string, StepDefinition> steps)
    {
        if (d.SupervisionPoints.Count == 0)
        {
            c.Report("SupervisionPoints", ProcedureRuleCodes.SupervisionPointMissing, FindingSeverity.Error, Text(
                "Flowchart element 5: no supervision point (internal supervisor and external channel with contacts).",
                "流程图要素五：未设置监督点（内部监督及外部监督渠道和联系方式）。", null));
        }

        for (var i = 0; i < d.SupervisionPoints.Count; i++)
        {
            var point = d.SupervisionPoints[i];
            if (point.StepId is null || !steps.ContainsKey(point.StepId))
            {
                c.Report(Invariant($"SupervisionPoints[{i}].StepId"), ProcedureRuleCodes.SupervisionPointMissing, FindingSeverity.Error, Text(
                    $"The supervision point names the unknown step '{point.StepId}'.", $"监督点指向不存在的环节“{point.StepId}”。", point.StepId));
            }
        }

        if (!d.Steps.Any(s => s.Rights != CounterpartRights.None))
        {
            c.Report("Steps", ProcedureRuleCodes.CounterpartRightsMissing, FindingSeverity.Error, Text(
                "Flowchart element 6: no step states the counterpart's rights (reasons, statement, defence, hearing).",
                "流程图要素六：未载明行政相对人的知情、陈述、申辩、听证等权利。", null));
        }

        if (d.ComplaintChannels.Count == 0)
        {
            c.Report("ComplaintChannels", ProcedureRuleCodes.ComplaintChannelMissing, FindingSeverity.Error, Text(
                "Flowchart element 7: no complaint and report channel.", "流程图要素七：未公布投诉举报渠道。", null));
        }
    }

    private static void CheckLimits(ProcedureDefinitionBuilder.Data d, ValidationContext<ProcedureDefinitionBuilder.Data> c, TriggerDefinition[] triggers)
    {
        if (d.CommittedLimit is not { } committed)
        {
            c.Report("CommittedLimit", ProcedureRuleCodes.CommittedLimitMissing, FindingSeverity.Error, Text(
                "The case has no committed limit (承诺时限).", "未设定承诺时限。", null));
        }
        else if (d.LegalLimit is { } legal)
        {
            var max = (int)((long)legal.Days * 2 / 3);
            if (committed.Kind != legal.Kind || committed.Days > max)
            {
                // A quarter limit cannot be cut by a fraction of a quarter: the rule applies to its following quarters.
                var most = legal.Kind == TimeLimitKind.EndOfQuarter ? TimeLimit.EndOfQuarter(max) : legal.WithDays(max);
                c.Report("CommittedLimit", ProcedureRuleCodes.CommittedLimitNotShortened, FindingSeverity.Error, Text(
                    $"The committed limit {committed} is not at least one third shorter than the legal limit {legal}: at most {most} (rounded down), of the same kind.",
                    $"承诺时限{committed.ToChineseString()}未比法定时限{legal.ToChineseString()}缩短三分之一以上：最多{most.ToChineseString()}（向下取整），且计算方式须相同。",
                    committed.ToString()));
            }
        }

        CheckQuarterLimits(d, c, triggers);

        var refusals = d.Steps.Where(s => s.Outcome == CaseOutcome.Refused).Select(s => s.Id).ToHashSet(StringComparer.Ordinal);
        foreach (var t in triggers.Where(t => t.To is not null && refusals.Contains(t.To) && !t.RequiresReason))
        {
            c.Report("Triggers", ProcedureRuleCodes.RefusalWithoutReasons, FindingSeverity.Warning, Text(
                $"Trigger '{t.Id}' refuses without requiring written reasons.", $"动作“{t.ChineseName}”作出不予决定，但未要求书面说明理由。", t.Id));
        }
    }

    /// <summary>
    /// A quarter limit (按季度) is fixed to the end of a calendar quarter: a definition that uses one anywhere may not suspend,
    /// resume or extend a clock, since days cannot move the end of a quarter.
    /// </summary>
    private static void CheckQuarterLimits(ProcedureDefinitionBuilder.Data d, ValidationContext<ProcedureDefinitionBuilder.Data> c, TriggerDefinition[] triggers)
    {
        static bool IsQuarter(TimeLimit? limit) => limit is { Kind: TimeLimitKind.EndOfQuarter };
        var usesQuarter = IsQuarter(d.LegalLimit) || IsQuarter(d.CommittedLimit)
            || d.Steps.Any(s => s is not null && (IsQuarter(s.Limit) || IsQuarter(s.LegalLimit)))
            || triggers.Any(t => IsQuarter(t.Period?.Legal) || IsQuarter(t.Period?.Committed) || IsQuarter(t.Extension));
        if (!usesQuarter)
        {
            return;
        }

        for (var i = 0; i < triggers.Length; i++)
        {
            var t = triggers[i];
            if (t.Clock is ClockEffect.Suspend or ClockEffect.Resume or ClockEffect.Extend)
            {
                var (english, chinese) = t.Clock switch
                {
                    ClockEffect.Suspend => ("suspends", "中止计时"),
                    ClockEffect.Resume => ("resumes", "恢复计时"),
                    _ => ("extends", "延长期限"),
                };
                c.Report(Invariant($"Triggers[{i}].Clock"), ProcedureRuleCodes.QuarterLimitNotAdjustable, FindingSeverity.Error, Text(
                    $"Trigger '{t.Id}' {english} a clock, but the definition counts a limit by the end of a quarter, which days cannot move: a quarter limit cannot be suspended or extended.",
                    $"动作“{t.ChineseName}”{chinese}，但本流程使用按季度末计算的期限，该期限以季度最后一日为准，不能中止或延长。",
                    t.Id));
            }
        }
    }

    private static FindingText Text(string english, string chinese, string? value) => new(english, chinese, value);

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
