using System;
using System.Collections.Generic;
using PowerGovernance.Internal;

namespace PowerGovernance.Powers;

/// <summary>
/// The category of a power (权力类别), e.g. 行政许可 (licensing, type code <c>XK</c>). An open set:
/// <see cref="WellKnown"/> lists the national categories, and a host adds its own by creating an
/// instance (e.g. <c>new PowerCategory("ZX", "专项审批", "Special approval")</c>) and passing it where
/// categories are resolved, without forking.
/// </summary>
/// <remarks>Two categories are equal when their type codes are equal (ordinal, case-insensitive).</remarks>
public sealed class PowerCategory : IEquatable<PowerCategory>
{
    /// <summary>Creates a category.</summary>
    /// <param name="typeCode">The item type code used in power codes, e.g. <c>XK</c>: 2 to 4 ASCII letters.</param>
    /// <param name="chineseName">The Chinese name, e.g. <c>行政许可</c>.</param>
    /// <param name="englishName">The English name, e.g. <c>Administrative licensing</c>.</param>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="ArgumentException">
    /// A name is blank, or the type code is not 2 to 4 ASCII letters (the message, in English and Simplified
    /// Chinese, quotes the code).
    /// </exception>
    public PowerCategory(string typeCode, string chineseName, string englishName)
    {
        Preconditions.CheckNotBlank(typeCode);
        var code = typeCode.Trim().ToUpperInvariant();
        if (code.Length is < 2 or > 4 || !IsAsciiLetters(code))
        {
            throw new ArgumentException(
                "The type code '" + typeCode + "' must be 2 to 4 ASCII letters, e.g. 'XK'. / 类别代码“" + typeCode + "”须为2至4个英文字母，如“XK”。",
                nameof(typeCode));
        }

        TypeCode = code;
        ChineseName = Preconditions.CheckNotBlank(chineseName).Trim();
        EnglishName = Preconditions.CheckNotBlank(englishName).Trim();
    }

    /// <summary>Gets 行政许可, administrative licensing (<c>XK</c>).</summary>
    public static PowerCategory Licensing { get; } = new("XK", "行政许可", "Administrative licensing");

    /// <summary>Gets 行政处罚, administrative penalty (<c>CF</c>).</summary>
    public static PowerCategory Penalty { get; } = new("CF", "行政处罚", "Administrative penalty");

    /// <summary>Gets 行政强制, administrative coercion (<c>QZ</c>).</summary>
    public static PowerCategory Coercion { get; } = new("QZ", "行政强制", "Administrative coercion");

    /// <summary>Gets 行政征收, administrative levy (<c>ZS</c>).</summary>
    public static PowerCategory Levy { get; } = new("ZS", "行政征收", "Administrative levy");

    /// <summary>Gets 行政给付, administrative benefit payment (<c>JF</c>).</summary>
    public static PowerCategory Benefit { get; } = new("JF", "行政给付", "Administrative benefit");

    /// <summary>Gets 行政检查, administrative inspection (<c>JC</c>).</summary>
    public static PowerCategory Inspection { get; } = new("JC", "行政检查", "Administrative inspection");

    /// <summary>Gets 行政确认, administrative confirmation (<c>QR</c>).</summary>
    public static PowerCategory Confirmation { get; } = new("QR", "行政确认", "Administrative confirmation");

    /// <summary>Gets 行政奖励, administrative award (<c>JL</c>).</summary>
    public static PowerCategory Award { get; } = new("JL", "行政奖励", "Administrative award");

    /// <summary>Gets 行政裁决, administrative adjudication (<c>CJ</c>).</summary>
    public static PowerCategory Adjudication { get; } = new("CJ", "行政裁决", "Administrative adjudication");

    /// <summary>Gets 非行政许可审批, non-licensing approval (<c>SP</c>).</summary>
    public static PowerCategory NonLicensingApproval { get; } = new("SP", "非行政许可审批", "Non-licensing approval");

    /// <summary>
    /// Gets 公共服务, public service (<c>GG</c>): the public-service items a 权责清单 lists beside the administrative powers
    /// (行政权力事项和公共服务事项).
    /// </summary>
    public static PowerCategory PublicService { get; } = new("GG", "公共服务", "Public service");

    /// <summary>Gets 其他, other powers (<c>QT</c>).</summary>
    public static PowerCategory Other { get; } = new("QT", "其他", "Other administrative power");

    /// <summary>Gets the well-known national categories, in the order listed above.</summary>
    public static IReadOnlyList<PowerCategory> WellKnown { get; } =
    [
        Licensing, Penalty, Coercion, Levy, Benefit, Inspection, Confirmation, Award, Adjudication, NonLicensingApproval, PublicService, Other,
    ];

    /// <summary>Gets the item type code, upper case, e.g. <c>XK</c>.</summary>
    public string TypeCode { get; }

    /// <summary>Gets the Chinese name, e.g. <c>行政许可</c>.</summary>
    public string ChineseName { get; }

    /// <summary>Gets the English name.</summary>
    public string EnglishName { get; }

    /// <summary>
    /// Finds a category by type code (<c>XK</c>), Chinese name (<c>行政许可</c>, or without the
    /// <c>行政</c> prefix: <c>许可</c>) or English name, among <see cref="WellKnown"/> and
    /// <paramref name="additional"/> (which win on conflict).
    /// </summary>
    /// <param name="text">The code or name; surrounding white space is ignored.</param>
    /// <param name="category">The category found.</param>
    /// <param name="additional">A host's own categories, or <see langword="null"/>.</param>
    /// <returns><see langword="true"/> when found.</returns>
    public static bool TryFind(string? text, out PowerCategory category, IEnumerable<PowerCategory>? additional = null)
    {
        category = Other;
        if (string.IsNullOrWhiteSpace(text))
        {
            return false;
        }

        var key = text.Trim();
        if (additional is not null)
        {
            foreach (var candidate in additional)
            {
                if (candidate is not null && candidate.Matches(key))
                {
                    category = candidate;
                    return true;
                }
            }
        }

        foreach (var candidate in WellKnown)
        {
            if (candidate.Matches(key))
            {
                category = candidate;
                return true;
            }
        }

        return false;
    }

    /// <inheritdoc />
    public bool Equals(PowerCategory? other) => other is not null && string.Equals(TypeCode, other.TypeCode, StringComparison.Ordinal);

    /// <inheritdoc />
    public override bool Equals(object? obj) => Equals(obj as PowerCategory);

    /// <inheritdoc />
    public override int GetHashCode() => StringComparer.Ordinal.GetHashCode(TypeCode);

    /// <summary>Returns e.g. <c>XK 行政许可</c>.</summary>
    /// <returns>The type code and the Chinese name.</returns>
    public override string ToString() => TypeCode + " " + ChineseName;

    private static bool IsAsciiLetters(string text)
    {
        foreach (var c in text)
        {
            if (c is < 'A' or > 'Z')
            {
                return false;
            }
        }

        return true;
    }

    private bool Matches(string key) =>
        string.Equals(TypeCode, key, StringComparison.OrdinalIgnoreCase)
        || string.Equals(ChineseName, key, StringComparison.Ordinal)
        || (ChineseName.StartsWith("行政", StringComparison.Ordinal) && string.Equals(ChineseName[2..], key, StringComparison.Ordinal))
        || string.Equals(EnglishName, key, StringComparison.OrdinalIgnoreCase);
}
