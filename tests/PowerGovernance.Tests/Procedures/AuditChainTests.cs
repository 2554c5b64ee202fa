using System.Collections.Generic;
using System.Linq;
using NodaTime;
using PowerGovernance.Procedures;
using PowerGovernance.Tests.Calendars;
using PowerGovernance.Tests.Powers;

namespace PowerGovernance.Tests.Procedures;

public class AuditChainTests
{
    private static readonly ProcedureEngine Engine = new(SampleCalendars.SecondHalf2024(), SampleProcedures.Catalog, [SampleProcedures.Licensing]);

    private static List<CaseEvent> History()
    {
        var clerk = new Actor("张三", SampleProcedures.Clerk);
        var reviewer = new Actor("李四", SampleProcedures.Reviewer);
        var head = new Actor("王五", SampleProcedures.Head);
        var at = Instant.FromUtc(2024, 9, 27, 2, 0);
        var events = new List<CaseEvent>();
        CaseResult result = Engine.Start("case-7", SamplePowers.BuildingPermit.Code, "test-licensing", clerk, at);
        events.AddRange(result.Events);
        result = Engine.Fire(result.Snapshot!, "accept", clerk, at.Plus(Duration.FromHours(1)), new Dictionary<string, string> { ["materials"] = "complete" });
        events.AddRange(result.Events);
        result = Engine.Fire(result.Snapshot!, "suspend", reviewer, at.Plus(Duration.FromDays(3)), new Dictionary<string, string> { ["cause"] = "检验检测" });
        events.AddRange(result.Events);
        result = Engine.Fire(result.Snapshot!, "resume", reviewer, at.Plus(Duration.FromDays(12)));
        events.AddRange(result.Events);
        result = Engine.Fire(result.Snapshot!, "refuse", head, at.Plus(Duration.FromDays(14)), reason: "不符合规划");
        events.AddRange(result.Events);
        return events;
    }

    [Fact]
    public void An_accepted_history_verifies()
    {
        var events = History();

        Assert.Equal(AuditVerification.Valid, AuditChain.Verify(events));
        Assert.Equal(AuditChain.GenesisHash, events[0].PreviousHash);
        Assert.All(events.Skip(1).Zip(events), pair => Assert.Equal(pair.Second.Hash, pair.First.PreviousHash));
        Assert.All(events, e => Assert.Matches("^[0-9a-f]{64}$", e.Hash));
    }

