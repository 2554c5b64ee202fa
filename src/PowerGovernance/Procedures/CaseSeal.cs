using System;
using System.Buffers;
using System.Security.Cryptography;
using NodaTime;
using PowerGovernance.Calendars;
using PowerGovernance.Internal;
using static PowerGovernance.Internal.CanonicalEncoding;

namespace PowerGovernance.Procedures;

/// <summary>
/// How case snapshots are sealed (办件快照封印): a digest over every member of a <see cref="CaseSnapshot"/>, the head of its
/// audit chain included, kept in <see cref="CaseSnapshot.Seal"/> as <c>algorithm:hex</c>. <see cref="ProcedureEngine"/> seals
/// every snapshot it returns and refuses to fire on a snapshot whose content does not match its seal
/// (<see cref="RejectionKind.SnapshotUntrusted"/>), so a row edited in the database is caught before anything is decided on it.
/// </summary>
/// <remarks>
/// <para>
/// <see cref="Sha256"/> (the default) has no key: it catches accidental and careless edits (a column changed by hand, a
/// snapshot built in code, a partial restore), but anyone who knows this documented encoding can re-seal an edited snapshot.
/// <see cref="HmacSha256(ReadOnlySpan{byte})"/> takes a secret key from the host's own secret store: an insider who edits rows
/// cannot re-seal them without it. Since the seal covers <see cref="CaseSnapshot.AuditHead"/>, it also fixes the whole event
/// history the head hashes. A host plugs in another digest (e.g. SM3 from a separate package) by deriving from this class.
/// </para>
/// <para>
/// <b>Encoding, version 1</b> (LEB128 lengths and length-prefixed UTF-8 texts as in <see cref="AuditChain"/>'s encoding;
/// numbers as zigzag LEB128 integers; dates as the number <c>yyyyMMdd</c>; optional values after a presence byte 0 or 1;
/// the audit head as a 0 byte and its 32 bytes when it is 64 hexadecimal digits, otherwise a 1 byte and the text): the version
/// byte <c>1</c>; the algorithm name; case id, power code, definition id (texts); definition version, version (numbers); step
/// (text); day of receipt, day the step was entered (dates); the committed clock, then the legal clock; the outcome (optional
/// number); the day closed (optional date); the audit head; the last event's instant (whole days since the Unix epoch
/// and nanosecond of the day). A clock is: start (date); suspended since (optional date); suspension cause (optional text);
/// suspended days, step suspended days (numbers); extension and limit (optional time limits: kind and days as numbers);
/// expected end of the suspension and day of extension (optional dates); late stops (number). Then, only when the case has
/// <see cref="CaseSnapshot.Parties"/> (nothing at all when it has none, so the seal of a case without parties is unchanged): their
/// number, then each party's role and person (texts), in order.
/// </para>
/// </remarks>
public abstract class CaseSeal
{
    private const int StackLimit = 1024;

    /// <summary>Creates a seal algorithm.</summary>
    /// <param name="algorithm">Its name as written before the colon of every seal, e.g. <c>sm3</c>: lower-case letters, digits and hyphens.</param>
    /// <param name="hashSize">The digest's size in bytes (16 to 64).</param>
    /// <exception cref="ArgumentException">The name is not of lower-case letters, digits and hyphens, or the size is out of range.</exception>
    protected CaseSeal(string algorithm, int hashSize)
    {
        Preconditions.CheckNotBlank(algorithm);
        foreach (var c in algorithm)
        {
            if (c is not ((>= 'a' and <= 'z') or (>= '0' and <= '9') or '-'))
            {
                throw new ArgumentException("A seal algorithm's name is lower-case letters, digits and hyphens. 封印算法名称只能由小写字母、数字和连字符组成。", nameof(algorithm));
            }
        }

        if (algorithm.Length > 32 || hashSize is < 16 or > 64)
        {
            throw new ArgumentException("A seal algorithm's name is at most 32 characters and its digest 16 to 64 bytes. 封印算法名称不超过32个字符，摘要长度为16至64字节。", nameof(hashSize));
        }

        Algorithm = algorithm;
        HashSize = hashSize;
    }

    /// <summary>Gets the seal without a key (SHA-256): catches accidental edits, not deliberate ones (see the remarks).</summary>
    public static CaseSeal Sha256 { get; } = new Sha256Seal();

    /// <summary>Gets the algorithm's name, written before the colon of every seal (e.g. <c>sha256</c>, <c>hmac-sha256</c>).</summary>
    public string Algorithm { get; }

    /// <summary>Gets the digest's size in bytes.</summary>
    public int HashSize { get; }

