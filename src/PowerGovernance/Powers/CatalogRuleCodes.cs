namespace PowerGovernance.Powers;

/// <summary>
/// The stable codes of the catalog rules (职权目录审核规则) that <see cref="CatalogValidator"/> reports as
/// <see cref="Validation.Finding.Code"/>. Each entry states the severity and the path of its finding.
/// </summary>
/// <remarks>
/// Codes are PascalCase rule names, the same in every language; a released code never changes meaning.
/// A host switches a rule off by listing its code in <see cref="CatalogRuleOptions.DisabledRules"/>.
/// Severities: <em>Error</em> — the entry cannot be confirmed as it stands; <em>Warning</em> — it should be
/// corrected; <em>Info</em> — a point for the reviewer.
/// </remarks>
public static class CatalogRuleCodes
{
    /// <summary>
    /// Error, path empty: the power itself is <see langword="null"/> (权力事项为空). <see cref="PowerCatalog"/> reports
    /// a null power with this code and the path <c>Powers[i]</c> (its zero-based position).
    /// </summary>
    public const string PowerMissing = nameof(PowerMissing);

    /// <summary>Error, path <c>Code</c>: the power code is empty (缺少权力编码).</summary>
    public const string CodeMissing = nameof(CodeMissing);

    /// <summary>Error, path <c>Code</c>: the code does not match <see cref="CatalogRuleOptions.CodeFormat"/> (权力编码格式错误).</summary>
    public const string CodeMalformed = nameof(CodeMalformed);

    /// <summary>
    /// Error, path <c>Code</c>: the type code captured by the format (e.g. <c>XK</c>) differs from the
    /// category's <see cref="PowerCategory.TypeCode"/> (编码类别代码与权力类别不符). Not checked when the
    /// format captures no type.
    /// </summary>
    public const string CodeTypeMismatch = nameof(CodeTypeMismatch);

    /// <summary>
    /// Error, path <c>Code</c>: an earlier power in the same list has an equal <see cref="PowerCode"/>
    /// (权力编码重复); every repetition after the first is reported. Empty codes are reported as
    /// <see cref="CodeMissing"/> instead. <see cref="PowerCatalog"/> refuses such a list with this code and the path
    /// <c>Powers[code]</c>.
    /// </summary>
    public const string CodeDuplicate = nameof(CodeDuplicate);

    /// <summary>Error, path <c>Name</c>: the item name is missing or blank (缺少项目名称).</summary>
    public const string NameMissing = nameof(NameMissing);

    /// <summary>Error, path <c>Category</c>: the category is missing (缺少权力类别).</summary>
    public const string CategoryMissing = nameof(CategoryMissing);

    /// <summary>
    /// Error, path <c>Category</c>: the category is neither one of <see cref="PowerCategory.WellKnown"/> nor
    /// one of <see cref="CatalogRuleOptions.AdditionalCategories"/> (权力类别未登记).
    /// </summary>
    public const string CategoryUnknown = nameof(CategoryUnknown);

    /// <summary>
    /// Error, path <c>LegalBases</c>: the power has no legal basis — the list is empty, or no entry names an
    /// instrument (<see cref="Power.HasLegalBasis"/> is <see langword="false"/>) — so it is to be abolished
    /// (无法律依据的，予以取消或废止; 凡无合法依据的，应予以废止). The same code is the
    /// <see cref="Validation.Finding.Code"/> of <see cref="PowerCatalog.MayBeExercised"/> for such a power (path
    /// <c>Powers[code].LegalBases</c>), and of <see cref="CatalogReview.Decide"/> when it refuses to confirm it.
    /// </summary>
    public const string LegalBasisMissing = nameof(LegalBasisMissing);

    /// <summary>Error, path <c>LegalBases[i]</c>: an element of the list is <see langword="null"/> (法律依据为空).</summary>
    public const string LegalBasisNull = nameof(LegalBasisNull);

