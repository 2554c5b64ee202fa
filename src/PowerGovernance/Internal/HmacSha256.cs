using System;
using System.Security.Cryptography;

namespace PowerGovernance.Internal;

/// <summary>
/// HMAC-SHA-256 (RFC 2104) with a fixed key, over <see cref="Sha256Hasher"/>: the key's inner and outer pads are prepared
/// once (and, with OpenSSL, the hash state after each pad), so each digest is two SHA-256 computations on this thread's hasher
/// and nothing is allocated. Thread-safe: the saved states are only read.
/// </summary>
internal sealed class HmacSha256
{
    private readonly byte[] innerPad = new byte[Sha256Hasher.BlockSize];
    private readonly byte[] outerPad = new byte[Sha256Hasher.BlockSize];

    // The hasher's state after each pad, when it can resume from one (OpenSSL): each MAC then skips compressing the two pad blocks.
    private readonly byte[]? innerState;
    private readonly byte[]? outerState;

    /// <summary>Initializes a new instance of the <see cref="HmacSha256"/> class.</summary>
    /// <param name="key">The key; one longer than a block is hashed first, as RFC 2104 says.</param>
    internal HmacSha256(ReadOnlySpan<byte> key)
    {
        if (key.Length > Sha256Hasher.BlockSize)
        {
            SHA256.HashData(key, innerPad);
            SHA256.HashData(key, outerPad);
        }
        else
        {
            key.CopyTo(innerPad);
            key.CopyTo(outerPad);
        }

        for (var i = 0; i < Sha256Hasher.BlockSize; i++)
        {
            innerPad[i] ^= 0x36;
            outerPad[i] ^= 0x5C;
        }

        var hasher = Sha256Hasher.Create();
        innerState = hasher.SaveState(innerPad);
        outerState = innerState is null ? null : hasher.SaveState(outerPad);
    }

    /// <summary>Writes the MAC of <paramref name="message"/> to <paramref name="destination"/> (32 bytes).</summary>
    internal void Compute(ReadOnlySpan<byte> message, Span<byte> destination)
    {
        var hasher = Sha256Hasher.ForThisThread;
        Span<byte> inner = stackalloc byte[Sha256Hasher.HashSize];
        if (innerState is not null && outerState is not null)
        {
            hasher.HashAfter(innerState, message, inner);
            hasher.HashAfter(outerState, inner, destination);
            return;
        }

        hasher.Hash(innerPad, message, inner);
        hasher.Hash(outerPad, inner, destination);
    }
}
