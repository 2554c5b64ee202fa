using System;
using System.Buffers;
using System.Buffers.Binary;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;
using System.Security.Cryptography;
using System.Text;
using NodaTime;
using PowerGovernance.Internal;
using static PowerGovernance.Internal.CanonicalEncoding;

namespace PowerGovernance.Procedures;

/// <summary>
/// The tamper-evident audit chain of a case (防篡改办件记录): how event hashes are computed and checked.
/// </summary>
/// <remarks>
/// <para>
/// <b>Canonical encoding, version 1.</b> The hash input is a sequence of fields. A length is written
/// as an unsigned LEB128 integer (7 bits per byte, low bits first, high bit set on every byte but the
/// last). A text field is its UTF-8 byte count as a length followed by those bytes; a number field is
/// an 8-byte big-endian signed integer. The fields, in order: a version byte <c>1</c>; case id (text);
/// sequence (number); trigger, from, to, actor, post (texts); the instant as two numbers, whole days
/// since the Unix epoch (negative before 1970) and nanosecond of that day; a reason flag byte (0 when
/// there is no reason, 1 when there is); the reason (text, empty when absent); the number of arguments
/// (length); each argument's name and value (texts), sorted by name ordinally; the previous hash: a
/// byte 0 followed by its 32 bytes when it is 64 hexadecimal characters, otherwise a byte 1 followed
/// by it as a text field. The hash is the chain's digest of those bytes (SHA-256 unless the chain records another
/// <see cref="AuditDigest"/> in its start event), written as lower-case hexadecimal characters (64 for SHA-256 and SM3).
/// </para>
/// <para>
/// <b>Version 2</b>, for an event that records the calendar its deadlines were computed on
/// (<see cref="CaseEvent.Calendar"/>): the version byte is <c>2</c>, and right after the arguments come the
/// calendar's identifier and content hash (two texts); everything else is as in version 1.
/// </para>
/// <para>The first event's previous hash is <see cref="GenesisHash"/> (64 zeros).</para>
/// </remarks>
public static class AuditChain
{
    // The encoding buffer's size: room for every text field of a typical event many times over.
    private const int BufferSize = 1024;

    // The longest encoded calendar identity kept per thread (an identifier of ordinary length and a 64-digit content hash).
    private const int MaxCachedCalendar = 256;

    [ThreadStatic]
    private static PerThread? perThread;

    /// <summary>The previous hash of a case's first event: 64 zeros.</summary>
    public const string GenesisHash = "0000000000000000000000000000000000000000000000000000000000000000";

    /// <summary>Computes the hash of an event without a recorded calendar (encoding version 1).</summary>
    internal static string ComputeHash(
        string caseId,
        long sequence,
        string trigger,
        string from,
        string to,
        string actor,
        string post,
        Instant at,
        string? reason,
        IReadOnlyList<KeyValuePair<string, string>> arguments,
        string previousHash) =>
        ComputeHash(caseId, sequence, trigger, from, to, actor, post, at, reason, arguments, previousHash, null, AuditDigest.Sha256);

    /// <summary>Computes the hash of an event from its members with <paramref name="digest"/>, including the calendar it records (encoding version 2; version 1 without).</summary>
    internal static string ComputeHash(
        string caseId,
        long sequence,
        string trigger,
        string from,
        string to,
        string actor,
        string post,
        Instant at,
        string? reason,
        IReadOnlyList<KeyValuePair<string, string>> arguments,
        string previousHash,
        PowerGovernance.Calendars.CalendarIdentity? calendar,
        AuditDigest digest)
    {
        Preconditions.CheckNotNull(arguments);
        ReadOnlySpan<KeyValuePair<string, string>> span = arguments switch
        {
            KeyValuePair<string, string>[] array => array,
            List<KeyValuePair<string, string>> list => CollectionsMarshal.AsSpan(list),
            _ => arguments.ToArray(),
        };
        return ComputeHash(caseId, sequence, trigger, from, to, actor, post, at, reason, span, previousHash, calendar, digest);
    }