    /// <summary>Error, path <c>LegalBases[i].Title</c>: a legal basis has no title (法律依据缺少名称).</summary>
    public const string LegalBasisTitleMissing = nameof(LegalBasisTitleMissing);

    /// <summary>Error, path <c>LegalBases[i].Rank</c>: a rank that is not a defined <see cref="LegalBasisRank"/> (效力层级无效).</summary>
    public const string LegalBasisRankUndefined = nameof(LegalBasisRankUndefined);

    /// <summary>Info, path <c>LegalBases[i].Article</c>: a legal basis cites no article (法律依据未注明条款).</summary>
    public const string LegalBasisArticleMissing = nameof(LegalBasisArticleMissing);

    /// <summary>
    /// Warning, path <c>LegalBases[i].Rank</c> of the first basis listed after a lower-ranked one: bases are
    /// not in rank order (法律依据未按效力层级排列: law, administrative regulation, departmental rule, local regulation, provincial government rule).
    /// </summary>
    public const string LegalBasesOutOfRankOrder = nameof(LegalBasesOutOfRankOrder);

    /// <summary>Error, path <c>ImplementingBody</c>: the implementing body is missing (缺少实施主体).</summary>
    public const string ImplementingBodyMissing = nameof(ImplementingBodyMissing);

    /// <summary>Error, path <c>UndertakingUnit</c>: the undertaking unit is missing (缺少承办机构/队室).</summary>
    public const string UndertakingUnitMissing = nameof(UndertakingUnitMissing);

    /// <summary>Warning, path <c>UndertakingPost</c>: the undertaking post is missing (缺少承办岗位).</summary>
    public const string UndertakingPostMissing = nameof(UndertakingPostMissing);

    /// <summary>Warning, path <c>ResponsiblePerson</c>: the responsible person is missing (缺少负责人).</summary>
    public const string ResponsiblePersonMissing = nameof(ResponsiblePersonMissing);

    /// <summary>Error, path <c>Initiation</c>: a value that is not a defined <see cref="Powers.Initiation"/> (启动方式无效).</summary>
    public const string InitiationUndefined = nameof(InitiationUndefined);

    /// <summary>Error, path <c>Conditions</c>: a power exercised on application states no conditions (依申请事项缺少办理条件).</summary>
    public const string ConditionsMissing = nameof(ConditionsMissing);

    /// <summary>Error, path <c>CommittedTimeLimit</c>: the power has no committed time limit (缺少承诺时限).</summary>
    public const string CommittedLimitMissing = nameof(CommittedLimitMissing);

    /// <summary>
    /// Error, path <c>CommittedTimeLimit</c>: the committed limit is not at least one third shorter than the
    /// legal limit (承诺时限未比法定时限缩短三分之一以上); see
    /// <see cref="CatalogRuleOptions.CommittedLimitMaxNumerator"/> for the rounding.
    /// </summary>
    public const string CommittedLimitNotShortened = nameof(CommittedLimitNotShortened);

    /// <summary>
    /// Error, path <c>CommittedTimeLimit</c>: the committed and legal limits count different kinds of days
    /// (working days against natural days), so they cannot be compared (承诺时限与法定时限计算方式不一致).
    /// </summary>
    public const string CommittedLimitKindMismatch = nameof(CommittedLimitKindMismatch);

    /// <summary>
    /// Info, path <c>CommittedTimeLimit</c>: no law sets a limit, so the committed limit is the office's own
    /// and must be announced (法律未规定时限的，自行确定并公布).
    /// </summary>
    public const string CommittedLimitSetByOffice = nameof(CommittedLimitSetByOffice);

    /// <summary>Warning, path <c>Fee</c>: the fee is not stated at all; it should say free or charged (未载明收费情况).</summary>
    public const string FeeMissing = nameof(FeeMissing);

    /// <summary>Error, path <c>Fee.Basis</c>: a fee is charged without a basis for charging (收费无依据).</summary>
    public const string FeeBasisMissing = nameof(FeeBasisMissing);

