using System;
using System.Collections;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Reflection;
using System.Runtime.CompilerServices;
using PowerGovernance.Calendars;

namespace PowerGovernance.Tests;

/// <summary>
/// Reflection checks over every type of every package we ship (the kernel, Serialization, Cryptography.Sm,
/// Calendars.China and Testing): records holding collections compare them element by element, and no static state can change.
/// </summary>
public class PackageConventionTests
{
    private static readonly Assembly[] Packages =
    [
        typeof(IWorkingCalendar).Assembly,
        typeof(PowerGovernance.Serialization.CatalogJson).Assembly,
        typeof(PowerGovernance.Cryptography.Sm.Sm3AuditDigest).Assembly,
        typeof(PowerGovernance.Calendars.China.ChinaCalendars).Assembly,
        typeof(PowerGovernance.Testing.CaseGenerators).Assembly,
    ];

    [Fact]
    public void The_scan_sees_the_records_it_must_check()
    {
        var checkedRecords = RecordsHoldingCollections().Select(t => t.Name).ToArray();

        Assert.Contains("CaseEvent", checkedRecords);
        Assert.Contains("Power", checkedRecords);
    }

    [Fact]
    public void Public_records_holding_collections_declare_their_own_value_equality()
    {
        var referenceEqual = RecordsHoldingCollections()
            .Where(t => !BeingReplaced.Contains(t.Name))
            .Where(t => !DeclaresOwn(t, "Equals", t) || !DeclaresOwn(t, "GetHashCode"))
            .Select(t => t.FullName + " (" + string.Join(", ", CollectionProperties(t).Select(p => p.Name)) + ")")
            .ToArray();

        Assert.True(referenceEqual.Length == 0, "Compare collections by their elements in: " + string.Join(Environment.NewLine, referenceEqual));
    }

    [Fact]
    public void No_package_has_static_mutable_state()
    {
        var mutable = Packages.SelectMany(a => a.GetTypes())
            .Where(t => !t.IsEnum && !IsCompilerGenerated(t))
            .SelectMany(StaticFields)
            .Where(IsMutableState)
            .Select(f => f.DeclaringType!.FullName + "." + f.Name + " : " + f.FieldType.Name)
            .ToArray();

        Assert.True(mutable.Length == 0, "Static state that can change: " + string.Join(Environment.NewLine, mutable));
    }

    [Fact]
    public void The_static_state_check_finds_a_plain_static_field_and_a_shared_list() =>
        Assert.Equal(
            ["Counter", "Registry", "Table"],
            StaticFields(typeof(StaticStateFixture)).Where(IsMutableState).Select(f => f.Name).Order());

    [Theory]
    [InlineData(typeof(int), false)]
    [InlineData(typeof(string), false)]
    [InlineData(typeof(IReadOnlyList<string>), false)]
    [InlineData(typeof(ImmutableArray<int>), false)]
    [InlineData(typeof(System.Collections.Frozen.FrozenSet<int>), false)]
    [InlineData(typeof(List<int>), true)]
    [InlineData(typeof(Dictionary<string, int>), true)]
    [InlineData(typeof(HashSet<int>), true)]
    [InlineData(typeof(System.Collections.Concurrent.ConcurrentDictionary<string, int>), true)]
    [InlineData(typeof(ArrayList), true)]
    public void The_static_state_check_tells_growable_collections(Type type, bool growable) =>
        Assert.Equal(growable, IsGrowableCollection(type));

    [Fact]
    public void The_value_equality_check_tells_a_synthesised_equals_from_a_declared_one()
    {
        Assert.False(DeclaresOwn(typeof(ListHolderWithoutEquality), "Equals", typeof(ListHolderWithoutEquality)));
        Assert.True(DeclaresOwn(typeof(ListHolderWithEquality), "Equals", typeof(ListHolderWithEquality)));
        Assert.True(DeclaresOwn(typeof(ListHolderWithEquality), "GetHashCode"));
        Assert.Single(CollectionProperties(typeof(ListHolderWithoutEquality)));
    }

    /// <summary>
    /// Result and problem records that the one result and finding shape of this API review replaces; their
    /// replacements are checked like every other record once they land, and the names here go with the old types.
    /// </summary>
    private static readonly ImmutableHashSet<string> BeingReplaced = ["FireRejection", "FireResult", "InquiryResult", "NoticeResult", "AccountabilityResult", "CatalogReviewResult"];

