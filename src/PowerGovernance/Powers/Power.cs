using System;
using System.Collections.Generic;
using System.Linq;
using PowerGovernance.Calendars;
using PowerGovernance.Internal;

namespace PowerGovernance.Powers;

/// <summary>
/// One power in the catalog (职权/行政权力事项): its code, name, category, legal bases, who exercises it,
/// its time limits, fees, disclosure and supervision (the fields a 职权目录 lists item by item: 项目名称、权力编码、权力依据、公开形式、公开范围、公开时间、收费及依据标准、承办队室和负责人),
/// and the structure of a 权责清单 entry: its main item when it is a sub-item (主项/子项), the exercising levels (行使层级),
/// who it applies to (职责对象), forwarding for review (审核转报), the implementing body's unified social credit code and
/// area, and the responsibilities and accountability matters of each stage (责任事项、追责情形).
/// </summary>
/// <remarks>
/// <para>
/// A power is an immutable value: amend it with a <c>with</c> expression. It holds data as found in a
/// catalog (possibly incomplete or wrong); the catalog rules (<c>CatalogValidator</c>) judge it and
/// report findings. Reference-type members may therefore be <see langword="null"/> or empty, and the
/// rules report that rather than the constructor throwing.
/// </para>
/// <para>Two powers are equal when every member is equal, comparing legal bases and stages in order.</para>
/// </remarks>
public sealed record Power
{
    private readonly IReadOnlyList<LegalBasis> legalBases = ImmutableLists.Of<LegalBasis>([]);
    private static readonly IReadOnlyList<StageResponsibility> NoStages = ImmutableLists.Of<StageResponsibility>([]);

    private readonly IReadOnlyList<StageResponsibility> stages = NoStages;

    /// <summary>Gets the power code (权力编码).</summary>
    public PowerCode Code { get; init; }

    /// <summary>Gets the item name (项目名称).</summary>
    public string? Name { get; init; }

    /// <summary>Gets the category (权力类别).</summary>
    public PowerCategory? Category { get; init; }

    /// <summary>
    /// Gets the legal bases (权力依据) in the order given. <see cref="LegalBasesInRankOrder"/> sorts
    /// them by rank; the catalog rules report a list given out of rank order.
    /// </summary>
    public IReadOnlyList<LegalBasis> LegalBases
    {
        get => legalBases;
        init => legalBases = ImmutableLists.Of<LegalBasis>(value ?? []);
    }

    /// <summary>Gets the legal bases sorted by rank, highest first (stable for equal ranks).</summary>
    public IEnumerable<LegalBasis> LegalBasesInRankOrder => LegalBases.Where(b => b is not null).OrderBy(b => b.Rank);

    /// <summary>Gets the implementing body (实施主体), e.g. <c>某镇人民政府</c>.</summary>
    public string? ImplementingBody { get; init; }

    /// <summary>Gets the undertaking unit (承办机构/队室), e.g. <c>民政办</c>.</summary>
    public string? UndertakingUnit { get; init; }

    /// <summary>Gets the undertaking post (承办岗位).</summary>
    public string? UndertakingPost { get; init; }

    /// <summary>Gets the responsible person (负责人).</summary>
    public string? ResponsiblePerson { get; init; }

    /// <summary>Gets how the power is set in motion (依申请 / 依职权).</summary>
    public Initiation Initiation { get; init; }

    /// <summary>Gets the conditions for acting (办理条件), required for a power exercised on application.</summary>
    public string? Conditions { get; init; }

    /// <summary>Gets the legal time limit (法定时限), or <see langword="null"/> where no law sets one.</summary>
    public TimeLimit? LegalTimeLimit { get; init; }

    /// <summary>Gets the committed time limit (承诺时限), at least one third shorter than the legal one.</summary>
    public TimeLimit? CommittedTimeLimit { get; init; }

    /// <summary>Gets the fee (收费及依据标准).</summary>
    public Fee? Fee { get; init; } = Fee.Free;

    /// <summary>Gets how the power is disclosed (公开形式、范围、时间).</summary>
    public Disclosure? Disclosure { get; init; } = Disclosure.Unspecified;

