using System;
using System.Collections.Frozen;
using System.Collections.Generic;
using System.Linq;
using NodaTime;
using PowerGovernance.Calendars;
using PowerGovernance.Internal;
using PowerGovernance.Powers;

namespace PowerGovernance.Procedures;

/// <content>The admission checks (准入检查): whether a case may start and whether a trigger may fire, with every reason.</content>
public sealed partial class ProcedureEngine
{
    private Refusal? CheckStart(PowerCode powerCode, ProcedureDefinition definition, Actor actor, Instant at)
    {
        var code = powerCode.Value;
        if (!Catalog.TryGet(powerCode, out var power))
        {
            return Refusal.Of(RejectionKind.PowerNotListed, "PowerCode", code, $"Power '{powerCode}' is not listed in catalog version {Catalog.Version}; a power not in the catalog may not be exercised.", $"职权“{powerCode}”未列入第{Catalog.Version}版职权目录；未列入职权目录的权力不得行使。");
        }

        if (!Catalog.MayBeExercised(powerCode, out var bar))
        {
            // Listed but without a legal basis: to be abolished, not exercised (凡无合法依据的，应予以废止).
            return Refusal.Of(RejectionKind.PowerNotExercisable, "PowerCode", code, bar.Message, bar.ChineseMessage);
        }

        if (definition.PowerCodes.Count > 0 && !definition.PowerCodes.Contains(powerCode))
        {
            return Refusal.Of(RejectionKind.WrongDefinition, "PowerCode", code, $"Procedure '{definition.Id}' does not serve power '{powerCode}'.", $"程序“{definition.ChineseName}”不适用于职权“{powerCode}”。");
        }

        if (definition.PowerCategories.Count > 0 && (power.Category is not { } category || !definition.PowerCategories.Contains(category)))
        {
            var served = string.Join(", ", definition.PowerCategories.Select(c => c.EnglishName));
            var servedChinese = string.Join("、", definition.PowerCategories.Select(c => c.ChineseName));
            return Refusal.Of(
                RejectionKind.WrongDefinition,
                "PowerCode",
                code,
                $"Procedure '{definition.Id}' serves powers of the categories {served}; power '{powerCode}' is {power.Category?.EnglishName ?? "of no category"}.",
                $"程序“{definition.ChineseName}”适用于{servedChinese}类职权；职权“{powerCode}”属于{power.Category?.ChineseName ?? "未分类"}。");
        }

        definition.TryGetStep(definition.InitialStep, out var initial);
        if (actor.FirstPostIn([initial!.Post]) is null)
        {
            return Refusal.Of(RejectionKind.ActorLacksPost, "Actor", actor.Name, $"Starting a case needs the post '{initial.Post}'; {actor} does not hold it.", $"启动办件须由“{initial.Post}”岗位办理；{actor}不在该岗位。");
        }

        if (!IsRepresentable(at))
        {
            return Refusal.Of(RejectionKind.InvalidTime, "At", at.ToString(), $"{at} is not an instant the engine can date.", $"{at}不是可确定日期的时刻。");
        }

        var date = at.InZone(Zone).Date;
        if (!Calendar.Coverage.Contains(date))
        {
            return Refusal.Of(
                RejectionKind.InvalidTime,
                "At",
                IsoDate(date),
                $"The day of receipt {date:uuuu-MM-dd} is outside working calendar '{Calendar.Id}' ({Calendar.Coverage.Start:uuuu-MM-dd} to {Calendar.Coverage.End:uuuu-MM-dd}).",
                $"收件日{date:uuuu-MM-dd}超出工作日历“{Calendar.Id}”的范围（{Calendar.Coverage.Start:uuuu-MM-dd}至{Calendar.Coverage.End:uuuu-MM-dd}）。");
        }

        return null;
    }

    /// <summary>Whether <paramref name="at"/> lies a day inside NodaTime's range, so that its date in any zone exists.</summary>
    private static bool IsRepresentable(Instant at) =>
        at >= Instant.MinValue + Duration.FromDays(1) && at <= Instant.MaxValue - Duration.FromDays(1);

    private static string IsoDate(LocalDate date) => date.ToString("uuuu-MM-dd", System.Globalization.CultureInfo.InvariantCulture);

