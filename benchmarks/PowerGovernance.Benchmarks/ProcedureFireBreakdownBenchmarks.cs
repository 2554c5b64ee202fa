using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Security.Cryptography;
using System.Text;
using BenchmarkDotNet.Attributes;
using NodaTime;
using PowerGovernance.Calendars;
using PowerGovernance.Procedures;
using Stateless;

namespace PowerGovernance.Benchmarks;

/// <summary>
/// Where an accepted <see cref="ProcedureEngine.Fire"/> spends its time and memory, measured piece by piece
/// on the same case as <see cref="ProcedureFireBenchmarks"/>: the checks alone (<see cref="ProcedureEngine.CanFire"/>),
/// a Stateless <c>CanFire</c> on a prebuilt machine configured as the engine's compiled machine was before the
/// engine evaluated guards itself (guards wrapped, external state, a pooled runner), the audit hash and its SHA-256 and hex parts, the snapshot copy, the argument sort, the
/// date conversion and the event. The pieces are re-enactments from the public API and the engine's source,
/// not the engine's own internals, so they approximate its costs.
/// </summary>
[MemoryDiagnoser]
public class ProcedureFireBreakdownBenchmarks
{
    private static readonly LocalDate Received = new(2024, 9, 27);

    private ProcedureEngine engine = null!;
    private CaseSnapshot inReceipt = null!;
    private CaseSnapshot inReview = null!;
    private IReadOnlyDictionary<string, string> arguments = null!;
    private KeyValuePair<string, string>[] sortedArguments = null!;
    private Instant acceptAt;
    private Instant grantAt;
    private DateTimeZone zone = null!;
    private StateMachine<string, string> machine = null!;
    private ConcurrentBag<StateMachine<string, string>> pool = null!;
    private string state = string.Empty;
    private TriggerContext? context;
    private byte[] canonicalBytes = null!;
    private byte[] digest = null!;
    private IncrementalHash incremental = null!;
    private SHA256 instance = null!;
    private StateMachine<string, string> plain = null!;
    private string plainState = string.Empty;
    private GuardDefinition acceptGuard = null!;

    /// <summary>Builds the case as <see cref="ProcedureFireBenchmarks"/> does and a prebuilt Stateless machine.</summary>
    [GlobalSetup]
    public void Setup()
    {
        engine = LicensingProcedure.CreateEngine();
        zone = engine.Zone;
        arguments = LicensingProcedure.CompleteMaterials;
        sortedArguments = [.. arguments];
        acceptAt = LicensingProcedure.At(Received, 10);
        grantAt = LicensingProcedure.At(new LocalDate(2024, 10, 15), 15);
        inReceipt = LicensingProcedure.Expect(
            engine.Start("XK-2024-0001", LicensingProcedure.Power.Code, LicensingProcedure.Id, LicensingProcedure.Clerk, LicensingProcedure.At(Received, 9)),
            "receive",
            "start");
        inReview = LicensingProcedure.Expect(engine.Fire(inReceipt, "accept", LicensingProcedure.Clerk, acceptAt, arguments), "review", "accept");

        canonicalBytes = CanonicalBytes();
        digest = SHA256.HashData(canonicalBytes);

        // Not fatal: the engine's encoding may change; the SHA-256 rows then hash bytes of the documented length only.
        Console.WriteLine(string.Format(
            CultureInfo.InvariantCulture,
            "// Canonical encoding of the accept event: {0} bytes; reproduces the engine's hash: {1}.",
            canonicalBytes.Length,
            Convert.ToHexStringLower(digest) == AuditHashGuarded() ? "yes" : "no"));
        incremental = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        instance = SHA256.Create();
        acceptGuard = LicensingProcedure.Definition.Triggers.Single(t => t.Id == "accept").Guards[0];
        Check(AuditSha256IncrementalReused() == digest[0] && AuditSha256InstanceReused() == digest[0] && GuardDirect(), "the alternatives");
        plain = LicensingProcedure.ConfigureStateless(() => plainState, s => plainState = s, () => LicensingProcedure.MaterialsAreComplete(arguments));
        Check(StatelessFirePrebuilt() == "review" && StatelessConstructConfigure() is not null, "the baseline's parts");
        machine = CompiledLikeMachine();
        pool = [machine];
        var accepted = engine.Fire(inReceipt, "accept", LicensingProcedure.Clerk, acceptAt, arguments).Events[0];
        Check(AuditHashGuarded() == accepted.Hash, "AuditHashGuarded");
        Check(AuditHashUnguarded() == engine.Fire(inReview, "grant", LicensingProcedure.Head, grantAt).Events[0].Hash, "AuditHashUnguarded");
        Check(CanFireGuarded() && CanFireUnguarded() && StatelessCanFirePrebuilt() && StatelessCanFirePooled(), "CanFire");
    }

