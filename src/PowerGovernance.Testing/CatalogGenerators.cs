using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using FsCheck;
using FsCheck.Fluent;
using PowerGovernance.Powers;

namespace PowerGovernance.Testing;

/// <summary>
/// FsCheck generators of power catalogs (权责清单): valid ones of distinct well-formed powers, invalid ones
/// that the catalog rules reject, and untrusted listings as an import would read them.
/// </summary>
public static class CatalogGenerators
{
    private static readonly Func<Power, Power>[] Breakages =
    [
        p => p with { Name = null },
        p => p with { LegalBases = [] },
        p => p with { UndertakingUnit = " " },
        p => p with { ImplementingBody = string.Empty },
        p => p with { Category = null },
        p => p with { CommittedTimeLimit = null },
        p => p with { SupervisingBody = null },
    ];

    /// <summary>
    /// Returns a generator of valid catalogs of 1 to <paramref name="maxPowers"/> well-formed powers
    /// (<see cref="PowerGenerators.WellFormed"/>) with distinct codes, version 1 to 9:
    /// <see cref="CatalogValidator.Validate(PowerCatalog)"/> finds no error in them.
    /// </summary>
    /// <param name="maxPowers">The largest number of powers, 1 or more.</param>
    /// <returns>The generator.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="maxPowers"/> is less than 1.</exception>
    public static Gen<PowerCatalog> Valid(int maxPowers = 12) =>
        from powers in DistinctPowers(CheckMax(maxPowers))
        from version in Gen.Choose(1, 9)
        select new PowerCatalog(powers, version);

    /// <summary>
    /// Returns a generator of catalogs that can be built (no null power, distinct codes) but break the
    /// catalog rules: a valid catalog in which one to three powers lose a required member (name, legal
    /// basis, undertaking unit, implementing body, category, committed limit or supervising body), so
    /// <see cref="CatalogValidator.Validate(PowerCatalog)"/> reports at least one error.
    /// </summary>
    /// <param name="maxPowers">The largest number of powers, 1 or more.</param>
    /// <returns>The generator.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="maxPowers"/> is less than 1.</exception>
    public static Gen<PowerCatalog> Invalid(int maxPowers = 12) =>
        from powers in DistinctPowers(CheckMax(maxPowers))
        from breaks in Gen.Choose(0, Breakages.Length - 1).ListOf(Math.Min(3, powers.Length))
        from targets in Gen.Choose(0, powers.Length - 1).ListOf(breaks.Count)
        select new PowerCatalog(Break(powers, targets, breaks));

    /// <summary>
    /// Returns a generator of untrusted listings of 0 to <paramref name="maxPowers"/> entries, as an import
    /// reads them: null entries, repeated codes and powers from <see cref="PowerGenerators.Anything"/>
    /// mixed with well-formed ones. Feed them to <see cref="CatalogValidator.Validate(IEnumerable{Power})"/>
    /// or to your own import code; they usually cannot become a <see cref="PowerCatalog"/>.
    /// </summary>
    /// <param name="maxPowers">The largest number of entries, 1 or more.</param>
    /// <returns>The generator.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="maxPowers"/> is less than 1.</exception>
    public static Gen<IReadOnlyList<Power?>> Untrusted(int maxPowers = 12)
    {
        var entry = Gen.Frequency(
            (1, Gen.Constant<Power?>(null)),
            (6, PowerGenerators.Anything.Select(p => (Power?)p)),
            (3, PowerGenerators.WellFormed.Select(p => (Power?)p)));
        return from count in Gen.Choose(0, CheckMax(maxPowers))
               from entries in entry.ArrayOf(count)
               from repeat in Gen.Choose(0, 3)
               select (IReadOnlyList<Power?>)(repeat == 0 && entries.Length > 0 && entries[0] is { } first
                   ? [.. entries, first with { Name = first.Name + "（重复）" }]
                   : entries);
    }

    private static Gen<Power[]> DistinctPowers(int maxPowers) =>
        from count in Gen.Choose(1, maxPowers)
        from powers in PowerGenerators.WellFormed.ArrayOf(count)
        select Renumber(powers);

    // Serial numbers 0001, 0002, … keep every code well formed and distinct.
    private static Power[] Renumber(Power[] powers) =>
        powers.Select((p, i) =>
        {
            var value = p.Code.Value;
            return p with { Code = new PowerCode(string.Create(CultureInfo.InvariantCulture, $"{value[..value.LastIndexOf('-')]}-{i + 1:D4}")) };
        }).ToArray();

    private static Power[] Break(Power[] powers, List<int> targets, List<int> breaks)
    {
        var copy = powers.ToArray();
        for (var i = 0; i < targets.Count; i++)
        {
            copy[targets[i]] = Breakages[breaks[i]](copy[targets[i]]);
        }

        return copy;
    }

    private static int CheckMax(int maxPowers) =>
        maxPowers >= 1 ? maxPowers : throw new ArgumentOutOfRangeException(nameof(maxPowers), maxPowers, "A catalog needs room for at least one power.");
}
