using System;
using System.Collections.Generic;
using System.Globalization;
using NodaTime;
using PowerGovernance.Internal;
using PowerGovernance.Powers;
using PowerGovernance.Validation;

namespace PowerGovernance.Procedures;

/// <content>Replay and verification (重放与核验): a history checked against its definition, event by event.</content>
public sealed partial class ProcedureEngine
{
    /// <summary>
    /// Rebuilds a snapshot from its events (replay) on the power and procedure version its start event records: checks the audit
    /// chain, starts the case as the first event did, re-fires every later event's trigger with its actor, post, instant,
    /// arguments and reason through the definition's rules, and checks each reproduces the stored event exactly (same hash).
    /// A history with an enforcement act needs the certificate registry overload.
    /// </summary>
    /// <param name="events">The case's events, in order, starting with the start event.</param>
    /// <returns>The snapshot after the last event, sealed.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="events"/> is null.</exception>
    /// <exception cref="InvalidOperationException">The chain is broken or empty, an event is not a permitted transition, or does not replay to itself; the message says which, in English and Chinese.</exception>
    public CaseSnapshot Replay(IReadOnlyList<CaseEvent> events) => Replay(null, null, events, null, null);

    /// <summary>
    /// Replays like <see cref="Replay(IReadOnlyList{CaseEvent})"/>, checking every enforcement act's recorded certificate against
    /// <paramref name="certificates"/>: registered, issued to the actor, valid that day.
    /// </summary>
    /// <param name="events">The case's events, in order, starting with the start event.</param>
    /// <param name="certificates">The certificates the host registered.</param>
    /// <returns>The snapshot after the last event, sealed.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="InvalidOperationException">The history does not replay; the message says why, in English and Chinese.</exception>
    public CaseSnapshot Replay(IReadOnlyList<CaseEvent> events, EnforcementCertificateRegistry certificates) =>
        Replay(null, null, events, Preconditions.CheckNotNull(certificates), null);

    /// <summary>
    /// Replays like <see cref="Replay(IReadOnlyList{CaseEvent})"/> and also checks that the start event records
    /// <paramref name="definitionId"/> and <paramref name="powerCode"/>: a history cannot be replayed under another power.
    /// </summary>
    /// <param name="definitionId">The procedure's id.</param>
    /// <param name="powerCode">The power exercised.</param>
    /// <param name="events">The case's events, in order, starting with the start event.</param>
    /// <returns>The snapshot after the last event, sealed.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="InvalidOperationException">The history was recorded under another power or procedure, or does not replay; the message says why.</exception>
    public CaseSnapshot Replay(string definitionId, PowerCode powerCode, IReadOnlyList<CaseEvent> events) =>
        Replay(Preconditions.CheckNotNull(definitionId), powerCode, events, null, null);

