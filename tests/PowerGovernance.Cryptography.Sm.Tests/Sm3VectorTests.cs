using System;
using System.Linq;
using System.Text;
using PowerGovernance.Cryptography.Sm.Internal;

namespace PowerGovernance.Cryptography.Sm.Tests;

/// <summary>The examples of the standards, digit for digit: SM3 (GB/T 32905-2016, appendix A) and HMAC-SM3 (GM/T 0042-2015, appendix D.3).</summary>
public class Sm3VectorTests
{
    // GB/T 32905-2016 appendix A, example 1: the 24-bit message "abc" (616263), padded to one 512-bit block.
    private const string Abc = "66c7f0f462eeedd9d1f2d46bdc10e4e24167c4875cf2f7a2297da02b8f4ba8e0";

    // Appendix A, example 2: the 512-bit message "abcd" repeated 16 times (61626364 × 16), padded to two blocks.
    private const string Abcd16 = "debe9ff92275b8a138604889c18e5a4d6fdb70e5387e5765293dcba39c0c5732";

    [Fact]
    public void The_audit_digest_reproduces_both_examples_of_GB_T_32905()
    {
        Assert.Equal(Abc, Hex(Sm3AuditDigest.Instance, "abc"u8));
        Assert.Equal(Abcd16, Hex(Sm3AuditDigest.Instance, Encoding.ASCII.GetBytes(string.Concat(Enumerable.Repeat("abcd", 16)))));
    }

    [Fact]
    public void The_digest_is_named_sm3_and_is_32_bytes()
    {
        Assert.Equal("sm3", Sm3AuditDigest.Instance.Algorithm);
        Assert.Equal(32, Sm3AuditDigest.Instance.HashSize);
        Assert.Equal("sm3", Sm3CaseSeal.Instance.Algorithm);
        Assert.Equal(32, Sm3CaseSeal.Instance.HashSize);
    }

    [Fact]
    public void The_per_thread_digest_starts_afresh_on_every_call()
    {
        // The 64-byte example leaves a full block behind in the engine; the next "abc" must not see it.
        var abcd16 = Encoding.ASCII.GetBytes(string.Concat(Enumerable.Repeat("abcd", 16)));
        for (var i = 0; i < 3; i++)
        {
            Assert.Equal(Abcd16, Hex(Sm3AuditDigest.Instance, abcd16));
            Assert.Equal(Abc, Hex(Sm3AuditDigest.Instance, "abc"u8));
        }
    }

    [Fact]
    public void HMAC_SM3_reproduces_the_first_example_of_GM_T_0042_appendix_D3()
    {
        // Key 01 02 … 20 (32 bytes); message "abcdbcdecdef…nopq" twice (112 bytes).
        var key = Enumerable.Range(1, 32).Select(b => (byte)b).ToArray();
        var message = Encoding.ASCII.GetBytes(string.Concat(Enumerable.Repeat("abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq", 2)));
        Assert.Equal(112, message.Length);

        Assert.Equal("ca05e144ed05d1857840d1f318a4a8669e559fc8391f414485bfdf7bb408963a", Mac(key, message));
    }

    [Fact]
    public void HMAC_SM3_reproduces_the_second_example_of_GM_T_0042_appendix_D3()
    {
        // Key 01 02 … 25 (37 bytes); message 50 bytes of CD.
        var key = Enumerable.Range(1, 37).Select(b => (byte)b).ToArray();
        var message = Enumerable.Repeat((byte)0xCD, 50).ToArray();

        Assert.Equal("220bf579ded555393f0159f66c99877822a3ecf610d1552154b41d44b94db3ae", Mac(key, message));
    }

    [Fact]
    public void A_key_shorter_than_32_bytes_is_refused_naming_its_length_in_English_and_Chinese()
    {
        var e = Assert.Throws<ArgumentException>(() => new HmacSm3CaseSeal(new byte[31]));

        Assert.Equal("key", e.ParamName);
        Assert.Contains("at least 32 bytes; this one has 31", e.Message, StringComparison.Ordinal);
        Assert.Contains("此密钥为31字节", e.Message, StringComparison.Ordinal);
        Assert.Equal("hmac-sm3", new HmacSm3CaseSeal(new byte[32]).Algorithm);
    }

    internal static string Hex(Sm3AuditDigest digest, ReadOnlySpan<byte> data)
    {
        Span<byte> hash = stackalloc byte[32];
        digest.Hash(data, hash);
        return Convert.ToHexStringLower(hash);
    }

    internal static string Mac(byte[] key, byte[] message)
    {
        Span<byte> mac = stackalloc byte[Sm3Hasher.HashSize];
        new HmacSm3CaseSeal(key).Mac(message, mac);
        return Convert.ToHexStringLower(mac);
    }
}
