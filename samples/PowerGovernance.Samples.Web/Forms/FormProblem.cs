namespace PowerGovernance.Samples.Web.Forms;

/// <summary>One problem with a posted form (表单错误): the field, the value given (bounded), the rule and what is wrong, in English and Chinese.</summary>
/// <param name="Field">The form field.</param>
/// <param name="Value">The value given, at most 40 characters (longer ones are cut with "…").</param>
/// <param name="Rule">The rule's stable code, e.g. <c>CaseIdRequired</c>.</param>
/// <param name="Message">What is wrong, in English.</param>
/// <param name="ChineseMessage">What is wrong, in Simplified Chinese.</param>
internal sealed record FormProblem(string Field, string Value, string Rule, string Message, string ChineseMessage)
{
    /// <summary>The most characters of a value a problem repeats: 40.</summary>
    public const int MaxValueLength = 40;

    /// <summary>Makes a problem, bounding the value.</summary>
    /// <param name="field">The form field.</param>
    /// <param name="value">The value given.</param>
    /// <param name="rule">The rule's code.</param>
    /// <param name="message">English.</param>
    /// <param name="chineseMessage">Chinese.</param>
    /// <returns>The problem.</returns>
    public static FormProblem Of(string field, string? value, string rule, string message, string chineseMessage) =>
        new(field, Bound(value ?? string.Empty), rule, message, chineseMessage);

    private static string Bound(string value) => value.Length <= MaxValueLength ? value : value[..MaxValueLength] + "…";
}
