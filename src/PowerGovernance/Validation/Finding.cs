namespace PowerGovernance.Validation;

/// <summary>
/// One finding of a rule check (检查发现的问题): which rule, how serious, where, the offending value, and
/// what is wrong in English and in Simplified Chinese. Expected problems in data are reported as
/// findings, never as exceptions; throwing is the caller's choice.
/// </summary>
/// <remarks>
/// <para>
/// <see cref="Code"/> is a stable PascalCase rule name such as <c>LegalBasisMissing</c> or
/// <c>CommittedLimitNotShortened</c>: it never changes once released, so hosts can filter, count or
/// translate findings by it. The codes of the catalog rules are listed in
/// <see cref="Powers.CatalogRuleCodes"/>.
/// </para>
/// <para>
/// <see cref="Path"/> is the property path inside the checked item, as in C#:
/// <c>CommittedTimeLimit</c>, <c>Fee.Basis</c>, <c>LegalBases[1].Rank</c> (zero-based index); it is empty
/// when the finding concerns the item as a whole. <see cref="AttemptedValue"/> is the value found at
/// <see cref="Path"/> as culture-invariant text (<see langword="null"/> when the value is absent).
/// </para>
/// </remarks>
/// <param name="Code">The stable rule code (规则代码), e.g. <c>LegalBasisMissing</c>.</param>
/// <param name="Severity">The severity (问题等级).</param>
/// <param name="Path">The property path (问题所在字段), e.g. <c>LegalBases[1].Rank</c>; empty for the whole item.</param>
/// <param name="AttemptedValue">The offending value as text (问题值), or <see langword="null"/> when absent.</param>
/// <param name="Message">The message in English (英文说明), naming the value and the rule.</param>
/// <param name="ChineseMessage">The message in Simplified Chinese (中文说明).</param>
public sealed record Finding(string Code, FindingSeverity Severity, string Path, string? AttemptedValue, string Message, string ChineseMessage)
{
    /// <summary>Returns e.g. <c>Error LegalBasisMissing at LegalBases: The power has no legal basis…</c>.</summary>
    /// <returns>The severity, code, path and English message.</returns>
    public override string ToString() =>
        Severity + " " + Code + (string.IsNullOrEmpty(Path) ? string.Empty : " at " + Path) + ": " + Message;
}
