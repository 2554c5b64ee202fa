using PowerGovernance.Internal;

namespace PowerGovernance.Evaluation;

/// <summary>
/// Who rated a service, when they gave their name (实名评价): a bad rating with a name and a telephone is called back (实名差评回访).
/// </summary>
public sealed record Rater
{
    /// <summary>Creates a named rater.</summary>
    /// <param name="name">The rater's name (评价人姓名).</param>
    /// <param name="phone">The telephone to call back on (联系电话).</param>
    /// <exception cref="System.ArgumentException">A value is blank.</exception>
    public Rater(string name, string phone)
    {
        Name = Preconditions.CheckVisible(name);
        Phone = Preconditions.CheckVisible(phone);
    }

    /// <summary>Gets the rater's name (评价人姓名).</summary>
    public string Name { get; }

    /// <summary>Gets the telephone to call back on (联系电话).</summary>
    public string Phone { get; }
}
