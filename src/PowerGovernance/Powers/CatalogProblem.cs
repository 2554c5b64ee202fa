namespace PowerGovernance.Powers;

/// <summary>Why a catalog cannot be built or a change set cannot be applied.</summary>
/// <param name="Code">The power code concerned.</param>
/// <param name="Rule">A stable code: <c>DuplicateCode</c>, <c>NullPower</c>, <c>AlreadyListed</c>, <c>NotListed</c> or <c>ChangedTwice</c>.</param>
/// <param name="Message">A human-readable English explanation.</param>
public sealed record CatalogProblem(PowerCode Code, string Rule, string Message);
