using System;
using PowerGovernance.Internal;

namespace PowerGovernance.Procedures;

/// <summary>
/// A condition a trigger needs (条件), with the description shown when it fails and in flowcharts,
/// e.g. <c>材料齐全</c> (materials complete).
/// </summary>
/// <remarks>
/// The <see cref="ProcedureEngine"/> calls <see cref="Condition"/> itself, after the trigger's other checks, with
/// a <see cref="TriggerContext"/>; it does not go through Stateless's guard evaluation, which allocates on every check and is
/// many times slower than the direct call. Every guard of the trigger is
/// evaluated; a rejection lists the descriptions of all guards that return <see langword="false"/>, in definition
/// order. A guard that throws is a technical error, not a legal finding: the trigger is refused with
/// <see cref="RejectionKind.GuardError"/> and the error, never as "condition not met".
/// </remarks>
public sealed class GuardDefinition
{
    /// <summary>Creates a guard described in one text (a host's own guard, in the language its users read).</summary>
    /// <param name="description">What must hold, in words; shown in rejections and flowcharts.</param>
    /// <param name="condition">The check; it must be pure and must not throw.</param>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="description"/> is blank.</exception>
    public GuardDefinition(string description, Func<TriggerContext, bool> condition)
    {
        Description = Preconditions.CheckNotBlank(description);
        ChineseDescription = Description;
        EnglishDescription = Description;
        Condition = Preconditions.CheckNotNull(condition);
    }

    /// <summary>Creates a guard described in Simplified Chinese and English.</summary>
    /// <param name="chinese">What must hold, in Chinese, citing the rule, e.g. <c>自收到申请材料之日起5个工作日内告知</c>.</param>
    /// <param name="english">The same in English.</param>
    /// <param name="condition">The check; it must be pure and must not throw.</param>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="ArgumentException">A description is blank.</exception>
    public GuardDefinition(string chinese, string english, Func<TriggerContext, bool> condition)
    {
        ChineseDescription = Preconditions.CheckNotBlank(chinese);
        EnglishDescription = Preconditions.CheckNotBlank(english);
        Description = chinese + " (" + english + ")";
        Condition = Preconditions.CheckNotNull(condition);
    }

    /// <summary>Gets the description: for a bilingual guard, the Chinese text followed by the English one in brackets.</summary>
    public string Description { get; }

    /// <summary>Gets the description in Chinese (for a one-text guard, that text).</summary>
    public string ChineseDescription { get; }

    /// <summary>Gets the description in English (for a one-text guard, that text).</summary>
    public string EnglishDescription { get; }

    /// <summary>Gets the check.</summary>
    public Func<TriggerContext, bool> Condition { get; }

    /// <summary>Returns the description.</summary>
    /// <returns>The description.</returns>
    public override string ToString() => Description;
}