    /// <summary>
    /// Verifies a case as loaded from storage against its history (核验): the snapshot's seal and consistency
    /// (<see cref="CheckSnapshot"/>), the hash chain up to the snapshot's <see cref="CaseSnapshot.AuditHead"/>, every event a
    /// transition the recorded definition version permitted from the previous state by a permitted actor (enforcement acts
    /// against <paramref name="certificates"/>), and the replayed snapshot equal to the stored one. Load a case through this
    /// (or a store that calls it) before deciding anything on it; the supervision board then relies on verified loads and
    /// does not re-hash every case in a sweep.
    /// </summary>
    /// <param name="snapshot">The snapshot as stored.</param>
    /// <param name="events">Its events as stored, in order.</param>
    /// <param name="certificates">The certificates the host registered; needed when the history has an enforcement act.</param>
    /// <returns>Accepted, or every problem found (the history stops being checked at the first event that does not replay).</returns>
    /// <exception cref="ArgumentNullException"><paramref name="snapshot"/> or <paramref name="events"/> is null.</exception>
    public CaseVerification Verify(CaseSnapshot snapshot, IReadOnlyList<CaseEvent> events, EnforcementCertificateRegistry? certificates = null)
    {
        Preconditions.CheckNotNull(snapshot);
        Preconditions.CheckNotNull(events);
        var findings = new List<Finding>();
        if (Preconditions.MissingMember(snapshot) is { } missing)
        {
            findings.Add(Finding.Error(nameof(RejectionKind.SnapshotUntrusted), missing, null, $"The snapshot lacks {missing}.", $"办件快照缺少{missing}。"));
        }
        else if (CheckTrust(snapshot) is { } untrusted)
        {
            findings.AddRange(untrusted.Findings);
        }

        if (AuditChain.DigestProblem(events, Digest) is { } wrongDigest)
        {
            findings.Add(DigestDiffers(events, wrongDigest));
            return new CaseVerification(findings, 0);
        }

        var chain = AuditChain.Verify(events, snapshot.AuditHead ?? string.Empty, Digest);
        if (!chain.IsValid)
        {
            findings.Add(Finding.Error(HistoryRuleCodes.ChainBroken, Event(chain.FirstBrokenIndex ?? 0), null, $"The audit chain is broken at event {chain.FirstBrokenIndex}: {chain.Problem}", $"办件记录链在第{chain.FirstBrokenIndex}个事件处断裂（被改动、删除、插入、调换，或与快照记载的链头不符）。"));
            return new CaseVerification(findings, chain.FirstBrokenIndex);
        }

        var replayed = TryReplay(snapshot.DefinitionId, snapshot.PowerCode, events, certificates, null, out var problem, out var at, chainVerified: true);
        if (replayed is null)
        {
            findings.Add(problem!);
            return new CaseVerification(findings, at);
        }

        if (!SameContent(replayed, snapshot))
        {
            findings.Add(Finding.Error(HistoryRuleCodes.SnapshotDiffers, "Snapshot", null, $"The stored snapshot of case '{Bounded(snapshot.CaseId)}' is not the one its history produces (step '{Bounded(snapshot.Step)}' stored, '{replayed.Step}' replayed; version {snapshot.Version} stored, {replayed.Version} replayed): the row was edited, or saved from another history.", $"办件“{Bounded(snapshot.CaseId)}”存储的快照与其记录重放的结果不符（存储环节“{Bounded(snapshot.Step)}”，重放环节“{replayed.Step}”；存储版本{snapshot.Version}，重放版本{replayed.Version}）：数据被修改，或与记录不属同一历史。"));
        }

        return new CaseVerification(findings, null);
    }

    /// <summary>Replays, throwing on the first problem (the public replay's contract).</summary>
    internal CaseSnapshot Replay(string? definitionId, PowerCode? powerCode, IReadOnlyList<CaseEvent> events, EnforcementCertificateRegistry? certificates, Action<int, CaseSnapshot>? visit)
    {
        Preconditions.CheckNotNull(events);
        return TryReplay(definitionId, powerCode, events, certificates, visit, out var problem, out _)
            ?? throw new InvalidOperationException(problem!.Message + " " + problem.ChineseMessage);
    }