    /// <summary>
    /// Builds the event from its members and seals it with its hash under <paramref name="digest"/> (the engine's path:
    /// arguments already sorted by name, no interface calls per argument).
    /// </summary>
    internal static CaseEvent Seal(
        string caseId,
        long sequence,
        string trigger,
        string from,
        string to,
        string actor,
        string post,
        Instant at,
        string? reason,
        KeyValuePair<string, string>[] arguments,
        string previousHash,
        PowerGovernance.Calendars.CalendarIdentity? calendar,
        AuditDigest digest,
        string? recordedHash = null)
    {
        var hash = recordedHash ?? ComputeHash(caseId, sequence, trigger, from, to, actor, post, at, reason, arguments.AsSpan(), previousHash, calendar, digest);
        return new CaseEvent(caseId, sequence, trigger, from, to, actor, post, at, reason, arguments, previousHash, hash, calendar);
    }

    /// <summary>Computes the hash with <paramref name="digest"/> from arguments given as a span, sorted by name ordinally.</summary>
    internal static string ComputeHash(
        string caseId,
        long sequence,
        string trigger,
        string from,
        string to,
        string actor,
        string post,
        Instant at,
        string? reason,
        ReadOnlySpan<KeyValuePair<string, string>> arguments,
        string previousHash,
        PowerGovernance.Calendars.CalendarIdentity? calendar,
        AuditDigest digest)
    {
        Span<byte> hash = stackalloc byte[64];
        var size = Digest(caseId, sequence, trigger, from, to, actor, post, at, reason, arguments, previousHash, calendar, digest, hash);
#if NET9_0_OR_GREATER
        return Convert.ToHexStringLower(hash[..size]);
#else
        return Convert.ToHexString(hash[..size]).ToLowerInvariant();
#endif
    }

    /// <summary>
    /// Whether <paramref name="e"/>'s <see cref="CaseEvent.Hash"/> is the hash of its other members under <paramref name="digest"/>:
    /// the same answer as comparing it with <see cref="ComputeHash(CaseEvent, AuditDigest)"/> ordinally, without making the
    /// hash's text (the chain check of a replay does this once per event).
    /// </summary>
    internal static bool HashMatches(CaseEvent e, AuditDigest digest)
    {
        var arguments = e.Arguments;
        ReadOnlySpan<KeyValuePair<string, string>> span = arguments switch
        {
            KeyValuePair<string, string>[] array => array,
            List<KeyValuePair<string, string>> list => CollectionsMarshal.AsSpan(list),
            _ => arguments.ToArray(),
        };
        Span<byte> hash = stackalloc byte[64];
        var size = Digest(e.CaseId, e.Sequence, e.Trigger, e.From, e.To, e.Actor, e.Post, e.At, e.Reason, span, e.PreviousHash, e.Calendar, digest, hash);
        Span<char> hex = stackalloc char[128];
        WriteHexLower(hash[..size], hex);
        return e.Hash.AsSpan().SequenceEqual(hex[..(2 * size)]);
    }

