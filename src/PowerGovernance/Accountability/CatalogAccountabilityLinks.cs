using System;
using System.Collections.Generic;
using System.Globalization;
using PowerGovernance.Internal;
using PowerGovernance.Powers;
using PowerGovernance.Validation;

namespace PowerGovernance.Accountability;

/// <summary>
/// Checks the link between a power catalog and the accountability matters (权责清单与追责情形的衔接): every accountability
/// matter code a stage of a power names (<see cref="StageResponsibility.AccountabilityMatters"/>, 追责情形) must be the
/// <see cref="AccountabilityMatter.Code"/> of a matter the office holds people accountable for, so that a failure at that
/// stage leads to an accountability case (有权必有责、失责必追究).
/// </summary>
/// <remarks>
/// The catalog records matter codes only, since the powers do not depend on the accountability rules; this check runs on
/// the accountability side. Codes are compared exactly (ordinal); blank codes are left to the catalog rules
/// (<see cref="CatalogRuleCodes.StageAccountabilityMatterBlank"/>). The matters are indexed once, so the work is linear
/// in the size of the catalog.
/// </remarks>
public static class CatalogAccountabilityLinks
{
    /// <summary>
    /// Error, path <c>Powers[code].Stages[i].AccountabilityMatters[j]</c>: a stage names an accountability matter code that
    /// is not among the matters given (追责情形未对应追责事项).
    /// </summary>
    public const string UnknownAccountabilityMatter = nameof(UnknownAccountabilityMatter);

    /// <summary>Reports every stage circumstance of the catalog that names an unknown accountability matter, all at once.</summary>
    /// <param name="catalog">The catalog.</param>
    /// <param name="matters">The accountability matters the office holds people accountable for, e.g. <see cref="AccountabilityMatter.WellKnown"/> and its own.</param>
    /// <returns>The findings, in the catalog's order; empty when every code names a matter.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public static IReadOnlyList<Finding> Check(PowerCatalog catalog, IEnumerable<AccountabilityMatter> matters)
    {
        Preconditions.CheckNotNull(catalog);
        Preconditions.CheckNotNull(matters);
        var known = new HashSet<string>(StringComparer.Ordinal);
        foreach (var matter in matters)
        {
            if (matter is not null)
            {
                known.Add(matter.Code);
            }
        }

        var findings = new List<Finding>();
        foreach (var power in catalog)
        {
            for (var i = 0; i < power.Stages.Count; i++)
            {
                if (power.Stages[i] is not { } stage)
                {
                    continue;
                }

                for (var j = 0; j < stage.AccountabilityMatters.Count; j++)
                {
                    var code = stage.AccountabilityMatters[j];
                    if (string.IsNullOrWhiteSpace(code) || known.Contains(code))
                    {
                        continue;
                    }

                    var shown = CodeText.Shown(code);
                    var stageEnglish = Enum.IsDefined(stage.Stage) ? Terms.EnglishName(stage.Stage) + " (" + Terms.ChineseName(stage.Stage) + ")" : ((int)stage.Stage).ToString(CultureInfo.InvariantCulture);
                    var stageChinese = Enum.IsDefined(stage.Stage) ? Terms.ChineseName(stage.Stage) : ((int)stage.Stage).ToString(CultureInfo.InvariantCulture);
                    findings.Add(Finding.Error(
                        UnknownAccountabilityMatter,
                        string.Create(CultureInfo.InvariantCulture, $"Powers[{power.Code.Value}].{nameof(Power.Stages)}[{i}].{nameof(StageResponsibility.AccountabilityMatters)}[{j}]"),
                        shown,
                        "The stage " + stageEnglish + " of '" + power.Code.Value + "' names the accountability matter '" + shown + "', which is not one of the " + known.Count.ToString(CultureInfo.InvariantCulture) + " matters given; use a matter's code, e.g. '" + AccountabilityMatter.Procrastination.Code + "'.",
                        "“" + power.Code.Value + "”的“" + stageChinese + "”环节所列追责情形“" + shown + "”不是所给" + known.Count.ToString(CultureInfo.InvariantCulture) + "项追责事项之一；应填写追责事项的代码，如“" + AccountabilityMatter.Procrastination.Code + "”。"));
                }
            }
        }

        return findings;
    }
}
