using System;
using System.Collections.Generic;
using System.Diagnostics.CodeAnalysis;
using PowerGovernance.Internal;
using PowerGovernance.Validation;

namespace PowerGovernance.Powers;

/// <summary>
/// A unified social credit code of a legal person or other organisation (统一社会信用代码, GB 32100-2015), e.g.
/// <c>91350100M000100Y43</c>: 18 characters with a check character, validated when read.
/// </summary>
/// <remarks>
/// <para>
/// The parts, by position: 1 the registration authority code (登记管理部门代码), 2 the organisation type
/// (机构类别代码), 3–8 the registration authority's administrative area code (登记管理机关行政区划码, digits),
/// 9–17 the body identifier (主体标识码, the organisation code), 18 the check character (校验码).
/// </para>
/// <para>
/// The character set is the digits 0–9 and the capital letters without I, O, Z, S and V, 31 characters with the values
/// 0 to 30 in that order. The check value is 31 − (Σ Cᵢ·Wᵢ mod 31) over the first 17 characters, with the weights
/// Wᵢ = 3^(i−1) mod 31 (1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28); 31 becomes 0.
/// </para>
/// <para>
/// Reading is strict: nothing is trimmed, and lower-case letters and full-width characters are refused (the message
/// names the character meant), because a code is an identifier compared exactly — a host that wants to accept
/// <c>９１…</c> or lower case converts the text itself, knowingly. Texts longer than 256 characters are refused before
/// any other work, and messages echo at most 40 characters of the text.
/// </para>
/// <para>
/// Position 17 is also the organisation code's own check character under GB 11714. Parsing does not check it: codes
/// issued since 2015 in some provinces do not satisfy it, and GB 32100 makes only position 18 the code's check
/// character. <see cref="IsBodyCheckCharacterValid"/> and <see cref="ValidateBodyIdentifier"/> report it for a host
/// that wants to know. The default value is the empty code (<see cref="IsEmpty"/>).
/// </para>
/// </remarks>
public readonly struct UnifiedSocialCreditCode : IEquatable<UnifiedSocialCreditCode>
{
    /// <summary>The length of a code: 18 characters.</summary>
    public const int Length = 18;

    /// <summary>The code's character set in value order: 0–9 then the capital letters without I, O, Z, S and V.</summary>
    public const string CharacterSet = "0123456789ABCDEFGHJKLMNPQRTUWXY";

    private static readonly int[] Weights = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28];

    private static readonly int[] BodyWeights = [3, 7, 9, 10, 5, 8, 4, 2];

    private static readonly sbyte[] Values = BuildValues();

    private readonly string? value;

    private UnifiedSocialCreditCode(string value)
    {
        this.value = value;
    }

    /// <summary>Gets the code text; empty for the default value.</summary>
    public string Value => value ?? string.Empty;

    /// <summary>Gets whether this is the default, empty code.</summary>
    public bool IsEmpty => value is null;

    /// <summary>Gets the registration authority code (登记管理部门代码, position 1), e.g. <c>1</c> for the establishment office (机构编制), <c>9</c> for market regulation; <c>'\0'</c> for the empty code.</summary>
    public char RegistrationAuthority => value is null ? '\0' : value[0];

    /// <summary>Gets the organisation type code (机构类别代码, position 2), e.g. <c>1</c> for an organ (机关) under the establishment office; <c>'\0'</c> for the empty code.</summary>
    public char OrganisationType => value is null ? '\0' : value[1];

    /// <summary>Gets the registration authority's administrative area code (登记管理机关行政区划码, positions 3–8) as written, e.g. <c>350100</c>; empty for the empty code.</summary>
    public string RegistrationAreaCode => value is null ? string.Empty : value.Substring(2, 6);

    /// <summary>
    /// Gets the registration authority's area as an <see cref="AdministrativeAreaCode"/>, or <see langword="null"/> when
    /// positions 3–8 are not a county-, city- or province-level code — e.g. <c>100000</c>, used for bodies registered
    /// centrally (中央) — or the code is empty.
    /// </summary>
    public AdministrativeAreaCode? RegistrationArea =>
        value is not null && AdministrativeAreaCode.TryParse(RegistrationAreaCode, out var area) ? area : null;

    /// <summary>Gets whether the body was registered centrally: positions 3–8 are <c>100000</c> (中央).</summary>
    public bool IsCentralRegistration => value is not null && string.CompareOrdinal(value, 2, "100000", 0, 6) == 0;

    /// <summary>Gets the body identifier (主体标识码, the organisation code, positions 9–17); empty for the empty code.</summary>
    public string BodyIdentifier => value is null ? string.Empty : value.Substring(8, 9);

    /// <summary>Gets the check character (校验码, position 18); <c>'\0'</c> for the empty code.</summary>
    public char CheckCharacter => value is null ? '\0' : value[17];

    /// <summary>
    /// Gets whether position 17 is the check character GB 11714 gives for positions 9–16 (weights 3, 7, 9, 10, 5, 8, 4, 2
    /// over values 0–35 for 0–9 and A–Z; 11 − (sum mod 11), with 10 written <c>X</c> and 11 written <c>0</c>).
    /// Informational: not every code issued since 2015 satisfies it. <see langword="false"/> for the empty code.
    /// </summary>
    public bool IsBodyCheckCharacterValid => value is not null && BodyCheckCharacter(value.AsSpan(8, 8)) == value[16];

    /// <summary>Reads a code and checks it.</summary>
    /// <param name="text">The code text, exactly as written.</param>
    /// <returns>The code.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="text"/> is null.</exception>
    /// <exception cref="FormatException">The text is not a valid code; the message, in English and Simplified Chinese, lists every problem (see <see cref="Validate"/>).</exception>
    public static UnifiedSocialCreditCode Parse(string text)
    {
        Preconditions.CheckNotNull(text);
        if (TryParse(text, out var code))
        {
            return code;
        }

        throw new FormatException(ProblemList.Describe(
            "The unified social credit code '" + CodeText.Shown(text) + "'",
            "统一社会信用代码“" + CodeText.Shown(text) + "”",
            Validate(text)));
    }

    /// <summary>Reads a code if it is valid.</summary>
    /// <param name="text">The code text, exactly as written.</param>
    /// <param name="code">The code, or the empty code on failure.</param>
    /// <returns><see langword="true"/> when the text is a valid code.</returns>
    public static bool TryParse([NotNullWhen(true)] string? text, out UnifiedSocialCreditCode code)
    {
        code = default;
        if (text is null || text.Length != Length)
        {
            return false;
        }

        var sum = 0;
        for (var i = 0; i < Length - 1; i++)
        {
            var v = ValueOf(text[i]);
            if (v < 0 || (i is >= 2 and <= 7 && v > 9))
            {
                return false;
            }

            sum += v * Weights[i];
        }

        if (text[Length - 1] != CheckFromSum(sum))
        {
            return false;
        }

        code = new UnifiedSocialCreditCode(text);
        return true;
    }

    /// <summary>
    /// Checks a text and returns every problem at once: its length (<see cref="CodeRuleCodes.CreditCodeLength"/>), each
    /// character outside the set by position (<see cref="CodeRuleCodes.CreditCodeCharacter"/>, at most 20), each letter
    /// among positions 3–8 (<see cref="CodeRuleCodes.CreditCodeAreaNotDigits"/>), and — when the rest is sound — the check
    /// character (<see cref="CodeRuleCodes.CreditCodeCheckCharacter"/>). All are errors.
    /// </summary>
    /// <param name="text">The code text, exactly as written; <see langword="null"/> is reported as empty.</param>
    /// <param name="path">The path to give the findings, e.g. <c>ImplementingBody</c>; empty by default.</param>
    /// <returns>The findings; empty when the text is a valid code.</returns>
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
            findings.Add(Finding.Error(CodeRuleCodes.CreditCodeLength, path, null,
                "The unified social credit code (统一社会信用代码) is empty; it has 18 characters.",
                "统一社会信用代码为空，应为18位。"));
            return findings;
        }

        var shown = CodeText.Shown(text);
        if (text.Length > CodeText.MaxInputLength)
        {
            findings.Add(Finding.Error(CodeRuleCodes.CreditCodeLength, path, shown,
                "The text '" + shown + "' is " + CodeText.Invariant(text.Length) + " characters long, not a unified social credit code of 18 characters; texts over 256 characters are not examined.",
                "“" + shown + "”长" + CodeText.Invariant(text.Length) + "个字符，不是18位的统一社会信用代码；超过256个字符的文本不予检查。"));
            return findings;
        }

        if (text.Length != Length)
        {
            findings.Add(Finding.Error(CodeRuleCodes.CreditCodeLength, path, shown,
                "The unified social credit code '" + shown + "' has " + CodeText.Invariant(text.Length) + " characters; it has 18.",
                "统一社会信用代码“" + shown + "”为" + CodeText.Invariant(text.Length) + "位，应为18位。"));
        }

        var characterFindings = 0;
        var checkedLength = text.Length == Length ? Length - 1 : text.Length;
        for (var i = 0; i < checkedLength && characterFindings < CodeText.MaxCharacterFindings; i++)
        {
            var c = text[i];
            var v = ValueOf(c);
            if (v < 0)
            {
                findings.Add(CharacterFinding(path, shown, i, c));
                characterFindings++;
            }
            else if (i is >= 2 and <= 7 && v > 9)
            {
                findings.Add(Finding.Error(CodeRuleCodes.CreditCodeAreaNotDigits, path, shown,
                    "Position " + CodeText.Position(i) + ": '" + c + "' is a letter, but positions 3 to 8 hold the registration authority's administrative area code (登记管理机关行政区划码), which is digits.",
                    "第" + CodeText.Position(i) + "位：“" + c + "”是字母，而第3至8位为登记管理机关行政区划码，应为数字。"));
                characterFindings++;
            }
        }

        if (text.Length == Length)
        {
            var last = text[Length - 1];
            if (findings.Count > 0)
            {
                if (ValueOf(last) < 0 && characterFindings < CodeText.MaxCharacterFindings)
                {
                    findings.Add(CharacterFinding(path, shown, Length - 1, last));
                }
            }
            else
            {
                var expected = ComputeCheckCharacter(text.AsSpan(0, Length - 1));
                var outside = ValueOf(last) < 0;
                var shownLast = CodeText.Char(last);
                findings.Add(Finding.Error(CodeRuleCodes.CreditCodeCheckCharacter, path, shown,
                    "The unified social credit code '" + shown + "' is not valid: the check character is '" + shownLast + "', the code's first 17 characters give '" + expected + "' (GB 32100-2015)"
                        + (outside ? "; '" + shownLast + "' is not even in the code's character set." : "."),
                    "统一社会信用代码“" + shown + "”校验不通过：校验码为“" + shownLast + "”，按前17位计算应为“" + expected + "”（GB 32100-2015）"
                        + (outside ? "；“" + shownLast + "”不属于代码字符集。" : "。")));
            }
        }

        return findings;
    }

    /// <summary>Computes the check character (校验码) for the first 17 characters of a code.</summary>
    /// <param name="first17">The first 17 characters: from <see cref="CharacterSet"/>, positions 3–8 digits.</param>
    /// <returns>The check character.</returns>
    /// <exception cref="ArgumentException">The text is not 17 characters from the set (the message lists every problem).</exception>
    public static char ComputeCheckCharacter(ReadOnlySpan<char> first17)
    {
        if (first17.Length != Length - 1)
        {
            throw new ArgumentException(
                "The text has " + CodeText.Invariant(first17.Length) + " characters; the check character is computed from 17. / 文本为" + CodeText.Invariant(first17.Length) + "位，校验码须由17位计算。",
                nameof(first17));
        }

        var sum = 0;
        for (var i = 0; i < first17.Length; i++)
        {
            var v = ValueOf(first17[i]);
            if (v < 0)
            {
                throw new ArgumentException(ProblemList.Line(CharacterFinding(string.Empty, first17.ToString(), i, first17[i])), nameof(first17));
            }

            sum += v * Weights[i];
        }

        return CheckFromSum(sum);
    }

    /// <summary>
    /// Checks the body identifier's own check character (position 17, GB 11714) and returns a warning
    /// (<see cref="CodeRuleCodes.CreditCodeBodyCheckCharacter"/>) when it does not match; an optional check, see the remarks.
    /// </summary>
    /// <param name="path">The path to give the finding; empty by default.</param>
    /// <returns>No finding, or the one warning; none for the empty code.</returns>
    public IReadOnlyList<Finding> ValidateBodyIdentifier(string path = "")
    {
        Preconditions.CheckNotNull(path);
        if (value is null || IsBodyCheckCharacterValid)
        {
            return [];
        }

        var expected = BodyCheckCharacter(value.AsSpan(8, 8));
        return
        [
            Finding.Warning(CodeRuleCodes.CreditCodeBodyCheckCharacter, path, value,
                "Position 17 of '" + value + "' is '" + value[16] + "', but the organisation code check (GB 11714) of positions 9 to 16 gives '" + expected + "'; some codes issued since 2015 do not follow it, so check the code with the registration authority.",
                "“" + value + "”第17位为“" + value[16] + "”，按GB 11714对第9至16位计算的组织机构代码校验码应为“" + expected + "”；2015年以后部分地区赋予的代码不符合此规则，请向登记管理机关核实。"),
        ];
    }

    /// <summary>Returns whether two codes are equal.</summary>
    /// <param name="left">The first code.</param>
    /// <param name="right">The second code.</param>
    /// <returns><see langword="true"/> when equal.</returns>
    public static bool operator ==(UnifiedSocialCreditCode left, UnifiedSocialCreditCode right) => left.Equals(right);

    /// <summary>Returns whether two codes differ.</summary>
    /// <param name="left">The first code.</param>
    /// <param name="right">The second code.</param>
    /// <returns><see langword="true"/> when different.</returns>
    public static bool operator !=(UnifiedSocialCreditCode left, UnifiedSocialCreditCode right) => !left.Equals(right);

    /// <inheritdoc />
    public bool Equals(UnifiedSocialCreditCode other) => string.Equals(Value, other.Value, StringComparison.Ordinal);

    /// <inheritdoc />
    public override bool Equals(object? obj) => obj is UnifiedSocialCreditCode other && Equals(other);

    /// <inheritdoc />
    public override int GetHashCode() => StringComparer.Ordinal.GetHashCode(Value);

    /// <summary>Returns the code text.</summary>
    /// <returns>The 18 characters; empty for the empty code.</returns>
    public override string ToString() => Value;

    /// <summary>The value 0–30 of a character of the set, or −1.</summary>
    internal static int ValueOf(char c) => c < 128 ? Values[c] : -1;

    private static sbyte[] BuildValues()
    {
        var values = new sbyte[128];
        Array.Fill(values, (sbyte)-1);
        for (var i = 0; i < CharacterSet.Length; i++)
        {
            values[CharacterSet[i]] = (sbyte)i;
        }

        return values;
    }

    private static char CheckFromSum(int sum)
    {
        var check = 31 - (sum % 31);
        return CharacterSet[check == 31 ? 0 : check];
    }

    private static char BodyCheckCharacter(ReadOnlySpan<char> first8)
    {
        var sum = 0;
        for (var i = 0; i < first8.Length; i++)
        {
            var c = first8[i];
            var v = c is >= '0' and <= '9' ? c - '0' : c is >= 'A' and <= 'Z' ? c - 'A' + 10 : 0;
            sum += v * BodyWeights[i];
        }

        var check = 11 - (sum % 11);
        return check switch
        {
            10 => 'X',
            11 => '0',
            _ => (char)('0' + check),
        };
    }

    private static Finding CharacterFinding(string path, string shown, int index, char c)
    {
        var position = CodeText.Position(index);
        var shownChar = CodeText.Char(c);
        if (CodeText.HalfWidth(c) is { } half)
        {
            var meant = ValueOf(half) >= 0 ? " write the half-width '" + half + "'" : " it is not in the code's character set either";
            var meantZh = ValueOf(half) >= 0 ? "应写作半角“" + half + "”" : "其半角字符也不属于代码字符集";
            return Finding.Error(CodeRuleCodes.CreditCodeCharacter, path, shown,
                "Position " + position + ": '" + shownChar + "' is a full-width character;" + meant + ".",
                "第" + position + "位：“" + shownChar + "”为全角字符，" + meantZh + "。");
        }

        if (c is >= 'a' and <= 'z' && ValueOf(char.ToUpperInvariant(c)) >= 0)
        {
            var upper = char.ToUpperInvariant(c);
            return Finding.Error(CodeRuleCodes.CreditCodeCharacter, path, shown,
                "Position " + position + ": '" + c + "' is lower case; the code uses capital letters, write '" + upper + "'.",
                "第" + position + "位：“" + c + "”为小写字母；代码使用大写字母，应写作“" + upper + "”。");
        }

        if (char.ToUpperInvariant(c) is 'I' or 'O' or 'Z' or 'S' or 'V')
        {
            return Finding.Error(CodeRuleCodes.CreditCodeCharacter, path, shown,
                "Position " + position + ": '" + c + "' is not in the code's character set (I, O, Z, S and V are never used).",
                "第" + position + "位：“" + c + "”不属于代码字符集（不使用I、O、Z、S、V）。");
        }

        return Finding.Error(CodeRuleCodes.CreditCodeCharacter, path, shown,
            "Position " + position + ": '" + shownChar + "' is not in the code's character set (the digits 0–9 and the capital letters except I, O, Z, S and V).",
            "第" + position + "位：“" + shownChar + "”不属于代码字符集（数字0—9及除I、O、Z、S、V以外的大写字母）。");
    }
}