    /// <summary>Writes the digest of the event's canonical encoding to <paramref name="hash"/> (64 bytes of room) and returns its size.</summary>
    private static int Digest(
        string caseId,
        long sequence,
        string trigger,
        string from,
        string to,
        string actor,
        string post,
        Instant at,
        string? reason,
        ReadOnlySpan<KeyValuePair<string, string>> arguments,
        string previousHash,
        PowerGovernance.Calendars.CalendarIdentity? calendar,
        AuditDigest digest,
        Span<byte> hash)
    {
        var sinceEpoch = at - NodaConstants.UnixEpoch;

        // An upper bound of the encoding's length: the version and reason-flag bytes, the numbers, a 5-byte
        // length prefix per text and length, and at most 3 UTF-8 bytes per UTF-16 char (Max).
        var max = 8 + (5 * 8) + (12 * 5) + Max(caseId) + Max(trigger) + Max(from) + Max(to) + Max(actor) + Max(post) + Max(reason) + Max(previousHash) + Max(calendar?.Id) + Max(calendar?.ContentHash);
        foreach (var argument in arguments)
        {
            max += 10 + Max(argument.Key) + Max(argument.Value);
        }

        // One hasher and buffer per thread, reused (nothing to zero or return); an unusually long input rents
        // its buffer from the pool.
        var state = perThread ??= new PerThread();
        byte[]? rented = null;
        var buffer = max <= BufferSize ? state.Buffer : (rented = ArrayPool<byte>.Shared.Rent(max));
        try
        {
            var span = buffer.AsSpan();
            var position = 0;
            span[position++] = calendar is null ? (byte)1 : (byte)2;
            Text(span, ref position, caseId);
            Number(span, ref position, sequence);
            Text(span, ref position, trigger);
            Text(span, ref position, from);
            Text(span, ref position, to);
            Text(span, ref position, actor);
            Text(span, ref position, post);
            Number(span, ref position, sinceEpoch.Days);
            Number(span, ref position, sinceEpoch.NanosecondOfDay);
            span[position++] = reason is null ? (byte)0 : (byte)1;
            Text(span, ref position, reason);
            Length(span, ref position, arguments.Length);
            foreach (var argument in arguments)
            {
                Text(span, ref position, argument.Key);
                Text(span, ref position, argument.Value);
            }

            if (calendar is not null)
            {
                CalendarFields(state, span, ref position, calendar);
            }

            PreviousHash(span, ref position, previousHash);
            // One call per event: the digest hashes the whole encoding at once; the built-in SHA-256 through this thread's
            // hasher, kept with the buffer (the same hasher as AuditDigest.Sha256 would use, without a second thread-local lookup).
            if (ReferenceEquals(digest, AuditDigest.Sha256))
            {
                (state.Hasher ??= Sha256Hasher.Create()).Hash(span[..position], hash[..Sha256Hasher.HashSize]);
            }
            else
            {
                digest.HashExactly(span[..position], hash[..digest.HashSize]);
            }

            return digest.HashSize;
        }
        finally
        {
            if (rented is not null)
            {
                ArrayPool<byte>.Shared.Return(rented);
            }
        }
    }

    /// <summary>Computes the hash <paramref name="e"/> should carry in a SHA-256 chain, from its other members.</summary>
    /// <param name="e">The event.</param>
    /// <returns>The expected hash.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="e"/> is null.</exception>
    public static string ComputeHash(CaseEvent e) => ComputeHash(e, AuditDigest.Sha256);

    /// <summary>Computes the hash <paramref name="e"/> should carry in a chain hashed with <paramref name="digest"/>, from its other members.</summary>
    /// <param name="e">The event.</param>
    /// <param name="digest">The chain's digest, e.g. <see cref="AuditDigest.Sha256"/>.</param>
    /// <returns>The expected hash.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public static string ComputeHash(CaseEvent e, AuditDigest digest)
    {
        Preconditions.CheckNotNull(e);
        Preconditions.CheckNotNull(digest);
        return ComputeHash(e.CaseId, e.Sequence, e.Trigger, e.From, e.To, e.Actor, e.Post, e.At, e.Reason, e.Arguments, e.PreviousHash, e.Calendar, digest);
    }

    /// <summary>
    /// Returns the digest algorithm a chain records in its first event (<see cref="ProcedureEngine.AuditDigestArgument"/>), or
    /// <c>sha256</c> when it records none.
    /// </summary>
    /// <param name="events">The events as stored, in stored order.</param>
    /// <returns>The recorded name (as stored, not checked), or <c>sha256</c>.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="events"/> is null.</exception>
    public static string RecordedDigest(IReadOnlyList<CaseEvent> events)
    {
        Preconditions.CheckNotNull(events);
        return Recorded(events) ?? AuditDigest.Sha256Algorithm;
    }

    /// <summary>
    /// Checks a case's events in order: sequences 1, 2, 3…, one case id, each previous hash equal to the
    /// prior event's hash (the first to <see cref="GenesisHash"/>), each step starting where the last one
    /// ended, each hash matching its content, and instants never going backwards. Reports the first
    /// event that does not fit.
    /// </summary>
    /// <param name="events">The events as stored, in stored order.</param>
    /// <returns>Valid, or the position of the first broken event and what is wrong.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="events"/> is null.</exception>
    public static AuditVerification Verify(IReadOnlyList<CaseEvent> events) => Verify(events, AuditDigest.Sha256);

