using System;
using System.Collections.Generic;
using System.Linq;
using PowerGovernance.Internal;

namespace PowerGovernance.CivilAffairs;

/// <summary>
/// The public posting of allowance recipients (低保对象公示, the township's civil-affairs service rules, 最低生活保障服务 6:
/// 坚持对象公开、标准公开、金额公开的原则，低保对象由镇民政办通过村（社区）民委员会采取适当形式以户为单位予以公示，接受社会监督): one
/// entry per household, showing the recipient, the standard and the amount, and nothing else (no certificate number,
/// no income, no issue date). Pure.
/// </summary>
public static class LivingAllowancePublicNotice
{
    /// <summary>Projects the certificates in force onto the public posting, one entry per household, by village and then household head (ordinal).</summary>
    /// <param name="certificates">The certificates in force; null entries are skipped, and a certificate number listed twice is posted once.</param>
    /// <returns>The public entries.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="certificates"/> is null.</exception>
    public static IReadOnlyList<LivingAllowancePublicEntry> Project(IEnumerable<LivingAllowanceCertificate?> certificates) =>
        Array.AsReadOnly(Preconditions.CheckNotNull(certificates)
            .OfType<LivingAllowanceCertificate>()
            .DistinctBy(c => c.Number, StringComparer.Ordinal)
            .OrderBy(c => c.Village, StringComparer.Ordinal)
            .ThenBy(c => c.HouseholdHead, StringComparer.Ordinal)
            .Select(c => new LivingAllowancePublicEntry(c.HouseholdHead, c.Village, c.Members, c.LocalStandard, c.MonthlyAmount))
            .ToArray());

    /// <summary>Projects the certificates for one village's noticeboard (村（社区）公开栏).</summary>
    /// <param name="certificates">The certificates in force.</param>
    /// <param name="village">The village (community).</param>
    /// <returns>The public entries of that village's households.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="certificates"/> or <paramref name="village"/> is null.</exception>
    public static IReadOnlyList<LivingAllowancePublicEntry> ForVillage(IEnumerable<LivingAllowanceCertificate?> certificates, string village)
    {
        Preconditions.CheckNotNull(village);
        return Array.AsReadOnly(Project(certificates).Where(e => string.Equals(e.Village, village, StringComparison.Ordinal)).ToArray());
    }
}
