using System;
using System.Security.Cryptography;

namespace PowerGovernance.Internal;

/// <summary>
/// HMAC-SHA-256 (RFC 2104) with a fixed key, over <see cref="Sha256Hasher"/>: the key's inner and outer pads are prepared
/// once, so each digest is two SHA-256 computations on this thread's reused hasher and nothing is allocated. Thread-safe.
/// </summary>
internal sealed class HmacSha256
{
    private readonly byte[] innerPad = new byte[Sha256Hasher.BlockSize];
    private readonly byte[] outerPad = new byte[Sha256Hasher.BlockSize];

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
    }

    /// <summary>Writes the MAC of <paramref name="message"/> to <paramref name="destination"/> (32 bytes).</summary>
    internal void Compute(ReadOnlySpan<byte> message, Span<byte> destination)
    {
        var hasher = Sha256Hasher.ForThisThread;
        Span<byte> inner = stackalloc byte[Sha256Hasher.HashSize];
        hasher.Hash(innerPad, message, inner);
        hasher.Hash(outerPad, inner, destination);
    }
}
