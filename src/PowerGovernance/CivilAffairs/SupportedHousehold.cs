namespace PowerGovernance.CivilAffairs;

/// <summary>Whether a patient belongs to a household the civil-affairs office already supports (救助对象类别).</summary>
public enum SupportedHousehold
{
    /// <summary>Neither a five-guarantee nor an extreme-poverty household (其他).</summary>
    None = 0,

    /// <summary>A member of a five-guarantee household (五保户).</summary>
    FiveGuarantee = 1,

    /// <summary>A member of an extreme-poverty household (特困户).</summary>
    ExtremePoverty = 2,
}
