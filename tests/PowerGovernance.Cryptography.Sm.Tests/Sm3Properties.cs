using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading.Tasks;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using Org.BouncyCastle.Crypto.Digests;
using Org.BouncyCastle.Crypto.Macs;
using Org.BouncyCastle.Crypto.Parameters;

namespace PowerGovernance.Cryptography.Sm.Tests;

/// <summary>
/// The digest and the keyed seal agree with BouncyCastle's own <see cref="SM3Digest"/> and <see cref="HMac"/> used the plain way
/// (a fresh object per message, fed in random pieces), for any input: lengths around SM3's 64-byte block and its 55/56-byte
/// padding boundary included, keys shorter and longer than a block.
/// </summary>
public class Sm3Properties
{
    [Property(MaxTest = 300)]
    public Property The_digest_equals_BouncyCastle_SM3_fed_in_random_pieces() =>
        Prop.ForAll(Split(0, 300), split =>
        {
            var reference = new SM3Digest();
            foreach (var piece in Pieces(split.Data, split.Cuts))
            {
                reference.BlockUpdate(piece, 0, piece.Length);
            }

            var expected = new byte[32];
            reference.DoFinal(expected, 0);
            return Sm3VectorTests.Hex(Sm3AuditDigest.Instance, split.Data) == Convert.ToHexStringLower(expected);
        });

    [Property(MaxTest = 200)]
    public Property HMAC_SM3_equals_BouncyCastle_HMac_over_SM3_for_any_key_of_32_bytes_or_more() =>
        Prop.ForAll(Keys(), Split(0, 200), (key, split) =>
        {
            var reference = new HMac(new SM3Digest());
            reference.Init(new KeyParameter(key));
            foreach (var piece in Pieces(split.Data, split.Cuts))
            {
                reference.BlockUpdate(piece, 0, piece.Length);
            }

            var expected = new byte[32];
            reference.DoFinal(expected, 0);
            return Sm3VectorTests.Mac(key, split.Data) == Convert.ToHexStringLower(expected);
        });

    [Fact]
    public void Threads_hashing_at_once_get_the_digests_one_thread_gets()
    {
        var inputs = Enumerable.Range(0, 2_000).Select(i => BitConverter.GetBytes(i).Concat(new byte[i % 130]).ToArray()).ToArray();
        var alone = inputs.Select(input => Sm3VectorTests.Hex(Sm3AuditDigest.Instance, input)).ToArray();
        var seal = new HmacSm3CaseSeal(Enumerable.Range(0, 40).Select(b => (byte)b).ToArray());
        var macsAlone = inputs.Select(input => MacHex(seal, input)).ToArray();

        var together = new string[inputs.Length];
        var macsTogether = new string[inputs.Length];
        Parallel.For(0, inputs.Length, new ParallelOptions { MaxDegreeOfParallelism = 4 }, i =>
        {
            together[i] = Sm3VectorTests.Hex(Sm3AuditDigest.Instance, inputs[i]);
            macsTogether[i] = MacHex(seal, inputs[i]);
        });

        Assert.Equal(alone, together);
        Assert.Equal(macsAlone, macsTogether);
    }

    private static string MacHex(HmacSm3CaseSeal seal, byte[] input)
    {
        var mac = new byte[32];
        seal.Mac(input, mac);
        return Convert.ToHexStringLower(mac);
    }

    /// <summary>Random bytes and the places they are cut into pieces; shrinks by halving the data.</summary>
    private static Arbitrary<(byte[] Data, int[] Cuts)> Split(int min, int max) => Arb.From(
        from length in Gen.Choose(min, max)
        from data in Gen.Choose(0, 255).Select(b => (byte)b).ArrayOf(length)
        from cuts in Gen.Choose(0, length).ArrayOf()
        select (data, cuts),
        ShrinkSplit);

    private static IEnumerable<(byte[] Data, int[] Cuts)> ShrinkSplit((byte[] Data, int[] Cuts) split)
    {
        for (var length = split.Data.Length / 2; length > 0; length /= 2)
        {
            yield return (split.Data[..length], split.Cuts.Where(c => c <= length).ToArray());
        }
    }

    /// <summary>Keys of 32 to 200 bytes: shorter than a block, exactly a block (64), and longer (hashed first).</summary>
    private static Arbitrary<byte[]> Keys() => Arb.From(
        from length in Gen.Frequency((1, Gen.Constant(64)), (1, Gen.Constant(65)), (4, Gen.Choose(32, 200)))
        from key in Gen.Choose(0, 255).Select(b => (byte)b).ArrayOf(length)
        select key,
        key => key.Length > 32 ? [key[..32]] : []);

    private static IEnumerable<byte[]> Pieces(byte[] data, int[] cuts)
    {
        var start = 0;
        foreach (var cut in cuts.Order())
        {
            yield return data[start..cut];
            start = cut;
        }

        yield return data[start..];
    }
}
