using System;
using System.Collections.Generic;
using System.Linq;
using System.Security.Cryptography;
using System.Text;
using NodaTime;
using PowerGovernance.Procedures;
using PowerGovernance.Serialization;
using PowerGovernance.Tests.Calendars;
using PowerGovernance.Tests.Powers;

namespace PowerGovernance.Tests.Procedures;

/// <summary>
/// The seal of a snapshot (<see cref="CaseSeal"/>): its documented encoding, computed here by an independent reference
/// encoder written from the XML documentation; keyed seals; another digest plugged in.
/// </summary>
public class CaseSealTests
{
    private static readonly Actor Clerk = new("张三", SampleProcedures.Clerk);
    private static readonly Actor Reviewer = new("李四", SampleProcedures.Reviewer);

    private static CaseSnapshot Suspended(ProcedureEngine engine)
    {
        var started = engine.Start("case-1", SamplePowers.BuildingPermit.Code, "test-licensing", Clerk, Instant.FromUtc(2024, 9, 27, 2, 0));
        var accepted = engine.Fire(started.Snapshot, "accept", Clerk, Instant.FromUtc(2024, 9, 29, 2, 0), new Dictionary<string, string> { ["materials"] = "complete" });
        var suspended = engine.Fire(accepted.Snapshot, "suspend", Reviewer, Instant.FromUtc(2024, 10, 8, 3, 30), new Dictionary<string, string> { ["cause"] = "专家评审", ["until"] = "2024-10-18" });
        Assert.True(suspended.IsAccepted, suspended.Message);
        return suspended.Snapshot;
    }

    [Fact]
    public void The_seal_is_SHA_256_of_the_documented_encoding()
    {
        var engine = new ProcedureEngine(SampleCalendars.SecondHalf2024(), SampleProcedures.Catalog, [SampleProcedures.Licensing]);
        var snapshot = Suspended(engine);
        Assert.NotNull(snapshot.CommittedClock.SuspensionCause);

        var expected = "sha256:" + Convert.ToHexStringLower(SHA256.HashData(ReferenceEncoding(snapshot, "sha256")));

        Assert.Equal(expected, snapshot.Seal);
        Assert.True(CaseSeal.Sha256.Verify(CaseJson.DeserializeSnapshot(CaseJson.Serialize(snapshot))));
    }

    [Fact]
    public void A_keyed_seal_is_HMAC_SHA_256_of_the_same_encoding_and_needs_a_32_byte_key()
    {
        var key = Encoding.ASCII.GetBytes("0123456789abcdef0123456789abcdef");
        var engine = new ProcedureEngine(SampleCalendars.SecondHalf2024(), SampleProcedures.Catalog, [SampleProcedures.Licensing], CaseSeal.HmacSha256(key));
        var snapshot = Suspended(engine);

        Assert.Equal("hmac-sha256:" + Convert.ToHexStringLower(HMACSHA256.HashData(key, ReferenceEncoding(snapshot, "hmac-sha256"))), snapshot.Seal);
        Assert.Throws<ArgumentException>(() => CaseSeal.HmacSha256(new byte[31]));
        Assert.False(CaseSeal.Sha256.Verify(CaseJson.DeserializeSnapshot(CaseJson.Serialize(snapshot))));
    }

    [Fact]
    public void A_host_plugs_in_another_digest_and_names_it_in_every_seal()
    {
        var engine = new ProcedureEngine(SampleCalendars.SecondHalf2024(), SampleProcedures.Catalog, [SampleProcedures.Licensing], new Sha384Seal());
        var snapshot = Suspended(engine);
        var loaded = CaseJson.DeserializeSnapshot(CaseJson.Serialize(snapshot));

        Assert.StartsWith("sha384-test:", snapshot.Seal, StringComparison.Ordinal);
        Assert.Equal("sha384-test:".Length + 96, snapshot.Seal.Length);
        Assert.Empty(engine.CheckSnapshot(loaded));
        Assert.Throws<ArgumentException>(() => new BadNameSeal());
    }

    /// <summary>The encoding as the remarks of <see cref="CaseSeal"/> describe it, written independently of the kernel.</summary>
    private static byte[] ReferenceEncoding(CaseSnapshot s, string algorithm)
    {
        var bytes = new List<byte> { 1 };
        void Varint(ulong v)
        {
            while (v >= 0x80)
            {
                bytes.Add(unchecked((byte)(v | 0x80)));
                v >>= 7;
            }

            bytes.Add((byte)v);
        }

        void Number(long v) => Varint(unchecked((ulong)((v << 1) ^ (v >> 63))));
        void Text(string? t)
        {
            var utf8 = Encoding.UTF8.GetBytes(t ?? string.Empty);
            Varint((ulong)utf8.Length);
            bytes.AddRange(utf8);
        }

        void Date(LocalDate d) => Number((d.Year * 10_000L) + (d.Month * 100) + d.Day);
        void Optional<T>(T? value, Action<T> write)
            where T : struct
        {
            bytes.Add(value.HasValue ? (byte)1 : (byte)0);
            if (value is { } v)
            {
                write(v);
            }
        }

        void Limit(PowerGovernance.Calendars.TimeLimit? limit) => Optional(limit, l =>
        {
            Number((long)l.Kind);
            Number(l.Days);
        });

        void Clock(CaseClock c)
        {
            bytes.Add(1);
            Date(c.Start);
            Optional(c.SuspendedSince, Date);
            bytes.Add(c.SuspensionCause is null ? (byte)0 : (byte)1);
            Text(c.SuspensionCause);
            Number(c.SuspendedDays);
            Number(c.StepSuspendedDays);
            Limit(c.Extension);
            Limit(c.Limit);
            Optional(c.SuspendedUntil, Date);
            Optional(c.ExtendedOn, Date);
            Number(c.LateStops);
        }

        Text(algorithm);
        Text(s.CaseId);
        Text(s.PowerCode.Value);
        Text(s.DefinitionId);
        Number(s.DefinitionVersion);
        Number(s.Version);
        Text(s.Step);
        Date(s.Received);
        Date(s.StepEntered);
        Clock(s.CommittedClock);
        Clock(s.LegalClock);
        Optional(s.Outcome, o => Number((long)o));
        Optional(s.Closed, Date);
        bytes.Add(0);
        bytes.AddRange(Convert.FromHexString(s.AuditHead));
        var sinceEpoch = s.LastEventAt - NodaConstants.UnixEpoch;
        Number(sinceEpoch.Days);
        Number(sinceEpoch.NanosecondOfDay);
        return [.. bytes];
    }

    private sealed class Sha384Seal() : CaseSeal("sha384-test", 48)
    {
        protected override void ComputeHash(ReadOnlySpan<byte> content, Span<byte> destination) => SHA384.HashData(content, destination);
    }

    private sealed class BadNameSeal() : CaseSeal("SM3 Seal", 32)
    {
        protected override void ComputeHash(ReadOnlySpan<byte> content, Span<byte> destination) => throw new NotSupportedException();
    }
}