    internal static IEnumerable<Type> RecordsHoldingCollections() =>
        Packages.SelectMany(a => a.GetExportedTypes())
            .Where(IsRecord)
            .Where(t => CollectionProperties(t).Any());

    private static bool IsRecord(Type type) =>
        type.GetMethod("<Clone>$") is not null
        || (type.IsValueType && type.GetMethod("PrintMembers", BindingFlags.Instance | BindingFlags.NonPublic | BindingFlags.Public) is { } print && IsCompilerGenerated(print));

    private static IEnumerable<PropertyInfo> CollectionProperties(Type type) =>
        type.GetProperties(BindingFlags.Public | BindingFlags.Instance)
            .Where(p => p.Name != "EqualityContract" && IsCollection(p.PropertyType));

    /// <summary>A type whose own equality would compare references (or an array's identity) instead of elements.</summary>
    private static bool IsCollection(Type type)
    {
        if (type == typeof(string) || !typeof(IEnumerable).IsAssignableFrom(type))
        {
            return false;
        }

        if (type.IsInterface || type.IsArray || type.Namespace?.StartsWith("System.Collections", StringComparison.Ordinal) == true)
        {
            return true;
        }

        // A type of our own (or NodaTime's DateInterval) that defines its own equality compares as it says.
        return type.GetMethod("Equals", [typeof(object)])?.DeclaringType == typeof(object);
    }

    private static IEnumerable<FieldInfo> StaticFields(Type type) =>
        type.GetFields(BindingFlags.Static | BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.DeclaredOnly);

    private static bool IsMutableState(FieldInfo field) =>
        !field.IsLiteral && !IsCompilerGenerated(field)

        // Per-thread caches of non-thread-safe helpers (e.g. a SHA-256 instance) are not shared state.
        && field.GetCustomAttribute<ThreadStaticAttribute>() is null
        && (!field.IsInitOnly || IsGrowableCollection(field.FieldType) || (field.FieldType.IsArray && !field.IsPrivate));

    /// <summary>
    /// A collection anyone holding it can add to: a static one is a cache or a registry, shared state. (A private static
    /// readonly array is a lookup table no code writes to; a non-private one is flagged, since others could.)
    /// </summary>
    private static bool IsGrowableCollection(Type type) =>
        !type.IsInterface && !type.IsArray && typeof(IEnumerable).IsAssignableFrom(type)
        && type.Namespace is "System.Collections" or "System.Collections.Generic" or "System.Collections.Concurrent" or "System.Collections.ObjectModel"
        && !type.Name.StartsWith("ReadOnly", StringComparison.Ordinal);

    private static bool DeclaresOwn(Type type, string name, params Type[] parameters) =>
        type.GetMethod(name, BindingFlags.Public | BindingFlags.Instance | BindingFlags.DeclaredOnly, null, parameters, null) is { } method
        && !IsCompilerGenerated(method);

    private static bool IsCompilerGenerated(MemberInfo member) =>
        member.GetCustomAttribute<CompilerGeneratedAttribute>() is not null || member.Name.Contains('<', StringComparison.Ordinal);

#pragma warning disable CS0169, CS0414, CA1823, IDE0044, IDE0051, S1144, S2223, S3963 // the fields exist to be found
    private static class StaticStateFixture
    {
        internal static readonly int[] Table = [1];
        internal static readonly List<string> Registry = [];
        private const int Constant = 1;
        private static readonly int[] PrivateTable = [1];
        private static readonly IReadOnlyList<int> ReadOnly = [1];
        [ThreadStatic]
        private static int perThread;
        private static int Counter;
    }
#pragma warning restore CS0169, CS0414, CA1823, IDE0044, IDE0051, S1144, S2223, S3963

    private sealed record ListHolderWithoutEquality(IReadOnlyList<int> Items);

    private sealed record ListHolderWithEquality(IReadOnlyList<int> Items)
    {
        public bool Equals(ListHolderWithEquality? other) => other is not null && Items.SequenceEqual(other.Items);

        public override int GetHashCode() => Items.Count;
    }
}
