using PowerGovernance.Internal;
using PowerGovernance.Powers;

namespace PowerGovernance.Procedures;

/// <summary>
/// One enforcement power assigned to a post (执法职权分解到执法岗位), with the post's responsibility for it (岗位执法责任):
/// the township's enforcement-responsibility rules (行政执法责任制 4: 将行政执法主体的法定职权分解到其具体执法机构和执法岗位).
/// </summary>
public sealed record EnforcementDuty
{
    /// <summary>Creates a duty.</summary>
    /// <param name="power">The power, as listed in the catalog.</param>
    /// <param name="post">The post that exercises it.</param>
    /// <param name="responsibility">The post's responsibility for it, e.g. <c>负责现场检查、调查取证</c>.</param>
    /// <exception cref="System.ArgumentNullException"><paramref name="post"/> is null.</exception>
    /// <exception cref="System.ArgumentException"><paramref name="responsibility"/> is blank.</exception>
    public EnforcementDuty(PowerCode power, Post post, string responsibility)
    {
        Power = power;
        Post = Preconditions.CheckNotNull(post);
        Responsibility = Preconditions.CheckNotBlank(responsibility);
    }

    /// <summary>Gets the power (职权).</summary>
    public PowerCode Power { get; }

    /// <summary>Gets the post (执法岗位).</summary>
    public Post Post { get; }

    /// <summary>Gets the post's responsibility for the power (岗位执法责任).</summary>
    public string Responsibility { get; }
}
