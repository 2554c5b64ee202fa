using System.Globalization;
using NodaTime;
using PowerGovernance.Calendars;

namespace PowerGovernance.Supervision;

/// <summary>
/// Why a case's legal and committed due dates are what they are on a given day (办理期限说明), from receipt through every
/// suspension, resumption, extension, restart and uncounted step. Made by <see cref="CaseDeadlineExplainer.ExplainDeadlines"/>.
/// </summary>
/// <param name="CaseId">The case.</param>
/// <param name="AsOf">The day the clocks were read.</param>
/// <param name="Legal">The legal clock (法定时限).</param>
/// <param name="Committed">The committed clock (承诺时限).</param>
public sealed record CaseDeadlineExplanation(string CaseId, LocalDate AsOf, ClockExplanation Legal, ClockExplanation Committed)
{
    /// <summary>Returns the explanation in English.</summary>
    /// <returns>A multi-line text: the legal clock, then the committed one.</returns>
    public override string ToString() => ToString(ExplanationLanguage.English);

    /// <summary>Returns the explanation in the given language.</summary>
    /// <param name="language">English or Simplified Chinese.</param>
    /// <returns>A multi-line text: the legal clock, then the committed one.</returns>
    public string ToString(ExplanationLanguage language) =>
        (language == ExplanationLanguage.SimplifiedChinese
            ? string.Create(CultureInfo.InvariantCulture, $"办件{CaseId}截至{AsOf:uuuu-MM-dd}的办理期限说明：\n")
            : string.Create(CultureInfo.InvariantCulture, $"Deadlines of case {CaseId} as of {AsOf:uuuu-MM-dd}:\n"))
        + Legal.ToString(language) + Committed.ToString(language);
}
