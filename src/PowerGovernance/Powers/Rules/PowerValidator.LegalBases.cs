using System;
using System.Collections.Generic;
using System.Globalization;
using FluentValidation;
using PowerGovernance.Validation;

namespace PowerGovernance.Powers.Rules;

/// <summary>The rules for the legal bases (权力依据): present, complete, and listed in rank order.</summary>
internal sealed partial class PowerValidator
{
    private void AddLegalBasisRules()
    {
        RuleFor(p => p.LegalBases)
            .Must((p, _) => p.HasLegalBasis)
            .Reports(CatalogRuleCodes.LegalBasisMissing, FindingSeverity.Error, (_, _) => new FindingText(
                "The power has no legal basis (权力依据); a power without a legal basis is to be abolished (无法律依据的，予以取消或废止).",
                "该权力无法律依据；无法律依据的，予以取消或废止。",
                null))
            .OverridePropertyName(nameof(Power.LegalBases));

        RuleFor(p => p.LegalBases).Custom(CheckLegalBases);
    }

    /// <summary>Checks each element (null, title, rank, article) and the rank order, reporting element by element.</summary>
    private static void CheckLegalBases(IReadOnlyList<LegalBasis> bases, ValidationContext<Power> context)
    {
        LegalBasis? highestSoFar = null;
        var orderReported = false;
        for (var i = 0; i < bases.Count; i++)
        {
            var basis = bases[i];
            if (basis is null)
            {
                var path = ElementPath(i);
                context.Report(path, CatalogRuleCodes.LegalBasisNull, FindingSeverity.Error, new FindingText(
                    "The legal basis " + path + " is empty (null).",
                    "第" + CatalogText.Invariant(i + 1) + "项法律依据（" + path + "）为空。",
                    null));
                continue;
            }

            CheckLegalBasis(basis, i, context);
            if (!Enum.IsDefined(basis.Rank))
            {
                continue;
            }

            if (highestSoFar is not null && basis.Rank < highestSoFar.Rank && !orderReported)
            {
                orderReported = true;
                context.Report(ElementPath(i) + "." + nameof(LegalBasis.Rank), CatalogRuleCodes.LegalBasesOutOfRankOrder, FindingSeverity.Warning, new FindingText(
                    "The legal basis " + CatalogText.Title(basis.Title) + " (" + CatalogText.RankEnglish(basis.Rank) + ") is listed after "
                        + CatalogText.Title(highestSoFar.Title) + " (" + CatalogText.RankEnglish(highestSoFar.Rank) + "); list bases in rank order: " + CatalogText.RankOrderEnglish + ".",
                    "法律依据" + CatalogText.Title(basis.Title) + "（" + CatalogText.RankChinese(basis.Rank) + "）排在" + CatalogText.Title(highestSoFar.Title)
                        + "（" + CatalogText.RankChinese(highestSoFar.Rank) + "）之后；应按" + CatalogText.RankOrderChinese + "的效力层级排列。",
                    basis.Rank.ToString()));
            }

            if (highestSoFar is null || basis.Rank > highestSoFar.Rank)
            {
                highestSoFar = basis;
            }
        }
    }

    private static void CheckLegalBasis(LegalBasis basis, int index, ValidationContext<Power> context)
    {
        if (string.IsNullOrWhiteSpace(basis.Title))
        {
            var article = string.IsNullOrWhiteSpace(basis.Article) ? null : basis.Article.Trim();
            context.Report(ElementPath(index) + "." + nameof(LegalBasis.Title), CatalogRuleCodes.LegalBasisTitleMissing, FindingSeverity.Error, new FindingText(
                "A legal basis (" + CatalogText.RankEnglish(basis.Rank) + (article is null ? string.Empty : ", " + article) + ") has no title; name the law, regulation or document relied on.",
                "法律依据（" + CatalogText.RankChinese(basis.Rank) + (article is null ? string.Empty : "，" + article) + "）缺少名称，应写明所依据的法律、法规或文件名称。",
                basis.Title));
        }

        if (!Enum.IsDefined(basis.Rank))
        {
            context.Report(ElementPath(index) + "." + nameof(LegalBasis.Rank), CatalogRuleCodes.LegalBasisRankUndefined, FindingSeverity.Error, new FindingText(
                "The legal basis " + CatalogText.Title(basis.Title) + " has the undefined rank " + CatalogText.EnumText(basis.Rank) + "; use one of: " + CatalogText.RankOrderEnglish + ".",
                "法律依据" + CatalogText.Title(basis.Title) + "的效力层级" + CatalogText.EnumText(basis.Rank) + "无效，应为以下之一：" + CatalogText.RankOrderChinese + "。",
                CatalogText.EnumText(basis.Rank)));
        }

        if (string.IsNullOrWhiteSpace(basis.Article))
        {
            context.Report(ElementPath(index) + "." + nameof(LegalBasis.Article), CatalogRuleCodes.LegalBasisArticleMissing, FindingSeverity.Info, new FindingText(
                "The legal basis " + CatalogText.Title(basis.Title) + " cites no article; cite the article relied on, e.g. 第四十二条.",
                "法律依据" + CatalogText.Title(basis.Title) + "未注明条款，应注明所依据的具体条款（如第四十二条）。",
                basis.Article));
        }
    }

    private static string ElementPath(int index) =>
        string.Create(CultureInfo.InvariantCulture, $"{nameof(Power.LegalBases)}[{index}]");
}
