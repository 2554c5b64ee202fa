using System;
using System.Buffers;
using System.Collections.Generic;
using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using NodaTime;
using NodaTime.Text;
using PowerGovernance.Internal;

namespace PowerGovernance.Procedures;

/// <summary>
/// The tamper-evident audit chain of a case (防篡改办件记录): how event hashes are computed and checked.
/// </summary>
/// <remarks>
/// <para>
/// <b>Canonical encoding, version 1.</b> The hash input is UTF-8 text made of these fields in this
/// order, each written as <c>&lt;length&gt;:&lt;value&gt;</c> where length is the number of UTF-16 code
/// units of the value in decimal: the literal <c>pg-audit-1</c>; case id; sequence (decimal); trigger;
/// from; to; actor; post; the instant in ISO-8601 UTC with nanoseconds
/// (<c>uuuu-MM-ddTHH:mm:ss.fffffffffZ</c>); reason (the empty value when absent, preceded by a flag
/// <c>0</c> or <c>1</c> telling absent from empty); the number of arguments; each argument's name and
/// value, sorted by name ordinally; the previous hash. The hash is SHA-256 of that text, in lower-case
/// hexadecimal.
/// </para>
/// <para>The first event's previous hash is <see cref="GenesisHash"/> (64 zeros).</para>
/// </remarks>
public static class AuditChain
{
    /// <summary>The previous hash of a case's first event: 64 zeros.</summary>
    public const string GenesisHash = "0000000000000000000000000000000000000000000000000000000000000000";

    private static readonly InstantPattern InstantFormat = InstantPattern.CreateWithInvariantCulture("uuuu-MM-dd'T'HH:mm:ss.fffffffff'Z'");

    /// <summary>Computes the hash an event must carry, from all its other members.</summary>
    /// <param name="caseId">The case id.</param>
    /// <param name="sequence">The sequence number.</param>
    /// <param name="trigger">The trigger.</param>
    /// <param name="from">The step before.</param>
    /// <param name="to">The step after.</param>
    /// <param name="actor">The actor.</param>
    /// <param name="post">The post.</param>
    /// <param name="at">The instant.</param>
    /// <param name="reason">The reason, or <see langword="null"/>.</param>
    /// <param name="arguments">The arguments, sorted by name ordinally.</param>
    /// <param name="previousHash">The previous event's hash.</param>
    /// <returns>The SHA-256 hash in lower-case hexadecimal.</returns>
    public static string ComputeHash(
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
        string previousHash)
    {
        Preconditions.CheckNotNull(arguments);
        var text = new StringBuilder(256);
        Field(text, "pg-audit-1");
        Field(text, caseId);
        Field(text, sequence.ToString(CultureInfo.InvariantCulture));
        Field(text, trigger);
        Field(text, from);
        Field(text, to);
        Field(text, actor);
        Field(text, post);
        Field(text, InstantFormat.Format(at));
        Field(text, reason is null ? "0" : "1");
        Field(text, reason ?? string.Empty);
        Field(text, arguments.Count.ToString(CultureInfo.InvariantCulture));
        foreach (var (name, value) in arguments)
        {
            Field(text, name);
            Field(text, value);
        }

        Field(text, previousHash);
        return Sha256Hex(text);
    }

    /// <summary>Computes the hash <paramref name="e"/> should carry, from its other members.</summary>
    /// <param name="e">The event.</param>
    /// <returns>The expected hash.</returns>
    public static string ComputeHash(CaseEvent e)
    {
        Preconditions.CheckNotNull(e);
        return ComputeHash(e.CaseId, e.Sequence, e.Trigger, e.From, e.To, e.Actor, e.Post, e.At, e.Reason, e.Arguments, e.PreviousHash);
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
    public static AuditVerification Verify(IReadOnlyList<CaseEvent> events)
    {
        Preconditions.CheckNotNull(events);
        var previousHash = GenesisHash;
        for (var i = 0; i < events.Count; i++)
        {
            var e = events[i];
            if (e is null)
            {
                return Broken(i, "The event is missing (null).");
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

            if (!string.Equals(e.Hash, ComputeHash(e), StringComparison.Ordinal))
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
    public static AuditVerification Verify(IReadOnlyList<CaseEvent> events, string expectedHead)
    {
        Preconditions.CheckNotNull(expectedHead);
        var result = Verify(events);
        if (!result.IsValid)
        {
            return result;
        }

        var head = events.Count == 0 ? GenesisHash : events[^1].Hash;
        return string.Equals(head, expectedHead, StringComparison.Ordinal)
            ? result
            : Broken(Math.Max(0, events.Count - 1), "The last event's hash is not the expected head: the log was rewritten or is incomplete.");
    }

    private static AuditVerification Broken(int index, string problem) => new(false, index, problem);

    private static void Field(StringBuilder text, string? value)
    {
        value ??= string.Empty;
        text.Append(value.Length.ToString(CultureInfo.InvariantCulture)).Append(':').Append(value);
    }

    private static string Sha256Hex(StringBuilder text)
    {
        var chars = text.Length;
        var maxBytes = Encoding.UTF8.GetMaxByteCount(chars);
        var rented = ArrayPool<byte>.Shared.Rent(maxBytes);
        try
        {
            var count = 0;
            foreach (var chunk in text.GetChunks())
            {
                count += Encoding.UTF8.GetBytes(chunk.Span, rented.AsSpan(count));
            }

            Span<byte> hash = stackalloc byte[32];
            SHA256.HashData(rented.AsSpan(0, count), hash);
#if NET9_0_OR_GREATER
            return Convert.ToHexStringLower(hash);
#else
            return Convert.ToHexString(hash).ToLowerInvariant();
#endif
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(rented);
        }
    }
}
