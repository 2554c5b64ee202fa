using System;
using PowerGovernance.Cryptography.Sm.Internal;
using PowerGovernance.Procedures;

namespace PowerGovernance.Cryptography.Sm;

/// <summary>
/// The SM3 digest for the audit chain (SM3办件记录摘要): every event of a case hashed with SM3 (GB/T 32905-2016, 256 bits)
/// instead of SHA-256, for a host whose system must pass the commercial cryptography assessment (商用密码应用安全性评估,
/// 《密码法》第二十七条). Pass <see cref="Instance"/> to <see cref="ProcedureEngine"/> (or set
/// <c>PowerGovernanceOptions.AuditDigest</c>) and to <see cref="AuditChain.Verify(System.Collections.Generic.IReadOnlyList{CaseEvent}, AuditDigest)"/>.
/// </summary>
/// <remarks>
/// The chain's start event records <c>sm3</c> under <see cref="ProcedureEngine.AuditDigestArgument"/>, so such a chain checked with
/// SHA-256 (or a SHA-256 chain checked with SM3) fails with a finding that names both digests. Hashes are 64 lower-case
/// hexadecimal characters, as with SHA-256. Thread-safe; allocates nothing per event.
/// </remarks>
public sealed class Sm3AuditDigest : AuditDigest
{
    private Sm3AuditDigest()
        : base("sm3", Sm3Hasher.HashSize)
    {
    }

    /// <summary>Gets the SM3 audit digest.</summary>
    public static Sm3AuditDigest Instance { get; } = new();

    /// <inheritdoc/>
    protected override void ComputeHash(ReadOnlySpan<byte> data, Span<byte> destination) => Sm3Hasher.Hash(data, destination);
}