    /// <summary>Disposes the reused hashers.</summary>
    [GlobalCleanup]
    public void Cleanup()
    {
        incremental.Dispose();
        instance.Dispose();
    }

    /// <summary><see cref="ProcedureEngine.CanFire"/> for <c>accept</c>: every check of the guarded Fire (the guard called directly), nothing built.</summary>
    /// <returns>Whether it would be accepted.</returns>
    [Benchmark]
    public bool CanFireGuarded() => engine.CanFire(inReceipt, "accept", LicensingProcedure.Clerk, acceptAt, arguments);

    /// <summary><see cref="ProcedureEngine.CanFire"/> for <c>grant</c>: every check of the unguarded Fire.</summary>
    /// <returns>Whether it would be accepted.</returns>
    [Benchmark]
    public bool CanFireUnguarded() => engine.CanFire(inReview, "grant", LicensingProcedure.Head, grantAt);

    /// <summary>The engine's previous guard check: Stateless <c>CanFire(trigger, out unmetGuards)</c> on a prebuilt machine with the wrapped guard, state swapped in.</summary>
    /// <returns>Whether <c>accept</c> may fire.</returns>
    [Benchmark]
    public bool StatelessCanFirePrebuilt()
    {
        state = inReceipt.Step;
        context = new TriggerContext(inReceipt, arguments, acceptAt, Received);
        try
        {
            return machine.CanFire("accept", out _);
        }
        finally
        {
            context = null;
        }
    }

    /// <summary>As <see cref="StatelessCanFirePrebuilt"/>, with the machine rented from and returned to a <see cref="ConcurrentBag{T}"/>, as the engine did before it kept one machine per thread.</summary>
    /// <returns>Whether <c>accept</c> may fire.</returns>
    [Benchmark]
    public bool StatelessCanFirePooled()
    {
        var rented = pool.TryTake(out var pooled) ? pooled : CompiledLikeMachine();
        try
        {
            state = inReceipt.Step;
            context = new TriggerContext(inReceipt, arguments, acceptAt, Received);
            try
            {
                return rented.CanFire("accept", out _);
            }
            finally
            {
                context = null;
            }
        }
        finally
        {
            pool.Add(rented);
        }
    }

    /// <summary>The baseline's first part: constructing and configuring the Stateless machine, without firing.</summary>
    /// <returns>The machine.</returns>
    [Benchmark]
    public StateMachine<string, string> StatelessConstructConfigure()
    {
        var state = inReceipt.Step;
        var args = arguments;
        return LicensingProcedure.ConfigureStateless(() => state, s => state = s, () => LicensingProcedure.MaterialsAreComplete(args));
    }

    /// <summary>The baseline's second part: <c>Fire("accept")</c> on a prebuilt machine of the same configuration, state swapped in.</summary>
    /// <returns>The state reached.</returns>
    [Benchmark]
    public string StatelessFirePrebuilt()
    {
        plainState = inReceipt.Step;
        plain.Fire("accept");
        return plainState;
    }

    /// <summary><see cref="AuditChain.ComputeHash(CaseEvent)"/> for the <c>accept</c> event (one argument), with the calendar the engine's events record.</summary>
    /// <returns>The hash.</returns>
    [Benchmark]
    public string AuditHashGuarded() =>
        AuditChain.ComputeHash(new CaseEvent(inReceipt.CaseId, 2, "accept", "receive", "review", LicensingProcedure.Clerk.Name, LicensingProcedure.ClerkPost, acceptAt, null, sortedArguments, inReceipt.AuditHead, string.Empty, engine.Calendar.Identity));

