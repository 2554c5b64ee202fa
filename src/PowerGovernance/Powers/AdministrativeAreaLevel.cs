namespace PowerGovernance.Powers;

/// <summary>The level of an administrative area (行政区划级别), as its code shows it.</summary>
public enum AdministrativeAreaLevel
{
    /// <summary>A province, autonomous region or municipality (省级): digits 3–6 are <c>0000</c>, e.g. <c>620000</c>.</summary>
    Province = 1,

    /// <summary>
    /// A city (地级), or the group of a province's directly administered counties: digits 5–6 are <c>00</c>, e.g.
    /// <c>620500</c>.
    /// </summary>
    City = 2,

    /// <summary>A county, county-level city or district (县级), e.g. <c>620524</c>.</summary>
    County = 3,

    /// <summary>A township, town or sub-district (乡级), the 9-digit statistical division code, e.g. <c>620524100</c>.</summary>
    Township = 4,

    /// <summary>A village or residents' committee (村级), the 12-digit statistical division code, e.g. <c>620524100201</c>.</summary>
    Village = 5,
}
