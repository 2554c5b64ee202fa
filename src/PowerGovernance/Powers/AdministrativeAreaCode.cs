using System;
using System.Collections.Generic;
using System.Diagnostics.CodeAnalysis;
using System.Globalization;
using PowerGovernance.Internal;
using PowerGovernance.Validation;

namespace PowerGovernance.Powers;

/// <summary>
/// An administrative area code (行政区划代码): the 6-digit province, city or county code of GB/T 2260 (e.g. <c>620524</c>),
/// or the 9-digit township and 12-digit village forms of the statistical division codes (统计用区划代码, e.g.
/// <c>620524100</c>, <c>620524100201</c>), validated when read.
/// </summary>
/// <remarks>
/// <para>
/// Digits 1–2 are the province, 3–4 the city, 5–6 the county, 7–9 the township and 10–12 the village; a level that is
/// all zeros is absent, so the <see cref="Level"/> is the lowest level that is not. A 12-digit code may therefore name a
/// county (<c>620524000000</c>, as government service platforms write area codes).
/// </para>
/// <para>
/// Only the structure is checked: ASCII digits, 6, 9 or 12 of them, province digits 11–89 without a zero, no county
/// without city digits, no township directly under a province, no village without a township. A township may stand
/// directly under a city, as in cities without counties. The national list of codes is not shipped, so a well-formed
/// code that names no area is accepted; a host that holds the list checks membership itself.
/// </para>
/// <para>
/// Codes are equal when they name the same area, whatever their length: <c>620524</c> equals <c>620524000000</c>.
/// <see cref="ToString"/> gives the code as it was written. Texts longer than 256 characters are refused before any
/// other work. The default value is the empty code (<see cref="IsEmpty"/>).
/// </para>
/// </remarks>
public readonly struct AdministrativeAreaCode : IEquatable<AdministrativeAreaCode>
{
    private readonly long digits;
    private readonly byte length;

    private AdministrativeAreaCode(long digits, int length)
    {
        this.digits = digits;
        this.length = (byte)length;
    }

    /// <summary>Gets whether this is the default, empty code.</summary>
    public bool IsEmpty => length == 0;

    /// <summary>Gets the number of digits the code was written with: 6, 9 or 12; 0 for the empty code.</summary>
    public int Length => length;

    /// <summary>Gets the level (行政区划级别) of the area; <c>0</c> (no level) for the empty code.</summary>
    public AdministrativeAreaLevel Level =>
        IsEmpty ? default
        : digits % 1000 != 0 ? AdministrativeAreaLevel.Village
        : digits / 1000 % 1000 != 0 ? AdministrativeAreaLevel.Township
        : digits / 1000000 % 100 != 0 ? AdministrativeAreaLevel.County
        : digits / 100000000 % 100 != 0 ? AdministrativeAreaLevel.City
        : AdministrativeAreaLevel.Province;

    /// <summary>
    /// Gets the area directly above: a village's township, a township's county (or its city, when it stands directly
    /// under one), a county's city, a city's province; <see langword="null"/> for a province and for the empty code.
    /// The parent of a 12-digit code is written with 12 digits, any other with 6.
    /// </summary>
    public AdministrativeAreaCode? Parent => Level switch
    {
        AdministrativeAreaLevel.Village => new AdministrativeAreaCode(digits / 1000 * 1000, 12),
        AdministrativeAreaLevel.Township => new AdministrativeAreaCode(digits / 1000000 * 1000000, ShortLength),
        AdministrativeAreaLevel.County => new AdministrativeAreaCode(digits / 100000000 * 100000000, ShortLength),
        AdministrativeAreaLevel.City => new AdministrativeAreaCode(digits / 10000000000 * 10000000000, ShortLength),
        _ => null,
    };

    /// <summary>Gets the province the area lies in (its own code for a province), written with 12 digits when this code has 12, else 6; <see langword="null"/> for the empty code.</summary>
    public AdministrativeAreaCode? Province => IsEmpty ? null : new AdministrativeAreaCode(digits / 10000000000 * 10000000000, ShortLength);

    private int ShortLength => length == 12 ? 12 : 6;

    /// <summary>Reads a code and checks its structure.</summary>
    /// <param name="text">The code, exactly as written: 6, 9 or 12 ASCII digits.</param>
    /// <returns>The code.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="text"/> is null.</exception>
    /// <exception cref="FormatException">The text is not an area code; the message, in English and Simplified Chinese, lists every problem (see <see cref="Validate"/>).</exception>
    public static AdministrativeAreaCode Parse(string text)
    {
        Preconditions.CheckNotNull(text);
        if (TryParse(text, out var code))
        {
            return code;
        }

        throw new FormatException(ProblemList.Describe(
            "The administrative area code '" + CodeText.Shown(text) + "'",
            "行政区划代码“" + CodeText.Shown(text) + "”",
            Validate(text)));
    }

    /// <summary>Reads a code if its structure is valid.</summary>
    /// <param name="text">The code, exactly as written.</param>
    /// <param name="code">The code, or the empty code on failure.</param>
    /// <returns><see langword="true"/> when the text is an area code.</returns>
    public static bool TryParse([NotNullWhen(true)] string? text, out AdministrativeAreaCode code)
    {
        code = default;
        return text is not null && TryParse(text.AsSpan(), out code);
    }

    /// <summary>Reads a code if its structure is valid.</summary>
    /// <param name="text">The code, exactly as written.</param>
    /// <param name="code">The code, or the empty code on failure.</param>
    /// <returns><see langword="true"/> when the text is an area code.</returns>
    public static bool TryParse(ReadOnlySpan<char> text, out AdministrativeAreaCode code)
    {
        code = default;
        if (text.Length is not (6 or 9 or 12))
        {
            return false;
        }

        long value = 0;
        foreach (var c in text)
        {
            if (c is < '0' or > '9')
            {
                return false;
            }

            value = (value * 10) + (c - '0');
        }

        for (var i = text.Length; i < 12; i++)
        {
            value *= 10;
        }

        if (StructureProblem(value) is not null)
        {
            return false;
        }

        code = new AdministrativeAreaCode(value, text.Length);
        return true;
    }

    /// <summary>
    /// Checks a text and returns every problem at once: the length (<see cref="CodeRuleCodes.AreaCodeLength"/>), each
    /// character that is not an ASCII digit by position (<see cref="CodeRuleCodes.AreaCodeCharacter"/>, at most 20), and —
    /// when those are sound — the structure (<see cref="CodeRuleCodes.AreaCodeStructure"/>). All are errors.
    /// </summary>
    /// <param name="text">The code, exactly as written; <see langword="null"/> is reported as empty.</param>
    /// <param name="path">The path to give the findings, e.g. <c>Area</c>; empty by default.</param>
    /// <returns>The findings; empty when the text is an area code.</returns>
    public static IReadOnlyList<Finding> Validate(string? text, string path = "")
    {
        Preconditions.CheckNotNull(path);
        if (TryParse(text, out _))
        {
            return [];
        }

        var findings = new List<Finding>();
        if (string.IsNullOrEmpty(text))
        {
            findings.Add(Finding.Error(CodeRuleCodes.AreaCodeLength, path, null,
                "The administrative area code (行政区划代码) is empty; it has 6, 9 or 12 digits.",
                "行政区划代码为空，应为6位、9位或12位数字。"));
            return findings;
        }

        var shown = CodeText.Shown(text);
        if (text.Length > CodeText.MaxInputLength)
        {
            findings.Add(Finding.Error(CodeRuleCodes.AreaCodeLength, path, shown,
                "The text '" + shown + "' is " + CodeText.Invariant(text.Length) + " characters long, not an administrative area code of 6, 9 or 12 digits; texts over 256 characters are not examined.",
                "“" + shown + "”长" + CodeText.Invariant(text.Length) + "个字符，不是6位、9位或12位的行政区划代码；超过256个字符的文本不予检查。"));
            return findings;
        }

        if (text.Length is not (6 or 9 or 12))
        {
            findings.Add(Finding.Error(CodeRuleCodes.AreaCodeLength, path, shown,
                "The administrative area code '" + shown + "' has " + CodeText.Invariant(text.Length) + " characters; it has 6 (province, city, county), 9 (township) or 12 (village) digits.",
                "行政区划代码“" + shown + "”为" + CodeText.Invariant(text.Length) + "位，应为6位（省、市、县）、9位（乡级）或12位（村级）数字。"));
        }

        var characterFindings = 0;
        for (var i = 0; i < text.Length && characterFindings < CodeText.MaxCharacterFindings; i++)
        {
            var c = text[i];
            if (c is < '0' or > '9')
            {
                var half = CodeText.HalfWidth(c);
                var hint = half is >= '0' and <= '9' ? "; it is full-width, write the half-width '" + half + "'" : string.Empty;
                var hintZh = half is >= '0' and <= '9' ? "；此为全角字符，应写作半角“" + half + "”" : string.Empty;
                findings.Add(Finding.Error(CodeRuleCodes.AreaCodeCharacter, path, shown,
                    "Position " + CodeText.Position(i) + ": '" + CodeText.Char(c) + "' is not a digit" + hint + ".",
                    "第" + CodeText.Position(i) + "位：“" + CodeText.Char(c) + "”不是数字" + hintZh + "。"));
                characterFindings++;
            }
        }

        if (findings.Count == 0)
        {
            var value = long.Parse(text.PadRight(12, '0'), NumberStyles.None, CultureInfo.InvariantCulture);
            var (english, chinese) = StructureProblem(value)!.Value;
            findings.Add(Finding.Error(CodeRuleCodes.AreaCodeStructure, path, shown,
                "The administrative area code '" + shown + "' is not well formed: " + english + ".",
                "行政区划代码“" + shown + "”结构错误：" + chinese + "。"));
        }

        return findings;
    }

    /// <summary>Returns whether <paramref name="other"/> is this area or lies within it (e.g. <c>620500</c> contains <c>620524100</c>).</summary>
    /// <param name="other">The other area.</param>
    /// <returns><see langword="true"/> when <paramref name="other"/> is this area or below it; <see langword="false"/> when either is empty.</returns>
    public bool Contains(AdministrativeAreaCode other)
    {
        if (IsEmpty || other.IsEmpty || other.Level < Level)
        {
            return false;
        }

        var divisor = Level switch
        {
            AdministrativeAreaLevel.Province => 10000000000L,
            AdministrativeAreaLevel.City => 100000000L,
            AdministrativeAreaLevel.County => 1000000L,
            AdministrativeAreaLevel.Township => 1000L,
            _ => 1L,
        };
        return digits / divisor == other.digits / divisor;
    }

    /// <summary>Returns the code as the 12-digit statistical division code, e.g. <c>620524000000</c> for <c>620524</c>.</summary>
    /// <returns>Twelve digits; empty for the empty code.</returns>
    public string ToTwelveDigits() => IsEmpty ? string.Empty : digits.ToString("D12", CultureInfo.InvariantCulture);

    /// <summary>Returns whether two codes name the same area.</summary>
    /// <param name="left">The first code.</param>
    /// <param name="right">The second code.</param>
    /// <returns><see langword="true"/> when equal.</returns>
    public static bool operator ==(AdministrativeAreaCode left, AdministrativeAreaCode right) => left.Equals(right);

    /// <summary>Returns whether two codes name different areas.</summary>
    /// <param name="left">The first code.</param>
    /// <param name="right">The second code.</param>
    /// <returns><see langword="true"/> when different.</returns>
    public static bool operator !=(AdministrativeAreaCode left, AdministrativeAreaCode right) => !left.Equals(right);

    /// <inheritdoc />
    public bool Equals(AdministrativeAreaCode other) => digits == other.digits && IsEmpty == other.IsEmpty;

    /// <inheritdoc />
    public override bool Equals(object? obj) => obj is AdministrativeAreaCode other && Equals(other);

    /// <inheritdoc />
    public override int GetHashCode() => digits.GetHashCode();

    /// <summary>Returns the code as written: 6, 9 or 12 digits.</summary>
    /// <returns>The code; empty for the empty code.</returns>
    public override string ToString() =>
        IsEmpty ? string.Empty : (digits / Pow10(12 - length)).ToString("D" + CodeText.Invariant(length), CultureInfo.InvariantCulture);

    private static long Pow10(int exponent)
    {
        long result = 1;
        for (var i = 0; i < exponent; i++)
        {
            result *= 10;
        }

        return result;
    }

    private static (string English, string Chinese)? StructureProblem(long value)
    {
        var province = value / 10000000000L;
        var city = value / 100000000L % 100;
        var county = value / 1000000L % 100;
        var township = value / 1000L % 1000;
        var village = value % 1000;
        if (province / 10 is < 1 or > 8 || province % 10 == 0)
        {
            return (
                "the province digits '" + province.ToString("D2", CultureInfo.InvariantCulture) + "' are not 11 to 89 without a zero (e.g. 11 Beijing, 62 Gansu)",
                "省级代码“" + province.ToString("D2", CultureInfo.InvariantCulture) + "”应为11至89且不含0（如11北京、62甘肃）");
        }

        if (city == 0 && county != 0)
        {
            return ("a county (digits 5–6) needs city digits (3–4)", "县级代码（第5至6位）须有地级代码（第3至4位）");
        }

        if (city == 0 && township != 0)
        {
            return ("a township (digits 7–9) stands under a city or county, not directly under a province", "乡级代码（第7至9位）须在地级或县级之下，不能直属省级");
        }

        if (township == 0 && village != 0)
        {
            return ("a village (digits 10–12) needs township digits (7–9)", "村级代码（第10至12位）须有乡级代码（第7至9位）");
        }

        return null;
    }
}
