using System;
using System.Collections.Generic;
using System.Linq;
using NodaTime;
using PowerGovernance.Procedures;
using PowerGovernance.Internal;

namespace PowerGovernance.Accountability;

/// <summary>
/// One accountability case as the host stores it (问责案件): the engine's <see cref="CaseSnapshot"/> and what the audited events
/// say about the people: the subject, the investigators, the reviewers, those who stepped aside, the conduct established, the
/// statements heard, and the decision. Immutable; <see cref="AccountabilityProceedings.Replay"/> rebuilds it from the events, so
/// the audit chain is its source of truth. <see cref="EarlierDecisions"/> is the one input from outside the chain: the subject's
/// record, which the host loads when it opens or replays the case.
/// </summary>
/// <param name="Snapshot">The engine's case snapshot.</param>
/// <param name="Subject">
/// The person the case is about (被调查人), as the <see cref="Actor.Name"/> they act under, as registered. Recusal is enforced by the
/// engine from the snapshot's <see cref="CaseSnapshot.Parties"/>, not from this member.
/// </param>
/// <param name="Matter">The circumstance (问责情形).</param>
/// <param name="Source">Where the matter came from (线索来源).</param>
/// <param name="EarlierDecisions">The dates of the subject's earlier accountability decisions (被问责记录).</param>
public sealed record AccountabilityCase(
    CaseSnapshot Snapshot,
    string Subject,
    AccountabilityMatter Matter,
    AccountabilitySource Source,
    IReadOnlyList<LocalDate> EarlierDecisions)
{
    /// <summary>Everyone ever assigned to the investigation group, in order (those who later stepped aside included), from the snapshot's <see cref="CaseSnapshot.Parties"/>.</summary>
    public IReadOnlyList<string> Investigators => Snapshot.Parties.InRole(AccountabilityProcedure.Roles.Investigator);

    /// <summary>Everyone assigned to the review panel, in order, from the snapshot's <see cref="CaseSnapshot.Parties"/>.</summary>
    public IReadOnlyList<string> Reviewers => Snapshot.Parties.InRole(AccountabilityProcedure.Roles.Reviewer);

    /// <summary>Everyone who declared an interest and stepped aside (回避), in order, from the snapshot's <see cref="CaseSnapshot.Parties"/>.</summary>
    public IReadOnlyList<string> Recused => Snapshot.Parties.InRole(AccountabilityProcedure.Roles.Recused);

    /// <summary>
    /// Whoever instructed or proposed the accountability (作出问责批示、提出问责建议的单位或个人), as registered, or <see langword="null"/>
    /// when the matter came without one; they are told the result (<see cref="ProposerInformed"/>).
    /// </summary>
    public string? Proposer { get; init; }

    /// <summary>The date the proposer was told the result (问责情况告知), or <see langword="null"/> while not told or when there is no proposer.</summary>
    public LocalDate? ProposerInformed { get; init; }

    /// <summary>The aggravating conduct the investigation established, in order.</summary>
    public IReadOnlyList<AggravatingFactor> EstablishedConduct { get; init; } = Array.Empty<AggravatingFactor>();

    /// <summary>The subject's statements and defences as heard (陈述、申辩). Recorded, and never an input to the <see cref="SanctionPolicy"/>.</summary>
    public IReadOnlyList<string> Statements { get; init; } = Array.Empty<string>();

    /// <summary>Whether the subject's duties were suspended during the investigation for obstructing it (暂停执行职务).</summary>
    public bool DutiesSuspended { get; init; }

    /// <summary>The decided tier, once the committee decided.</summary>
    public SeverityTier? Tier { get; init; }

    /// <summary>The sanctions in force: as decided, or as varied on review.</summary>
    public IReadOnlyList<Sanction> Sanctions { get; init; } = Array.Empty<Sanction>();

    /// <summary>The referrals decided.</summary>
    public Referral Referrals { get; init; }

    /// <summary>The date the decision was made, once decided; it is not in force before it is served (<see cref="DecisionReceived"/>).</summary>
    public LocalDate? Decided { get; init; }

    /// <summary>The date the decision was served on the subject (送达): the decision is in force from this date, and the appeal window runs from it.</summary>
    public LocalDate? DecisionReceived { get; init; }

    /// <summary>The date an appeal was filed, if any.</summary>
    public LocalDate? AppealFiled { get; init; }

    /// <summary>The investigators still on the case: assigned and not stepped aside.</summary>
    public IEnumerable<string> ActiveInvestigators
    {
        get
        {
            foreach (var person in Investigators)
            {
                if (!Recused.Contains(person, StringComparer.Ordinal))
                {
                    yield return person;
                }
            }
        }
    }

    /// <summary>Returns whether <paramref name="other"/> has equal members, the lists element by element (值相等).</summary>
    /// <param name="other">The other value.</param>
    /// <returns><see langword="true"/> when every member is equal.</returns>
    public bool Equals(AccountabilityCase? other) =>
        other is not null
        && Equals(Snapshot, other.Snapshot)
        && Subject == other.Subject
        && Equals(Matter, other.Matter)
        && Source == other.Source
        && Proposer == other.Proposer
        && ProposerInformed == other.ProposerInformed
        && ValueEquality.SequenceEqual(EarlierDecisions, other.EarlierDecisions)
        && ValueEquality.SequenceEqual(EstablishedConduct, other.EstablishedConduct)
        && ValueEquality.SequenceEqual(Statements, other.Statements)
        && DutiesSuspended == other.DutiesSuspended
        && Tier == other.Tier
        && ValueEquality.SequenceEqual(Sanctions, other.Sanctions)
        && Referrals == other.Referrals
        && Decided == other.Decided
        && DecisionReceived == other.DecisionReceived
        && AppealFiled == other.AppealFiled;

    /// <summary>Returns a hash code consistent with <see cref="Equals(AccountabilityCase)"/>.</summary>
    /// <returns>The hash code.</returns>
    public override int GetHashCode() => HashCode.Combine(Snapshot, Subject, Matter, Source);
}
