using System;
using PowerGovernance.Internal;

namespace PowerGovernance.Procedures;

/// <summary>
/// A condition a trigger needs (条件), with the description shown when it fails and in flowcharts,
/// e.g. <c>材料齐全</c> (materials complete).
/// </summary>
/// <remarks>
/// The <see cref="ProcedureEngine"/> calls <see cref="Condition"/> itself, after the trigger's other checks, with
/// a <see cref="TriggerContext"/>; it does not go through Stateless's guard evaluation (which costs ≈ 140–185 ns
/// and ≈ 700 B per check on this kernel, against ≈ 8 ns for the direct call). Every guard of the trigger is
/// evaluated; a guard that returns <see langword="false"/> or throws does not hold, and a rejection lists the
/// descriptions of all guards that do not hold, in definition order.
/// </remarks>
public sealed class GuardDefinition
{
    /// <summary>Creates a guard.</summary>
    /// <param name="description">What must hold, in words; shown in rejections and flowcharts.</param>
    /// <param name="condition">The check; it must be pure and must not throw.</param>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="description"/> is blank.</exception>
    public GuardDefinition(string description, Func<TriggerContext, bool> condition)
    {
        Description = Preconditions.CheckNotBlank(description);
        Condition = Preconditions.CheckNotNull(condition);
    }

    /// <summary>Gets the description.</summary>
    public string Description { get; }

    /// <summary>Gets the check.</summary>
    public Func<TriggerContext, bool> Condition { get; }

    /// <summary>Returns the description.</summary>
    /// <returns>The description.</returns>
    public override string ToString() => Description;
}