    private Admission Admit(CaseSnapshot snapshot, string trigger, Actor actor, Instant at, IReadOnlyDictionary<string, string> arguments, string? reason, long? expectedVersion)
    {
        var step = snapshot.Step ?? string.Empty;
        Admission No(RejectionKind kind, string path, string? value, string why, string whyChinese) =>
            Admission.Refused(Refusal.Of(kind, path, value, Prefix() + why, PrefixChinese() + whyChinese));
        string Prefix() => $"'{Bounded(trigger)}' from step '{step}' of case '{snapshot.CaseId}' was refused: ";
        string PrefixChinese() => $"办件“{snapshot.CaseId}”在“{step}”环节的动作“{Bounded(trigger)}”被拒绝：";

        if (!TryGetDefinition(snapshot, out var definition))
        {
            return No(RejectionKind.WrongDefinition, "DefinitionId", snapshot.DefinitionId, $"the engine does not know procedure '{snapshot.DefinitionId}' version {snapshot.DefinitionVersion}.", $"引擎中没有程序“{snapshot.DefinitionId}”第{snapshot.DefinitionVersion}版。");
        }

        if (expectedVersion is { } expected && expected != snapshot.Version)
        {
            return No(RejectionKind.StaleVersion, "Version", snapshot.Version.ToString(System.Globalization.CultureInfo.InvariantCulture), $"the case is at version {snapshot.Version}, not the expected {expected}; reload it and try again.", $"办件当前为第{snapshot.Version}版，而非预期的第{expected}版；请重新读取后再试。");
        }

        if (snapshot.IsClosed)
        {
            return No(RejectionKind.CaseClosed, "Closed", snapshot.Closed is { } closed ? IsoDate(closed) : null, $"the case ended ({snapshot.Outcome}) on {snapshot.Closed:uuuu-MM-dd}.", $"办件已于{snapshot.Closed:uuuu-MM-dd}办结（{snapshot.Outcome}）。");
        }

        if (!definition.Machine.TryGetTransition(step, trigger, out var transition))
        {
            if (!definition.HasTrigger(trigger))
            {
                return No(RejectionKind.UnknownTrigger, "Trigger", Bounded(trigger), $"procedure '{definition.Id}' has no trigger '{Bounded(trigger)}'.", $"程序“{definition.ChineseName}”没有动作“{Bounded(trigger)}”。");
            }

            var from = string.Join(", ", definition.TriggersFrom(step).Select(t => t.Id));
            return No(RejectionKind.NotPermittedFromStep, "Trigger", trigger, $"it does not leave this step (permitted here: {(from.Length == 0 ? "none" : from)}).", $"该动作不能从本环节发出（本环节可用：{(from.Length == 0 ? "无" : from)}）。");
        }

        string? post;
        if (definition.HasParties)
        {
            // Recusal and separation of duties (回避、职责分离), as the procedure declares them; never reached without roles.
            if (CheckRecused(definition, snapshot.Parties, actor) is { } recused)
            {
                return No(recused.Kind, recused.Path, recused.Value, recused.English, recused.Chinese);
            }

            post = ChoosePost(definition, snapshot.Parties, actor, transition, out var lacking);
            if (lacking is not null)
            {
                return No(lacking.Kind, lacking.Path, lacking.Value, lacking.English, lacking.Chinese);
            }
        }
        else
        {
            post = actor.FirstPostIn(new ReadOnlySpan<string>(transition.AllowedPosts));
        }

        if (post is null)
        {
            var posts = string.Join(", ", transition.AllowedPosts);
            return No(RejectionKind.ActorLacksPost, "Actor", actor.Name, $"{actor} holds none of the posts allowed to fire it ({posts}).", $"{actor}不在有权办理的岗位（{posts}）。");
        }

        if (!IsRepresentable(at))
        {
            return No(RejectionKind.InvalidTime, "At", at.ToString(), $"{at} is not an instant the engine can date.", $"{at}不是可确定日期的时刻。");
        }

        if (at < snapshot.LastEventAt)
        {
            return No(RejectionKind.InvalidTime, "At", at.ToString(), $"{at} is before the case's last event at {snapshot.LastEventAt}.", $"{at}早于办件上一事件的时间{snapshot.LastEventAt}。");
        }

        var date = at.InZone(Zone).Date;
        if (!Calendar.Coverage.Contains(date))
        {
            return No(
                RejectionKind.InvalidTime,
                "At",
                IsoDate(date),
                $"{date:uuuu-MM-dd} is outside working calendar '{Calendar.Id}' ({Calendar.Coverage.Start:uuuu-MM-dd} to {Calendar.Coverage.End:uuuu-MM-dd}).",
                $"{date:uuuu-MM-dd}超出工作日历“{Calendar.Id}”的范围（{Calendar.Coverage.Start:uuuu-MM-dd}至{Calendar.Coverage.End:uuuu-MM-dd}）。");
        }

        var defined = transition.Trigger;
        if (defined.RequiresCertifiedOfficer)
        {
            if (actor.Certificate is not { } certificate || !certificate.IsValidOn(date))
            {
                return No(RejectionKind.NotCertified, "Actor.Certificate", actor.Certificate?.Number, $"it is an enforcement act and {actor.Name} holds no enforcement certificate valid on {date:uuuu-MM-dd}.", $"该动作属于执法行为，{actor.Name}在{date:uuuu-MM-dd}未持有有效执法证件（持证上岗）。");
            }

            if (!string.Equals(certificate.Holder, actor.Name, StringComparison.Ordinal))
            {
                return No(RejectionKind.NotCertified, "Actor.Certificate", certificate.Number, $"it is an enforcement act and certificate {certificate.Number} belongs to {certificate.Holder}, not {actor.Name}.", $"该动作属于执法行为，证件{certificate.Number}属于{certificate.Holder}而非{actor.Name}（持证上岗，证件不得借用）。");
            }

            if (arguments.TryGetValue(CertificateArgument, out var named) && !string.Equals(named, certificate.Number, StringComparison.Ordinal))
            {
                return No(RejectionKind.NotCertified, "Arguments[" + CertificateArgument + "]", Bounded(named), $"the argument '{CertificateArgument}' names certificate {Bounded(named)}, but {actor.Name} holds {certificate.Number}.", $"参数“{CertificateArgument}”记载的证件为{Bounded(named)}，但{actor.Name}持有的是{certificate.Number}。");
            }

            if (defined.RequiresTwoCertifiedOfficers && CheckSecondOfficer(actor, certificate, date, arguments, Prefix(), PrefixChinese()) is { } second)
            {
                return Admission.Refused(new Refusal(RejectionKind.NotCertified, second));
            }
        }

        if (ClockTransitions.Conflict(snapshot, defined.Clock) is { } conflict)
        {
            return No(RejectionKind.ClockConflict, "CommittedClock", null, conflict.English, conflict.Chinese);
        }

        if (defined.RequiresReason && !VisibleText.HasVisibleText(reason))
        {
            return No(RejectionKind.ReasonMissing, "Reason", reason, "a written reason is required.", "须书面说明理由。");
        }

        foreach (var name in transition.RequiredArguments)
        {
            if (!arguments.TryGetValue(name, out var value) || !VisibleText.HasVisibleText(value))
            {
                return No(RejectionKind.ArgumentMissing, "Arguments[" + name + "]", null, $"the argument '{name}' is required.", $"缺少参数“{name}”。");
            }
        }

        if (CheckArguments(transition, arguments) is { } invalid)
        {
            return No(RejectionKind.ArgumentInvalid, "Arguments[" + Bounded(invalid.Name) + "]", Bounded(invalid.Value), invalid.English, invalid.Chinese);
        }

        if (defined.CollectiveDecision is { } quorum && Procedures.CollectiveDecision.Check(quorum, actor, arguments, Prefix(), PrefixChinese()) is { } undecided)
        {
            // A collective decision without a valid record of the meeting (集体讨论决定): every problem, each with its rule code.
            var missing = undecided.Exists(static f => f.Code is CollectiveDecisionRuleCodes.AttendanceMissing or CollectiveDecisionRuleCodes.VoteMissing);
            return Admission.Refused(new Refusal(missing ? RejectionKind.ArgumentMissing : RejectionKind.ArgumentInvalid, undecided));
        }

        if (transition.Assigns is { } assignment && definition.HasParties && arguments.TryGetValue(assignment.PersonArgument, out var person)
            && CheckAssignment(definition, snapshot.Parties, assignment, person) is { } refused)
        {
            return No(refused.Kind, refused.Path, refused.Value, refused.English, refused.Chinese);
        }

        LocalDate? suspendedUntil = null;
        if (defined.Clock == ClockEffect.Suspend && arguments.TryGetValue(SuspendedUntilArgument, out var untilText))
        {
            suspendedUntil = ClockTransitions.ParseDate(untilText);
            if (suspendedUntil is not { } until || until < date)
            {
                return No(
                    RejectionKind.ArgumentInvalid,
                    "Arguments[" + SuspendedUntilArgument + "]",
                    Bounded(untilText),
                    $"the argument '{SuspendedUntilArgument}' ('{Bounded(untilText)}') must be the ISO date (uuuu-MM-dd) the suspension is expected to end, not before {date:uuuu-MM-dd}.",
                    $"参数“{SuspendedUntilArgument}”（“{Bounded(untilText)}”）应为预计中止结束之日，格式为uuuu-MM-dd，且不早于{date:uuuu-MM-dd}。");
            }
        }

        // Guards are evaluated here, by calling their conditions directly, not through Stateless's CanFire.
        if (transition.Guards.Length > 0)
        {
            var unmet = CompiledMachine.EvaluateGuards(transition.Guards, new TriggerContext(snapshot, arguments, at, date, supervisor, definition, transition.From), out var failed, out var error);
            if (error is not null)
            {
                // A technical error is never reported as a legal finding such as "not within the window".
                var what = error is CalendarCoverageException ? "the working calendar does not cover a day it needs" : error.GetType().Name;
                var whatChinese = error is CalendarCoverageException ? "工作日历未覆盖所需日期" : error.GetType().Name;
                return No(
                    RejectionKind.GuardError,
                    "Guards",
                    null,
                    $"the condition '{failed!.EnglishDescription}' could not be checked ({what}: {Bounded(error.Message)}); nothing was decided, fix the cause and try again.",
                    $"条件“{failed!.ChineseDescription}”无法判断（{whatChinese}：{Bounded(error.Message)}）；未作任何认定，请排除原因后重试。");
            }

            if (unmet is not null)
            {
                // A loop, not a lambda: a lambda capturing the prefixes would make every call allocate their closure.
                var prefix = Prefix();
                var prefixChinese = PrefixChinese();
                var findings = new Validation.Finding[unmet.Count];
                for (var i = 0; i < findings.Length; i++)
                {
                    findings[i] = Validation.Finding.Error(
                        nameof(RejectionKind.GuardFailed),
                        "Guards",
                        null,
                        prefix + "not met: " + unmet[i].EnglishDescription + ".",
                        prefixChinese + "不符合条件：" + unmet[i].ChineseDescription + "。");
                }

                return Admission.Refused(new Refusal(RejectionKind.GuardFailed, findings));
            }
        }

        return new Admission(definition, transition, post, date, suspendedUntil);
    }

