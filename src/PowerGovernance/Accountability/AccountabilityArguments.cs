using System;
using System.Collections.Generic;

namespace PowerGovernance.Accountability;

/// <summary>The accountability procedure's structured arguments (问责方式、移送事项) as they are written into events.</summary>
internal static class AccountabilityArguments
{
    /// <summary>
    /// Parses comma-separated sanction codes against the table; false with the first unknown code in <paramref name="unknown"/>,
    /// or with the first code given twice in <paramref name="repeated"/> (a sanction is imposed once per decision).
    /// </summary>
    internal static bool TryParseSanctions(SanctionTable table, string text, out List<Sanction> sanctions, out string? unknown, out string? repeated)
    {
        sanctions = [];
        unknown = null;
        repeated = null;
        foreach (var code in text.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries))
        {
            if (!table.TryGetSanction(code, out var sanction))
            {
                unknown = code;
                return false;
            }

            if (sanctions.Contains(sanction))
            {
                repeated = code;
                return false;
            }

            sanctions.Add(sanction);
        }

        return true;
    }

    /// <summary>Parses comma-separated <see cref="Referral"/> names.</summary>
    internal static bool TryParseReferrals(string text, out Referral referrals)
    {
        referrals = Referral.None;
        foreach (var name in text.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries))
        {
            if (name == nameof(Referral.Discipline))
            {
                referrals |= Referral.Discipline;
            }
            else if (name == nameof(Referral.Judiciary))
            {
                referrals |= Referral.Judiciary;
            }
            else
            {
                return false;
            }
        }

        return true;
    }
}
