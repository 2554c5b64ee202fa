using System;
using System.Globalization;
using System.Linq;
using PowerGovernance.Calendars;

namespace PowerGovernance.Powers.Rules;

/// <summary>Culture-invariant English and Chinese wording shared by the catalog rules' messages.</summary>
internal static class CatalogText
{
    internal static string RankEnglish(LegalBasisRank rank) =>
        Enum.IsDefined(rank) ? Terms.EnglishName(rank) : "undefined rank " + ((int)rank).ToString(CultureInfo.InvariantCulture);

    internal static string RankChinese(LegalBasisRank rank) =>
        Enum.IsDefined(rank) ? Terms.ChineseName(rank) : "无效层级" + ((int)rank).ToString(CultureInfo.InvariantCulture);

    internal static readonly string RankOrderEnglish = string.Join(", ", Enum.GetValues<LegalBasisRank>().Select(r => Terms.EnglishName(r)));

    internal static readonly string RankOrderChinese = string.Join("、", Enum.GetValues<LegalBasisRank>().Select(r => Terms.ChineseName(r)));

    /// <summary>The instrument's title in 《》, or a placeholder when it has none.</summary>
    internal static string Title(string? title)
    {
        if (string.IsNullOrWhiteSpace(title))
        {
            return "《（无名称）》";
        }

        var trimmed = title.Trim();
        return trimmed.StartsWith('《') ? trimmed : "《" + trimmed + "》";
    }

    /// <summary>The value as text for <see cref="Validation.Finding.AttemptedValue"/>.</summary>
    internal static string Invariant(int value) => value.ToString(CultureInfo.InvariantCulture);

    /// <summary>The value as text for <see cref="Validation.Finding.AttemptedValue"/>.</summary>
    internal static string Invariant(decimal value) => value.ToString(CultureInfo.InvariantCulture);

    /// <summary>An enum value as its name, or its number when undefined.</summary>
    internal static string EnumText<TEnum>(TEnum value)
        where TEnum : struct, Enum =>
        Enum.IsDefined(value) ? value.ToString() : Convert.ToInt64(value, CultureInfo.InvariantCulture).ToString(CultureInfo.InvariantCulture);

    /// <summary>
    /// The required reduction, 1 − numerator/denominator, in words: <c>one third</c> / <c>三分之一</c> for
    /// the default 2/3.
    /// </summary>
    internal static (string English, string Chinese) Reduction(int numerator, int denominator)
    {
        long top = (long)denominator - numerator;
        long bottom = denominator;
        var divisor = Gcd(top, bottom);
        top /= divisor;
        bottom /= divisor;
        return (top, bottom) switch
        {
            (1, 2) => ("one half", "二分之一"),
            (1, 3) => ("one third", "三分之一"),
            (1, 4) => ("one quarter", "四分之一"),
            (1, 5) => ("one fifth", "五分之一"),
            _ => (
                top.ToString(CultureInfo.InvariantCulture) + "/" + bottom.ToString(CultureInfo.InvariantCulture),
                bottom.ToString(CultureInfo.InvariantCulture) + "分之" + top.ToString(CultureInfo.InvariantCulture)),
        };
    }

    private static long Gcd(long a, long b)
    {
        while (b != 0)
        {
            (a, b) = (b, a % b);
        }

        return a == 0 ? 1 : a;
    }
}
