using System;

namespace PowerGovernance.Testing.Storage;

/// <summary>
/// One named check of <see cref="CaseStoreContract"/> (存储契约检查项): its stable name, for
/// <see cref="CaseStoreContract.Run(string)"/> and a test framework's data-driven test, and what it checks in English and
/// Simplified Chinese.
/// </summary>
public sealed class CaseStoreCheck
{
    internal CaseStoreCheck(string name, string description, string chineseDescription, Action<CaseStoreContract> run)
    {
        Name = name;
        Description = description;
        ChineseDescription = chineseDescription;
        RunOn = run;
    }

    /// <summary>Gets the check's stable name, e.g. <c>concurrent-writers</c>.</summary>
    public string Name { get; }

    /// <summary>Gets what the check does and expects, in English.</summary>
    public string Description { get; }

    /// <summary>Gets what the check does and expects, in Simplified Chinese.</summary>
    public string ChineseDescription { get; }

    /// <summary>Runs the check on a contract.</summary>
    internal Action<CaseStoreContract> RunOn { get; }

    /// <summary>Returns the check's name (what a test runner shows for a data-driven case).</summary>
    /// <returns>The name.</returns>
    public override string ToString() => Name;
}
