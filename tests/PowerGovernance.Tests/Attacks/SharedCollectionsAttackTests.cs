using System;
using System.Collections;
using System.Collections.Generic;
using System.Linq;
using System.Reflection;
using NodaTime;
using PowerGovernance.Calendars;
using PowerGovernance.Calendars.China;
using PowerGovernance.Powers;
using PowerGovernance.Procedures;
using PowerGovernance.Tests.Procedures;
using PowerGovernance.Tests.Procedures.BuiltIn;

namespace PowerGovernance.Tests.Attacks;

/// <summary>
/// Issue 14, finding 8 (shared objects): the collections of shared immutable objects cannot be written through a cast.
/// A list typed <see cref="IReadOnlyList{T}"/> that is really an array could be cast back and changed for every user of
/// the object (the official calendar's sources, a definition's power codes, a catalog's powers).
/// </summary>
public class SharedCollectionsAttackTests
{
    [Fact]
    public void The_official_calendar_sources_cannot_be_written_through_a_cast()
    {
        var sources = ChinaCalendars.Official.Sources;
        var first = sources[0];

        AssertNotWritable(sources, first);
        Assert.Same(first, ChinaCalendars.Official.Sources[0]);
    }

    [Fact]
    public void A_calendar_weekend_cannot_be_written_through_a_cast()
    {
        var weekend = ChinaCalendars.Official.WeekendDays;

        AssertNotWritable(weekend, IsoDayOfWeek.Monday);
        Assert.Equal([IsoDayOfWeek.Saturday, IsoDayOfWeek.Sunday], ChinaCalendars.Official.WeekendDays);
    }

    [Fact]
    public void A_procedure_definition_power_codes_and_other_lists_cannot_be_written_through_a_cast()
    {
        var definition = SampleProcedures.LicensingBuilder()
            .ForPowers(PowerCode.Parse("62052400MZ-XK-0001"))
            .ForCategories(PowerCategory.Licensing)
            .Build();

        AssertNotWritable(definition.PowerCodes, PowerCode.Parse("62052400MZ-XK-0002"));
        AssertNotWritable(definition.PowerCategories, PowerCategory.Licensing);
        AssertNotWritable(definition.Steps, definition.Steps[0]);
        AssertNotWritable(definition.Triggers, definition.Triggers[0]);
        AssertNotWritable(definition.SupervisionPoints, definition.SupervisionPoints[0]);
        AssertNotWritable(definition.ComplaintChannels, definition.ComplaintChannels[0]);
        Assert.Equal(PowerCode.Parse("62052400MZ-XK-0001"), Assert.Single(definition.PowerCodes));
    }

    [Fact]
    public void A_catalog_powers_cannot_be_written_through_a_cast()
    {
        var catalog = BuiltInPowers.Catalog;
        var first = catalog.Powers[0];

        AssertNotWritable(catalog.Powers, catalog.Powers[^1]);
        Assert.Same(first, catalog.Powers[0]);
        Assert.Same(first, catalog.First());
    }

    [Fact]
    public void No_shared_object_reachable_from_the_official_calendar_catalog_or_built_in_definitions_exposes_an_array_or_list()
    {
        var roots = new object[]
        {
            ChinaCalendars.Official,
            ChinaCalendars.Provisional,
            BuiltInPowers.Catalog,
            PowerCatalog.Empty,
        }.Concat(BuiltInFixture.Definitions);

        var writable = WritableCollections(roots).Distinct().ToList();

        Assert.True(writable.Count == 0, "Writable collections: " + string.Join("; ", writable));
    }

    /// <summary>The public collection properties, on sealed types of PowerGovernance, whose value is an array or a <see cref="List{T}"/>, found by walking the object graph.</summary>
    internal static IEnumerable<string> WritableCollections(IEnumerable<object> roots)
    {
        var seen = new HashSet<object>(ReferenceEqualityComparer.Instance);
        var pending = new Stack<(object Value, int Depth)>(roots.Select(r => (r, 0)));
        while (pending.Count > 0)
        {
            var (value, depth) = pending.Pop();
            var type = value.GetType();
            if (!seen.Add(value) || depth > 6 || type.Namespace?.StartsWith("PowerGovernance", StringComparison.Ordinal) != true)
            {
                continue;
            }

            foreach (var property in type.GetProperties(BindingFlags.Public | BindingFlags.Instance).Where(p => p.GetIndexParameters().Length == 0))
            {
                object? child;
                try
                {
                    child = property.GetValue(value);
                }
#pragma warning disable CA1031 // A property that throws (e.g. on an empty object) is simply not walked.
                catch (TargetInvocationException)
#pragma warning restore CA1031
                {
                    continue;
                }

                if (child is null)
                {
                    continue;
                }

                if (IsCollectionType(property.PropertyType) && type.IsSealed && (child.GetType().IsArray || IsList(child.GetType())))
                {
                    yield return type.Name + "." + property.Name + " is a " + child.GetType().Name;
                }

                if (child is IEnumerable items and not string)
                {
                    foreach (var item in items.Cast<object?>().Take(50))
                    {
                        if (item is not null)
                        {
                            pending.Push((item, depth + 1));
                        }
                    }
                }
                else if (!child.GetType().IsValueType || child.GetType().Namespace?.StartsWith("PowerGovernance", StringComparison.Ordinal) == true)
                {
                    pending.Push((child, depth + 1));
                }
            }
        }
    }

    private static bool IsCollectionType(Type type) =>
        type.IsGenericType && type.GetGenericTypeDefinition() is var definition
        && (definition == typeof(IReadOnlyList<>) || definition == typeof(IReadOnlyCollection<>) || definition == typeof(IEnumerable<>));

    private static bool IsList(Type type) => type.IsGenericType && type.GetGenericTypeDefinition() == typeof(List<>);

    private static void AssertNotWritable<T>(IReadOnlyList<T> list, T other)
    {
        Assert.False(list is T[], "an array");
        Assert.False(list is List<T>, "a List<T>");
        if (list is IList<T> writable)
        {
            Assert.True(writable.IsReadOnly);
            Assert.Throws<NotSupportedException>(() => writable[0] = other);
        }

        if (list is IList untyped)
        {
            Assert.True(untyped.IsReadOnly);
        }
    }
}
