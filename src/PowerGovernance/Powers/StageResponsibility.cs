using System;
using System.Collections.Generic;
using PowerGovernance.Internal;

namespace PowerGovernance.Powers;

/// <summary>
/// The responsibilities of the office at one stage of a power (环节责任事项) and the accountability matters that apply when
/// they are not met (追责情形), as a 权责清单 lists them stage by stage, e.g. 受理: 公示应当提交的材料；一次性告知补正材料.
/// </summary>
/// <remarks>
/// <para>
/// The accountability circumstances are recorded as the codes of accountability matters (e.g. <c>procrastination</c>),
/// since the catalog does not depend on the accountability rules; <c>CatalogAccountabilityLinks.Check</c> in the
/// accountability namespace reports a code that names no known matter. Lists hold data as found in a catalog; the
/// catalog rules report a stage without responsibilities or with an empty line.
/// </para>
/// <para>Two values are equal when the stage is equal and both lists are equal element by element, in order.</para>
/// </remarks>
public sealed record StageResponsibility
{
    // One shared empty list (immutable), so that an entry does not allocate two empty lists before its own (a catalog of
    // 10,000 entries holds some 60,000 stages).
    private static readonly IReadOnlyList<string> Empty = ImmutableLists.Of<string>([]);

    private readonly IReadOnlyList<string> responsibilities = Empty;
    private readonly IReadOnlyList<string> accountabilityMatters = Empty;

    /// <summary>Creates an empty stage; set the members with an object initializer.</summary>
    public StageResponsibility()
    {
    }

    /// <summary>Creates a stage with its responsibilities and accountability matters.</summary>
    /// <param name="stage">The stage (环节).</param>
    /// <param name="responsibilities">The responsibilities (责任事项), one line each.</param>
    /// <param name="accountabilityMatters">The codes of the accountability matters (追责情形), possibly none.</param>
    public StageResponsibility(PowerStage stage, IEnumerable<string> responsibilities, IEnumerable<string>? accountabilityMatters = null)
    {
        Stage = stage;
        this.responsibilities = responsibilities is null ? Empty : ImmutableLists.Of(responsibilities);
        this.accountabilityMatters = accountabilityMatters is null ? Empty : ImmutableLists.Of(accountabilityMatters);
    }

    /// <summary>Gets the stage (环节).</summary>
    public PowerStage Stage { get; init; }

    /// <summary>Gets the responsibilities at this stage (责任事项), one line each, in the order given.</summary>
    public IReadOnlyList<string> Responsibilities
    {
        get => responsibilities;
        init => responsibilities = value is null ? Empty : ImmutableLists.Of(value);
    }

    /// <summary>Gets the codes of the accountability matters that apply at this stage (追责情形), e.g. <c>procrastination</c>.</summary>
    public IReadOnlyList<string> AccountabilityMatters
    {
        get => accountabilityMatters;
        init => accountabilityMatters = value is null ? Empty : ImmutableLists.Of(value);
    }

    /// <summary>Returns whether <paramref name="other"/> has the same stage and equal lists, element by element (值相等).</summary>
    /// <param name="other">The other value.</param>
    /// <returns><see langword="true"/> when every member is equal.</returns>
    public bool Equals(StageResponsibility? other) =>
        other is not null
        && Stage == other.Stage
        && ValueEquality.SequenceEqual(Responsibilities, other.Responsibilities)
        && ValueEquality.SequenceEqual(AccountabilityMatters, other.AccountabilityMatters);

    /// <summary>Returns a hash code consistent with <see cref="Equals(StageResponsibility)"/>.</summary>
    /// <returns>The hash code.</returns>
    public override int GetHashCode() => HashCode.Combine(Stage, ValueEquality.SequenceHash(Responsibilities), ValueEquality.SequenceHash(AccountabilityMatters));
}