    [Fact]
    public void The_hash_is_pinned_by_the_documented_encoding()
    {
        var hash = AuditChain.ComputeHash("c", 1, "start", string.Empty, "receive", "张三", "窗口", Instant.FromUtc(2024, 9, 27, 2, 0), null, [], AuditChain.GenesisHash);

        // A version byte 1; texts as a LEB128 byte count and UTF-8 bytes (an empty text is one zero byte);
        // numbers as 8-byte big-endian; a reason-flag byte; the argument count as LEB128; the previous hash
        // as a byte 0 and its 32 bytes. 2024-09-27 is day 19993 after 1970-01-01; 02:00 is nanosecond
        // 7,200,000,000,000 of the day; 张三 and 窗口 are 6 UTF-8 bytes each.
        var expected = new System.IO.MemoryStream();
        void Text(string value)
        {
            var bytes = System.Text.Encoding.UTF8.GetBytes(value);
            expected.WriteByte((byte)bytes.Length);
            expected.Write(bytes);
        }

        void Number(long value) => expected.Write(System.BitConverter.GetBytes(value).Reverse().ToArray());
        expected.WriteByte(1);
        Text("c");
        Number(1);
        Text("start");
        Text(string.Empty);
        Text("receive");
        Text("张三");
        Text("窗口");
        Number(19993);
        Number(7_200_000_000_000);
        expected.WriteByte(0);
        Text(string.Empty);
        expected.WriteByte(0);
        expected.WriteByte(0);
        expected.Write(new byte[32]);
        Assert.Equal(System.Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(expected.ToArray())), hash);
    }

    [Fact]
    public void Long_texts_and_a_malformed_previous_hash_are_encoded_without_ambiguity()
    {
        var at = Instant.FromUtc(2024, 9, 27, 2, 0);
        string Hash(string reason, string previous) => AuditChain.ComputeHash("c", 2, "refuse", "review", "refused", "王五", "分管领导", at, reason, [], previous);

        var long300 = Hash(new string('理', 300), AuditChain.GenesisHash);
        var long299 = Hash(new string('理', 299) + "由", AuditChain.GenesisHash);
        var upper = Hash("x", new string('A', 64));
        var lower = Hash("x", new string('a', 64));
        var forged = Hash("x", "not a hash");

        Assert.NotEqual(long300, long299);
        Assert.Equal(upper, lower);
        Assert.NotEqual(forged, Hash("x", "not a hash!"));
        Assert.Matches("^[0-9a-f]{64}$", forged);
    }

    [Fact]
    public void Altering_an_event_is_detected_at_that_event()
    {
        var events = History();
        events[2] = events[2] with { Arguments = [new KeyValuePair<string, string>("cause", "专家评审")] };

        var result = AuditChain.Verify(events);

        Assert.False(result.IsValid);
        Assert.Equal(2, result.FirstBrokenIndex);
        Assert.Contains("altered", result.Problem, System.StringComparison.Ordinal);
    }

    [Fact]
    public void Removing_inserting_or_reordering_events_is_detected_and_a_rehashed_tail_fails_against_the_stored_head()
    {
        var removed = History();
        removed.RemoveAt(2);
        var reordered = History();
        (reordered[2], reordered[3]) = (reordered[3], reordered[2]);
        var inserted = History();
        inserted.Insert(3, inserted[2]);
        var rehashed = History();
        var forged = rehashed[4] with { Reason = "同意" };
        rehashed[4] = forged with { Hash = AuditChain.ComputeHash(forged) };

        Assert.Equal(2, AuditChain.Verify(removed).FirstBrokenIndex);
        Assert.Equal(2, AuditChain.Verify(reordered).FirstBrokenIndex);
        Assert.Equal(3, AuditChain.Verify(inserted).FirstBrokenIndex);
        Assert.True(AuditChain.Verify(rehashed).IsValid);
        var head = History()[4].Hash;
        Assert.True(AuditChain.Verify(History(), head).IsValid);
        var againstHead = AuditChain.Verify(rehashed, head);
        Assert.False(againstHead.IsValid);
        Assert.Equal(4, againstHead.FirstBrokenIndex);
    }

    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(3)]
    public void The_hash_equals_SHA256_of_a_reference_encoding_for_any_texts(int seed)
    {
        // Texts mixing ASCII, two-byte, CJK, surrogate pairs, lone surrogates and long runs (length prefixes
        // of one to three bytes), previous hashes in either case or malformed, with and without a reason.
        var random = new System.Random(seed);
        for (var n = 0; n < 500; n++)
        {
            var arguments = Enumerable.Range(0, random.Next(4))
                .Select(i => new KeyValuePair<string, string>("k" + i + RandomText(random), RandomText(random)))
                .OrderBy(a => a.Key, System.StringComparer.Ordinal)
                .ToArray();
            var previous = random.Next(4) switch
            {
                0 => AuditChain.GenesisHash,
                1 => System.Convert.ToHexString(System.Security.Cryptography.SHA256.HashData(System.BitConverter.GetBytes(n))),
                2 => System.Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(System.BitConverter.GetBytes(n))),
                _ => RandomText(random),
            };
            var reason = random.Next(3) == 0 ? null : RandomText(random);
            var at = Instant.FromUnixTimeTicks(random.NextInt64(-10_000_000_000_000_000, 10_000_000_000_000_000));
            var texts = Enumerable.Range(0, 6).Select(_ => RandomText(random)).ToArray();
            var sequence = random.NextInt64();

            var actual = AuditChain.ComputeHash(texts[0], sequence, texts[1], texts[2], texts[3], texts[4], texts[5], at, reason, arguments, previous);

            var expected = ReferenceEncoding(texts[0], sequence, texts[1], texts[2], texts[3], texts[4], texts[5], at, reason, arguments, previous);
            Assert.Equal(System.Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(expected)), actual);
        }
    }

    [Fact]
    public void A_previous_hash_decodes_only_when_all_64_characters_are_hexadecimal_digits()
    {
        // Both decoders (128-bit SIMD and scalar) against Convert.FromHexString, for valid hashes in either
        // case and for one wrong character at every position, including characters next to the digit
        // ranges and characters above U+007F whose low byte is a digit.
        var valid = System.Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData([1, 2, 3]));
        var candidates = new List<string> { valid, valid.ToUpperInvariant(), new('0', 64), new('f', 64), new('F', 64), new('9', 64) };
        foreach (var bad in "/:@G`g \0\u0130\uFF41\u0141\u0661\u0139\u3000")
        {
            for (var i = 0; i < 64; i++)
            {
                candidates.Add(valid[..i] + bad + valid[(i + 1)..]);
            }
        }

        foreach (var candidate in candidates)
        {
            var expected = candidate.All(System.Uri.IsHexDigit);
            var simd = new byte[32];
            var scalar = new byte[32];
            Assert.Equal(expected, AuditChain.TryDecodeHash(candidate, simd));
            Assert.Equal(expected, AuditChain.TryDecodeHashScalar(candidate, scalar));
            if (expected)
            {
                Assert.Equal(System.Convert.FromHexString(candidate), simd);
                Assert.Equal(System.Convert.FromHexString(candidate), scalar);
            }
        }
    }

    private static string RandomText(System.Random random)
    {
        var length = random.Next(8) switch
        {
            0 => 0,
            1 => random.Next(40, 200),
            _ => random.Next(1, 12),
        };
        var text = new System.Text.StringBuilder();
        for (var i = 0; i < length; i++)
        {
            switch (random.Next(7))
            {
                case 0:
                case 1:
                    text.Append((char)random.Next(0x20, 0x7F));
                    break;
                case 2:
                    text.Append((char)random.Next(0x80, 0x800));
                    break;
                case 3:
                    text.Append((char)random.Next(0x4E00, 0x9FA6));
                    break;
                case 4:
                    text.Append(char.ConvertFromUtf32(random.Next(0x10000, 0x10FFFF)));
                    break;
                case 5:
                    text.Append((char)random.Next(0xD800, 0xE000));
                    break;
                default:
                    text.Append((char)random.Next(0xE000, 0x10000));
                    break;
            }
        }

        return text.ToString();
    }

    /// <summary>The canonical encoding as documented on <see cref="AuditChain"/>, written the plain way.</summary>
    internal static byte[] ReferenceEncoding(
        string caseId, long sequence, string trigger, string from, string to, string actor, string post, Instant at, string? reason, KeyValuePair<string, string>[] arguments, string previous)
    {
        var bytes = new System.IO.MemoryStream();
        void Length(int value)
        {
            var remaining = (uint)value;
            for (; remaining >= 0x80; remaining >>= 7)
            {
                bytes.WriteByte(unchecked((byte)(remaining | 0x80)));
            }

            bytes.WriteByte((byte)remaining);
        }

        void Text(string? value)
        {
            var utf8 = System.Text.Encoding.UTF8.GetBytes(value ?? string.Empty);
            Length(utf8.Length);
            bytes.Write(utf8);
        }

        void Number(long value)
        {
            var big = new byte[8];
            System.Buffers.Binary.BinaryPrimitives.WriteInt64BigEndian(big, value);
            bytes.Write(big);
        }

        var sinceEpoch = at - NodaConstants.UnixEpoch;
        bytes.WriteByte(1);
        Text(caseId);
        Number(sequence);
        Text(trigger);
        Text(from);
        Text(to);
        Text(actor);
        Text(post);
        Number(sinceEpoch.Days);
        Number(sinceEpoch.NanosecondOfDay);
        bytes.WriteByte(reason is null ? (byte)0 : (byte)1);
        Text(reason);
        Length(arguments.Length);
        foreach (var (name, value) in arguments)
        {
            Text(name);
            Text(value);
        }

        if (previous.Length == 64 && previous.All(System.Uri.IsHexDigit))
        {
            bytes.WriteByte(0);
            bytes.Write(System.Convert.FromHexString(previous));
        }
        else
        {
            bytes.WriteByte(1);
            Text(previous);
        }

        return bytes.ToArray();
    }
}
