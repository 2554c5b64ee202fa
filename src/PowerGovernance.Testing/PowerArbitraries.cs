using System.Collections.Generic;
using System.Linq;
using FsCheck;
using FsCheck.Fluent;
using PowerGovernance.Powers;

namespace PowerGovernance.Testing;

/// <summary>
/// FsCheck arbitraries for <c>[Property(Arbitrary = [typeof(PowerArbitraries)])]</c>: <see cref="Power"/>
/// parameters receive well-formed powers (<see cref="PowerGenerators.WellFormed"/>), shrinking toward
/// fewer legal bases and shorter names.
/// </summary>
public static class PowerArbitraries
{
    /// <summary>Well-formed powers, with shrinking.</summary>
    /// <returns>The arbitrary.</returns>
    public static Arbitrary<Power> Power() => Arb.From(PowerGenerators.WellFormed, Shrink);

    /// <summary>Untrusted powers (nulls, empties, malformed values), with shrinking. Use explicitly, e.g. <c>Prop.ForAll(PowerArbitraries.AnyPower(), …)</c>.</summary>
    /// <returns>The arbitrary.</returns>
    public static Arbitrary<Power> AnyPower() => Arb.From(PowerGenerators.Anything, Shrink);

    private static IEnumerable<Power> Shrink(Power power)
    {
        var bases = power.LegalBases;
        for (var i = 0; i < bases.Count && bases.Count > 1; i++)
        {
            yield return power with { LegalBases = bases.Where((_, index) => index != i).ToArray() };
        }

        if (power.Name is { Length: > 2 } name)
        {
            yield return power with { Name = name[..(name.Length / 2)] };
        }
    }
}
