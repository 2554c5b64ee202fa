namespace PowerGovernance.CivilAffairs;

/// <summary>How often a periodic payment is made (发放周期).</summary>
public enum PaymentFrequency
{
    /// <summary>Every month (按月).</summary>
    Monthly = 0,

    /// <summary>Every calendar quarter, in its first month (按季度).</summary>
    Quarterly = 1,
}