    private static (string Name, string Value, string English, string Chinese)? CheckArguments(CompiledTransition transition, IReadOnlyDictionary<string, string> arguments)
    {
        if (arguments.Count == 0)
        {
            return null;
        }

        // Enumerate without boxing an enumerator on the common paths.
        switch (arguments)
        {
            case TriggerArguments typed:
                foreach (var (name, value) in typed.Pairs)
                {
                    if (CheckArgument(transition, name, value) is { } problem)
                    {
                        return problem;
                    }
                }

                return null;
            case Dictionary<string, string> dictionary:
                foreach (var (name, value) in dictionary)
                {
                    if (CheckArgument(transition, name, value) is { } problem)
                    {
                        return problem;
                    }
                }

                return null;
            default:
                foreach (var (name, value) in arguments)
                {
                    if (CheckArgument(transition, name, value) is { } problem)
                    {
                        return problem;
                    }
                }

                return null;
        }
    }

    private static (string Name, string Value, string English, string Chinese)? CheckArgument(CompiledTransition transition, string name, string value)
    {
        if (transition.Trigger.RequiresCertifiedOfficer && (name == CertificateArgument
            || (transition.Trigger.RequiresTwoCertifiedOfficers && name is SecondOfficerArgument or SecondOfficerCertificateArgument)))
        {
            return null;
        }

        var declared = transition.Arguments;
        for (var i = 0; i < declared.Length; i++)
        {
            if (string.Equals(declared[i].Name, name, StringComparison.Ordinal))
            {
                if (declared[i].Accepts(value))
                {
                    return null;
                }

                var (english, chinese) = declared[i].Refusal(value);
                return (name, value, english, chinese);
            }
        }

        var taken = string.Join(", ", declared.Select(a => a.Name));
        return (
            name,
            value,
            $"the trigger takes no argument '{Bounded(name)}' (it takes: {(taken.Length == 0 ? "none" : taken)}).",
            $"该动作没有参数“{Bounded(name)}”（可用参数：{(taken.Length == 0 ? "无" : taken)}）。");
    }
}