    /// <summary>
    /// Checks a case's events as <see cref="Verify(IReadOnlyList{CaseEvent})"/> does, hashing with <paramref name="digest"/>; a
    /// chain whose first event records another digest (<see cref="RecordedDigest"/>) fails at that event with a message naming
    /// both.
    /// </summary>
    /// <param name="events">The events as stored, in stored order.</param>
    /// <param name="digest">The digest the chain was made with, e.g. the engine's <see cref="ProcedureEngine.Digest"/>.</param>
    /// <returns>Valid, or the position of the first broken event and what is wrong.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public static AuditVerification Verify(IReadOnlyList<CaseEvent> events, AuditDigest digest)
    {
        Preconditions.CheckNotNull(events);
        Preconditions.CheckNotNull(digest);
        var previousHash = GenesisHash;
        for (var i = 0; i < events.Count; i++)
        {
            var e = events[i];
            if (e is null)
            {
                return Broken(i, "The event is missing (null).");
            }

            if (i == 0 && DigestProblem(events, digest) is { } wrongDigest)
            {
                return Broken(0, wrongDigest.English + " " + wrongDigest.Chinese);
            }

            if (e.Sequence != i + 1)
            {
                return Broken(i, FormattableString.Invariant($"Expected sequence {i + 1}, found {e.Sequence}: an event was removed, inserted or reordered."));
            }

            if (i > 0)
            {
                var prior = events[i - 1];
                if (!string.Equals(e.CaseId, prior.CaseId, StringComparison.Ordinal))
                {
                    return Broken(i, $"The event belongs to case '{e.CaseId}', not '{prior.CaseId}'.");
                }

                if (!string.Equals(e.From, prior.To, StringComparison.Ordinal))
                {
                    return Broken(i, $"The event starts at step '{e.From}' but the previous one ended at '{prior.To}'.");
                }

                if (e.At < prior.At)
                {
                    return Broken(i, "The event is dated before the previous one.");
                }
            }

            if (!string.Equals(e.PreviousHash, previousHash, StringComparison.Ordinal))
            {
                return Broken(i, "The previous-hash link does not match the previous event's hash.");
            }

            if (e.Arguments is null || e.CaseId is null || e.Trigger is null || e.From is null || e.To is null || e.Actor is null || e.Post is null || e.Hash is null)
            {
                return Broken(i, "A required member of the event is missing.");
            }

            if (!HashMatches(e, digest))
            {
                return Broken(i, "The event's content does not match its hash: it was altered.");
            }

            previousHash = e.Hash;
        }

        return AuditVerification.Valid;
    }

    /// <summary>
    /// Checks a case's events as <see cref="Verify(IReadOnlyList{CaseEvent})"/> does, and also that the
    /// last event's hash is <paramref name="expectedHead"/> (the <see cref="CaseSnapshot.AuditHead"/>
    /// stored apart from the log). A hash chain alone cannot tell a rewritten and re-hashed tail from the
    /// original; the head kept with the snapshot (or published elsewhere) can.
    /// </summary>
    /// <param name="events">The events as stored, in stored order.</param>
    /// <param name="expectedHead">The head hash kept apart from the log.</param>
    /// <returns>Valid, or the position of the first broken event and what is wrong.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public static AuditVerification Verify(IReadOnlyList<CaseEvent> events, string expectedHead) => Verify(events, expectedHead, AuditDigest.Sha256);

    /// <summary>
    /// Checks a case's events as <see cref="Verify(IReadOnlyList{CaseEvent}, AuditDigest)"/> does and also that the last event's
    /// hash is <paramref name="expectedHead"/>, as <see cref="Verify(IReadOnlyList{CaseEvent}, string)"/> does.
    /// </summary>
    /// <param name="events">The events as stored, in stored order.</param>
    /// <param name="expectedHead">The head hash kept apart from the log.</param>
    /// <param name="digest">The digest the chain was made with.</param>
    /// <returns>Valid, or the position of the first broken event and what is wrong.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public static AuditVerification Verify(IReadOnlyList<CaseEvent> events, string expectedHead, AuditDigest digest)
    {
        Preconditions.CheckNotNull(expectedHead);
        var result = Verify(events, digest);
        if (!result.IsValid)
        {
            return result;
        }

        var head = events.Count == 0 ? GenesisHash : events[^1].Hash;
        return string.Equals(head, expectedHead, StringComparison.Ordinal)
            ? result
            : Broken(Math.Max(0, events.Count - 1), "The last event's hash is not the expected head: the log was rewritten or is incomplete.");
    }