    /// <summary>Error, path <c>Fee.Standard</c>: a fee is charged with neither a standard nor an amount (收费无标准).</summary>
    public const string FeeStandardMissing = nameof(FeeStandardMissing);

    /// <summary>Error, path <c>Fee.Amount</c>: the fee amount is negative (收费金额为负数).</summary>
    public const string FeeAmountNegative = nameof(FeeAmountNegative);

    /// <summary>Warning, path <c>Fee.Amount</c>: the fee is marked free but states an amount above zero (标为不收费却载有金额).</summary>
    public const string FeeFreeWithAmount = nameof(FeeFreeWithAmount);

    /// <summary>
    /// Warning, path <c>Disclosure</c>: a public power (one that is not <see cref="Power.IsWithheld"/>) does not state
    /// how it is disclosed (未载明公开方式).
    /// </summary>
    public const string DisclosureMissing = nameof(DisclosureMissing);

    /// <summary>Warning, path <c>Disclosure.Forms</c>: a public power names no form of disclosure (未载明公开形式).</summary>
    public const string DisclosureFormsMissing = nameof(DisclosureFormsMissing);

    /// <summary>Error, path <c>Disclosure.Forms</c>: flags that are not defined <see cref="DisclosureForms"/> (公开形式无效).</summary>
    public const string DisclosureFormsUndefined = nameof(DisclosureFormsUndefined);

    /// <summary>Warning, path <c>Disclosure.Scope</c>: a public power names no disclosure scope (未载明公开范围).</summary>
    public const string DisclosureScopeMissing = nameof(DisclosureScopeMissing);

    /// <summary>Error, path <c>Disclosure.Timing</c>: a value that is not a defined <see cref="DisclosureTiming"/> (公开时间无效).</summary>
    public const string DisclosureTimingUndefined = nameof(DisclosureTimingUndefined);

    /// <summary>
    /// Warning, path <c>Confidentiality</c>: whether the power is confidential is not stated; it is treated as
    /// public, since disclosure is the rule (未载明是否涉密，按公开处理).
    /// </summary>
    public const string ConfidentialityMissing = nameof(ConfidentialityMissing);

    /// <summary>
    /// Error, path <c>Confidentiality.Basis</c>: a power marked confidential has no confidentiality basis, so it
    /// must be disclosed (凡无保密依据的，均要予以公开): it is not withheld (<see cref="Power.IsWithheld"/>),
    /// <see cref="PublicCatalog"/> publishes it, and the disclosure rules apply to it as to any public power.
    /// </summary>
    public const string ConfidentialWithoutBasis = nameof(ConfidentialWithoutBasis);

    /// <summary>Error, path <c>Confidentiality.Reason</c>: a power marked confidential gives no reason for non-disclosure (涉密事项缺少不公开理由).</summary>
    public const string ConfidentialWithoutReason = nameof(ConfidentialWithoutReason);

    /// <summary>Error, path <c>SupervisingBody</c>: the supervising body is missing (缺少监督机构).</summary>
    public const string SupervisingBodyMissing = nameof(SupervisingBodyMissing);

    /// <summary>Error, path <c>ComplaintChannel</c>: the complaint channel is missing (缺少投诉渠道).</summary>
    public const string ComplaintChannelMissing = nameof(ComplaintChannelMissing);

    /// <summary>Error, path <c>MainItem</c>: a sub-item names itself as its main item (子项以自身为主项).</summary>
    public const string MainItemIsSelf = nameof(MainItemIsSelf);

    /// <summary>
    /// Error, path <c>MainItem</c>: a sub-item names a main item (主项) that is not in the validated list (主项未列入目录).
    /// Checked only when a list or catalog is validated.
    /// </summary>
    public const string MainItemMissing = nameof(MainItemMissing);

