using PowerGovernance.Internal;

namespace PowerGovernance.Procedures;

/// <summary>
/// A trigger of a procedure (办理动作), named in both languages: what an officer does to move a case, such as
/// accepting an application (受理) or withdrawing it (撤回申请). The same trigger may leave several steps; each
/// step's rules for it are a <see cref="TriggerDefinition"/>. Built-in procedures expose their triggers as typed
/// members (for example <see cref="BuiltIn.AdministrativeLicensing.Triggers"/>), so a host fires
/// <c>AdministrativeLicensing.Triggers.Accept</c> instead of the text <c>"accept"</c>.
/// </summary>
/// <remarks>Two triggers are equal when their ids, Chinese names and English names are equal.</remarks>
public sealed record ProcedureTrigger
{
    /// <summary>Initializes a trigger.</summary>
    /// <param name="id">The stable id (动作标识) recorded in every event, e.g. <c>accept</c>; not blank.</param>
    /// <param name="chineseName">The Chinese name (中文名称), e.g. <c>受理</c>; not blank.</param>
    /// <param name="englishName">The English name, e.g. <c>Accept</c>; not blank.</param>
    /// <exception cref="System.ArgumentException">An argument is null or blank.</exception>
    public ProcedureTrigger(string id, string chineseName, string englishName)
    {
        Id = Preconditions.CheckNotBlank(id);
        ChineseName = Preconditions.CheckNotBlank(chineseName);
        EnglishName = Preconditions.CheckNotBlank(englishName);
    }

    /// <summary>Gets the stable id (动作标识) recorded in every event.</summary>
    public string Id { get; }

    /// <summary>Gets the Chinese name (中文名称).</summary>
    public string ChineseName { get; }

    /// <summary>Gets the English name.</summary>
    public string EnglishName { get; }

    /// <summary>Returns the id.</summary>
    /// <returns>The id.</returns>
    public override string ToString() => Id;
}
