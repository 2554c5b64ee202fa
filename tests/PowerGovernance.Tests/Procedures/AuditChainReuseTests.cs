using System.Collections.Generic;
using System.Linq;
using NodaTime;
using PowerGovernance.Calendars;
using PowerGovernance.Procedures;
using Xunit;

namespace PowerGovernance.Tests.Procedures;

/// <summary>
/// The per-thread reuse in the audit chain (a calendar identity encoded once per thread, the hash checked without making its
/// text) and the replay's shortcuts give exactly what the documented encoding and the plain paths give.
/// </summary>
public class AuditChainReuseTests
{
    private static readonly Instant At = Instant.FromUtc(2024, 9, 27, 2, 0);

    /// <summary>The documented version-2 encoding, written here independently of the library.</summary>
    private static string Reference(string trigger, CalendarIdentity calendar)
    {
        var expected = new System.IO.MemoryStream();
        void Text(string value)
        {
            var bytes = System.Text.Encoding.UTF8.GetBytes(value);
            expected.WriteByte((byte)bytes.Length);
            expected.Write(bytes);
        }

        void Number(long value) => expected.Write(System.BitConverter.GetBytes(value).Reverse().ToArray());
        expected.WriteByte(2);
        Text("c");
        Number(2);
        Text(trigger);
        Text("receive");
        Text("review");
        Text("张三");
        Text("窗口");
        Number(19993);
        Number(7_200_000_000_000);
        expected.WriteByte(0);
        Text(string.Empty);
        expected.WriteByte(1);
        Text("materials");
        Text("complete");
        Text(calendar.Id);
        Text(calendar.ContentHash);
        expected.WriteByte(0);
        expected.Write(new byte[32]);
        return System.Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(expected.ToArray()));
    }

    private static CaseEvent Event(string trigger, CalendarIdentity calendar) =>
        new("c", 2, trigger, "receive", "review", "张三", "窗口", At, null, [new("materials", "complete")], AuditChain.GenesisHash, string.Empty, calendar);

    [Fact]
    public void Events_on_alternating_calendars_hash_as_the_documented_encoding_on_one_thread()
    {
        var first = new CalendarIdentity("cn-official", new string('a', 64));
        var second = new CalendarIdentity("cn-provisional-2026", new string('b', 64));
        var equalToFirst = new CalendarIdentity("cn-official", new string('a', 64)); // equal, another instance
        var changed = first with { ContentHash = new string('c', 64) };

        // The same identity again (reused encoding), another, an equal instance, a copy with another hash, and back.
        foreach (var calendar in new[] { first, first, second, first, equalToFirst, changed, second, changed, first })
        {
            Assert.Equal(Reference("accept", calendar), AuditChain.ComputeHash(Event("accept", calendar)));
        }
    }

    [Fact]
    public void Verify_accepts_the_right_hash_and_refuses_any_other_spelling_of_it()
    {
        var calendar = new CalendarIdentity("cn-official", new string('a', 64));
        var e = Event("accept", calendar) with { Sequence = 1 }; // a chain of one event
        var right = e with { Hash = AuditChain.ComputeHash(e) };
        Assert.True(AuditChain.Verify([right]).IsValid);

        foreach (var wrong in new[] { right.Hash.ToUpperInvariant(), right.Hash[..63], right.Hash + "0", string.Empty, "x" + right.Hash[1..] })
        {
            var result = AuditChain.Verify([right with { Hash = wrong }]);
            Assert.False(result.IsValid);
            Assert.Equal(0, result.FirstBrokenIndex);
        }
    }

    [Fact]
    public void FromText_gives_the_same_arguments_for_sorted_unsorted_repeated_and_empty_input()
    {
        KeyValuePair<string, string>[] sorted = [new("a", "1"), new("b", "2"), new("c", "3")];
        KeyValuePair<string, string>[] unsorted = [new("c", "3"), new("a", "1"), new("b", "2")];
        KeyValuePair<string, string>[] repeated = [new("a", "0"), new("b", "2"), new("a", "1"), new("c", "3")];
        var fromSorted = TriggerArguments.FromText(sorted);
        Assert.Equal(fromSorted, TriggerArguments.FromText(unsorted));
        Assert.Equal(fromSorted, TriggerArguments.FromText(repeated));
        Assert.Equal(fromSorted, TriggerArguments.FromText(sorted.ToList()));
        Assert.Equal(["a", "b", "c"], fromSorted.Keys);
        Assert.Same(TriggerArguments.None, TriggerArguments.FromText(System.Array.Empty<KeyValuePair<string, string>>()));

        // The arguments do not share the array they were read from.
        sorted[0] = new("a", "changed");
        Assert.Equal("1", fromSorted["a"]);

        Assert.Throws<System.ArgumentNullException>(() => TriggerArguments.FromText([new KeyValuePair<string, string>("a", null!)]));
        Assert.Throws<System.ArgumentNullException>(() => TriggerArguments.FromText([new KeyValuePair<string, string>(null!, "1")]));
    }

    [Fact]
    public void An_actor_with_one_post_and_with_repeated_or_blank_posts_holds_them_as_before()
    {
        Assert.Equal(["窗口"], new Actor("张三", "窗口").Posts);
        Assert.Empty(new Actor("张三", " ").Posts);
        Assert.Equal(["窗口", "审查"], new Actor("张三", "窗口", " ", "审查", "窗口", null!).Posts);
    }
}
