using System;
using PowerGovernance.Cryptography.Sm.Internal;
using PowerGovernance.Procedures;

namespace PowerGovernance.Cryptography.Sm;

/// <summary>
/// The SM3 seal of case snapshots (SM3办件快照封印): the snapshot's canonical encoding (<see cref="CaseSeal"/>'s remarks)
/// hashed with SM3 (GB/T 32905-2016), written <c>sm3:</c> followed by 64 lower-case hexadecimal characters.
/// </summary>
/// <remarks>
/// Like <see cref="CaseSeal.Sha256"/> it has no key: it catches accidental and careless edits, not an insider who knows the
/// encoding; use <see cref="HmacSm3CaseSeal"/> with a key from the host's secret store against those. Thread-safe.
/// </remarks>
public sealed class Sm3CaseSeal : CaseSeal
{
    private Sm3CaseSeal()
        : base("sm3", Sm3Hasher.HashSize)
    {
    }

    /// <summary>Gets the SM3 seal.</summary>
    public static Sm3CaseSeal Instance { get; } = new();

    /// <inheritdoc/>
    protected override void ComputeHash(ReadOnlySpan<byte> content, Span<byte> destination) => Sm3Hasher.Hash(content, destination);
}
