using System;
using System.Text.RegularExpressions;
using PowerGovernance.Internal;

namespace PowerGovernance.Powers;

/// <summary>
/// The format power codes (权力编码) must follow. <see cref="Standard"/> is the practical short form of local catalogs
/// <c>&lt;body code&gt;-&lt;type code&gt;-&lt;4-digit serial&gt;</c>, e.g. <c>62052400MZ-XK-0001</c>;
/// <see cref="GovernmentServiceItem"/> is the implementation code of GB/T 39554.1-2020 (政务服务事项实施编码); a
/// host with its own scheme supplies a regular expression with <see cref="FromPattern"/>.
/// </summary>
/// <remarks>
/// A pattern may capture the named groups <c>body</c>, <c>type</c> and <c>serial</c>; the
/// <c>type</c> group is what the catalog rules compare with the power's category. Matching is
/// culture-invariant and bounded by a one-second timeout. Instances are immutable and thread-safe.
/// </remarks>
public sealed class PowerCodeFormat
{
    private static readonly TimeSpan Timeout = TimeSpan.FromSeconds(1);

    private PowerCodeFormat(string name, Regex pattern, string example)
    {
        Name = name;
        Pattern = pattern;
        Example = example;
    }

    /// <summary>
    /// Gets the standard format: a body code of 2–20 upper-case letters or digits, a hyphen, a type code
    /// of 2–4 upper-case letters, a hyphen, and a 4-digit serial (e.g. <c>62052400MZ-XK-0001</c>).
    /// </summary>
    public static PowerCodeFormat Standard { get; } = new(
        "standard",
        new Regex("^(?<body>[0-9A-Z]{2,20})-(?<type>[A-Z]{2,4})-(?<serial>[0-9]{4})$", RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture, Timeout),
        "62052400MZ-XK-0001");

    /// <summary>
    /// Gets the format of the government service item implementation code (政务服务事项实施编码, GB/T 39554.1-2020): the
    /// basic code (4–20 digits or capital letters), the administrative area code (6, 9 or 12 digits), the implementing
    /// body's unified social credit code (18 characters of its set) and the handling item code (1–6 digits or capital
    /// letters), joined by hyphens, e.g. <c>000101001000-620524000000-116205240139604228-00</c>.
    /// </summary>
    /// <remarks>
    /// The pattern checks the shape only and captures <c>basic</c>, <c>area</c>, <c>credit</c> and <c>item</c> but no
    /// <c>type</c>, so the catalog rules do not compare a type code with the category. The credit code's check character
    /// and the area code's structure are checked by <see cref="GovernmentServiceItemCode.Parse"/>.
    /// </remarks>
    public static PowerCodeFormat GovernmentServiceItem { get; } = new(
        "GB/T 39554.1",
        new Regex("^(?<basic>[0-9A-Z]{4,20})-(?<area>[0-9]{6}|[0-9]{9}|[0-9]{12})-(?<credit>[0-9A-HJ-NP-RTUW-Y]{2}[0-9]{6}[0-9A-HJ-NP-RTUW-Y]{10})-(?<item>[0-9A-Z]{1,6})$", RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture, Timeout),
        "000101001000-620524000000-116205240139604228-00");

    /// <summary>Gets the format's name, used in messages.</summary>
    public string Name { get; }

    /// <summary>Gets the regular expression a whole code must match.</summary>
    public Regex Pattern { get; }

    /// <summary>Gets an example of a well-formed code, used in messages.</summary>
    public string Example { get; }

    /// <summary>Creates a host-specific format.</summary>
    /// <param name="name">A short name for messages, e.g. <c>gansu-2024</c>.</param>
    /// <param name="pattern">
    /// The pattern a whole code must match (anchor it with <c>^…$</c>); capture <c>(?&lt;type&gt;…)</c> to let
    /// the rules check the type code against the category.
    /// </param>
    /// <param name="example">A well-formed example, checked against the pattern.</param>
    /// <returns>The format.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="ArgumentException">
    /// The pattern does not match the example, or is not a valid regular expression (the message is in English
    /// and Simplified Chinese).
    /// </exception>
    public static PowerCodeFormat FromPattern(string name, string pattern, string example)
    {
        Preconditions.CheckNotBlank(name);
        Preconditions.CheckNotBlank(pattern);
        Preconditions.CheckNotBlank(example);
        Regex regex;
        try
        {
            regex = new Regex(pattern, RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture, Timeout);
        }
        catch (ArgumentException e)
        {
            throw new ArgumentException(
                "The pattern '" + pattern + "' of code format '" + name + "' is not a valid regular expression: " + e.Message
                + " / 编码格式“" + name + "”的模式“" + pattern + "”不是有效的正则表达式。",
                nameof(pattern),
                e);
        }

        if (!regex.IsMatch(example))
        {
            throw new ArgumentException(
                "The pattern '" + pattern + "' of code format '" + name + "' does not match its own example '" + example + "'."
                + " / 编码格式“" + name + "”的模式“" + pattern + "”与其示例“" + example + "”不匹配。",
                nameof(example));
        }

        return new PowerCodeFormat(name, regex, example);
    }

    /// <summary>Returns whether <paramref name="code"/> is well formed, and its type code if the format captures one.</summary>
    /// <param name="code">The code text.</param>
    /// <param name="typeCode">The captured type code, or <see langword="null"/>.</param>
    /// <returns><see langword="true"/> when the whole code matches.</returns>
    public bool TryMatch(string? code, out string? typeCode)
    {
        typeCode = null;
        if (string.IsNullOrEmpty(code))
        {
            return false;
        }

        Match match;
        try
        {
            match = Pattern.Match(code);
        }
        catch (RegexMatchTimeoutException)
        {
            return false;
        }

        if (!match.Success)
        {
            return false;
        }

        var type = match.Groups["type"];
        typeCode = type.Success ? type.Value : null;
        return true;
    }

    /// <summary>Returns the format's name.</summary>
    /// <returns>The name.</returns>
    public override string ToString() => Name;
}