    /// <summary>
    /// Returns a keyed seal (HMAC-SHA-256, 带密钥的封印): without the key nobody can seal an edited snapshot. Keep the key in the
    /// host's secret store; changing it makes every stored snapshot untrusted until it is re-sealed by replaying its events.
    /// </summary>
    /// <param name="key">The secret key, at least 32 bytes (it is not kept: only its HMAC pads are).</param>
    /// <returns>The seal.</returns>
    /// <exception cref="ArgumentException">The key is shorter than 32 bytes.</exception>
    public static CaseSeal HmacSha256(ReadOnlySpan<byte> key)
    {
        if (key.Length < 32)
        {
            throw new ArgumentException("An HMAC-SHA-256 seal key has at least 32 bytes. HMAC-SHA-256封印密钥至少为32字节。", nameof(key));
        }

        return new HmacSha256Seal(new Internal.HmacSha256(key));
    }

    /// <summary>Returns whether <paramref name="snapshot"/>'s content matches its <see cref="CaseSnapshot.Seal"/> under this algorithm.</summary>
    /// <param name="snapshot">The snapshot, e.g. as loaded from storage.</param>
    /// <returns><see langword="true"/> when the seal is this algorithm's and matches every member.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="snapshot"/> is null.</exception>
    public bool Verify(CaseSnapshot snapshot)
    {
        Preconditions.CheckNotNull(snapshot);
        if (ReferenceEquals(snapshot.SealedBy, this))
        {
            return true; // sealed by this very object and immutable since
        }

        var seal = snapshot.Seal;
        if (seal is null || seal.Length != Algorithm.Length + 1 + (2 * HashSize) || !seal.AsSpan().StartsWith(Algorithm.AsSpan()) || seal[Algorithm.Length] != ':')
        {
            return false;
        }

        // The seal is written in lower case: any other spelling is an edit. The digest is written out the same way and the two
        // texts compared in constant time (no early exit), so the time taken tells nothing about where they differ.
        Span<byte> digest = stackalloc byte[64];
        Span<char> expected = stackalloc char[128];
        Digest(snapshot, digest[..HashSize]);
        WriteHex(digest[..HashSize], expected);
        var stored = seal.AsSpan(Algorithm.Length + 1);
        var difference = 0;
        for (var i = 0; i < stored.Length; i++)
        {
            difference |= stored[i] ^ expected[i];
        }

        return difference == 0;
    }

    /// <summary>Computes the digest of <paramref name="content"/> into <paramref name="destination"/> (exactly <see cref="HashSize"/> bytes). Must be thread-safe.</summary>
    /// <param name="content">The canonical encoding of a snapshot.</param>
    /// <param name="destination">Where to write the digest.</param>
    protected abstract void ComputeHash(ReadOnlySpan<byte> content, Span<byte> destination);

    /// <summary>Returns the seal text for <paramref name="snapshot"/>'s content (its own <see cref="CaseSnapshot.Seal"/> is ignored).</summary>
    internal string Compute(CaseSnapshot snapshot)
    {
        Span<byte> digest = stackalloc byte[64];
        Digest(snapshot, digest[..HashSize]);
        Span<char> text = stackalloc char[32 + 1 + 128];
        Algorithm.AsSpan().CopyTo(text);
        text[Algorithm.Length] = ':';
        WriteHex(digest[..HashSize], text.Slice(Algorithm.Length + 1, 2 * HashSize));
        return new string(text[..(Algorithm.Length + 1 + (2 * HashSize))]);
    }

    /// <summary>
    /// Seals a snapshot the engine has just made (in place: it has not been handed out yet), marked as sealed by this object;
    /// the seal text is computed when first read (<see cref="CaseSnapshot.Seal"/>: on storing, comparing or printing it).
    /// </summary>
    internal CaseSnapshot Apply(CaseSnapshot snapshot) => snapshot.SealInPlace(this);

    [System.Runtime.CompilerServices.SkipLocalsInit] // the encoding writes every byte it hashes
    private void Digest(CaseSnapshot snapshot, Span<byte> destination)
    {
        var max = 64 + (40 * 11) + Max(Algorithm) + Max(snapshot.CaseId) + Max(snapshot.PowerCode.Value) + Max(snapshot.DefinitionId) + Max(snapshot.Step) + Max(snapshot.AuditHead)
            + Max(snapshot.CommittedClock?.SuspensionCause) + Max(snapshot.LegalClock?.SuspensionCause) + MaxParties(snapshot.Parties);
        byte[]? rented = null;
        Span<byte> buffer = max <= StackLimit ? stackalloc byte[StackLimit] : (rented = ArrayPool<byte>.Shared.Rent(max));
        try
        {
            var position = 0;
            buffer[position++] = 1;
            Text(buffer, ref position, Algorithm);
            Text(buffer, ref position, snapshot.CaseId);
            Text(buffer, ref position, snapshot.PowerCode.Value);
            Text(buffer, ref position, snapshot.DefinitionId);
            Compact(buffer, ref position, snapshot.DefinitionVersion);
            Compact(buffer, ref position, snapshot.Version);
            Text(buffer, ref position, snapshot.Step);
            Date(buffer, ref position, snapshot.Received);
            Date(buffer, ref position, snapshot.StepEntered);
            Clock(buffer, ref position, snapshot.CommittedClock);
            Clock(buffer, ref position, snapshot.LegalClock);
            Optional(buffer, ref position, snapshot.Outcome is { } outcome ? (long)outcome : null);
            OptionalDate(buffer, ref position, snapshot.Closed);
            Hash(buffer, ref position, snapshot.AuditHead);
            var sinceEpoch = snapshot.LastEventAt - NodaConstants.UnixEpoch;
            Compact(buffer, ref position, sinceEpoch.Days);
            Compact(buffer, ref position, sinceEpoch.NanosecondOfDay);
            Parties(buffer, ref position, snapshot.Parties);
            ComputeHash(buffer[..position], destination);
        }
        finally
        {
            if (rented is not null)
            {
                ArrayPool<byte>.Shared.Return(rented);
            }
        }
    }

