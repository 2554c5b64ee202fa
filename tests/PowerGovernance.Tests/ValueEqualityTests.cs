using System.Collections.Generic;
using System.Linq;
using NodaTime;
using PowerGovernance.Calendars;
using PowerGovernance.FrontDesk;
using PowerGovernance.Internal;
using PowerGovernance.Powers;
using PowerGovernance.Procedures;
using PowerGovernance.Testing;

namespace PowerGovernance.Tests;

/// <summary>Records built separately from equal values are equal (==), collections included.</summary>
public class ValueEqualityTests
{
    private static readonly Instant At = Instant.FromUtc(2026, 3, 2, 9, 30);

    [Fact]
    public void Case_events_with_equal_arguments_in_separate_lists_are_equal()
    {
        var a = Event([new("cause", "专家评审"), new("until", "2026-03-20")]);
        var b = Event(new List<KeyValuePair<string, string>> { new("cause", "专家评审"), new("until", "2026-03-20") }.ToArray());

        Assert.NotSame(a.Arguments, b.Arguments);
        Assert.True(a == b);
        Assert.Equal(a.GetHashCode(), b.GetHashCode());
    }

    [Fact]
    public void Case_events_differing_in_one_argument_or_in_their_order_are_not_equal()
    {
        var a = Event([new("cause", "专家评审"), new("until", "2026-03-20")]);

        Assert.NotEqual(a, Event([new("cause", "专家评审"), new("until", "2026-03-21")]));
        Assert.NotEqual(a, Event([new("until", "2026-03-20"), new("cause", "专家评审")]));
        Assert.NotEqual(a, Event([new("cause", "专家评审")]));
        Assert.NotEqual(a, a with { Calendar = new CalendarIdentity("cn", new string('a', 64)) });
        Assert.NotEqual(a, a with { Hash = new string('c', 64) });
    }

    [Fact]
    public void Case_snapshots_built_separately_are_equal()
    {
        Assert.True(Snapshot() == Snapshot());
        Assert.Equal(Snapshot().GetHashCode(), Snapshot().GetHashCode());
        Assert.NotEqual(Snapshot(), Snapshot() with { CommittedClock = Snapshot().CommittedClock with { SuspendedDays = 1 } });
    }

    [Fact]
    public void Powers_with_equal_legal_bases_in_separate_lists_are_equal()
    {
        var a = Power([new LegalBasis("《行政许可法》", "第四十二条", LegalBasisRank.Law)]);
        var b = Power(new List<LegalBasis> { new("《行政许可法》", "第四十二条", LegalBasisRank.Law) });

        Assert.True(a == b);
        Assert.Equal(a.GetHashCode(), b.GetHashCode());
        Assert.NotEqual(a, Power([new LegalBasis("《行政许可法》", "第四十三条", LegalBasisRank.Law)]));
    }

    [Fact]
    public void Post_assignments_compare_their_holders_in_order()
    {
        var window = new PowerGovernance.Procedures.Post("窗口受理员", "Window clerk");
        var a = new PostAssignment(window, "政务服务中心", ["张三", "李四"], ["王五"], "受理", "廉政");

        Assert.Equal(a, new PostAssignment(window, "政务服务中心", new List<string> { "张三", "李四" }, ["王五"], "受理", "廉政"));
        Assert.NotEqual(a, new PostAssignment(window, "政务服务中心", ["李四", "张三"], ["王五"], "受理", "廉政"));
    }

    [Fact]
    public void Options_holding_a_dictionary_of_lists_compare_it_as_a_set_of_pairs()
    {
        var a = new CaseWalkOptions { ArgumentValues = new Dictionary<string, IReadOnlyList<string>> { ["cause"] = ["检验"], ["note"] = ["a", "b"] } };
        var b = new CaseWalkOptions { ArgumentValues = new Dictionary<string, IReadOnlyList<string>> { ["note"] = new List<string> { "a", "b" }, ["cause"] = ["检验"] } };

        Assert.True(a == b);
        Assert.Equal(a.GetHashCode(), b.GetHashCode());
        Assert.NotEqual(a, b with { ArgumentValues = new Dictionary<string, IReadOnlyList<string>> { ["note"] = ["b", "a"], ["cause"] = ["检验"] } });
    }

    [Fact]
    public void Sets_and_dictionaries_compare_without_regard_to_order_and_hash_alike()
    {
        var a = new Dictionary<string, int> { ["x"] = 1, ["y"] = 2 };
        var b = new SortedDictionary<string, int> { ["y"] = 2, ["x"] = 1 };

        Assert.True(ValueEquality.DictionaryEqual<string, int>(a, b));
        Assert.Equal(ValueEquality.DictionaryHash<string, int>(a), ValueEquality.DictionaryHash<string, int>(b));
        Assert.False(ValueEquality.DictionaryEqual<string, int>(a, new Dictionary<string, int> { ["x"] = 1, ["y"] = 3 }));
        Assert.True(ValueEquality.SetEqual<string>(["a", "b"], new HashSet<string> { "b", "a" }));
        Assert.False(ValueEquality.SetEqual<string>(["a", "b"], ["a", "c"]));
        Assert.False(ValueEquality.SequenceEqual<int>([1, 2], null));
        Assert.True(ValueEquality.SequenceEqual<int>(null, null));
    }

    private static CaseEvent Event(KeyValuePair<string, string>[] arguments) =>
        new("XK-001", 2, "suspend", "审查", "审查", "张三", "审核员", At, "专家评审", arguments, new string('a', 64), new string('b', 64));

    private static CaseSnapshot Snapshot() =>
        new(
            "XK-001",
            PowerCode.Parse("62099907ZF-XK-0001"),
            "licensing",
            1,
            "审查",
            2,
            new LocalDate(2026, 3, 2),
            new LocalDate(2026, 3, 3),
            new CaseClock(new LocalDate(2026, 3, 2), null, null, 0, 0, null) { Limit = TimeLimit.WorkingDays(20) },
            new CaseClock(new LocalDate(2026, 3, 3), null, null, 0, 0, null),
            null,
            null,
            new string('b', 64),
            At);

    private static Power Power(IReadOnlyList<LegalBasis> bases) =>
        new() { Code = PowerCode.Parse("62099907ZF-XK-0001"), Name = "食品经营许可", LegalBases = bases, LegalTimeLimit = TimeLimit.WorkingDays(20) };
}
