namespace PowerGovernance.Powers;

/// <summary>
/// One line of the separate list of confidential powers (涉密不宜公开事项清单) kept for the reviewing
/// office: the power's name, category and the reason it is not disclosed, and nothing else. Only withheld
/// powers (marked confidential with a confidentiality basis, <see cref="Power.IsWithheld"/>) are listed.
/// </summary>
/// <param name="Code">The power code, so the reviewing office can find the item.</param>
/// <param name="Name">The item name.</param>
/// <param name="Category">The category.</param>
/// <param name="Reason">The reason for non-disclosure (不公开理由).</param>
public sealed record ConfidentialPowerEntry(PowerCode Code, string? Name, PowerCategory? Category, string? Reason);
