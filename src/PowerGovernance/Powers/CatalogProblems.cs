using System;
using System.Globalization;

namespace PowerGovernance.Powers;

/// <summary>The <see cref="CatalogProblem"/>s the kernel reports, each with its English and Chinese text in one place.</summary>
internal static class CatalogProblems
{
    internal static CatalogProblem NullPower(int position) => new(
        default,
        "NullPower",
        Invariant($"The power at position {position} is null."),
        Invariant($"位置{position}处的权力事项为空。"));

    internal static CatalogProblem DuplicateCode(PowerCode code, int position) => new(
        code,
        "DuplicateCode",
        Invariant($"The code '{code}' is listed more than once (position {position}); power codes must be unique."),
        Invariant($"权力编码“{code}”重复列入（位置{position}）；权力编码必须唯一。"));

    internal static CatalogProblem ChangedTwice(PowerCode code) => new(
        code,
        "ChangedTwice",
        Invariant($"'{code}' is changed more than once in the same change set."),
        Invariant($"同一变更集中对“{code}”作了多次变更。"));

    internal static CatalogProblem AlreadyListed(PowerCode code) => new(
        code,
        "AlreadyListed",
        Invariant($"'{code}' is already listed; amend it instead of adding it."),
        Invariant($"“{code}”已列入职权目录，应予修改，不得重复新增。"));

    internal static CatalogProblem CannotChangeUnlisted(PowerCode code, int version, CatalogChangeKind kind) => new(
        code,
        "NotListed",
        Invariant($"'{code}' is not listed in version {version}, so it cannot be {(kind == CatalogChangeKind.Amend ? "amended" : "abolished")}."),
        Invariant($"“{code}”未列入第{version}版职权目录，无法{(kind == CatalogChangeKind.Amend ? "修改" : "废止")}。"));

    /// <summary>凡未列入《职权目录》的权力，不得行使 (a power not in the catalog may not be exercised).</summary>
    internal static CatalogProblem NotListed(PowerCode code, int version) => new(
        code,
        "NotListed",
        Invariant($"Power '{code}' is not listed in catalog version {version}; a power not in the catalog may not be exercised."),
        Invariant($"权力事项“{code}”未列入第{version}版职权目录；凡未列入《职权目录》的权力，不得行使。"));

    /// <summary>凡无合法依据的，应予以废止; 无法律依据的，原则上予以取消或废止 (a power without a legal basis is to be abolished).</summary>
    internal static CatalogProblem ToBeAbolished(Power power, int version) => new(
        power.Code,
        CatalogRuleCodes.LegalBasisMissing,
        Invariant($"Power '{power.Code}'{NameEnglish(power.Name)} in catalog version {version} has no legal basis, so it is to be abolished and may not be exercised: a power without a legal basis is to be abolished."),
        Invariant($"第{version}版职权目录中的权力事项“{power.Code}”{NameChinese(power.Name)}无合法依据，应予以废止，不得行使；凡无合法依据的，应予以废止。"));

    private static string NameEnglish(string? name) => string.IsNullOrWhiteSpace(name) ? string.Empty : " (" + name.Trim() + ")";

    private static string NameChinese(string? name) => string.IsNullOrWhiteSpace(name) ? string.Empty : "（" + name.Trim() + "）";

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
