using System;
using System.Collections.Generic;
using System.Collections.ObjectModel;
using System.Globalization;
using System.Linq;
using NodaTime;
using PowerGovernance.Internal;
using PowerGovernance.Validation;

namespace PowerGovernance.Powers;

/// <summary>
/// The catalog's review lifecycle as pure functions over <see cref="CatalogReviewRound"/> values
/// (职权目录审核流程): draft → collectively reviewed → signed by the head → declared to the legal-affairs
/// office → each item confirmed, abolished or to be clarified → published. A published catalog
/// changes only through a new round.
/// </summary>
/// <remarks>
/// <para>
/// Every function returns a <see cref="CatalogReviewResult"/>: accepted with the next round, or
/// refused with findings in English and Simplified Chinese and the round unchanged. Nothing reads a
/// clock: the caller passes the instant from its <see cref="IClock"/>. Out-of-order steps are rejected,
/// never skipped.
/// </para>
/// <para>
/// 凡无合法依据的，应予以废止 (a power without a legal basis is to be abolished): such a power
/// (<see cref="Power.HasLegalBasis"/> is <see langword="false"/>) is always under review, cannot be
/// confirmed (<see cref="Decide"/> rejects it), and so never reaches a published catalog: it is abolished,
/// or sent back to be clarified with its basis.
/// </para>
/// </remarks>
public static class CatalogReview
{
    /// <summary>Starts a round that proposes <paramref name="changes"/> to the catalog in force.</summary>
    /// <param name="inForce">The published catalog in force, or <see cref="PowerCatalog.Empty"/> for the first catalog.</param>
    /// <param name="changes">The proposed additions, amendments and abolitions.</param>
    /// <param name="actor">Who drafted it (e.g. the office that cleared the powers).</param>
    /// <param name="at">When.</param>
    /// <returns>The new round at <see cref="CatalogReviewStage.Draft"/>, or a rejection when the changes do not fit the catalog.</returns>
    /// <remarks>
    /// The items under review (<see cref="CatalogReviewRound.Decisions"/>) are every power of the draft in the
    /// first round; in later rounds, the added and amended powers, and every power in force that has no legal
    /// basis and is not abolished by <paramref name="changes"/> (it must now be abolished or clarified,
    /// 凡无合法依据的，应予以废止).
    /// </remarks>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public static CatalogReviewResult Start(PowerCatalog inForce, CatalogChangeSet changes, string actor, Instant at)
    {
        Preconditions.CheckNotNull(inForce);
        Preconditions.CheckNotNull(changes);
        Preconditions.CheckNotNull(actor);
        var number = inForce.Version + 1;
        var empty = new CatalogReviewRound(number, inForce, inForce, changes, ReadOnlyDictionary<PowerCode, ItemDecision>.Empty);
        if (changes.Changes.Count == 0)
        {
            return Reject(empty, CatalogReviewRuleCodes.ReviewWithoutChanges, nameof(CatalogReviewRound.Changes), null, "A review round needs at least one change.", "审核轮次至少须有一项变更。");
        }

        PowerCatalog draft;
        try
        {
            draft = inForce.Apply(changes);
        }
        catch (InvalidCatalogException e)
        {
            return new CatalogReviewResult(empty, e.Findings);
        }

        var underReview = inForce.Count == 0
            ? draft.Powers.Select(p => p.Code)
            : changes.Changes.Where(c => c.Kind != CatalogChangeKind.Abolish).Select(c => c.Code)
                .Union(draft.Powers.Where(p => !p.HasLegalBasis).Select(p => p.Code));
        var decisions = new ReadOnlyDictionary<PowerCode, ItemDecision>(underReview.ToDictionary(code => code, _ => ItemDecision.Pending));
        var round = new CatalogReviewRound(number, inForce, draft, changes, decisions);
        return Accept(round with { History = [new CatalogReviewEvent(CatalogReviewStage.Draft, "Drafted", actor, at, null) { ChineseAction = "起草职权目录" }] });
    }

