namespace PowerGovernance.Powers;

/// <summary>One change to a catalog: add a power, amend one, or abolish one with a reason.</summary>
/// <param name="Kind">What the change does.</param>
/// <param name="Code">The code of the power changed.</param>
/// <param name="Power">The new or amended power; <see langword="null"/> for an abolition.</param>
/// <param name="Reason">Why (required for an abolition, e.g. 无法律依据), or <see langword="null"/>.</param>
public sealed record CatalogChange(CatalogChangeKind Kind, PowerCode Code, Power? Power, string? Reason);
