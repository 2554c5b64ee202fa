using System;
using System.Collections.Generic;
using System.Linq;
using PowerGovernance.Internal;

namespace PowerGovernance.Powers;

/// <summary>
/// One review round of the catalog (一轮职权目录审核) as data: the catalog in force, the proposed draft,
/// the stage reached, the legal-affairs office's decision on each item under review, and the history.
/// Advance it with the pure functions of <see cref="CatalogReview"/>; the host stores the value.
/// </summary>
public sealed record CatalogReviewRound
{
    internal CatalogReviewRound(int number, PowerCatalog inForce, PowerCatalog draft, CatalogChangeSet changes, IReadOnlyDictionary<PowerCode, ItemDecision> decisions)
    {
        Number = number;
        InForce = inForce;
        Draft = draft;
        Changes = changes;
        Decisions = decisions;
    }

    /// <summary>Gets the round number: 1 for the first catalog, then one more per round.</summary>
    public int Number { get; }

    /// <summary>Gets the stage reached.</summary>
    public CatalogReviewStage Stage { get; internal init; }

    /// <summary>Gets the catalog in force when the round started (<see cref="PowerCatalog.Empty"/> for the first round).</summary>
    public PowerCatalog InForce { get; }

    /// <summary>Gets the proposed catalog: the one in force with <see cref="Changes"/> applied, and any clarifications.</summary>
    public PowerCatalog Draft { get; internal init; }

    /// <summary>Gets the changes the round proposes.</summary>
    public CatalogChangeSet Changes { get; }

    /// <summary>
    /// Gets the decision on each item under review: every power of the draft in the first round; in later
    /// rounds, the added and amended powers and every power in force without a legal basis that the change set
    /// does not abolish (凡无合法依据的，应予以废止); abolitions proposed by the change set need no item decision.
    /// </summary>
    public IReadOnlyDictionary<PowerCode, ItemDecision> Decisions { get; internal init; }

    /// <summary>Gets what happened in the round, in order.</summary>
    public IReadOnlyList<CatalogReviewEvent> History { get; internal init; } = [];

    /// <summary>Gets the published catalog once <see cref="Stage"/> is <see cref="CatalogReviewStage.Published"/>; otherwise <see langword="null"/>.</summary>
    public PowerCatalog? Result { get; internal init; }

    /// <summary>Gets the items still without a final decision (pending or to be clarified), in code order.</summary>
    public IReadOnlyList<PowerCode> OpenItems =>
        Decisions.Where(d => d.Value is ItemDecision.Pending or ItemDecision.ToBeClarified).Select(d => d.Key).Order().ToArray();

    /// <summary>Returns whether <paramref name="other"/> has equal members, the catalogs by version and powers in order, the changes, decisions and history element by element (值相等).</summary>
    /// <param name="other">The other value.</param>
    /// <returns><see langword="true"/> when every member is equal.</returns>
    public bool Equals(CatalogReviewRound? other) =>
        other is not null
        && Number == other.Number
        && Stage == other.Stage
        && SameCatalog(InForce, other.InForce)
        && SameCatalog(Draft, other.Draft)
        && (ReferenceEquals(Changes, other.Changes) || (Changes is not null && other.Changes is not null && ValueEquality.SequenceEqual(Changes.Changes, other.Changes.Changes)))
        && ValueEquality.DictionaryEqual(Decisions, other.Decisions)
        && ValueEquality.SequenceEqual(History, other.History)
        && SameCatalog(Result, other.Result);

    /// <summary>Returns a hash code consistent with <see cref="Equals(CatalogReviewRound)"/>.</summary>
    /// <returns>The hash code.</returns>
    public override int GetHashCode() => HashCode.Combine(Number, Stage, InForce?.Version, InForce?.Count);

    private static bool SameCatalog(PowerCatalog? left, PowerCatalog? right) =>
        ReferenceEquals(left, right) || (left is not null && right is not null && left.Version == right.Version && ValueEquality.SequenceEqual(left, right));
}
