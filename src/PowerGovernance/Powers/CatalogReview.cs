using System;
using System.Collections.Generic;
using System.Collections.ObjectModel;
using System.Linq;
using NodaTime;
using PowerGovernance.Internal;

namespace PowerGovernance.Powers;

/// <summary>
/// The catalog's review lifecycle as pure functions over <see cref="CatalogReviewRound"/> values
/// (DOMAIN §1): draft → collectively reviewed → signed by the head → declared to the legal-affairs
/// office → each item confirmed, abolished or to be clarified → published. A published catalog
/// changes only through a new round.
/// </summary>
/// <remarks>
/// Every function returns a <see cref="CatalogReviewResult"/>: accepted with the next round, or
/// rejected with the reason and the round unchanged. Nothing reads a clock: the caller passes the
/// instant from its <see cref="IClock"/>. Out-of-order steps are rejected, never skipped.
/// </remarks>
public static class CatalogReview
{
    /// <summary>Starts a round that proposes <paramref name="changes"/> to the catalog in force.</summary>
    /// <param name="inForce">The published catalog in force, or <see cref="PowerCatalog.Empty"/> for the first catalog.</param>
    /// <param name="changes">The proposed additions, amendments and abolitions.</param>
    /// <param name="actor">Who drafted it (e.g. the office that cleared the powers).</param>
    /// <param name="at">When.</param>
    /// <returns>The new round at <see cref="CatalogReviewStage.Draft"/>, or a rejection when the changes do not fit the catalog.</returns>
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
            return Reject(empty, "A review round needs at least one change.");
        }

        PowerCatalog draft;
        try
        {
            draft = inForce.Apply(changes);
        }
        catch (InvalidCatalogException e)
        {
            return Reject(empty, e.Message);
        }

        var underReview = inForce.Count == 0
            ? draft.Powers.Select(p => p.Code)
            : changes.Changes.Where(c => c.Kind != CatalogChangeKind.Abolish).Select(c => c.Code);
        var decisions = new ReadOnlyDictionary<PowerCode, ItemDecision>(underReview.ToDictionary(code => code, _ => ItemDecision.Pending));
        var round = new CatalogReviewRound(number, inForce, draft, changes, decisions);
        return Accept(round with { History = [new CatalogReviewEvent(CatalogReviewStage.Draft, "Drafted", actor, at, null)] });
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

    /// <summary>Records the legal-affairs office's decision on one item under review.</summary>
    /// <param name="round">A round at <see cref="CatalogReviewStage.Declared"/>.</param>
    /// <param name="code">An item under review.</param>
    /// <param name="decision">Confirmed, abolished or to be clarified.</param>
    /// <param name="office">The deciding office.</param>
    /// <param name="at">When.</param>
    /// <param name="note">The reasons, or <see langword="null"/>.</param>
    /// <returns>The result.</returns>
    public static CatalogReviewResult Decide(CatalogReviewRound round, PowerCode code, ItemDecision decision, string office, Instant at, string? note = null)
    {
        Preconditions.CheckNotNull(round);
        Preconditions.CheckNotNull(office);
        if (round.Stage != CatalogReviewStage.Declared)
        {
            return Reject(round, $"Items are decided after the catalog is declared; round {round.Number} is at {round.Stage}.");
        }

        if (!round.Decisions.ContainsKey(code))
        {
            return Reject(round, $"'{code}' is not an item under review in round {round.Number}.");
        }

        if (decision is not (ItemDecision.Confirmed or ItemDecision.Abolished or ItemDecision.ToBeClarified))
        {
            return Reject(round, $"'{decision}' is not a decision; decide Confirmed, Abolished or ToBeClarified.");
        }

        var decisions = new ReadOnlyDictionary<PowerCode, ItemDecision>(new Dictionary<PowerCode, ItemDecision>(round.Decisions) { [code] = decision });
        return Accept(round with
        {
            Decisions = decisions,
            History = [.. round.History, new CatalogReviewEvent(CatalogReviewStage.Declared, $"Decided {code}: {decision}", office, at, note)],
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
            return Reject(round, $"'{clarified.Code}' is not an item to be clarified in round {round.Number}.");
        }

        var draft = new PowerCatalog(round.Draft.Powers.Select(p => p.Code == clarified.Code ? clarified : p), round.Draft.Version);
        var decisions = new ReadOnlyDictionary<PowerCode, ItemDecision>(new Dictionary<PowerCode, ItemDecision>(round.Decisions) { [clarified.Code] = ItemDecision.Pending });
        return Accept(round with
        {
            Draft = draft,
            Decisions = decisions,
            History = [.. round.History, new CatalogReviewEvent(CatalogReviewStage.Declared, $"Clarified {clarified.Code}", actor, at, note)],
        });
    }

    /// <summary>
    /// Publishes the catalog (公布): the draft without the items the legal-affairs office abolished,
    /// as the next version. Every item under review must be confirmed or abolished.
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
            return Reject(round, $"A catalog is published after the legal-affairs office has decided every item; round {round.Number} is at {round.Stage}.");
        }

        var open = round.OpenItems;
        if (open.Count > 0)
        {
            return Reject(round, $"{open.Count} item(s) still need a decision: {string.Join(", ", open)}.");
        }

        var abolished = round.Decisions.Where(d => d.Value == ItemDecision.Abolished).Select(d => d.Key).ToHashSet();
        var published = new PowerCatalog(round.Draft.Powers.Where(p => !abolished.Contains(p.Code)), round.Draft.Version);
        return Accept(round with
        {
            Stage = CatalogReviewStage.Published,
            Result = published,
            History = [.. round.History, new CatalogReviewEvent(CatalogReviewStage.Published, "Published", actor, at, null)],
        });
    }

    private static CatalogReviewResult Advance(CatalogReviewRound round, CatalogReviewStage from, CatalogReviewStage to, string action, string actor, Instant at, string? note)
    {
        Preconditions.CheckNotNull(round);
        Preconditions.CheckNotNull(actor);
        if (round.Stage != from)
        {
            return Reject(round, $"'{action}' needs a round at {from}; round {round.Number} is at {round.Stage}.");
        }

        return Accept(round with
        {
            Stage = to,
            History = [.. round.History, new CatalogReviewEvent(to, action, actor, at, note)],
        });
    }

    private static CatalogReviewResult Accept(CatalogReviewRound round) => new(true, round, null);

    private static CatalogReviewResult Reject(CatalogReviewRound round, string reason) => new(false, round, reason);
}
