using System;
using Org.BouncyCastle.Crypto.Digests;

namespace PowerGovernance.Cryptography.Sm.Internal;

/// <summary>
/// SM3 (GB/T 32905-2016) through BouncyCastle's <see cref="SM3Digest"/>: one reusable digest per thread (a BouncyCastle digest
/// is not thread-safe), so hashing an event or a snapshot allocates nothing. Every call starts from a reset state and
/// finishes its digest (<see cref="SM3Digest.DoFinal(Span{byte})"/> resets it again), so an exception cannot leave a
/// half-fed digest behind for the next call.
/// </summary>
internal static class Sm3Hasher
{
    /// <summary>The size of an SM3 digest in bytes (256 bits).</summary>
    internal const int HashSize = 32;

    /// <summary>The size of SM3's message block in bytes (512 bits; HMAC pads its key to it).</summary>
    internal const int BlockSize = 64;

    [ThreadStatic]
    private static SM3Digest? current;

    /// <summary>Writes SM3 of <paramref name="data"/> to <paramref name="destination"/> (32 bytes).</summary>
    internal static void Hash(ReadOnlySpan<byte> data, Span<byte> destination)
    {
        var digest = ForThisThread();
        digest.Reset();
        digest.BlockUpdate(data);
        digest.DoFinal(destination);
    }

    /// <summary>Writes SM3 of the state saved in <paramref name="prefix"/> followed by <paramref name="data"/> to <paramref name="destination"/>.</summary>
    internal static void HashAfter(SM3Digest prefix, ReadOnlySpan<byte> data, Span<byte> destination)
    {
        var digest = ForThisThread();
        digest.Reset(prefix); // copies the saved state: the prefix itself is only read
        digest.BlockUpdate(data);
        digest.DoFinal(destination);
    }

    private static SM3Digest ForThisThread() => current ??= new SM3Digest();
}