    /// <summary>
    /// Why a chain cannot be checked with <paramref name="digest"/> (it records another one, 摘要算法不符), in English and
    /// Chinese; or null.
    /// </summary>
    internal static (string English, string Chinese)? DigestProblem(IReadOnlyList<CaseEvent> events, AuditDigest digest)
    {
        var recorded = Recorded(events);
        if (string.Equals(recorded ?? AuditDigest.Sha256Algorithm, digest.Algorithm, StringComparison.Ordinal))
        {
            return null;
        }

        if (recorded is null)
        {
            return (
                $"The chain's start event records no digest, so it was hashed with 'sha256'; it cannot be checked with '{digest.Algorithm}'. Check it with the digest it was made with.",
                $"该办件记录链的启动事件未记载摘要算法，即以“sha256”计算摘要，不能以“{digest.Algorithm}”核验。请用生成时的摘要算法核验。");
        }

        var shown = ProcedureEngine.Bounded(recorded);
        return (
            $"The chain was hashed with '{shown}' (its start event records it under '{ProcedureEngine.AuditDigestArgument}'); it cannot be checked with '{digest.Algorithm}'. Check it with the digest it was made with.",
            $"该办件记录链以“{shown}”计算摘要（启动事件记载于“{ProcedureEngine.AuditDigestArgument}”），不能以“{digest.Algorithm}”核验。请用生成时的摘要算法核验。");
    }

    /// <summary>The digest the first event records, or null when it records none.</summary>
    private static string? Recorded(IReadOnlyList<CaseEvent> events)
    {
        if (events.Count > 0 && events[0]?.Arguments is { } arguments)
        {
            foreach (var argument in arguments)
            {
                if (string.Equals(argument.Key, ProcedureEngine.AuditDigestArgument, StringComparison.Ordinal))
                {
                    return argument.Value ?? string.Empty;
                }
            }
        }

        return null;
    }

    private static AuditVerification Broken(int index, string problem) => new(false, index, problem);

    /// <summary>
    /// The calendar's identifier and content hash (two texts): encoded once per thread and calendar identity (an immutable
    /// record, recognised by reference), then copied, since every event an engine makes records the same one.
    /// </summary>
    private static void CalendarFields(PerThread state, Span<byte> buffer, ref int position, PowerGovernance.Calendars.CalendarIdentity calendar)
    {
        if (ReferenceEquals(state.Calendar, calendar))
        {
            state.CalendarBytes.CopyTo(buffer[position..]);
            position += state.CalendarBytes.Length;
            return;
        }

        var start = position;
        Text(buffer, ref position, calendar.Id);
        Text(buffer, ref position, calendar.ContentHash);
        if (position - start <= MaxCachedCalendar)
        {
            state.CalendarBytes = buffer[start..position].ToArray();
            state.Calendar = calendar;
        }
    }

    /// <summary>Writes <paramref name="bytes"/> as lower-case hexadecimal digits (two per byte).</summary>
    private static void WriteHexLower(ReadOnlySpan<byte> bytes, Span<char> hex)
    {
#if NET9_0_OR_GREATER
        Convert.TryToHexStringLower(bytes, hex, out _);
#else
        for (var i = 0; i < bytes.Length; i++)
        {
            hex[2 * i] = HexDigit(bytes[i] >> 4);
            hex[(2 * i) + 1] = HexDigit(bytes[i] & 0xF);
        }
#endif
    }

#if !NET9_0_OR_GREATER
    private static char HexDigit(int value) => (char)(value < 10 ? '0' + value : 'a' + value - 10);
#endif

    private static void PreviousHash(Span<byte> buffer, ref int position, string? previousHash)
    {
        // Decoded straight into the buffer after the 0 byte; on a non-hex character the text form overwrites it.
        if (previousHash is { Length: 64 } && TryDecodeHash(previousHash, buffer.Slice(position + 1, 32)))
        {
            buffer[position] = 0;
            position += 33;
            return;
        }

        buffer[position++] = 1;
        Text(buffer, ref position, previousHash);
    }

