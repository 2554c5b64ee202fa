using System.Collections.Generic;
using System.Globalization;
using NodaTime;
using PowerGovernance.Validation;

namespace PowerGovernance.Procedures;

/// <content>The checks of a snapshot handed in by the host (快照校验): its seal, and its consistency with the definition and the catalog.</content>
public sealed partial class ProcedureEngine
{
    /// <summary>
    /// Checks a snapshot as loaded from storage without firing anything: its <see cref="CaseSnapshot.Seal"/> matches its
    /// content under this engine's <see cref="CaseSeal"/>, and its members agree with its definition and the catalog (a known
    /// step whose terminal state matches the outcome, days in order, clocks without negative counts, a listed power the
    /// procedure serves, parties in roles the procedure declares, nobody in two separated roles or assigned after stepping aside). <see cref="Fire(CaseSnapshot, ProcedureTrigger, Actor, Instant, TriggerArguments?, string?, long?)"/>
    /// runs the same checks and refuses with <see cref="RejectionKind.SnapshotUntrusted"/>.
    /// </summary>
    /// <param name="snapshot">The snapshot as loaded.</param>
    /// <returns>Every problem found, in English and Chinese; none when the snapshot can be trusted.</returns>
    /// <exception cref="System.ArgumentNullException"><paramref name="snapshot"/> is null.</exception>
    /// <exception cref="System.ArgumentException"><paramref name="snapshot"/> lacks a required member.</exception>
    public IReadOnlyList<Finding> CheckSnapshot(CaseSnapshot snapshot)
    {
        Internal.Preconditions.CheckComplete(snapshot);
        return CheckTrust(snapshot)?.Findings ?? [];
    }

    /// <summary>
    /// The refusal of a snapshot the engine cannot trust, or null. A snapshot this engine's seal sealed is trusted as it is, and
    /// so is an instance this engine has already checked (both immutable); any other instance is checked, and marked when sound.
    /// </summary>
    private Refusal? CheckTrust(CaseSnapshot snapshot)
    {
        if (ReferenceEquals(snapshot.SealedBy, Seal) || ReferenceEquals(snapshot.TrustedBy, this))
        {
            return null;
        }

        var findings = new SnapshotFindings(snapshot);
        CheckSeal(snapshot, findings);
        CheckConsistency(snapshot, findings);
        if (findings.List is { } list)
        {
            return new Refusal(RejectionKind.SnapshotUntrusted, list);
        }

        snapshot.MarkTrusted(this);
        return null;
    }

    private void CheckSeal(CaseSnapshot snapshot, SnapshotFindings findings)
    {
        var seal = snapshot.Seal ?? string.Empty;
        if (seal.Length == 0)
        {
            findings.AddFinding(Finding.Error(
                SnapshotRuleCodes.NotSealed,
                nameof(CaseSnapshot.Seal),
                null,
                $"Case '{Bounded(snapshot.CaseId)}' carries no seal: it was not made by the engine, or was stored without its seal. Load it as stored (with CaseSnapshot.Seal), or rebuild it from its events with Replay.",
                $"办件“{Bounded(snapshot.CaseId)}”没有封印：并非由引擎生成，或存储时遗漏了封印。请按原样读取（含CaseSnapshot.Seal），或用Replay从事件重建。"));
            return;
        }

        var colon = seal.IndexOf(':');
        var algorithm = colon < 0 ? seal : seal[..colon];
        if (!string.Equals(algorithm, Seal.Algorithm, System.StringComparison.Ordinal))
        {
            findings.AddFinding(Finding.Error(
                SnapshotRuleCodes.SealAlgorithmDiffers,
                nameof(CaseSnapshot.Seal),
                Bounded(algorithm),
                $"Case '{Bounded(snapshot.CaseId)}' is sealed with '{Bounded(algorithm)}'; this engine seals with '{Seal.Algorithm}'. Configure the same seal as the engine that stored it, or rebuild the case from its events with Replay.",
                $"办件“{Bounded(snapshot.CaseId)}”的封印算法为“{Bounded(algorithm)}”，本引擎使用“{Seal.Algorithm}”。请配置与存储时相同的封印，或用Replay从事件重建。"));
            return;
        }

        if (!Seal.Verify(snapshot))
        {
            findings.AddFinding(Finding.Error(
                SnapshotRuleCodes.SealMismatch,
                nameof(CaseSnapshot.Seal),
                null,
                $"The content of case '{Bounded(snapshot.CaseId)}' does not match its seal: it was changed after the engine sealed it (an edited row, a copy made with 'with', or another key). Nothing was decided; reload the case, or rebuild it from its events with Replay.",
                $"办件“{Bounded(snapshot.CaseId)}”的内容与封印不符：在引擎封印后被改动（数据被修改、以with复制修改或密钥不同）。未作任何处理；请重新读取，或用Replay从事件重建。"));
        }
    }

