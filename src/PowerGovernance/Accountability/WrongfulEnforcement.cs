using System;
using System.Collections.Generic;
using NodaTime;
using PowerGovernance.Internal;
using PowerGovernance.Procedures;

namespace PowerGovernance.Accountability;

/// <summary>
/// An enforcement act found unlawful or improper (行政执法过错), linked to the accountability matters: every officer the act's
/// event records (the actor and, for an act by two officers, the second officer) answers for it under
/// <see cref="AccountabilityMatter.WrongfulEnforcement"/> (the township's enforcement-responsibility rules, 行政执法责任制 5:
/// 对行政执法主体及其行政执法人员违法或不当的行政执法行为……依法追究其过错责任). Built from the event, so the officers are those
/// the audit chain names, never those someone remembers; open a case against each with
/// <see cref="AccountabilityProceedings.Open"/> and <see cref="Matter"/>.
/// </summary>
public sealed record WrongfulEnforcement
{
    private WrongfulEnforcement(CaseEvent act, string[] officers, string[] certificates)
    {
        CaseId = act.CaseId;
        Sequence = act.Sequence;
        Trigger = act.Trigger;
        At = act.At;
        Officers = Array.AsReadOnly(officers);
        Certificates = Array.AsReadOnly(certificates);
    }

    /// <summary>Gets the case the act belongs to.</summary>
    public string CaseId { get; }

    /// <summary>Gets the act's sequence number in the case.</summary>
    public long Sequence { get; }

    /// <summary>Gets the trigger fired, e.g. <c>inspect</c>.</summary>
    public string Trigger { get; }

    /// <summary>Gets when the act was done.</summary>
    public Instant At { get; }

    /// <summary>Gets the officers who answer for the act, by person id: the actor first, then the second officer when there was one.</summary>
    public IReadOnlyList<string> Officers { get; }

    /// <summary>Gets the certificate numbers the act was done under, in the order of <see cref="Officers"/>.</summary>
    public IReadOnlyList<string> Certificates { get; }

    /// <summary>Gets the accountability matter (问责情形): <see cref="AccountabilityMatter.WrongfulEnforcement"/>.</summary>
    public AccountabilityMatter Matter { get; } = AccountabilityMatter.WrongfulEnforcement;

    /// <summary>Returns the fault of the enforcement act <paramref name="act"/> records.</summary>
    /// <param name="act">The event of an enforcement act (it records <see cref="ProcedureEngine.CertificateArgument"/>).</param>
    /// <returns>The fault, naming every officer the event records.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="act"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="act"/> is not an enforcement act, or records a second officer's certificate without the officer.</exception>
    public static WrongfulEnforcement Of(CaseEvent act)
    {
        Preconditions.CheckNotNull(act);
        var arguments = TriggerArguments.FromText(act.Arguments);
        if (!arguments.TryGetValue(ProcedureEngine.CertificateArgument, out var certificate))
        {
            throw new ArgumentException($"Event {act.Sequence} ({act.Trigger}) of case '{act.CaseId}' is not an enforcement act: it records no enforcement certificate. / 办件“{act.CaseId}”的第{act.Sequence}个事件（{act.Trigger}）不是执法行为：未记载执法证号。", nameof(act));
        }

        var hasSecond = arguments.TryGetValue(ProcedureEngine.SecondOfficerArgument, out var second);
        var hasSecondCertificate = arguments.TryGetValue(ProcedureEngine.SecondOfficerCertificateArgument, out var secondCertificate);
        if (hasSecond != hasSecondCertificate)
        {
            throw new ArgumentException($"Event {act.Sequence} ({act.Trigger}) of case '{act.CaseId}' records a second officer without a certificate, or a certificate without the officer. / 办件“{act.CaseId}”的第{act.Sequence}个事件记载的第二名执法人员与其证号不全。", nameof(act));
        }

        return hasSecond
            ? new WrongfulEnforcement(act, [act.Actor, second!], [certificate, secondCertificate!])
            : new WrongfulEnforcement(act, [act.Actor], [certificate]);
    }

    /// <summary>Returns whether <paramref name="other"/> has equal members, the lists element by element (值相等).</summary>
    /// <param name="other">The other value.</param>
    /// <returns><see langword="true"/> when every member is equal.</returns>
    public bool Equals(WrongfulEnforcement? other) =>
        other is not null
        && CaseId == other.CaseId
        && Sequence == other.Sequence
        && Trigger == other.Trigger
        && At == other.At
        && ValueEquality.SequenceEqual(Officers, other.Officers)
        && ValueEquality.SequenceEqual(Certificates, other.Certificates);

    /// <summary>Returns a hash code consistent with <see cref="Equals(WrongfulEnforcement)"/>.</summary>
    /// <returns>The hash code.</returns>
    public override int GetHashCode() => HashCode.Combine(CaseId, Sequence);
}
