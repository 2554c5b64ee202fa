namespace PowerGovernance.Procedures;

/// <summary>
/// Two roles nobody may play both of in one case (职责分离, e.g. 调查与审查分离): a person in one is never assigned to the other,
/// and never acts in a post that acts only through the other. Declared with <see cref="ProcedureDefinitionBuilder.Separates"/>.
/// </summary>
/// <param name="First">One role.</param>
/// <param name="Second">The other role.</param>
public sealed record RoleSeparation(CaseRole First, CaseRole Second)
{
    /// <summary>Returns the role separated from <paramref name="role"/> by this rule, or <see langword="null"/> when it names neither.</summary>
    internal string? Other(string role) =>
        string.Equals(First.Id, role, System.StringComparison.Ordinal) ? Second.Id
        : string.Equals(Second.Id, role, System.StringComparison.Ordinal) ? First.Id
        : null;
}