    private void CheckConsistency(CaseSnapshot snapshot, SnapshotFindings findings)
    {
        if (snapshot.Version is < 1 or long.MaxValue)
        {
            findings.Add(SnapshotRuleCodes.VersionOutOfRange, nameof(CaseSnapshot.Version), snapshot.Version.ToString(CultureInfo.InvariantCulture), "the version must be at least 1 and less than the largest 64-bit number.", "版本号须不小于1且小于64位整数的最大值。");
        }

        if (TryGetDefinition(snapshot, out var definition))
        {
            if (!definition.TryGetStep(snapshot.Step, out var step))
            {
                findings.Add(SnapshotRuleCodes.StepUnknown, nameof(CaseSnapshot.Step), Bounded(snapshot.Step), $"procedure '{definition.Id}' version {definition.Version} has no step '{Bounded(snapshot.Step)}'.", $"程序“{definition.ChineseName}”第{definition.Version}版没有环节“{Bounded(snapshot.Step)}”。");
            }
            else if (step.Outcome != snapshot.Outcome || step.IsTerminal != snapshot.Closed.HasValue)
            {
                findings.Add(SnapshotRuleCodes.OutcomeInconsistent, nameof(CaseSnapshot.Outcome), snapshot.Outcome?.ToString(), $"step '{step.Id}' {(step.IsTerminal ? "ends the case (" + step.Outcome + ")" : "is not a final step")}, but the snapshot records outcome {snapshot.Outcome?.ToString() ?? "none"} and day closed {(snapshot.Closed is { } c ? IsoDate(c) : "none")}.", $"环节“{step.Id}”{(step.IsTerminal ? "为办结环节" : "不是办结环节")}，但快照记载的办结结果为{snapshot.Outcome?.ToString() ?? "无"}、办结日为{(snapshot.Closed is { } d ? IsoDate(d) : "无")}。");
            }

            if (!Catalog.TryGet(snapshot.PowerCode, out var power)
                || (definition.PowerCodes.Count > 0 && !Contains(definition.PowerCodes, snapshot.PowerCode))
                || (definition.PowerCategories.Count > 0 && (power.Category is not { } category || !Contains(definition.PowerCategories, category))))
            {
                findings.Add(SnapshotRuleCodes.PowerNotServed, nameof(CaseSnapshot.PowerCode), snapshot.PowerCode.Value, $"power '{snapshot.PowerCode}' is not listed in catalog version {Catalog.Version}, or procedure '{definition.Id}' does not serve it.", $"职权“{snapshot.PowerCode}”未列入第{Catalog.Version}版职权目录，或程序“{definition.ChineseName}”不适用于该职权。");
            }

            CheckParties(snapshot, definition, findings);
        }

        var lastDay = snapshot.LastEventAt.InZone(Zone).Date;
        if (snapshot.StepEntered < snapshot.Received || lastDay < snapshot.StepEntered || snapshot.Closed is { } closed && (closed < snapshot.StepEntered || closed > lastDay))
        {
            findings.Add(SnapshotRuleCodes.DatesInconsistent, nameof(CaseSnapshot.StepEntered), IsoDate(snapshot.StepEntered), $"the days are out of order: received {IsoDate(snapshot.Received)}, step entered {IsoDate(snapshot.StepEntered)}, last event {IsoDate(lastDay)}.", $"日期顺序不符：收件日{IsoDate(snapshot.Received)}，进入本环节{IsoDate(snapshot.StepEntered)}，最后事件{IsoDate(lastDay)}。");
        }

        CheckClock(snapshot, snapshot.CommittedClock, nameof(CaseSnapshot.CommittedClock), lastDay, findings);
        CheckClock(snapshot, snapshot.LegalClock, nameof(CaseSnapshot.LegalClock), lastDay, findings);
    }

    private static void CheckClock(CaseSnapshot snapshot, CaseClock clock, string path, LocalDate lastDay, SnapshotFindings findings)
    {
        if (clock.Start < snapshot.Received || clock.Start > lastDay || clock.SuspendedSince is { } since && (since < clock.Start || since > lastDay))
        {
            findings.Add(SnapshotRuleCodes.DatesInconsistent, path + ".Start", IsoDate(clock.Start), $"the clock starts on {IsoDate(clock.Start)}, outside the case's days (received {IsoDate(snapshot.Received)}, last event {IsoDate(lastDay)}), or its suspension began before it.", $"计时起算日{IsoDate(clock.Start)}不在办件期间内（收件日{IsoDate(snapshot.Received)}，最后事件{IsoDate(lastDay)}），或中止早于起算。");
        }

        if (clock.SuspendedDays < 0 || clock.StepSuspendedDays < 0 || clock.StepSuspendedDays > clock.SuspendedDays || clock.LateStops < 0
            || clock.SuspendedSince.HasValue != (clock.SuspensionCause is not null) || (clock.SuspendedUntil.HasValue && !clock.SuspendedSince.HasValue)
            || (clock.IsExtended && !clock.ExtendedOn.HasValue))
        {
            findings.Add(SnapshotRuleCodes.ClockInconsistent, path, null, $"the clock's counts disagree (suspended days {clock.SuspendedDays}, in this step {clock.StepSuspendedDays}, late stops {clock.LateStops}; a suspension needs its start and cause, an extension its day).", $"计时状态不一致（中止天数{clock.SuspendedDays}，本环节{clock.StepSuspendedDays}，超期停止次数{clock.LateStops}；中止须有起始日和事由，延长须有批准日）。");
        }
    }

    private static bool Contains<T>(IReadOnlyList<T> list, T value)
    {
        for (var i = 0; i < list.Count; i++)
        {
            if (EqualityComparer<T>.Default.Equals(list[i], value))
            {
                return true;
            }
        }

        return false;
    }
}
