namespace PowerGovernance.Procedures;

/// <summary>One person in one role of a case (案件当事角色), as recorded in <see cref="CaseSnapshot.Parties"/>.</summary>
/// <param name="Role">The role's id (<see cref="CaseRole.Id"/>).</param>
/// <param name="Person">The person's id, as an <see cref="Actor.Name"/> (compared exactly).</param>
public sealed record CaseParty(string Role, string Person)
{
    /// <summary>Returns <c>role: person</c>.</summary>
    /// <returns>E.g. <c>investigator: 纪委赵某</c>.</returns>
    public override string ToString() => Role + ": " + Person;
}
