using System;
using System.Globalization;
using PowerGovernance.Validation;

namespace PowerGovernance.Powers;

/// <summary>The <see cref="Finding"/>s of the catalog itself (not of one power's content), each with its English and Chinese text in one place.</summary>
/// <remarks>The path names the power by its code, as in <c>Powers[62052400MZ-XK-0001]</c>, or a change as in <c>Changes[…]</c>.</remarks>
internal static class CatalogFindings
{
    internal static Finding NullPower(int position) => Finding.Error(
        CatalogRuleCodes.PowerMissing,
        Invariant($"Powers[{position}]"),
        null,
        Invariant($"The power at position {position} is null."),
        Invariant($"位置{position}处的权力事项为空。"));

    internal static Finding DuplicateCode(PowerCode code, int position) => Finding.Error(
        CatalogRuleCodes.CodeDuplicate,
        PowerPath(code),
        code.Value,
        Invariant($"The code '{code}' is listed more than once (position {position}); power codes must be unique."),
        Invariant($"权力编码“{code}”重复列入（位置{position}）；权力编码必须唯一。"));

    internal static Finding ChangedTwice(PowerCode code) => Finding.Error(
        CatalogReviewRuleCodes.ChangedTwice,
        ChangePath(code),
        code.Value,
        Invariant($"'{code}' is changed more than once in the same change set."),
        Invariant($"同一变更集中对“{code}”作了多次变更。"));

    internal static Finding AlreadyListed(PowerCode code) => Finding.Error(
        CatalogReviewRuleCodes.AlreadyListed,
        ChangePath(code),
        code.Value,
        Invariant($"'{code}' is already listed; amend it instead of adding it."),
        Invariant($"“{code}”已列入职权目录，应予修改，不得重复新增。"));

    internal static Finding CannotChangeUnlisted(PowerCode code, int version, CatalogChangeKind kind) => Finding.Error(
        CatalogReviewRuleCodes.NotListed,
        ChangePath(code),
        code.Value,
        Invariant($"'{code}' is not listed in version {version}, so it cannot be {(kind == CatalogChangeKind.Amend ? "amended" : "abolished")}."),
        Invariant($"“{code}”未列入第{version}版职权目录，无法{(kind == CatalogChangeKind.Amend ? "修改" : "废止")}。"));

    /// <summary>凡未列入《职权目录》的权力，不得行使.</summary>
    internal static Finding NotListed(PowerCode code, int version) => Finding.Error(
        CatalogReviewRuleCodes.NotListed,
        PowerPath(code),
        code.Value,
        Invariant($"Power '{code}' is not listed in catalog version {version}; a power not in the catalog may not be exercised."),
        Invariant($"权力事项“{code}”未列入第{version}版职权目录；凡未列入《职权目录》的权力，不得行使。"));

    /// <summary>凡无合法依据的，应予以废止.</summary>
    internal static Finding ToBeAbolished(Power power, int version) => Finding.Error(
        CatalogRuleCodes.LegalBasisMissing,
        PowerPath(power.Code) + "." + nameof(Power.LegalBases),
        power.Code.Value,
        Invariant($"Power '{power.Code}'{NameEnglish(power.Name)} in catalog version {version} has no legal basis, so it is to be abolished and may not be exercised: a power without a legal basis is to be abolished."),
        Invariant($"第{version}版职权目录中的权力事项“{power.Code}”{NameChinese(power.Name)}无合法依据，应予以废止，不得行使；凡无合法依据的，应予以废止。"));

    internal static string PowerPath(PowerCode code) => "Powers[" + code.Value + "]";

    private static string ChangePath(PowerCode code) => "Changes[" + code.Value + "]";

    private static string NameEnglish(string? name) => string.IsNullOrWhiteSpace(name) ? string.Empty : " (" + name.Trim() + ")";

    private static string NameChinese(string? name) => string.IsNullOrWhiteSpace(name) ? string.Empty : "（" + name.Trim() + "）";

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
