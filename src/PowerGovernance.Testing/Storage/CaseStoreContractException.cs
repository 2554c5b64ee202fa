using System;

namespace PowerGovernance.Testing.Storage;

/// <summary>
/// Thrown by <see cref="CaseStoreContract"/> when a host's case store fails one of its checks (存储契约检查未通过): the message
/// names the check, says what the store did and what it should have done, in English and Simplified Chinese.
/// </summary>
public sealed class CaseStoreContractException : Exception
{
    /// <summary>Creates the exception.</summary>
    /// <param name="check">The name of the check that failed (one of <see cref="CaseStoreContract.Checks"/>).</param>
    /// <param name="englishMessage">What went wrong, in English.</param>
    /// <param name="chineseMessage">What went wrong, in Simplified Chinese.</param>
    /// <param name="innerException">The exception the store threw, if that is what went wrong.</param>
    public CaseStoreContractException(string check, string englishMessage, string chineseMessage, Exception? innerException = null)
        : base(Describe(check, englishMessage, chineseMessage, innerException), innerException)
    {
        Check = check;
        EnglishMessage = englishMessage;
        ChineseMessage = chineseMessage;
    }

    /// <summary>Gets the name of the check that failed.</summary>
    public string Check { get; }

    /// <summary>Gets what went wrong, in English (without the check's name).</summary>
    public string EnglishMessage { get; }

    /// <summary>Gets what went wrong, in Simplified Chinese (without the check's name).</summary>
    public string ChineseMessage { get; }

    private static string Describe(string check, string english, string chinese, Exception? inner) =>
        "Case store contract, check '" + check + "': " + english + Environment.NewLine
        + "案件存储契约检查“" + check + "”未通过：" + chinese
        + (inner is null ? string.Empty : Environment.NewLine + "The store threw 存储抛出异常: " + inner.GetType().Name + ": " + Bounded(inner.Message));

    /// <summary>Cuts a long text to about 200 characters, so a message stays readable.</summary>
    internal static string Bounded(string? text) =>
        text is null ? string.Empty : text.Length <= 200 ? text : string.Concat(text.AsSpan(0, 200), "…");
}
