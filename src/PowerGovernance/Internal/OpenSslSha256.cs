using System;
using System.Runtime.InteropServices;
using System.Security.Cryptography;

namespace PowerGovernance.Internal;

/// <summary>
/// SHA-256 through the system's OpenSSL 3 (<c>libcrypto.so.3</c>) on Linux, with its plain digest functions
/// (<c>SHA256_Init</c>, <c>SHA256_Update</c>, <c>SHA256_Final</c>) on a context kept on the stack: no allocation, no provider
/// lookup, nothing shared between threads. Available only after it reproduced the FIPS 180-4 vectors and .NET's own SHA-256
/// (see <see cref="Sha256Hasher"/>).
/// </summary>
/// <remarks>
/// Inputs up to <see cref="ShortInput"/> bytes (a few microseconds of hashing at most) are hashed without the runtime's
/// transition to native code (<c>SuppressGCTransition</c>), which for such short calls costs as much as the hashing; longer
/// inputs take the ordinary transition so that the garbage collector is never held up.
/// </remarks>
internal sealed unsafe class OpenSslSha256 : Sha256Hasher
{
    /// <summary>The longest input hashed without the native-code transition.</summary>
    internal const int ShortInput = 1024;

    // SHA256_CTX is 112 bytes (eight words of state, two of length, sixteen of data, two counters); room to spare.
    private const int ContextSize = 256;

    private static readonly Api? Functions = Api.TryLoad();

    /// <summary>Gets a value indicating whether OpenSSL 3 was found and passed the start-up check.</summary>
    internal static bool IsAvailable => Functions is not null;

    /// <inheritdoc/>
    internal override void Hash(ReadOnlySpan<byte> first, ReadOnlySpan<byte> second, Span<byte> destination)
    {
        if (destination.Length < HashSize || !Functions!.TryHash(first, second, destination))
        {
            throw new CryptographicException("OpenSSL failed to compute a SHA-256 digest. OpenSSL 计算 SHA-256 摘要失败。");
        }
    }

    /// <inheritdoc/>
    internal override byte[]? SaveState(ReadOnlySpan<byte> prefix)
    {
        var state = new byte[ContextSize];
        return prefix.Length % BlockSize == 0 && Functions!.TrySaveState(prefix, state) ? state : null;
    }

    /// <inheritdoc/>
    internal override void HashAfter(byte[] state, ReadOnlySpan<byte> data, Span<byte> destination)
    {
        if (state.Length != ContextSize || destination.Length < HashSize || !Functions!.TryHashAfter(state, data, destination))
        {
            throw new CryptographicException("OpenSSL failed to compute a SHA-256 digest. OpenSSL 计算 SHA-256 摘要失败。");
        }
    }

    /// <summary>The OpenSSL entry points.</summary>
    private sealed class Api
    {
        private readonly delegate* unmanaged[SuppressGCTransition]<byte*, int> initShort;
        private readonly delegate* unmanaged[SuppressGCTransition]<byte*, byte*, nuint, int> updateShort;
        private readonly delegate* unmanaged[SuppressGCTransition]<byte*, byte*, int> finalShort;
        private readonly delegate* unmanaged<byte*, byte*, nuint, int> update;

        private Api(IntPtr init, IntPtr update, IntPtr final)
        {
            initShort = (delegate* unmanaged[SuppressGCTransition]<byte*, int>)init;
            updateShort = (delegate* unmanaged[SuppressGCTransition]<byte*, byte*, nuint, int>)update;
            finalShort = (delegate* unmanaged[SuppressGCTransition]<byte*, byte*, int>)final;
            this.update = (delegate* unmanaged<byte*, byte*, nuint, int>)update;
        }

