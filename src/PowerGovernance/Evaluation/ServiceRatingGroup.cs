namespace PowerGovernance.Evaluation;

/// <summary>The ratings of one power, post or unit in a report (分组统计).</summary>
/// <param name="Key">The power code, post or unit; <see langword="null"/> for ratings without one (an inquiry answered at the desk has no power; a power without an undertaking unit has no unit).</param>
/// <param name="Statistics">The statistics.</param>
public sealed record ServiceRatingGroup(string? Key, ServiceRatingStatistics Statistics);
