using System;
using System.Collections.Generic;
using System.Linq;
using NodaTime;
using PowerGovernance.Internal;
using PowerGovernance.Procedures;

namespace PowerGovernance.Accountability;

/// <summary>
/// What each audited event says about the conduct and the decision of an accountability case; replay folds the chain with it. Who
/// plays which role is the engine's (<see cref="CaseSnapshot.Parties"/>).
/// </summary>
internal static class AccountabilityCaseFold
{
    /// <summary>The case after one more accepted event.</summary>
    internal static AccountabilityCase Apply(AccountabilityCase @case, CaseEvent e, SanctionTable table, DateTimeZone zone)
    {
        var arguments = e.Arguments.ToDictionary(a => a.Key, a => a.Value, StringComparer.Ordinal);
        var date = e.At.InZone(zone).Date;
        switch (e.Trigger)
        {
            case "record-conduct" when arguments.TryGetValue(AccountabilityProcedure.FactorArgument, out var code):
                var factor = table.Factors.FirstOrDefault(f => f.Code == code);
                return factor is null ? @case : @case with { EstablishedConduct = Append(@case.EstablishedConduct, factor) };
            case "record-statement" when arguments.TryGetValue(AccountabilityProcedure.StatementArgument, out var statement):
                return @case with { Statements = Append(@case.Statements, statement) };
            case "suspend-duties":
                return @case with { DutiesSuspended = true };
            case "decide":
                AccountabilityArguments.TryParseSanctions(table, arguments.GetValueOrDefault(AccountabilityProcedure.SanctionsArgument, string.Empty), out var decided, out _, out _);
                var referrals = AccountabilityArguments.TryParseReferrals(arguments.GetValueOrDefault(AccountabilityProcedure.ReferralsArgument, string.Empty), out var parsed) ? parsed : Referral.None;
                return @case with
                {
                    Tier = StrictEnum.TryParse<SeverityTier>(arguments.GetValueOrDefault(AccountabilityProcedure.TierArgument), out var tier)
                        ? tier
                        : throw new ArgumentException("The decision event " + e.Sequence.ToString(System.Globalization.CultureInfo.InvariantCulture) + " does not name a tier (" + StrictEnum.NameList<SeverityTier>() + "). / 第" + e.Sequence.ToString(System.Globalization.CultureInfo.InvariantCulture) + "条决定记录未写明问责情节档次。", nameof(e)),
                    Sanctions = decided.AsReadOnly(),
                    Referrals = referrals,
                    Decided = date,
                };
            case "inform-proposer":
                return @case with { ProposerInformed = date };
            case "serve":
                return @case with { DecisionReceived = date };
            case "appeal":
                return @case with { AppealFiled = date };
            case "vary":
                AccountabilityArguments.TryParseSanctions(table, arguments.GetValueOrDefault(AccountabilityProcedure.SanctionsArgument, string.Empty), out var varied, out _, out _);
                return @case with { Sanctions = varied.AsReadOnly() };
            default:
                return @case;
        }
    }

    private static System.Collections.ObjectModel.ReadOnlyCollection<T> Append<T>(IReadOnlyList<T> list, T item) => Array.AsReadOnly<T>([.. list, item]);
}
