using System;
using System.Collections.Generic;
using NodaTime;
using PowerGovernance.Internal;

namespace PowerGovernance.Testing;

/// <summary>Options of the case walks that <see cref="CaseGenerators"/> generates.</summary>
public sealed record CaseWalkOptions
{
    /// <summary>Gets the default options: up to 25 triggers, instants anywhere in the calendar's coverage, no extra argument values.</summary>
    public static CaseWalkOptions Default { get; } = new();

    /// <summary>Gets the largest number of triggers fired after the start (default 25).</summary>
    public int MaxMoves { get; init; } = 25;

    /// <summary>
    /// Gets the local dates (in the engine's zone) the case may start and act on; <see langword="null"/>
    /// (the default) for the engine calendar's whole coverage. Instants never go back in time and stop at
    /// the window's last day.
    /// </summary>
    public DateInterval? Window { get; init; }

    /// <summary>
    /// Gets values to try for named arguments, e.g. <c>["tier"] = ["Light", "Serious"]</c>, besides the
    /// defaults (a few suspension causes, <see cref="ProcedureGenerators.MaterialsComplete"/>, free text
    /// and white space). Names listed here are also offered to every trigger.
    /// </summary>
    public IReadOnlyDictionary<string, IReadOnlyList<string>> ArgumentValues { get; init; } = new Dictionary<string, IReadOnlyList<string>>();

    /// <summary>Returns whether <paramref name="other"/> has equal members, the argument values as a dictionary of lists (值相等).</summary>
    /// <param name="other">The other value.</param>
    /// <returns><see langword="true"/> when every member is equal.</returns>
    public bool Equals(CaseWalkOptions? other) =>
        other is not null
        && MaxMoves == other.MaxMoves
        && Window == other.Window
        && ValueEquality.DictionaryEqual(ArgumentValues, other.ArgumentValues, ValueEquality.ListComparer<string>.Instance);

    /// <summary>Returns a hash code consistent with <see cref="Equals(CaseWalkOptions)"/>.</summary>
    /// <returns>The hash code.</returns>
    public override int GetHashCode() => HashCode.Combine(MaxMoves, Window);
}