        /// <summary>Loads OpenSSL 3 and checks it; <see langword="null"/> when it is absent or anything disagrees.</summary>
        internal static Api? TryLoad()
        {
            if (!OperatingSystem.IsLinux()
                || !NativeLibrary.TryLoad("libcrypto.so.3", out var library)
                || !NativeLibrary.TryGetExport(library, "SHA256_Init", out var init)
                || !NativeLibrary.TryGetExport(library, "SHA256_Update", out var update)
                || !NativeLibrary.TryGetExport(library, "SHA256_Final", out var final))
            {
                return null;
            }

            var api = new Api(init, update, final);
            try
            {
                return api.PassesSelfTest() ? api : null;
            }
            catch (Exception e) when (e is not OutOfMemoryException)
            {
                return null; // whatever went wrong, .NET's own SHA-256 is the safe choice
            }
        }

        internal bool TryHash(ReadOnlySpan<byte> first, ReadOnlySpan<byte> second, Span<byte> destination)
        {
            var context = stackalloc byte[ContextSize];
            fixed (byte* a = first)
            fixed (byte* b = second)
            fixed (byte* output = destination)
            {
                if (first.Length + (long)second.Length <= ShortInput)
                {
                    return initShort(context) == 1
                        && updateShort(context, a, (nuint)first.Length) == 1
                        && (second.IsEmpty || updateShort(context, b, (nuint)second.Length) == 1)
                        && finalShort(output, context) == 1;
                }

                return initShort(context) == 1
                    && update(context, a, (nuint)first.Length) == 1
                    && (second.IsEmpty || update(context, b, (nuint)second.Length) == 1)
                    && finalShort(output, context) == 1;
            }
        }

        /// <summary>Hashes <paramref name="prefix"/> into a fresh context and copies the context (a plain structure) to <paramref name="state"/>.</summary>
        internal bool TrySaveState(ReadOnlySpan<byte> prefix, Span<byte> state)
        {
            fixed (byte* context = state)
            fixed (byte* a = prefix)
            {
                return initShort(context) == 1 && update(context, a, (nuint)prefix.Length) == 1;
            }
        }

        /// <summary>Continues from a copy of a saved context with <paramref name="data"/> and finishes.</summary>
        internal bool TryHashAfter(ReadOnlySpan<byte> state, ReadOnlySpan<byte> data, Span<byte> destination)
        {
            var context = stackalloc byte[ContextSize];
            state.CopyTo(new Span<byte>(context, ContextSize));
            fixed (byte* a = data)
            fixed (byte* output = destination)
            {
                var updated = data.Length <= ShortInput ? updateShort(context, a, (nuint)data.Length) : update(context, a, (nuint)data.Length);
                return updated == 1 && finalShort(output, context) == 1;
            }
        }

        /// <summary>
        /// The FIPS 180-4 examples ("abc", the empty message) and .NET's digest of inputs of every length up to three blocks,
        /// split in two, and of one input longer than <see cref="ShortInput"/>.
        /// </summary>
        private bool PassesSelfTest()
        {
            Span<byte> actual = stackalloc byte[HashSize];
            if (!TryHash("abc"u8, default, actual)
                || !actual.SequenceEqual(Convert.FromHexString("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad"))
                || !TryHash(default, default, actual)
                || !actual.SequenceEqual(Convert.FromHexString("e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855")))
            {
                return false;
            }

            var input = new byte[(2 * ShortInput) + 1];
            Span<byte> expected = stackalloc byte[HashSize];
            for (var length = 0; length <= (3 * BlockSize) + 1; length++)
            {
                var checkedLength = length <= 3 * BlockSize ? length : input.Length; // every length up to three blocks, then a long one
                input.AsSpan(0, checkedLength).Fill(unchecked((byte)checkedLength));
                input[checkedLength / 2] ^= 0x5A;
                var message = input.AsSpan(0, checkedLength);
                SHA256.HashData(message, expected);
                if (!TryHash(message[..(checkedLength / 3)], message[(checkedLength / 3)..], actual) || !actual.SequenceEqual(expected))
                {
                    return false;
                }
            }

            return true;
        }
    }
}
