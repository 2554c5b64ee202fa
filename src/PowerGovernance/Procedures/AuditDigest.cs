using System;
using PowerGovernance.Internal;

namespace PowerGovernance.Procedures;

/// <summary>
/// The digest the audit chain hashes every event with (办件记录摘要算法): <see cref="Sha256"/> by default; a host whose system
/// must pass the commercial cryptography assessment (商用密码应用安全性评估: 《密码法》第二十七条; for e-government projects
/// 《国家政务信息化项目建设管理办法》, 国办发〔2019〕57号) plugs in SM3
/// (GB/T 32905-2016) from package PowerGovernance.Cryptography.Sm, or derives its own, and passes it to
/// <see cref="ProcedureEngine"/> and to <see cref="AuditChain.Verify(System.Collections.Generic.IReadOnlyList{CaseEvent}, AuditDigest)"/>.
/// </summary>
/// <remarks>
/// <para>
/// The digest is applied once per event to the event's canonical encoding (<see cref="AuditChain"/>'s remarks); the hash is
/// written as <c>2 × <see cref="HashSize"/></c> lower-case hexadecimal characters. The first event's previous hash is
/// <see cref="AuditChain.GenesisHash"/> (64 zeros) whatever the digest.
/// </para>
/// <para>
/// <b>The chain records its digest.</b> The start event of a chain hashed with any digest but SHA-256 records the digest's
/// <see cref="Algorithm"/> under <see cref="ProcedureEngine.AuditDigestArgument"/>, as it records the procedure's version; a
/// SHA-256 chain records nothing, so every chain made before the digest became pluggable stays exactly as it was. A chain
/// checked with another digest than the one it records (none recorded meaning <c>sha256</c>) fails at its first event with
/// a finding that names both, not with a bare hash mismatch.
/// </para>
/// </remarks>
public abstract class AuditDigest
{
    /// <summary>The name a SHA-256 chain is known by (and does not record).</summary>
    internal const string Sha256Algorithm = "sha256";

    /// <summary>Creates a digest.</summary>
    /// <param name="algorithm">Its name as recorded in the start event, e.g. <c>sm3</c>: lower-case letters, digits and hyphens, at most 32 characters.</param>
    /// <param name="hashSize">The digest's size in bytes (16 to 64).</param>
    /// <exception cref="ArgumentNullException"><paramref name="algorithm"/> is null.</exception>
    /// <exception cref="ArgumentException">The name is blank, too long or not of lower-case letters, digits and hyphens, or the size is out of range.</exception>
    protected AuditDigest(string algorithm, int hashSize)
    {
        Preconditions.CheckNotBlank(algorithm);
        foreach (var c in algorithm)
        {
            if (c is not ((>= 'a' and <= 'z') or (>= '0' and <= '9') or '-'))
            {
                throw new ArgumentException("An audit digest's name is lower-case letters, digits and hyphens. 办件记录摘要算法名称只能由小写字母、数字和连字符组成。", nameof(algorithm));
            }
        }

        if (algorithm.Length > 32)
        {
            throw new ArgumentException("An audit digest's name is at most 32 characters. 办件记录摘要算法名称不超过32个字符。", nameof(algorithm));
        }

        if (hashSize is < 16 or > 64)
        {
            throw new ArgumentException("An audit digest is 16 to 64 bytes long. 办件记录摘要长度为16至64字节。", nameof(hashSize));
        }

        Algorithm = algorithm;
        HashSize = hashSize;
    }

    /// <summary>
    /// Gets SHA-256 (FIPS 180-4), the default: through the system's OpenSSL directly where it passed the start-up check,
    /// otherwise .NET's own. Its chains do not record the digest.
    /// </summary>
    public static AuditDigest Sha256 { get; } = new Sha256Digest();

    /// <summary>Gets the digest's name, recorded in the start event of every chain it hashes unless it is <c>sha256</c>.</summary>
    public string Algorithm { get; }

    /// <summary>Gets the digest's size in bytes.</summary>
    public int HashSize { get; }

    /// <summary>Writes the digest of <paramref name="data"/> into the first <see cref="HashSize"/> bytes of <paramref name="destination"/>.</summary>
    /// <param name="data">The bytes to hash.</param>
    /// <param name="destination">Where to write it; at least <see cref="HashSize"/> bytes.</param>
    /// <exception cref="ArgumentException"><paramref name="destination"/> is shorter than <see cref="HashSize"/>.</exception>
    public void Hash(ReadOnlySpan<byte> data, Span<byte> destination)
    {
        if (destination.Length < HashSize)
        {
            throw new ArgumentException(
                FormattableString.Invariant($"The destination has {destination.Length} bytes; a '{Algorithm}' digest needs {HashSize}. 目标长度为{destination.Length}字节，“{Algorithm}”摘要需要{HashSize}字节。"),
                nameof(destination));
        }

        ComputeHash(data, destination[..HashSize]);
    }

    /// <summary>Returns <see cref="Algorithm"/>.</summary>
    /// <returns>The digest's name.</returns>
    public override string ToString() => Algorithm;

    /// <summary>The audit chain's path: <paramref name="destination"/> is exactly <see cref="HashSize"/> bytes.</summary>
    internal void HashExactly(ReadOnlySpan<byte> data, Span<byte> destination) => ComputeHash(data, destination);

    /// <summary>Computes the digest of <paramref name="data"/> into <paramref name="destination"/> (exactly <see cref="HashSize"/> bytes). Must be thread-safe.</summary>
    /// <param name="data">The canonical encoding of an event.</param>
    /// <param name="destination">Where to write the digest.</param>
    protected abstract void ComputeHash(ReadOnlySpan<byte> data, Span<byte> destination);

    private sealed class Sha256Digest() : AuditDigest(Sha256Algorithm, Sha256Hasher.HashSize)
    {
        protected override void ComputeHash(ReadOnlySpan<byte> data, Span<byte> destination) => Sha256Hasher.ForThisThread.Hash(data, destination);
    }
}
