namespace PowerGovernance.Procedures;

/// <summary>
/// What a trigger does to a case's parties (指派角色): once accepted, the person its argument <paramref name="PersonArgument"/>
/// names plays <paramref name="Role"/> in the case (<see cref="CaseSnapshot.Parties"/>). Declared with <see cref="TriggerBuilder.Assigns"/>.
/// </summary>
/// <param name="Role">The role assigned.</param>
/// <param name="PersonArgument">The name of the argument naming the person, by id.</param>
public sealed record RoleAssignment(CaseRole Role, string PersonArgument);
