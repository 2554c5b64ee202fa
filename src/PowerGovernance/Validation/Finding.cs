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
    /// <summary>
    /// Gets the 1-based line of the file the finding was read from (所在行), or <see langword="null"/> when it does not
    /// come from a file.
    /// </summary>
    public int? Line { get; init; }

    /// <summary>Creates an error finding (错误), which refuses the operation it belongs to.</summary>
    /// <param name="code">The stable rule code.</param>
    /// <param name="path">The property path; empty for the whole item.</param>
    /// <param name="attemptedValue">The offending value as text, or <see langword="null"/>.</param>
    /// <param name="message">The message in English.</param>
    /// <param name="chineseMessage">The message in Simplified Chinese.</param>
    /// <returns>The finding.</returns>
    public static Finding Error(string code, string path, string? attemptedValue, string message, string chineseMessage) =>
        new(code, FindingSeverity.Error, path, attemptedValue, message, chineseMessage);

    /// <summary>Creates a warning finding (警告), which does not refuse the operation.</summary>
    /// <param name="code">The stable rule code.</param>
    /// <param name="path">The property path; empty for the whole item.</param>
    /// <param name="attemptedValue">The offending value as text, or <see langword="null"/>.</param>
    /// <param name="message">The message in English.</param>
    /// <param name="chineseMessage">The message in Simplified Chinese.</param>
    /// <returns>The finding.</returns>
    public static Finding Warning(string code, string path, string? attemptedValue, string message, string chineseMessage) =>
        new(code, FindingSeverity.Warning, path, attemptedValue, message, chineseMessage);

    /// <summary>Returns e.g. <c>Error LegalBasisMissing at LegalBases: The power has no legal basis… / 该职权没有法律依据…</c>.</summary>
    /// <returns>The line when known, the severity, code, path and both messages.</returns>
    public override string ToString() =>
        (Line is { } line ? "line " + line.ToString(System.Globalization.CultureInfo.InvariantCulture) + ": " : string.Empty)
        + Severity + " " + Code + (string.IsNullOrEmpty(Path) ? string.Empty : " at " + Path) + ": " + Message + " / " + ChineseMessage;
}
