using System;
using System.Security.Cryptography;

namespace PowerGovernance.Internal;

/// <summary>
/// SHA-256 (FIPS 180-4) for the audit chain and the case seal: one reusable hasher per thread, so that the short inputs
/// hashed on every transition (a few hundred bytes) do not pay a per-call algorithm lookup.
/// </summary>
/// <remarks>
/// On Linux the hasher calls the system's OpenSSL 3 directly, through its plain SHA-256 functions (<see cref="OpenSslSha256"/>):
/// it is the same library .NET's own <see cref="SHA256"/> uses there, without the algorithm lookup, context allocation and
/// wrapper layers .NET goes through on every call, which cost more than hashing a short input (the benchmarks' README has
/// the numbers). It is used only after it has reproduced the
/// FIPS 180-4 test vectors and .NET's own digest at start-up; anywhere else, or if anything in that check differs,
/// .NET's <see cref="IncrementalHash"/> is used. Every operation is complete within one call (no state is carried from one
/// call to the next), so an exception cannot leave a half-fed hasher behind.
/// </remarks>
internal abstract class Sha256Hasher
{
    /// <summary>The size of a digest in bytes.</summary>
    internal const int HashSize = 32;

    /// <summary>The size of SHA-256's message block in bytes (HMAC pads its key to it).</summary>
    internal const int BlockSize = 64;

    [ThreadStatic]
    private static Sha256Hasher? current;

    /// <summary>Gets this thread's hasher.</summary>
    internal static Sha256Hasher ForThisThread => current ??= Create();

    /// <summary>Gets a value indicating whether the hashers use OpenSSL directly (for benchmarks and tests).</summary>
    internal static bool UsesOpenSsl => OpenSslSha256.IsAvailable;

    /// <summary>Writes the digest of <paramref name="data"/> to <paramref name="destination"/> (32 bytes).</summary>
    internal void Hash(ReadOnlySpan<byte> data, Span<byte> destination) => Hash(data, ReadOnlySpan<byte>.Empty, destination);

    /// <summary>Writes the digest of <paramref name="first"/> followed by <paramref name="second"/> to <paramref name="destination"/> (32 bytes).</summary>
    internal abstract void Hash(ReadOnlySpan<byte> first, ReadOnlySpan<byte> second, Span<byte> destination);

    /// <summary>
    /// Returns the state after hashing <paramref name="prefix"/> (a whole number of blocks), for <see cref="HashAfter"/>; or
    /// <see langword="null"/> when this hasher cannot resume from a saved state (the caller then hashes the prefix each time).
    /// </summary>
    internal virtual byte[]? SaveState(ReadOnlySpan<byte> prefix) => null;

    /// <summary>Writes the digest of the prefix saved in <paramref name="state"/> followed by <paramref name="data"/> to <paramref name="destination"/>.</summary>
    internal virtual void HashAfter(byte[] state, ReadOnlySpan<byte> data, Span<byte> destination) =>
        throw new NotSupportedException("This hasher does not resume from a saved state. 该摘要实现不支持从保存的状态继续。");

    /// <summary>Creates the fastest hasher that passed the start-up check.</summary>
    internal static Sha256Hasher Create() => OpenSslSha256.IsAvailable ? new OpenSslSha256() : new Managed();

    /// <summary>.NET's own SHA-256, through a reused <see cref="IncrementalHash"/>.</summary>
    internal sealed class Managed : Sha256Hasher
    {
        private readonly IncrementalHash hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);

        /// <inheritdoc/>
        internal override void Hash(ReadOnlySpan<byte> first, ReadOnlySpan<byte> second, Span<byte> destination)
        {
            hash.AppendData(first);
            if (!second.IsEmpty)
            {
                hash.AppendData(second);
            }

            hash.GetHashAndReset(destination);
        }
    }
}
