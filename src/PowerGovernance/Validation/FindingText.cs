namespace PowerGovernance.Validation;

/// <summary>
/// The texts of one finding, carried from a FluentValidation rule to the <see cref="Finding"/> as the
/// failure's <c>CustomState</c>, so that neither message passes through FluentValidation's placeholder
/// formatter or its culture-dependent language manager.
/// </summary>
/// <param name="English">The English message.</param>
/// <param name="Chinese">The Simplified Chinese message.</param>
/// <param name="AttemptedValue">The offending value as culture-invariant text, or <see langword="null"/>.</param>
internal sealed record FindingText(string English, string Chinese, string? AttemptedValue);