    private static int MaxParties(CaseParties? parties)
    {
        if (parties is null || parties.Count == 0)
        {
            return 0;
        }

        var max = 9;
        foreach (var party in parties.Span)
        {
            max += Max(party.Role) + Max(party.Person);
        }

        return max;
    }

    private static void Parties(Span<byte> buffer, ref int position, CaseParties? parties)
    {
        if (parties is null || parties.Count == 0)
        {
            return; // nothing: a case without parties seals as it did before parties existed
        }

        Compact(buffer, ref position, parties.Count);
        foreach (var party in parties.Span)
        {
            Text(buffer, ref position, party.Role);
            Text(buffer, ref position, party.Person);
        }
    }

    private static void Clock(Span<byte> buffer, ref int position, CaseClock? clock)
    {
        if (clock is null)
        {
            buffer[position++] = 0;
            return;
        }

        buffer[position++] = 1;
        Date(buffer, ref position, clock.Start);
        OptionalDate(buffer, ref position, clock.SuspendedSince);
        buffer[position++] = clock.SuspensionCause is null ? (byte)0 : (byte)1;
        Text(buffer, ref position, clock.SuspensionCause);
        Compact(buffer, ref position, clock.SuspendedDays);
        Compact(buffer, ref position, clock.StepSuspendedDays);
        Limit(buffer, ref position, clock.Extension);
        Limit(buffer, ref position, clock.Limit);
        OptionalDate(buffer, ref position, clock.SuspendedUntil);
        OptionalDate(buffer, ref position, clock.ExtendedOn);
        Compact(buffer, ref position, clock.LateStops);
    }

    /// <summary>The audit head as its 32 bytes after a 0 byte when it is 64 hexadecimal digits, otherwise a 1 byte and the text.</summary>
    private static void Hash(Span<byte> buffer, ref int position, string? hash)
    {
        if (hash is { Length: 64 } && AuditChain.TryDecodeHash(hash, buffer.Slice(position + 1, 32)))
        {
            buffer[position] = 0;
            position += 33;
            return;
        }

        buffer[position++] = 1;
        Text(buffer, ref position, hash);
    }

    private static void Limit(Span<byte> buffer, ref int position, TimeLimit? limit)
    {
        if (limit is not { } value)
        {
            buffer[position++] = 0;
            return;
        }

        buffer[position++] = 1;
        Compact(buffer, ref position, (long)value.Kind);
        Compact(buffer, ref position, value.Days);
    }

    private static void Date(Span<byte> buffer, ref int position, LocalDate date) =>
        Compact(buffer, ref position, (date.Year * 10_000L) + (date.Month * 100) + date.Day);

    private static void OptionalDate(Span<byte> buffer, ref int position, LocalDate? date)
    {
        if (date is { } value)
        {
            buffer[position++] = 1;
            Date(buffer, ref position, value);
        }
        else
        {
            buffer[position++] = 0;
        }
    }

    private static void Optional(Span<byte> buffer, ref int position, long? number)
    {
        if (number is { } value)
        {
            buffer[position++] = 1;
            Compact(buffer, ref position, value);
        }
        else
        {
            buffer[position++] = 0;
        }
    }

    /// <summary>Writes <paramref name="bytes"/> as lower-case hexadecimal digits (two per byte).</summary>
    private static void WriteHex(ReadOnlySpan<byte> bytes, Span<char> hex)
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

    private sealed class Sha256Seal() : CaseSeal("sha256", Sha256Hasher.HashSize)
    {
        protected override void ComputeHash(ReadOnlySpan<byte> content, Span<byte> destination) => Sha256Hasher.ForThisThread.Hash(content, destination);
    }

    private sealed class HmacSha256Seal(Internal.HmacSha256 mac) : CaseSeal("hmac-sha256", Sha256Hasher.HashSize)
    {
        protected override void ComputeHash(ReadOnlySpan<byte> content, Span<byte> destination) => mac.Compute(content, destination);
    }
}
