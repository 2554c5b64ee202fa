using System;
using System.Runtime.InteropServices;
using System.Security.Cryptography;

namespace PowerGovernance.Internal;

/// <summary>
/// SHA-256 through the system's OpenSSL 3 (<c>libcrypto.so.3</c>) on Linux: the digest is fetched once
/// (<c>EVP_MD_fetch</c>) and each thread reuses one digest context (<c>EVP_MD_CTX</c>), freed when the thread's hasher is
/// collected. Available only after it reproduced the FIPS 180-4 vectors and .NET's own SHA-256 (see <see cref="Sha256Hasher"/>).
/// </summary>
internal sealed unsafe class OpenSslSha256 : Sha256Hasher
{
    private static readonly Api? Functions = Api.TryLoad();

    private readonly IntPtr context;

    /// <summary>Initializes a new instance of the <see cref="OpenSslSha256"/> class with its own digest context.</summary>
    internal OpenSslSha256()
    {
        context = Functions!.NewContext();
        if (context == IntPtr.Zero)
        {
            throw new CryptographicException("OpenSSL could not allocate a digest context. OpenSSL 无法分配摘要上下文。");
        }
    }

    /// <summary>Finalizes an instance of the <see cref="OpenSslSha256"/> class: frees its digest context.</summary>
    ~OpenSslSha256() => Functions!.FreeContext(context);

    /// <summary>Gets a value indicating whether OpenSSL 3 was found and passed the start-up check.</summary>
    internal static bool IsAvailable => Functions is not null;

    /// <inheritdoc/>
    internal override void Hash(ReadOnlySpan<byte> first, ReadOnlySpan<byte> second, Span<byte> destination)
    {
        if (!Functions!.TryHash(context, first, second, destination))
        {
            throw new CryptographicException("OpenSSL failed to compute a SHA-256 digest. OpenSSL 计算 SHA-256 摘要失败。");
        }

        GC.KeepAlive(this);
    }

    /// <summary>The OpenSSL entry points and the fetched digest.</summary>
    private sealed class Api
    {
        private readonly IntPtr digest;
        private readonly delegate* unmanaged<IntPtr> newContext;
        private readonly delegate* unmanaged<IntPtr, void> freeContext;
        private readonly delegate* unmanaged<IntPtr, IntPtr, IntPtr, int> init;
        private readonly delegate* unmanaged<IntPtr, byte*, nuint, int> update;
        private readonly delegate* unmanaged<IntPtr, byte*, uint*, int> final;

        private Api(IntPtr library, IntPtr digest)
        {
            this.digest = digest;
            newContext = (delegate* unmanaged<IntPtr>)NativeLibrary.GetExport(library, "EVP_MD_CTX_new");
            freeContext = (delegate* unmanaged<IntPtr, void>)NativeLibrary.GetExport(library, "EVP_MD_CTX_free");
            init = (delegate* unmanaged<IntPtr, IntPtr, IntPtr, int>)NativeLibrary.GetExport(library, "EVP_DigestInit_ex");
            update = (delegate* unmanaged<IntPtr, byte*, nuint, int>)NativeLibrary.GetExport(library, "EVP_DigestUpdate");
            final = (delegate* unmanaged<IntPtr, byte*, uint*, int>)NativeLibrary.GetExport(library, "EVP_DigestFinal_ex");
        }

        /// <summary>Loads OpenSSL 3 and checks it; <see langword="null"/> when it is absent or anything disagrees.</summary>
        internal static Api? TryLoad()
        {
            if (!OperatingSystem.IsLinux() || !NativeLibrary.TryLoad("libcrypto.so.3", out var library))
            {
                return null;
            }

            try
            {
                if (!NativeLibrary.TryGetExport(library, "EVP_MD_fetch", out var fetchExport))
                {
                    return null;
                }

                var fetch = (delegate* unmanaged<IntPtr, byte*, byte*, IntPtr>)fetchExport;
                IntPtr digest;
                fixed (byte* name = "SHA256\0"u8)
                {
                    digest = fetch(IntPtr.Zero, name, null);
                }

                if (digest == IntPtr.Zero)
                {
                    return null;
                }

                var api = new Api(library, digest);
                return api.PassesSelfTest() ? api : null;
            }
            catch (EntryPointNotFoundException)
            {
                return null;
            }
        }

        internal IntPtr NewContext() => newContext();

        internal void FreeContext(IntPtr context) => freeContext(context);

        internal bool TryHash(IntPtr context, ReadOnlySpan<byte> first, ReadOnlySpan<byte> second, Span<byte> destination)
        {
            if (destination.Length < HashSize)
            {
                return false;
            }

            fixed (byte* a = first)
            fixed (byte* b = second)
            fixed (byte* output = destination)
            {
                uint written = 0;
                return init(context, digest, IntPtr.Zero) == 1
                    && update(context, a, (nuint)first.Length) == 1
                    && (second.IsEmpty || update(context, b, (nuint)second.Length) == 1)
                    && final(context, output, &written) == 1
                    && written == HashSize;
            }
        }

        /// <summary>The FIPS 180-4 example vectors ("abc", the empty message) and .NET's digest of inputs of every length up to three blocks, split in two.</summary>
        private bool PassesSelfTest()
        {
            var context = newContext();
            if (context == IntPtr.Zero)
            {
                return false;
            }

            try
            {
                Span<byte> actual = stackalloc byte[HashSize];
                if (!TryHash(context, "abc"u8, default, actual)
                    || !actual.SequenceEqual(Convert.FromHexString("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad"))
                    || !TryHash(context, default, default, actual)
                    || !actual.SequenceEqual(Convert.FromHexString("e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855")))
                {
                    return false;
                }

                Span<byte> input = stackalloc byte[3 * BlockSize];
                Span<byte> expected = stackalloc byte[HashSize];
                for (var length = 0; length <= input.Length; length++)
                {
                    input[..length].Fill((byte)length);
                    input[length / 2] ^= 0x5A;
                    SHA256.HashData(input[..length], expected);
                    if (!TryHash(context, input[..(length / 3)], input[(length / 3)..length], actual) || !actual.SequenceEqual(expected))
                    {
                        return false;
                    }
                }

                return true;
            }
            finally
            {
                freeContext(context);
            }
        }
    }
}