    /// <summary>The audit hash for the <c>grant</c> event (no arguments).</summary>
    /// <returns>The hash.</returns>
    [Benchmark]
    public string AuditHashUnguarded() =>
        AuditChain.ComputeHash(new CaseEvent(inReview.CaseId, 3, "grant", "review", "granted", LicensingProcedure.Head.Name, LicensingProcedure.HeadPost, grantAt, null, [], inReview.AuditHead, string.Empty, engine.Calendar.Identity));

    /// <summary>Part of the hash: SHA-256 of the canonical UTF-8 bytes (one-shot <see cref="SHA256.HashData(ReadOnlySpan{byte}, Span{byte})"/>, no allocation).</summary>
    /// <returns>The first byte of the digest.</returns>
    [Benchmark]
    public byte AuditSha256Only()
    {
        Span<byte> hash = stackalloc byte[32];
        SHA256.HashData(canonicalBytes, hash);
        return hash[0];
    }

    /// <summary>
    /// An alternative for comparison, not what the engine does: SHA-256 of the same bytes through one reused
    /// <see cref="IncrementalHash"/> (one per thread would be needed), avoiding the one-shot call's per-call setup.
    /// </summary>
    /// <returns>The first byte of the digest.</returns>
    [Benchmark]
    public byte AuditSha256IncrementalReused()
    {
        Span<byte> hash = stackalloc byte[32];
        incremental.AppendData(canonicalBytes);
        incremental.TryGetHashAndReset(hash, out _);
        return hash[0];
    }

    /// <summary>
    /// What the engine does: SHA-256 of the same bytes through one reused <see cref="SHA256"/> instance
    /// (<see cref="HashAlgorithm.TryComputeHash"/>; the engine keeps one per thread).
    /// </summary>
    /// <returns>The first byte of the digest.</returns>
    [Benchmark]
    public byte AuditSha256InstanceReused()
    {
        Span<byte> hash = stackalloc byte[32];
        instance.TryComputeHash(canonicalBytes, hash, out _);
        return hash[0];
    }

    /// <summary>What the engine does now: the <c>accept</c> guard called directly with a new <see cref="TriggerContext"/>, without Stateless.</summary>
    /// <returns>Whether the guard holds.</returns>
    [Benchmark]
    public bool GuardDirect() => acceptGuard.Condition(new TriggerContext(inReceipt, arguments, acceptAt, Received));

    /// <summary>Part of the hash: the digest as lower-case hex (<see cref="Convert.ToHexStringLower(byte[])"/>).</summary>
    /// <returns>The hex string.</returns>
    [Benchmark]
    public string AuditHexString() => Convert.ToHexStringLower(digest);

    /// <summary>The new snapshot: a <c>with</c> copy setting the eight members Fire sets.</summary>
    /// <returns>The copy.</returns>
    [Benchmark]
    public CaseSnapshot SnapshotWith() => inReceipt with
    {
        Step = "review",
        Version = inReceipt.Version + 1,
        StepEntered = Received,
        CommittedClock = inReceipt.CommittedClock,
        LegalClock = inReceipt.LegalClock,
        Outcome = null,
        Closed = null,
        AuditHead = inReview.AuditHead,
        LastEventAt = acceptAt,
    };

    /// <summary>The argument sort Fire does for the event (copy to an array, sort by name).</summary>
    /// <returns>The sorted arguments.</returns>
    [Benchmark]
    public KeyValuePair<string, string>[] SortArguments()
    {
        var sorted = arguments.ToArray();
        Array.Sort(sorted, (a, b) => string.CompareOrdinal(a.Key, b.Key));
        return sorted;
    }

