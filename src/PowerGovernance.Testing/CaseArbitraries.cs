using FsCheck;
using FsCheck.Fluent;
using PowerGovernance.Procedures;

namespace PowerGovernance.Testing;

/// <summary>
/// FsCheck arbitraries of cases (<see cref="CaseGenerators"/>) that shrink a failing walk toward fewer
/// triggers, for <c>Prop.ForAll(arbitrary, …)</c> or a parameterless wrapper in your test class.
/// </summary>
public static class CaseArbitraries
{
    /// <summary>Cases of <paramref name="definition"/> walked on <paramref name="engine"/>, with shrinking.</summary>
    /// <param name="engine">The engine.</param>
    /// <param name="definition">The procedure.</param>
    /// <param name="options">The options; <see cref="CaseWalkOptions.Default"/> when <see langword="null"/>.</param>
    /// <returns>The arbitrary.</returns>
    /// <exception cref="System.ArgumentNullException"><paramref name="engine"/> or <paramref name="definition"/> is null.</exception>
    /// <exception cref="System.ArgumentException">The catalog lists no power the definition serves, or the window is outside the calendar's coverage.</exception>
    public static Arbitrary<CaseWalk> Walks(ProcedureEngine engine, ProcedureDefinition definition, CaseWalkOptions? options = null)
    {
        System.ArgumentNullException.ThrowIfNull(definition);
        var walker = CaseGenerators.Walker.Create(engine, [definition], options);
        return Arb.From(walker.Generator, walker.Shrink);
    }

    /// <summary>Cases of any procedure of <paramref name="engine"/>, with shrinking.</summary>
    /// <param name="engine">The engine.</param>
    /// <param name="options">The options; <see cref="CaseWalkOptions.Default"/> when <see langword="null"/>.</param>
    /// <returns>The arbitrary.</returns>
    /// <exception cref="System.ArgumentNullException"><paramref name="engine"/> is null.</exception>
    /// <exception cref="System.ArgumentException">The engine has no procedure, a procedure serves no listed power, or the window is outside the calendar's coverage.</exception>
    public static Arbitrary<CaseWalk> WalksOnEveryProcedure(ProcedureEngine engine, CaseWalkOptions? options = null)
    {
        System.ArgumentNullException.ThrowIfNull(engine);
        var walker = CaseGenerators.Walker.Create(engine, CaseGenerators.Latest(engine), options);
        return Arb.From(walker.Generator, walker.Shrink);
    }
}
