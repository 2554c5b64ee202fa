using System;
using System.Collections.Generic;
using NodaTime;
using PowerGovernance.Validation;

namespace PowerGovernance.Procedures;

/// <content>Enforcement acts by two certified officers (执法人员不得少于两人, 《行政处罚法》第四十二条).</content>
public sealed partial class ProcedureEngine
{
    /// <summary>
    /// The argument under which an act by two officers records the second officer's person id (第二名执法人员): the engine adds it
    /// when a trigger marked <see cref="TriggerDefinition.RequiresTwoCertifiedOfficers"/> is accepted; a caller that passes it
    /// must name <see cref="Actor.SecondOfficer"/>.
    /// </summary>
    public const string SecondOfficerArgument = "second-officer";

    /// <summary>
    /// The argument under which an act by two officers records the second officer's certificate number (第二名执法人员执法证号),
    /// checked on replay against the host's <see cref="EnforcementCertificateRegistry"/>.
    /// </summary>
    public const string SecondOfficerCertificateArgument = "second-officer-certificate";

    /// <summary>The second officer's problems (all of them), or null; the actor's own certificate has been checked already.</summary>
    private static List<Finding>? CheckSecondOfficer(Actor actor, EnforcementCertificate own, LocalDate date, IReadOnlyDictionary<string, string> arguments, string prefix, string prefixChinese)
    {
        var findings = new List<Finding>();
        void Add(string code, string path, string? value, string english, string chinese) =>
            findings.Add(Finding.Error(code, path, value is null ? null : Bounded(value), prefix + english, prefixChinese + chinese));

        if (actor.SecondOfficer is not { } second)
        {
            Add(EnforcementRuleCodes.SecondOfficerMissing, "Actor.SecondOfficer", null, $"it is an enforcement act by at least two officers (Administrative Penalty Law Art. 42) and {actor.Name} acts alone.", $"该执法行为的执法人员不得少于两人（《行政处罚法》第四十二条），{actor.Name}单独执法。");
            return findings;
        }

        if (string.Equals(second.Name, actor.Name, StringComparison.Ordinal))
        {
            Add(EnforcementRuleCodes.SameOfficerTwice, "Actor.SecondOfficer", second.Name, $"the second officer is {actor.Name} again; two different officers must act.", $"第二名执法人员仍为{actor.Name}本人；须由两名不同的执法人员执法。");
        }

        if (second.Certificate is not { } certificate || !certificate.IsValidOn(date))
        {
            Add(EnforcementRuleCodes.SecondOfficerNotCertified, "Actor.SecondOfficer.Certificate", second.Certificate?.Number, $"the second officer {second.Name} holds no enforcement certificate valid on {date:uuuu-MM-dd}.", $"第二名执法人员{second.Name}在{date:uuuu-MM-dd}未持有有效执法证件（持证上岗）。");
        }
        else if (!string.Equals(certificate.Holder, second.Name, StringComparison.Ordinal) || string.Equals(certificate.Number, own.Number, StringComparison.Ordinal))
        {
            Add(EnforcementRuleCodes.SecondOfficerCertificateOfAnother, "Actor.SecondOfficer.Certificate", certificate.Number, $"certificate {certificate.Number} belongs to {certificate.Holder}, not to the second officer {second.Name}.", $"证件{certificate.Number}属于{certificate.Holder}而非第二名执法人员{second.Name}（证件不得借用）。");
        }

        if (arguments.TryGetValue(SecondOfficerArgument, out var named) && !string.Equals(named, second.Name, StringComparison.Ordinal))
        {
            Add(EnforcementRuleCodes.SecondOfficerMismatch, "Arguments[" + SecondOfficerArgument + "]", named, $"the argument '{SecondOfficerArgument}' names {Bounded(named)}, but the second officer acting is {second.Name}.", $"参数“{SecondOfficerArgument}”记载的是{Bounded(named)}，但实际执法的第二名执法人员为{second.Name}。");
        }

        if (arguments.TryGetValue(SecondOfficerCertificateArgument, out var number) && !string.Equals(number, second.Certificate?.Number, StringComparison.Ordinal))
        {
            Add(EnforcementRuleCodes.SecondOfficerMismatch, "Arguments[" + SecondOfficerCertificateArgument + "]", number, $"the argument '{SecondOfficerCertificateArgument}' names certificate {Bounded(number)}, but {second.Name} holds {second.Certificate?.Number ?? "none"}.", $"参数“{SecondOfficerCertificateArgument}”记载的证件为{Bounded(number)}，但{second.Name}持有的是{second.Certificate?.Number ?? "无"}。");
        }

        return findings.Count == 0 ? null : findings;
    }

    /// <summary>The recorded arguments of an enforcement act: the caller's, with the certificate numbers (and the second officer) added.</summary>
    private static KeyValuePair<string, string>[] WithCertificates(IReadOnlyDictionary<string, string> arguments, Actor actor, bool twoOfficers)
    {
        var recorded = new Dictionary<string, string>(arguments, StringComparer.Ordinal) { [CertificateArgument] = actor.Certificate!.Number };
        if (twoOfficers)
        {
            recorded[SecondOfficerArgument] = actor.SecondOfficer!.Name;
            recorded[SecondOfficerCertificateArgument] = actor.SecondOfficer.Certificate!.Number;
        }

        return Sort(recorded);
    }
}
