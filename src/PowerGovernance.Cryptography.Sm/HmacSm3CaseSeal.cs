using System;
using System.Security.Cryptography;
using Org.BouncyCastle.Crypto.Digests;
using PowerGovernance.Cryptography.Sm.Internal;
using PowerGovernance.Procedures;

namespace PowerGovernance.Cryptography.Sm;

/// <summary>
/// The keyed SM3 seal of case snapshots (HMAC-SM3带密钥的封印): HMAC (GB/T 15852.2-2012, ISO/IEC 9797-2; the construction of
/// RFC 2104) over SM3, written <c>hmac-sm3:</c> followed by 64 lower-case hexadecimal characters. Without the key nobody can
/// seal an edited snapshot.
/// </summary>
/// <remarks>
/// Keep the key in the host's secret store (for the commercial cryptography assessment, in the key management the assessment
/// accepts); changing it makes every stored snapshot untrusted until it is re-sealed by replaying its events. The key itself
/// is not kept: only the SM3 states after its inner and outer pads, which each seal resumes from. Thread-safe.
/// </remarks>
public sealed class HmacSm3CaseSeal : CaseSeal
{
    private readonly SM3Digest innerPadState;
    private readonly SM3Digest outerPadState;

    /// <summary>Creates a keyed SM3 seal.</summary>
    /// <param name="key">The secret key, at least 32 bytes (a key longer than SM3's 64-byte block is hashed first, as HMAC does).</param>
    /// <exception cref="ArgumentException">The key is shorter than 32 bytes.</exception>
    public HmacSm3CaseSeal(ReadOnlySpan<byte> key)
        : base("hmac-sm3", Sm3Hasher.HashSize)
    {
        if (key.Length < 32)
        {
            throw new ArgumentException(
                FormattableString.Invariant($"An HMAC-SM3 seal key has at least 32 bytes; this one has {key.Length}. HMAC-SM3封印密钥至少为32字节，此密钥为{key.Length}字节。"),
                nameof(key));
        }

        Span<byte> block = stackalloc byte[Sm3Hasher.BlockSize];
        try
        {
            block.Clear();
            if (key.Length > Sm3Hasher.BlockSize)
            {
                Sm3Hasher.Hash(key, block[..Sm3Hasher.HashSize]);
            }
            else
            {
                key.CopyTo(block);
            }

            innerPadState = PadState(block, 0x36);
            outerPadState = PadState(block, 0x36 ^ 0x5C); // the block now holds key ^ 0x36: turn it into key ^ 0x5C
        }
        finally
        {
            CryptographicOperations.ZeroMemory(block);
        }
    }

    /// <inheritdoc/>
    protected override void ComputeHash(ReadOnlySpan<byte> content, Span<byte> destination)
    {
        // HMAC(K, m) = SM3((K ^ opad) || SM3((K ^ ipad) || m)), each from the saved state after its pad.
        Span<byte> inner = stackalloc byte[Sm3Hasher.HashSize];
        Sm3Hasher.HashAfter(innerPadState, content, inner);
        Sm3Hasher.HashAfter(outerPadState, inner, destination);
    }

    /// <summary>Writes HMAC-SM3 of <paramref name="content"/> under this seal's key (for the tests against the standard's examples).</summary>
    internal void Mac(ReadOnlySpan<byte> content, Span<byte> destination) => ComputeHash(content, destination);

    /// <summary>XORs <paramref name="pad"/> into every byte of <paramref name="block"/> and returns the SM3 state after hashing it.</summary>
    private static SM3Digest PadState(Span<byte> block, byte pad)
    {
        for (var i = 0; i < block.Length; i++)
        {
            block[i] ^= pad;
        }

        var state = new SM3Digest();
        state.BlockUpdate(block);
        return state;
    }
}