    /// <summary>
    /// Error, path <c>MainItem</c>: the main item is itself a sub-item; a 权责清单 has main items and sub-items, one level
    /// only (主项本身为子项). Checked only when a list or catalog is validated.
    /// </summary>
    public const string MainItemIsSubItem = nameof(MainItemIsSubItem);

    /// <summary>
    /// Error, path <c>MainItem</c>: a sub-item is of another category than its main item; a sub-item is a part of its main
    /// item and keeps its type (子项与主项类别不一致). Checked only when a list or catalog is validated.
    /// </summary>
    public const string MainItemCategoryMismatch = nameof(MainItemCategoryMismatch);

    /// <summary>Error, path <c>ExercisingLevels</c>: flags that are not defined <see cref="Powers.ExercisingLevels"/> (行使层级无效).</summary>
    public const string ExercisingLevelsUndefined = nameof(ExercisingLevelsUndefined);

    /// <summary>Error, path <c>ServiceObjects</c>: flags that are not defined <see cref="Powers.ServiceObjects"/> (职责对象无效).</summary>
    public const string ServiceObjectsUndefined = nameof(ServiceObjectsUndefined);

    /// <summary>
    /// Warning, path <c>ForwardedForReview</c>: the item is forwarded for review by a higher level (审核转报), but its
    /// exercising levels list no level above the lowest one, so the catalog does not show who decides (审核转报事项未列明决定层级).
    /// Not judged when no level is stated, nor for the province alone, which forwards to the central departments.
    /// </summary>
    public const string ForwardingWithoutHigherLevel = nameof(ForwardingWithoutHigherLevel);

    /// <summary>
    /// Warning, path <c>ImplementingBodyCreditCode</c>: the code is a GB/T 39554.1 implementation code, but the entry does
    /// not state its implementing body's unified social credit code, so the code cannot be checked against the body
    /// (未载明实施主体统一社会信用代码). When it is stated, the code is checked with
    /// <see cref="GovernmentServiceItemCode.CheckImplementingBody"/>, which reports <see cref="CodeRuleCodes.ItemCodeBodyMismatch"/>
    /// and <see cref="CodeRuleCodes.ItemCodeAreaMismatch"/> at the path <c>Code</c>; a stated
    /// <see cref="Power.ImplementingBodyArea"/> other than the code's area is an <see cref="CodeRuleCodes.ItemCodeAreaMismatch"/> error.
    /// </summary>
    public const string ImplementingBodyCreditCodeMissing = nameof(ImplementingBodyCreditCodeMissing);

    /// <summary>Error, path <c>Stages[i]</c>: an element of the stage list is <see langword="null"/> (环节为空).</summary>
    public const string StageNull = nameof(StageNull);

    /// <summary>Error, path <c>Stages[i].Stage</c>: a value that is not a defined <see cref="PowerStage"/> (环节无效).</summary>
    public const string StageUndefined = nameof(StageUndefined);

    /// <summary>Error, path <c>Stages[i].Stage</c> of every repetition after the first: a stage is listed twice (环节重复).</summary>
    public const string StageDuplicate = nameof(StageDuplicate);

    /// <summary>Error, path <c>Stages[i].Responsibilities</c>: a stage is listed without responsibilities (环节未列明责任事项).</summary>
    public const string StageResponsibilitiesMissing = nameof(StageResponsibilitiesMissing);

    /// <summary>Error, path <c>Stages[i].Responsibilities[j]</c>: a responsibility line is empty or blank (责任事项为空).</summary>
    public const string StageResponsibilityBlank = nameof(StageResponsibilityBlank);

    /// <summary>
    /// Error, path <c>Stages[i].AccountabilityMatters[j]</c>: an accountability matter code is empty or blank (追责情形为空).
    /// Whether a code names a known matter is checked on the accountability side (<c>CatalogAccountabilityLinks</c>).
    /// </summary>
    public const string StageAccountabilityMatterBlank = nameof(StageAccountabilityMatterBlank);
}