    /// <summary>Records the leadership's collective review (集体审议).</summary>
    /// <param name="round">A round at <see cref="CatalogReviewStage.Draft"/>.</param>
    /// <param name="meeting">The meeting, e.g. <c>镇党委会议</c>.</param>
    /// <param name="at">When.</param>
    /// <param name="note">The minutes reference, or <see langword="null"/>.</param>
    /// <returns>The result.</returns>
    public static CatalogReviewResult ReviewCollectively(CatalogReviewRound round, string meeting, Instant at, string? note = null) =>
        Advance(round, CatalogReviewStage.Draft, CatalogReviewStage.CollectivelyReviewed, "Collectively reviewed", meeting, at, note);

    /// <summary>Records the head's signature (主要负责人签字).</summary>
    /// <param name="round">A round at <see cref="CatalogReviewStage.CollectivelyReviewed"/>.</param>
    /// <param name="head">The head who signs.</param>
    /// <param name="at">When.</param>
    /// <param name="note">A note, or <see langword="null"/>.</param>
    /// <returns>The result.</returns>
    public static CatalogReviewResult Sign(CatalogReviewRound round, string head, Instant at, string? note = null) =>
        Advance(round, CatalogReviewStage.CollectivelyReviewed, CatalogReviewStage.SignedByHead, "Signed", head, at, note);

    /// <summary>Records the declaration to the legal-affairs office (申报法制办), which then decides on each item.</summary>
    /// <param name="round">A round at <see cref="CatalogReviewStage.SignedByHead"/>.</param>
    /// <param name="office">The legal-affairs office.</param>
    /// <param name="at">When.</param>
    /// <param name="note">A note, or <see langword="null"/>.</param>
    /// <returns>The result.</returns>
    public static CatalogReviewResult Declare(CatalogReviewRound round, string office, Instant at, string? note = null) =>
        Advance(round, CatalogReviewStage.SignedByHead, CatalogReviewStage.Declared, "Declared", office, at, note);

    /// <summary>
    /// Records the legal-affairs office's decision on one item under review (逐项审核): 凡无合法依据的，应予以废止；
    /// 凡职责不清的，应依法予以明确；凡符合规定要求的，应依法予以确认. An item without a legal basis
    /// (<see cref="Power.HasLegalBasis"/> is <see langword="false"/>) cannot be confirmed: the decision is rejected,
    /// and the office abolishes it or sends it back to be clarified with its basis.
    /// </summary>
    /// <param name="round">A round at <see cref="CatalogReviewStage.Declared"/>.</param>
    /// <param name="code">An item under review.</param>
    /// <param name="decision">Confirmed, abolished or to be clarified.</param>
    /// <param name="office">The deciding office.</param>
    /// <param name="at">When.</param>
    /// <param name="note">The reasons, or <see langword="null"/>.</param>
    /// <returns>
    /// The result; rejected when the round is not declared, the item is not under review, the decision is
    /// <see cref="ItemDecision.Pending"/> or undefined, or it confirms an item without a legal basis.
    /// </returns>
    public static CatalogReviewResult Decide(CatalogReviewRound round, PowerCode code, ItemDecision decision, string office, Instant at, string? note = null)
    {
        Preconditions.CheckNotNull(round);
        Preconditions.CheckNotNull(office);
        if (round.Stage != CatalogReviewStage.Declared)
        {
            return Reject(
                round,
                CatalogReviewRuleCodes.ReviewStepOutOfOrder,
                nameof(CatalogReviewRound.Stage),
                Invariant($"{round.Stage}"),
                Invariant($"Items are decided after the catalog is declared; round {round.Number} is at {round.Stage}."),
                Invariant($"职权目录申报后方可逐项审核；第{round.Number}轮审核处于“{Terms.ChineseName(round.Stage)}”阶段。"));
        }

        if (!round.Decisions.ContainsKey(code))
        {
            return Reject(
                round,
                CatalogReviewRuleCodes.NotUnderReview,
                DecisionPath(code),
                code.Value,
                Invariant($"'{code}' is not an item under review in round {round.Number}."),
                Invariant($"“{code}”不是第{round.Number}轮审核的事项。"));
        }

        if (decision is not (ItemDecision.Confirmed or ItemDecision.Abolished or ItemDecision.ToBeClarified))
        {
            return Reject(
                round,
                CatalogReviewRuleCodes.DecisionUndefined,
                DecisionPath(code),
                Invariant($"{decision}"),
                Invariant($"'{decision}' is not a decision; decide Confirmed, Abolished or ToBeClarified."),
                Invariant($"“{decision}”不是审核决定，应为予以确认（Confirmed）、予以废止（Abolished）或予以明确（ToBeClarified）。"));
        }

        if (decision == ItemDecision.Confirmed && round.Draft.TryGet(code, out var power) && !power.HasLegalBasis)
        {
            var name = string.IsNullOrWhiteSpace(power.Name) ? string.Empty : power.Name.Trim();
            return Reject(
                round,
                CatalogRuleCodes.LegalBasisMissing,
                DecisionPath(code),
                code.Value,
                Invariant($"'{code}'{(name.Length == 0 ? string.Empty : " (" + name + ")")} has no legal basis (权力依据), so it cannot be confirmed: a power without a legal basis is to be abolished (凡无合法依据的，应予以废止). Decide Abolished, or ToBeClarified to have its legal basis stated."),
                Invariant($"“{code}”{(name.Length == 0 ? string.Empty : "（" + name + "）")}无合法依据，不能予以确认；凡无合法依据的，应予以废止。应决定予以废止，或退回予以明确其法律依据。"));
        }

        var decisions = new ReadOnlyDictionary<PowerCode, ItemDecision>(new Dictionary<PowerCode, ItemDecision>(round.Decisions) { [code] = decision });
        return Accept(round with
        {
            Decisions = decisions,
            History = [.. round.History, new CatalogReviewEvent(CatalogReviewStage.Declared, $"Decided {code}: {decision}", office, at, note) { ChineseAction = Invariant($"审核{code}：{Terms.ChineseName(decision)}") }],
        });
    }

