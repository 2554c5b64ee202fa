using System;
using System.Linq;
using System.Security.Cryptography;
using System.Threading.Tasks;
using FsCheck.Xunit;
using PowerGovernance.Internal;
using Xunit;

namespace PowerGovernance.Tests.Internal;

/// <summary>
/// The audit chain's and the seal's SHA-256 and HMAC-SHA-256 against .NET's own implementations (the reference): every
/// backend, every split of the input, any key length, and from many threads at once; plus the FIPS 180-4 and RFC 4231 vectors.
/// </summary>
public class Sha256HasherProperties
{
    private static readonly Sha256Hasher[] Backends = OpenSslSha256.IsAvailable
        ? [new Sha256Hasher.Managed(), new OpenSslSha256()]
        : [new Sha256Hasher.Managed()];

    [Fact]
    public void On_Linux_with_OpenSSL_3_the_direct_backend_is_the_one_used()
    {
        // The CI machine and the reference machine are Debian with OpenSSL 3: the fast path must not silently fall back there.
        if (OperatingSystem.IsLinux() && System.IO.File.Exists("/usr/lib/x86_64-linux-gnu/libcrypto.so.3"))
        {
            Assert.True(Sha256Hasher.UsesOpenSsl);
            Assert.IsType<OpenSslSha256>(Sha256Hasher.ForThisThread);
        }
    }

    [Theory]
    [InlineData("", "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855")]
    [InlineData("abc", "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad")]
    [InlineData("abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq", "248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1")]
    public void The_FIPS_180_4_examples_hash_as_published(string message, string expected)
    {
        foreach (var backend in Backends)
        {
            var digest = new byte[32];
            backend.Hash(System.Text.Encoding.ASCII.GetBytes(message), digest);
            Assert.Equal(expected, Convert.ToHexStringLower(digest));
        }
    }

    [Property(MaxTest = 300)]
    public bool Every_backend_agrees_with_dotnet_for_any_input_split_anywhere(byte[] data, int split)
    {
        var at = data.Length == 0 ? 0 : Math.Abs(split % (data.Length + 1));
        var expected = SHA256.HashData(data);
        return Backends.All(backend =>
        {
            var whole = new byte[32];
            var parts = new byte[32];
            backend.Hash(data, whole);
            backend.Hash(data.AsSpan(0, at), data.AsSpan(at), parts);
            return whole.SequenceEqual(expected) && parts.SequenceEqual(expected);
        });
    }

    [Theory]
    [InlineData(1_023)]
    [InlineData(1_024)]
    [InlineData(1_025)]
    [InlineData(100_000)]
    public void Long_inputs_past_the_short_call_limit_hash_like_dotnet(int length)
    {
        var data = new byte[length];
        new Random(length).NextBytes(data);
        foreach (var backend in Backends)
        {
            var whole = new byte[32];
            var parts = new byte[32];
            backend.Hash(data, whole);
            backend.Hash(data.AsSpan(0, length / 2), data.AsSpan(length / 2), parts);
            Assert.Equal(SHA256.HashData(data), whole);
            Assert.Equal(SHA256.HashData(data), parts);
        }
    }

    [Property(MaxTest = 300)]
    public bool Hmac_agrees_with_dotnet_for_any_key_and_message(byte[] key, byte[] message)
    {
        var actual = new byte[32];
        new HmacSha256(key).Compute(message, actual);
        return actual.SequenceEqual(HMACSHA256.HashData(key, message));
    }

    [Theory]
    [InlineData("0b0b0b0b0b0b0b0b0b0b0b0b0b0b0b0b0b0b0b0b", "4869205468657265", "b0344c61d8db38535ca8afceaf0bf12b881dc200c9833da726e9376c2e32cff7")]
    [InlineData("4a656665", "7768617420646f2079612077616e7420666f72206e6f7468696e673f", "5bdcc146bf60754e6a042426089575c75a003f089d2739839dec58b964ec3843")]
    public void Hmac_reproduces_the_RFC_4231_test_cases(string key, string data, string expected)
    {
        var actual = new byte[32];
        new HmacSha256(Convert.FromHexString(key)).Compute(Convert.FromHexString(data), actual);
        Assert.Equal(expected, Convert.ToHexStringLower(actual));
    }

    [Fact]
    public void Hmac_with_a_key_longer_than_a_block_reproduces_RFC_4231_test_case_6()
    {
        var key = Enumerable.Repeat((byte)0xAA, 131).ToArray();
        var actual = new byte[32];
        new HmacSha256(key).Compute("Test Using Larger Than Block-Size Key - Hash Key First"u8, actual);
        Assert.Equal("60e431591ee0b67f0d8a26aacbf5b77f8e0bc6213728c5140546040f0ee37f54", Convert.ToHexStringLower(actual));
    }

    [Fact]
    public void Sixteen_threads_hashing_at_once_each_get_dotnets_digest()
    {
        var mac = new HmacSha256(Enumerable.Range(1, 32).Select(i => (byte)i).ToArray());
        var key = Enumerable.Range(1, 32).Select(i => (byte)i).ToArray();
        var failures = 0;
        Parallel.For(0, 16, new ParallelOptions { MaxDegreeOfParallelism = 16 }, thread =>
        {
            var random = new Random(thread);
            var digest = new byte[32];
            for (var i = 0; i < 2_000; i++)
            {
                var data = new byte[random.Next(0, 300)];
                random.NextBytes(data);
                Sha256Hasher.ForThisThread.Hash(data, digest);
                if (!digest.AsSpan().SequenceEqual(SHA256.HashData(data)))
                {
                    System.Threading.Interlocked.Increment(ref failures);
                }

                mac.Compute(data, digest);
                if (!digest.AsSpan().SequenceEqual(HMACSHA256.HashData(key, data)))
                {
                    System.Threading.Interlocked.Increment(ref failures);
                }
            }
        });
        Assert.Equal(0, failures);
    }
}