    /// <summary>
    /// Decodes 64 hexadecimal characters (either case) into 32 bytes; <see langword="false"/> when any
    /// character is not a hexadecimal digit. With 128-bit SIMD: 16 characters per step, narrowed to bytes
    /// (a character above U+007F fails), checked and turned into nibbles in lanes, then paired
    /// (faster than <c>Convert.FromHexString</c> into a span).
    /// </summary>
    internal static bool TryDecodeHash(string hex, Span<byte> destination)
    {
        if (!Vector128.IsHardwareAccelerated)
        {
            return TryDecodeHashScalar(hex, destination);
        }

        ref var source = ref Unsafe.As<char, ushort>(ref MemoryMarshal.GetReference(hex.AsSpan()));
        ref var target = ref MemoryMarshal.GetReference(destination[..32]);
        for (nuint block = 0; block < 2; block++)
        {
            var a = Vector128.LoadUnsafe(ref source, block * 32);
            var b = Vector128.LoadUnsafe(ref source, (block * 32) + 8);
            var c = Vector128.LoadUnsafe(ref source, (block * 32) + 16);
            var d = Vector128.LoadUnsafe(ref source, (block * 32) + 24);
            if (((a | b | c | d) & Vector128.Create((ushort)0xFF80)) != Vector128<ushort>.Zero
                || !TryNibbles(Vector128.Narrow(a, b), out var first)
                || !TryNibbles(Vector128.Narrow(c, d), out var second))
            {
                return false;
            }

            Vector128.Narrow(PairNibbles(first), PairNibbles(second)).StoreUnsafe(ref target, block * 16);
        }

        return true;
    }

    /// <summary>Turns 16 ASCII characters into their hexadecimal digit values; <see langword="false"/> if one is not a digit.</summary>
    private static bool TryNibbles(Vector128<byte> ascii, out Vector128<byte> nibbles)
    {
        // Unsigned lane arithmetic: c - '0' < 10 for 0-9; (c | 0x20) - 'a' < 6 for a-f and A-F.
        var digit = ascii - Vector128.Create((byte)'0');
        var isDigit = Vector128.LessThan(digit, Vector128.Create((byte)10));
        var letter = (ascii | Vector128.Create((byte)0x20)) - Vector128.Create((byte)'a');
        var isLetter = Vector128.LessThan(letter, Vector128.Create((byte)6));
        nibbles = Vector128.ConditionalSelect(isDigit, digit, letter + Vector128.Create((byte)10));
        return (isDigit | isLetter) == Vector128<byte>.AllBitsSet;
    }

    /// <summary>Pairs nibbles [h0, l0, h1, l1, …] into 8 values h·16 + l, one per 16-bit lane.</summary>
    private static Vector128<ushort> PairNibbles(Vector128<byte> nibbles)
    {
        var pairs = nibbles.AsUInt16();
        return Vector128.ShiftLeft(pairs & Vector128.Create((ushort)0x00FF), 4) | Vector128.ShiftRightLogical(pairs, 8);
    }

    internal static bool TryDecodeHashScalar(string hex, Span<byte> destination) => TryDecodeHex(hex.AsSpan(0, 64), destination[..32]);

    /// <summary>This thread's encoding buffer (not thread-safe, hence one per thread).</summary>
    private sealed class PerThread
    {
        internal byte[] Buffer { get; } = new byte[BufferSize];

        /// <summary>Gets or sets this thread's SHA-256 hasher for the built-in digest, made when first needed.</summary>
        internal Sha256Hasher? Hasher { get; set; }

        /// <summary>Gets or sets the calendar identity whose two fields <see cref="CalendarBytes"/> holds, or null.</summary>
        internal PowerGovernance.Calendars.CalendarIdentity? Calendar { get; set; }

        /// <summary>Gets or sets the canonical encoding of <see cref="Calendar"/>'s identifier and content hash.</summary>
        internal byte[] CalendarBytes { get; set; } = [];
    }
}