    private CaseSnapshot? TryReplay(string? definitionId, PowerCode? powerCode, IReadOnlyList<CaseEvent> events, EnforcementCertificateRegistry? certificates, Action<int, CaseSnapshot>? visit, out Finding? problem, out int? at, bool chainVerified = false)
    {
        if (!chainVerified && AuditChain.DigestProblem(events, Digest) is { } wrongDigest)
        {
            problem = DigestDiffers(events, wrongDigest);
            at = 0;
            return null;
        }

        var verification = chainVerified ? AuditVerification.Valid : AuditChain.Verify(events, Digest);
        if (!verification.IsValid)
        {
            return Fail(HistoryRuleCodes.ChainBroken, verification.FirstBrokenIndex ?? 0, $"The audit chain is broken at event {verification.FirstBrokenIndex}: {verification.Problem}", $"办件记录链在第{verification.FirstBrokenIndex}个事件处断裂。", out problem, out at);
        }

        if (events.Count == 0 || events[0].Trigger != StartTrigger)
        {
            return Fail(HistoryRuleCodes.StartMissing, 0, "A case's events start with a 'start' event.", "办件记录应以启动事件开始。", out problem, out at);
        }

        var first = events[0];
        var recorded = TriggerArguments.FromText(first.Arguments);
        if (!recorded.TryGetValue(PowerArgument, out var recordedPower) || !recorded.TryGetValue(DefinitionArgument, out var recordedDefinition)
            || !recorded.TryGetValue(DefinitionVersionArgument, out var versionText)
            || !int.TryParse(versionText, NumberStyles.None, CultureInfo.InvariantCulture, out var recordedVersion) || string.IsNullOrEmpty(recordedPower))
        {
            return Fail(HistoryRuleCodes.StartMissing, 0, "The start event does not record the power, the procedure and its version.", "启动事件未记载职权、办理程序及其版本。", out problem, out at);
        }

        var recordedCode = new PowerCode(recordedPower);
        if ((definitionId is not null && !string.Equals(definitionId, recordedDefinition, StringComparison.Ordinal)) || (powerCode is { } expected && expected != recordedCode))
        {
            return Fail(HistoryRuleCodes.RecordedUnderAnother, 0, $"The history was recorded under power '{Bounded(recordedPower)}' and procedure '{Bounded(recordedDefinition)}', not '{powerCode}' and '{Bounded(definitionId ?? recordedDefinition)}'.", $"该记录属于职权“{Bounded(recordedPower)}”、程序“{Bounded(recordedDefinition)}”，而非“{powerCode}”、“{Bounded(definitionId ?? recordedDefinition)}”。", out problem, out at);
        }

        if (!versionsById.TryGetValue(recordedDefinition, out var versions) || Array.Find(versions, d => d.Version == recordedVersion) is not { } definition)
        {
            return Fail(HistoryRuleCodes.DefinitionUnknown, 0, $"The engine does not know procedure '{Bounded(recordedDefinition)}' version {recordedVersion}, which the history was recorded on.", $"引擎中没有该记录所依据的程序“{Bounded(recordedDefinition)}”第{recordedVersion}版。", out problem, out at);
        }

        if (InvalidActor(events, 0) is { } badFirst)
        {
            return Fail(HistoryRuleCodes.TransitionRefused, 0, badFirst.English, badFirst.Chinese, out problem, out at);
        }

        // An actor is immutable and most histories have few: the last one is used again while name and post repeat, its id
        // not checked again (it passed the check when the actor was made).
        var lastActor = new Actor(first.Actor, first.Post);
        var lastPost = first.Post;
        var started = Start(definition, first.CaseId, recordedCode, lastActor, first.At);
        if (!started.IsAccepted)
        {
            return Fail(HistoryRuleCodes.TransitionRefused, 0, "Event 0 (start) does not replay: " + started.Message, "第0个事件（启动）无法重放：" + started.ChineseMessage, out problem, out at);
        }

        var snapshot = started.Snapshot;
        var e = started.Events[0];
        for (var i = 0; ; i++)
        {
            // The stored event names the calendar it was computed on; the engine replaying it may hold a newer one
            // (the notice replaced a provisional year). Every other member must replay exactly. The chain check above has
            // already shown that each stored hash is the hash of its stored content, so equal content is the same event:
            // comparing members spares hashing every event a second time.
            if (!e.EqualsBesidesHashAndCalendar(events[i]))
            {
                return Fail(HistoryRuleCodes.EventDiffers, i, $"Event {i} ({Bounded(events[i].Trigger)}) does not replay to itself: the recomputed event differs from the stored one.", $"第{i}个事件（{Bounded(events[i].Trigger)}）重放结果与存储的事件不符。", out problem, out at);
            }

            var replayed = snapshot.AuditHead == events[i].Hash ? snapshot : Seal.Apply(snapshot with { AuditHead = events[i].Hash });
            visit?.Invoke(i, replayed);
            if (i + 1 == events.Count)
            {
                problem = null;
                at = null;
                return replayed;
            }

            var stored = events[i + 1];
            var sameActor = string.Equals(stored.Actor, lastActor.Name, StringComparison.Ordinal);
            if (!sameActor && InvalidActor(events, i + 1) is { } bad)
            {
                return Fail(HistoryRuleCodes.TransitionRefused, i + 1, bad.English, bad.Chinese, out problem, out at);
            }

            var arguments = TriggerArguments.FromText(stored.Arguments);
            if (!sameActor || !string.Equals(stored.Post, lastPost, StringComparison.Ordinal))
            {
                lastActor = new Actor(stored.Actor, stored.Post);
                lastPost = stored.Post;
            }

            var actor = lastActor;
            if (arguments.TryGetValue(CertificateArgument, out var number))
            {
                // The event names the certificate used; only the host's registry says whether it was issued to this actor.
                if (certificates is null || !certificates.TryGet(number, out var certificate))
                {
                    return Fail(HistoryRuleCodes.CertificateNotRegistered, i + 1, $"Event {i + 1} ({Bounded(stored.Trigger)}) is an enforcement act under certificate '{Bounded(number)}', which {(certificates is null ? "cannot be checked: no certificate registry was given" : "is not registered")}.", $"第{i + 1}个事件（{Bounded(stored.Trigger)}）为执法行为，所用执法证“{Bounded(number)}”{(certificates is null ? "无法核验：未提供执法证件登记" : "未经登记")}。", out problem, out at);
                }

                actor = new Actor(stored.Actor, stored.Post) { Certificate = certificate };
            }

            if (arguments.TryGetValue(SecondOfficerCertificateArgument, out var secondNumber))
            {
                // An act by two officers (《行政处罚法》第四十二条): the second officer's certificate is checked against the registry too.
                if (!arguments.TryGetValue(SecondOfficerArgument, out var second) || Internal.PersonIds.Problem(second) is not null)
                {
                    return Fail(HistoryRuleCodes.TransitionRefused, i + 1, $"Event {i + 1} ({Bounded(stored.Trigger)}) records a second officer's certificate '{Bounded(secondNumber)}' without a valid second officer.", $"第{i + 1}个事件（{Bounded(stored.Trigger)}）记载了第二名执法人员的证号“{Bounded(secondNumber)}”，但未记载有效的第二名执法人员。", out problem, out at);
                }

                if (certificates is null || !certificates.TryGet(secondNumber, out var secondCertificate))
                {
                    return Fail(HistoryRuleCodes.CertificateNotRegistered, i + 1, $"Event {i + 1} ({Bounded(stored.Trigger)}) is an enforcement act whose second officer used certificate '{Bounded(secondNumber)}', which {(certificates is null ? "cannot be checked: no certificate registry was given" : "is not registered")}.", $"第{i + 1}个事件（{Bounded(stored.Trigger)}）为执法行为，第二名执法人员所用执法证“{Bounded(secondNumber)}”{(certificates is null ? "无法核验：未提供执法证件登记" : "未经登记")}。", out problem, out at);
                }

                actor = new Actor(stored.Actor, stored.Post) { Certificate = actor.Certificate, SecondOfficer = new Actor(second) { Certificate = secondCertificate } };
            }

            // The stored hash stands for the recomputed event's: the chain check showed it is the hash of the stored event, and
            // the comparison at the top of the loop shows the recomputed event has the same content.
            var result = Fire(replayed, stored.Trigger, actor, stored.At, arguments, stored.Reason, expectedVersion: null, recordedHash: stored.Hash);
            if (!result.IsAccepted)
            {
                return Fail(HistoryRuleCodes.TransitionRefused, i + 1, $"Event {i + 1} ({Bounded(stored.Trigger)}) is not a transition the definition permits: {result.Message}", $"第{i + 1}个事件（{Bounded(stored.Trigger)}）不是程序允许的办理动作：{result.ChineseMessage}", out problem, out at);
            }

            snapshot = result.Snapshot;
            e = result.Events[0];
        }
    }