    /// <summary>
    /// Replaces an item sent back for clarification with its clarified version; the item is then
    /// pending again and needs a new decision.
    /// </summary>
    /// <param name="round">A round at <see cref="CatalogReviewStage.Declared"/>.</param>
    /// <param name="clarified">The clarified power, with the same code as an item <see cref="ItemDecision.ToBeClarified"/>.</param>
    /// <param name="actor">Who clarified it.</param>
    /// <param name="at">When.</param>
    /// <param name="note">What was clarified, or <see langword="null"/>.</param>
    /// <returns>The result.</returns>
    public static CatalogReviewResult Clarify(CatalogReviewRound round, Power clarified, string actor, Instant at, string? note = null)
    {
        Preconditions.CheckNotNull(round);
        Preconditions.CheckNotNull(clarified);
        Preconditions.CheckNotNull(actor);
        if (round.Stage != CatalogReviewStage.Declared
            || !round.Decisions.TryGetValue(clarified.Code, out var decision)
            || decision != ItemDecision.ToBeClarified)
        {
            return Reject(
                round,
                CatalogReviewRuleCodes.NotUnderReview,
                DecisionPath(clarified.Code),
                clarified.Code.Value,
                Invariant($"'{clarified.Code}' is not an item to be clarified in round {round.Number}."),
                Invariant($"“{clarified.Code}”不是第{round.Number}轮审核中待明确的事项。"));
        }

        var draft = new PowerCatalog(round.Draft.Powers.Select(p => p.Code == clarified.Code ? clarified : p), round.Draft.Version);
        var decisions = new ReadOnlyDictionary<PowerCode, ItemDecision>(new Dictionary<PowerCode, ItemDecision>(round.Decisions) { [clarified.Code] = ItemDecision.Pending });
        return Accept(round with
        {
            Draft = draft,
            Decisions = decisions,
            History = [.. round.History, new CatalogReviewEvent(CatalogReviewStage.Declared, $"Clarified {clarified.Code}", actor, at, note) { ChineseAction = Invariant($"明确{clarified.Code}") }],
        });
    }

