namespace PowerGovernance.Powers;

/// <summary>What a catalog change does to one power.</summary>
public enum CatalogChangeKind
{
    /// <summary>A power is added to the catalog (新增).</summary>
    Add = 0,

    /// <summary>A listed power is amended (变更).</summary>
    Amend = 1,

    /// <summary>A listed power is abolished and leaves the catalog (取消/废止).</summary>
    Abolish = 2,
}