    /// <summary>The finding that a history was hashed with another digest than this engine's.</summary>
    private static Finding DigestDiffers(IReadOnlyList<CaseEvent> events, (string English, string Chinese) why) =>
        Finding.Error(HistoryRuleCodes.DigestDiffers, Event(0) + ".Arguments", Bounded(AuditChain.RecordedDigest(events)), why.English, why.Chinese);

    private static CaseSnapshot? Fail(string code, int index, string english, string chinese, out Finding? problem, out int? at)
    {
        problem = Finding.Error(code, Event(index), null, english, chinese);
        at = index;
        return null;
    }

    /// <summary>Why the actor an event records is not a person id an <see cref="Actor"/> can have (a forged event), or null.</summary>
    private static (string English, string Chinese)? InvalidActor(IReadOnlyList<CaseEvent> events, int index)
    {
        var e = events[index];
        return Internal.PersonIds.Problem(e.Actor) is { } why
            ? ($"Event {index} ({Bounded(e.Trigger)}) records an actor who cannot act: {why.English}", $"第{index}个事件（{Bounded(e.Trigger)}）记载的办理人无效：{why.Chinese}")
            : null;
    }

    private static string Event(int index) => "Events[" + index.ToString(CultureInfo.InvariantCulture) + "]";

    /// <summary>Whether two snapshots agree in every member but the seal (a replay under another key seals differently).</summary>
    private static bool SameContent(CaseSnapshot a, CaseSnapshot b) => a == b with { Seal = a.Seal };
}