    /// <summary>The event and the one-element event list of the result.</summary>
    /// <returns>The event list.</returns>
    [Benchmark]
    public IReadOnlyList<CaseEvent> EventAndList() =>
        [new CaseEvent(inReceipt.CaseId, 2, "accept", "receive", "review", LicensingProcedure.Clerk.Name, LicensingProcedure.ClerkPost, acceptAt, null, sortedArguments, inReceipt.AuditHead, inReview.AuditHead)];

    /// <summary>The trigger's date in the engine's zone (<c>at.InZone(zone).Date</c>).</summary>
    /// <returns>The date.</returns>
    [Benchmark]
    public LocalDate InstantToDate() => acceptAt.InZone(zone).Date;

    private static void Check(bool ok, string what)
    {
        if (!ok)
        {
            throw new InvalidOperationException(string.Format(CultureInfo.InvariantCulture, "Benchmark setup: {0} disagrees with the engine.", what));
        }
    }

    private static void Text(List<byte> bytes, string value)
    {
        var utf8 = Encoding.UTF8.GetBytes(value);
        Length(bytes, utf8.Length);
        bytes.AddRange(utf8);
    }

    private static void Length(List<byte> bytes, int value)
    {
        var remaining = (uint)value;
        for (; remaining >= 0x80; remaining >>= 7)
        {
            bytes.Add(unchecked((byte)(remaining | 0x80)));
        }

        bytes.Add((byte)remaining);
    }

    private static void Number(List<byte> bytes, long value)
    {
        Span<byte> big = stackalloc byte[8];
        System.Buffers.Binary.BinaryPrimitives.WriteInt64BigEndian(big, value);
        bytes.AddRange(big.ToArray());
    }

    /// <summary>
    /// The <c>accept</c> event in the canonical encoding documented on <see cref="AuditChain"/> (version 1: LEB128
    /// lengths, UTF-8 texts, 8-byte big-endian numbers, the previous hash as 32 raw bytes), for the SHA-256 rows.
    /// </summary>
    private byte[] CanonicalBytes()
    {
        var sinceEpoch = acceptAt - NodaConstants.UnixEpoch;
        var bytes = new List<byte>(256) { 1 };
        Text(bytes, inReceipt.CaseId);
        Number(bytes, 2);
        Text(bytes, "accept");
        Text(bytes, "receive");
        Text(bytes, "review");
        Text(bytes, LicensingProcedure.Clerk.Name);
        Text(bytes, LicensingProcedure.ClerkPost);
        Number(bytes, sinceEpoch.Days);
        Number(bytes, sinceEpoch.NanosecondOfDay);
        bytes.Add(0);
        Text(bytes, string.Empty);
        Length(bytes, sortedArguments.Length);
        foreach (var (name, value) in sortedArguments)
        {
            Text(bytes, name);
            Text(bytes, value);
        }

        bytes.Add(0);
        bytes.AddRange(Convert.FromHexString(inReceipt.AuditHead));
        return [.. bytes];
    }

    /// <summary>The definition configured the way the engine's compiled machine did before guards moved to the engine: guards wrapped with a try/catch over a swappable context.</summary>
    private StateMachine<string, string> CompiledLikeMachine()
    {
        var built = new StateMachine<string, string>(() => state, s => state = s);
        foreach (var step in LicensingProcedure.Definition.Steps)
        {
            var configuration = built.Configure(step.Id);
            foreach (var trigger in LicensingProcedure.Definition.TriggersFrom(step.Id))
            {
                var guards = trigger.Guards.Select(Wrap).ToArray();
                if (string.Equals(trigger.To, step.Id, StringComparison.Ordinal))
                {
                    configuration.PermitReentryIf(trigger.Id, guards);
                }
                else
                {
                    configuration.PermitIf(trigger.Id, trigger.To, guards);
                }
            }
        }

        built.OnUnhandledTrigger((_, _, _) => { });
        return built;
    }

    private Tuple<Func<bool>, string> Wrap(GuardDefinition guard) =>
        new(
            () =>
            {
                try
                {
                    return context is not null && guard.Condition(context);
                }
#pragma warning disable CA1031 // As in the engine: a guard that throws counts as not met.
                catch (Exception)
#pragma warning restore CA1031
                {
                    return false;
                }
            },
            guard.Description);
}
