namespace PowerGovernance.Validation;

/// <summary>
/// One rule that produced (part of) a result, in English and Simplified Chinese (适用的规则): the reasoning a
/// policy or an assessment spells out so a person can check it.
/// </summary>
/// <param name="Code">The rule's stable code.</param>
/// <param name="Message">What the rule says and how it applied, in English.</param>
/// <param name="ChineseMessage">The same in Simplified Chinese.</param>
public sealed record AppliedRule(string Code, string Message, string ChineseMessage)
{
    /// <inheritdoc />
    public override string ToString() => Code + ": " + Message;
}
