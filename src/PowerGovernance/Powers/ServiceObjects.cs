using System;

namespace PowerGovernance.Powers;

/// <summary>Who a power applies to (职责对象/服务对象); combine with <c>|</c>.</summary>
[Flags]
public enum ServiceObjects
{
    /// <summary>Nobody given.</summary>
    None = 0,

    /// <summary>Citizens, natural persons (自然人).</summary>
    Citizens = 1,

    /// <summary>Legal persons (法人).</summary>
    LegalPersons = 2,

    /// <summary>Other organisations without legal personality (其他组织).</summary>
    OtherOrganisations = 4,
}
