using PowerGovernance.Procedures;

namespace PowerGovernance.FrontDesk;

/// <summary>Who acts in a post on a day (在岗履职人): a holder, or a named deputy standing in for the absent holders.</summary>
/// <param name="Person">The person who acts.</param>
/// <param name="Post">The post.</param>
/// <param name="IsDeputy">Whether the person is a deputy (代理).</param>
/// <param name="ActingFor">For a deputy, the first holder they stand in for; otherwise <see langword="null"/>.</param>
public sealed record ActingOfficer(string Person, Post Post, bool IsDeputy, string? ActingFor);
