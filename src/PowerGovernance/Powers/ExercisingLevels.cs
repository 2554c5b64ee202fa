using System;

namespace PowerGovernance.Powers;

/// <summary>
/// The levels of government that exercise a power (行使层级); combine with <c>|</c>. A catalog item keeps the same name,
/// type, basis and code at every level that exercises it (the 2018 guideline on 权责清单: 同一事项在省、市、县三级名称、类型、依据、编码统一).
/// </summary>
[Flags]
public enum ExercisingLevels
{
    /// <summary>No level given.</summary>
    None = 0,

    /// <summary>The province (省级).</summary>
    Province = 1,

    /// <summary>The city (市级, prefecture level).</summary>
    City = 2,

    /// <summary>The county (县级, including county-level cities and districts).</summary>
    County = 4,

    /// <summary>The township (乡镇级, including sub-districts 街道).</summary>
    Township = 8,
}
