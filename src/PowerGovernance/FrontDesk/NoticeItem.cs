namespace PowerGovernance.FrontDesk;

/// <summary>One material told on a one-time notice (告知事项): the material as the checklist required it, why it is listed, and what is wrong with what was brought.</summary>
/// <param name="Material">The material, as the checklist revision required it.</param>
/// <param name="Reason">Why it is listed.</param>
/// <param name="Defect">What is wrong with the document brought, or <see langword="null"/>.</param>
public sealed record NoticeItem(RequiredMaterial Material, NoticeItemReason Reason, string? Defect)
{
    /// <summary>Returns whether the applicant would be told the same thing by <paramref name="other"/> (same rule, same defect).</summary>
    /// <param name="other">The item told before.</param>
    /// <returns><see langword="true"/> when nothing has changed.</returns>
    public bool TellsTheSameAs(NoticeItem other) =>
        other is not null && Material.SameRuleAs(other.Material) && string.Equals(Defect, other.Defect, System.StringComparison.Ordinal);

    /// <summary>Returns the text told, e.g. <c>户口本（原件及复印件）</c> or <c>毕业证（肄业证）：复印件不清晰</c>.</summary>
    /// <returns>The text.</returns>
    public override string ToString() => Defect is null ? Material.ToString() : Material + "：" + Defect;
}