    /// <summary>Gets whether, why and on what basis the power is withheld from the public.</summary>
    public Confidentiality? Confidentiality { get; init; } = Confidentiality.Public;

    /// <summary>Gets the supervising body (监督机构).</summary>
    public string? SupervisingBody { get; init; }

    /// <summary>Gets the complaint channel (投诉渠道), e.g. a hotline number.</summary>
    public string? ComplaintChannel { get; init; }

    /// <summary>
    /// Gets the code of the main item (主项) when this entry is a sub-item (子项), or <see langword="null"/> for a main item or
    /// an item without sub-items. A sub-item has its own code; the main item must be listed in the same catalog, must
    /// not itself be a sub-item (one level only) and must be of the same category.
    /// </summary>
    public PowerCode? MainItem { get; init; }

    /// <summary>Gets whether this entry is a sub-item (子项): it names a main item.</summary>
    public bool IsSubItem => MainItem is { IsEmpty: false };

    /// <summary>Gets the levels of government that exercise the power (行使层级); <see cref="ExercisingLevels.None"/> when not stated.</summary>
    public ExercisingLevels ExercisingLevels { get; init; }

    /// <summary>Gets who the power applies to (职责对象/服务对象); <see cref="ServiceObjects.None"/> when not stated.</summary>
    public ServiceObjects ServiceObjects { get; init; }

    /// <summary>
    /// Gets whether this level only reviews the matter and forwards it to a higher level, which decides (审核转报).
    /// </summary>
    public bool ForwardedForReview { get; init; }

    /// <summary>
    /// Gets the implementing body's unified social credit code (实施主体统一社会信用代码), or <see langword="null"/> when the
    /// catalog does not state it. A code in the form of <see cref="PowerCodeFormat.GovernmentServiceItem"/> is checked
    /// against it (<see cref="GovernmentServiceItemCode.CheckImplementingBody"/>).
    /// </summary>
    public UnifiedSocialCreditCode? ImplementingBodyCreditCode { get; init; }

    /// <summary>
    /// Gets the administrative area of the implementing body (实施主体所在行政区划), or <see langword="null"/> when the catalog
    /// does not state it. A code in the form of <see cref="PowerCodeFormat.GovernmentServiceItem"/> must name the same area.
    /// </summary>
    public AdministrativeAreaCode? ImplementingBodyArea { get; init; }

    /// <summary>
    /// Gets, stage by stage, the responsibilities of the office and the accountability matters that apply (责任事项、追责情形),
    /// in the order given; empty when the catalog lists none.
    /// </summary>
    public IReadOnlyList<StageResponsibility> Stages
    {
        get => stages;
        init => stages = value is null ? NoStages : ImmutableLists.Of(value);
    }

    /// <summary>
    /// Gets whether the power is marked confidential (标为涉密不宜公开). A mark alone does not withhold the power:
    /// see <see cref="IsWithheld"/>.
    /// </summary>
    public bool IsConfidential => Confidentiality?.IsConfidential == true;

    /// <summary>
    /// Gets whether the power is withheld from the public (不予公开): it is marked confidential <b>and</b> states
    /// a confidentiality basis (保密依据, not blank). Disclosure is the rule and non-disclosure the exception
    /// (公开为原则，不公开为例外), and 凡无保密依据的，均要予以公开 (a power without a confidentiality basis must be
    /// disclosed): a power marked confidential without a basis is not withheld, appears in
    /// <see cref="PublicCatalog"/>, and the catalog rules report <see cref="CatalogRuleCodes.ConfidentialWithoutBasis"/>.
    /// </summary>
    public bool IsWithheld => Confidentiality is { IsConfidential: true, Basis: var basis } && !string.IsNullOrWhiteSpace(basis);

