using System;
using System.Globalization;
using PowerGovernance.Calendars;

namespace PowerGovernance.Powers.Rules;

/// <summary>Culture-invariant English and Chinese wording shared by the catalog rules' messages.</summary>
internal static class CatalogText
{
    internal static string RankEnglish(LegalBasisRank rank) => rank switch
    {
        LegalBasisRank.Law => "law",
        LegalBasisRank.AdministrativeRegulation => "administrative regulation",
        LegalBasisRank.DepartmentalRule => "departmental rule",
        LegalBasisRank.LocalRegulation => "local regulation",
        LegalBasisRank.LocalGovernmentRule => "local government rule",
        LegalBasisRank.NormativeDocument => "normative document",
        LegalBasisRank.PartyRegulation => "Party regulation",
        _ => "undefined rank " + ((int)rank).ToString(CultureInfo.InvariantCulture),
    };

    internal static string RankChinese(LegalBasisRank rank) => rank switch
    {
        LegalBasisRank.Law => "法律",
        LegalBasisRank.AdministrativeRegulation => "行政法规",
        LegalBasisRank.DepartmentalRule => "部门规章",
        LegalBasisRank.LocalRegulation => "地方性法规",
        LegalBasisRank.LocalGovernmentRule => "地方政府规章",
        LegalBasisRank.NormativeDocument => "规范性文件",
        LegalBasisRank.PartyRegulation => "党内法规",
        _ => "无效层级" + ((int)rank).ToString(CultureInfo.InvariantCulture),
    };

    internal const string RankOrderEnglish =
        "law, administrative regulation, departmental rule, local regulation, local government rule, normative document, Party regulation";

    internal const string RankOrderChinese = "法律、行政法规、部门规章、地方性法规、地方政府规章、规范性文件、党内法规";

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