    /// <summary>
    /// Publishes the catalog (公布): the draft without the items the legal-affairs office abolished,
    /// as the next version. Every item under review must be confirmed or abolished; since an item without a
    /// legal basis cannot be confirmed, a published catalog never lists one (凡无合法依据的，应予以废止).
    /// </summary>
    /// <param name="round">A round at <see cref="CatalogReviewStage.Declared"/> with no open items.</param>
    /// <param name="actor">Who publishes it.</param>
    /// <param name="at">When.</param>
    /// <returns>The result; when accepted, <see cref="CatalogReviewRound.Result"/> holds the published catalog.</returns>
    public static CatalogReviewResult Publish(CatalogReviewRound round, string actor, Instant at)
    {
        Preconditions.CheckNotNull(round);
        Preconditions.CheckNotNull(actor);
        if (round.Stage != CatalogReviewStage.Declared)
        {
            return Reject(
                round,
                CatalogReviewRuleCodes.ReviewStepOutOfOrder,
                nameof(CatalogReviewRound.Stage),
                Invariant($"{round.Stage}"),
                Invariant($"A catalog is published after the legal-affairs office has decided every item; round {round.Number} is at {round.Stage}."),
                Invariant($"法制办逐项审核完毕后方可公布职权目录；第{round.Number}轮审核处于“{Terms.ChineseName(round.Stage)}”阶段。"));
        }

        var open = round.OpenItems;
        if (open.Count > 0)
        {
            return Reject(
                round,
                CatalogReviewRuleCodes.DecisionsOpen,
                nameof(CatalogReviewRound.Decisions),
                string.Join(", ", open),
                Invariant($"{open.Count} item(s) still need a decision: {string.Join(", ", open)}."),
                Invariant($"尚有{open.Count}个事项未作审核决定：{string.Join("、", open)}。"));
        }

        var abolished = round.Decisions.Where(d => d.Value == ItemDecision.Abolished).Select(d => d.Key).ToHashSet();
        var published = new PowerCatalog(round.Draft.Powers.Where(p => !abolished.Contains(p.Code)), round.Draft.Version);
        return Accept(round with
        {
            Stage = CatalogReviewStage.Published,
            Result = published,
            History = [.. round.History, new CatalogReviewEvent(CatalogReviewStage.Published, "Published", actor, at, null) { ChineseAction = "公布职权目录" }],
        });
    }

    private static CatalogReviewResult Advance(CatalogReviewRound round, CatalogReviewStage from, CatalogReviewStage to, string action, string actor, Instant at, string? note)
    {
        Preconditions.CheckNotNull(round);
        Preconditions.CheckNotNull(actor);
        if (round.Stage != from)
        {
            return Reject(
                round,
                CatalogReviewRuleCodes.ReviewStepOutOfOrder,
                nameof(CatalogReviewRound.Stage),
                Invariant($"{round.Stage}"),
                Invariant($"'{action}' needs a round at {from}; round {round.Number} is at {round.Stage}."),
                Invariant($"“{ActionChinese(to)}”须在“{Terms.ChineseName(from)}”阶段进行；第{round.Number}轮审核处于“{Terms.ChineseName(round.Stage)}”阶段。"));
        }

        return Accept(round with
        {
            Stage = to,
            History = [.. round.History, new CatalogReviewEvent(to, action, actor, at, note) { ChineseAction = ActionChinese(to) }],
        });
    }

    private static CatalogReviewResult Accept(CatalogReviewRound round) => new(round, []);

    private static CatalogReviewResult Reject(CatalogReviewRound round, string code, string path, string? value, string reason, string chineseReason) =>
        new(round, [Finding.Error(code, path, value, reason, chineseReason)]);

    private static string DecisionPath(PowerCode code) => "Decisions[" + code.Value + "]";

    private static string ActionChinese(CatalogReviewStage reached) => reached switch
    {
        CatalogReviewStage.CollectivelyReviewed => "集体审议",
        CatalogReviewStage.SignedByHead => "主要负责人签字",
        CatalogReviewStage.Declared => "申报法制办",
        _ => Invariant($"{reached}"),
    };

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
