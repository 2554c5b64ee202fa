using System;
using PowerGovernance.Internal;

namespace PowerGovernance.Powers;

/// <summary>
/// The code of a power in the catalog (权力编码), e.g. <c>62052400MZ-XK-0001</c>. Codes compare
/// ordinally and case-sensitively after trimming.
/// </summary>
/// <remarks>
/// <para>
/// <see cref="Parse(string, PowerCodeFormat?)"/> and <see cref="TryParse"/> check the format (the
/// <see cref="PowerCodeFormat.Standard"/> one unless a host's format is given). The constructor takes
/// a code exactly as written without checking it, so data read from a spreadsheet can be carried to
/// the catalog rules, which report a malformed code as a finding instead of failing the import.
/// </para>
/// <para>The default value is the empty code, which the catalog rules report as missing.</para>
/// </remarks>
[System.Text.Json.Serialization.JsonConverter(typeof(PowerGovernance.Internal.Json.PowerCodeJsonConverter))]
public readonly struct PowerCode : IEquatable<PowerCode>, IComparable<PowerCode>
{
    private readonly string? value;

    /// <summary>Creates a code as written, without checking its format (leading and trailing white space is removed).</summary>
    /// <param name="value">The code text; <see langword="null"/> gives the empty code.</param>
    public PowerCode(string? value)
    {
        this.value = value?.Trim();
    }

    /// <summary>Gets the code text; empty for the default value.</summary>
    public string Value => value ?? string.Empty;

    /// <summary>Gets whether the code is empty.</summary>
    public bool IsEmpty => string.IsNullOrEmpty(value);

    /// <summary>Parses a code and checks its format.</summary>
    /// <param name="text">The code text.</param>
    /// <param name="format">The format; <see cref="PowerCodeFormat.Standard"/> when <see langword="null"/>.</param>
    /// <returns>The code.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="text"/> is null.</exception>
    /// <exception cref="FormatException">
    /// The code does not match the format; the message, in English and Simplified Chinese, quotes the text
    /// and names the format with an example.
    /// </exception>
    public static PowerCode Parse(string text, PowerCodeFormat? format = null)
    {
        Preconditions.CheckNotNull(text);
        var effective = format ?? PowerCodeFormat.Standard;
        if (TryParse(text, out var code, effective))
        {
            return code;
        }

        throw new FormatException(
            "'" + text + "' is not a power code (权力编码) in the " + effective.Name + " format, e.g. '" + effective.Example + "'."
            + " / “" + text + "”不是符合" + effective.Name + "编码格式的权力编码，示例：“" + effective.Example + "”。");
    }

    /// <summary>Parses a code if it matches the format.</summary>
    /// <param name="text">The code text.</param>
    /// <param name="code">The code, or the empty code on failure.</param>
    /// <param name="format">The format; <see cref="PowerCodeFormat.Standard"/> when <see langword="null"/>.</param>
    /// <returns><see langword="true"/> when the text is a well-formed code.</returns>
    public static bool TryParse(string? text, out PowerCode code, PowerCodeFormat? format = null)
    {
        var candidate = new PowerCode(text);
        if ((format ?? PowerCodeFormat.Standard).TryMatch(candidate.value, out _))
        {
            code = candidate;
            return true;
        }

        code = default;
        return false;
    }

    /// <summary>Returns the code's item type code (e.g. <c>XK</c>) under <paramref name="format"/>, or <see langword="null"/> when the code does not match or the format captures no type.</summary>
    /// <param name="format">The format; <see cref="PowerCodeFormat.Standard"/> when <see langword="null"/>.</param>
    /// <returns>The type code, or <see langword="null"/>.</returns>
    public string? GetTypeCode(PowerCodeFormat? format = null) =>
        (format ?? PowerCodeFormat.Standard).TryMatch(value, out var type) ? type : null;

    /// <summary>Returns whether two codes are equal.</summary>
    /// <param name="left">The first code.</param>
    /// <param name="right">The second code.</param>
    /// <returns><see langword="true"/> when equal.</returns>
    public static bool operator ==(PowerCode left, PowerCode right) => left.Equals(right);

    /// <summary>Returns whether two codes differ.</summary>
    /// <param name="left">The first code.</param>
    /// <param name="right">The second code.</param>
    /// <returns><see langword="true"/> when different.</returns>
    public static bool operator !=(PowerCode left, PowerCode right) => !left.Equals(right);

    /// <summary>Compares codes ordinally.</summary>
    /// <param name="left">The first code.</param>
    /// <param name="right">The second code.</param>
    /// <returns><see langword="true"/> when <paramref name="left"/> sorts first.</returns>
    public static bool operator <(PowerCode left, PowerCode right) => left.CompareTo(right) < 0;

    /// <summary>Compares codes ordinally.</summary>
    /// <param name="left">The first code.</param>
    /// <param name="right">The second code.</param>
    /// <returns><see langword="true"/> when <paramref name="left"/> sorts last.</returns>
    public static bool operator >(PowerCode left, PowerCode right) => left.CompareTo(right) > 0;

    /// <summary>Compares codes ordinally.</summary>
    /// <param name="left">The first code.</param>
    /// <param name="right">The second code.</param>
    /// <returns><see langword="true"/> when <paramref name="left"/> does not sort last.</returns>
    public static bool operator <=(PowerCode left, PowerCode right) => left.CompareTo(right) <= 0;

    /// <summary>Compares codes ordinally.</summary>
    /// <param name="left">The first code.</param>
    /// <param name="right">The second code.</param>
    /// <returns><see langword="true"/> when <paramref name="left"/> does not sort first.</returns>
    public static bool operator >=(PowerCode left, PowerCode right) => left.CompareTo(right) >= 0;

    /// <inheritdoc />
    public bool Equals(PowerCode other) => string.Equals(Value, other.Value, StringComparison.Ordinal);

    /// <inheritdoc />
    public override bool Equals(object? obj) => obj is PowerCode other && Equals(other);

    /// <inheritdoc />
    public override int GetHashCode() => StringComparer.Ordinal.GetHashCode(Value);

    /// <inheritdoc />
    public int CompareTo(PowerCode other) => string.CompareOrdinal(Value, other.Value);

    /// <summary>Returns the code text.</summary>
    /// <returns>The code text.</returns>
    public override string ToString() => Value;
}