    /// <summary>
    /// Gets whether the power has a legal basis (合法依据): at least one entry of <see cref="LegalBases"/> that is
    /// not <see langword="null"/> and names an instrument (a title that is not blank), whatever its rank.
    /// A power without one is to be abolished (凡无合法依据的，应予以废止; 无法律依据的，原则上予以取消或废止):
    /// <see cref="CatalogReview.Decide"/> refuses to confirm it and
    /// <see cref="PowerCatalog.MayBeExercised"/> refuses to let it be exercised.
    /// </summary>
    public bool HasLegalBasis
    {
        get
        {
            for (var i = 0; i < legalBases.Count; i++)
            {
                var basis = legalBases[i];
                if (basis is not null && !string.IsNullOrWhiteSpace(basis.Title))
                {
                    return true;
                }
            }

            return false;
        }
    }

    /// <summary>Returns the names of the members in which this power differs from <paramref name="other"/>.</summary>
    /// <param name="other">The power to compare with.</param>
    /// <returns>Member names such as <c>Name</c> or <c>CommittedTimeLimit</c>, in declaration order.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="other"/> is null.</exception>
    public IReadOnlyList<string> DifferingMembers(Power other)
    {
        ArgumentNullException.ThrowIfNull(other);
        var members = new List<string>();
        Check(Code == other.Code, nameof(Code));
        Check(string.Equals(Name, other.Name, StringComparison.Ordinal), nameof(Name));
        Check(Equals(Category, other.Category), nameof(Category));
        Check(LegalBases.SequenceEqual(other.LegalBases), nameof(LegalBases));
        Check(string.Equals(ImplementingBody, other.ImplementingBody, StringComparison.Ordinal), nameof(ImplementingBody));
        Check(string.Equals(UndertakingUnit, other.UndertakingUnit, StringComparison.Ordinal), nameof(UndertakingUnit));
        Check(string.Equals(UndertakingPost, other.UndertakingPost, StringComparison.Ordinal), nameof(UndertakingPost));
        Check(string.Equals(ResponsiblePerson, other.ResponsiblePerson, StringComparison.Ordinal), nameof(ResponsiblePerson));
        Check(Initiation == other.Initiation, nameof(Initiation));
        Check(string.Equals(Conditions, other.Conditions, StringComparison.Ordinal), nameof(Conditions));
        Check(LegalTimeLimit == other.LegalTimeLimit, nameof(LegalTimeLimit));
        Check(CommittedTimeLimit == other.CommittedTimeLimit, nameof(CommittedTimeLimit));
        Check(Equals(Fee, other.Fee), nameof(Fee));
        Check(Equals(Disclosure, other.Disclosure), nameof(Disclosure));
        Check(Equals(Confidentiality, other.Confidentiality), nameof(Confidentiality));
        Check(string.Equals(SupervisingBody, other.SupervisingBody, StringComparison.Ordinal), nameof(SupervisingBody));
        Check(string.Equals(ComplaintChannel, other.ComplaintChannel, StringComparison.Ordinal), nameof(ComplaintChannel));
        Check(Nullable.Equals(MainItem, other.MainItem), nameof(MainItem));
        Check(ExercisingLevels == other.ExercisingLevels, nameof(ExercisingLevels));
        Check(ServiceObjects == other.ServiceObjects, nameof(ServiceObjects));
        Check(ForwardedForReview == other.ForwardedForReview, nameof(ForwardedForReview));
        Check(Nullable.Equals(ImplementingBodyCreditCode, other.ImplementingBodyCreditCode), nameof(ImplementingBodyCreditCode));
        Check(Nullable.Equals(ImplementingBodyArea, other.ImplementingBodyArea), nameof(ImplementingBodyArea));
        Check(Stages.SequenceEqual(other.Stages), nameof(Stages));
        return members;

        void Check(bool same, string member)
        {
            if (!same)
            {
                members.Add(member);
            }
        }
    }

    /// <inheritdoc />
    public bool Equals(Power? other) =>
        other is not null && (ReferenceEquals(this, other) || DifferingMembers(other).Count == 0);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Code, Name, Category, LegalBases.Count, Initiation, CommittedTimeLimit);

    /// <summary>Returns the code and name, e.g. <c>62052400MZ-XK-0001 最低生活保障审批</c>.</summary>
    /// <returns>The code and name.</returns>
    public override string ToString() => Code + " " + Name;
}
