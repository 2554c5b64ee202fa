using System;
using System.Buffers;
using System.IO;
using System.Text;
using System.Text.Unicode;

namespace PowerGovernance.Serialization.Internal;

/// <summary>
/// Decides the encoding of a CSV stream from its first <see cref="SniffBytes"/> bytes: a byte order mark, else UTF-8
/// when they are valid UTF-8, else GB18030 (a superset of GBK) when they decode strictly as that, else nothing (the
/// file is refused). The bytes read to decide are replayed, so the stream need not be seekable.
/// </summary>
internal static class CsvInput
{
    /// <summary>How much of the start of the file decides its encoding.</summary>
    internal const int SniffBytes = 64 * 1024;

    private const int Gb18030CodePage = 54936;

    /// <summary>Gets GB18030, undecodable bytes becoming U+FFFD (which the reader then reports at their cell).</summary>
    internal static Encoding Gb18030 { get; } = CodePagesEncodingProvider.Instance.GetEncoding(Gb18030CodePage, EncoderFallback.ReplacementFallback, new DecoderReplacementFallback("\uFFFD"))
        ?? throw new InvalidOperationException("GB18030 is not available.");

    private static Encoding StrictGb18030 { get; } = CodePagesEncodingProvider.Instance.GetEncoding(Gb18030CodePage, EncoderFallback.ExceptionFallback, DecoderFallback.ExceptionFallback)
        ?? throw new InvalidOperationException("GB18030 is not available.");

    /// <summary>Reads the start of <paramref name="input"/> and decides its encoding.</summary>
    /// <returns>The stream to read (the start replayed), and the encoding: <see langword="null"/> for UTF-8 or a byte order mark.</returns>
    internal static Sniffed Sniff(Stream input)
    {
        var prefix = new byte[SniffBytes];
        var count = 0;
        int read;
        while (count < prefix.Length && (read = input.Read(prefix, count, prefix.Length - count)) > 0)
        {
            count += read;
        }

        var atEnd = count < prefix.Length;
        var replay = new ReplayStream(prefix, count, input);
        var bytes = prefix.AsSpan(0, count);
        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xFE]) || bytes.StartsWith((ReadOnlySpan<byte>)[0xFE, 0xFF]))
        {
            return new Sniffed(replay, null, -1, 0);
        }

        var utf8 = bytes.StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF]) ? bytes[3..] : bytes;
        var invalidAt = FirstInvalidUtf8(utf8, atEnd);
        if (invalidAt < 0)
        {
            return new Sniffed(replay, null, -1, 0);
        }

        if (utf8.Length == bytes.Length && DecodesAsGb18030(bytes, atEnd))
        {
            return new Sniffed(replay, Gb18030, -1, 0);
        }

        var offset = invalidAt + (bytes.Length - utf8.Length);
        return new Sniffed(replay, null, offset, bytes[..offset].Count((byte)'\n') + 1);
    }

    /// <summary>Returns the offset of the first byte that is not valid UTF-8, or -1; an incomplete sequence at the end counts only at the end of the file.</summary>
    private static int FirstInvalidUtf8(ReadOnlySpan<byte> bytes, bool atEnd)
    {
        var chars = ArrayPool<char>.Shared.Rent(bytes.Length + 1);
        try
        {
            var status = Utf8.ToUtf16(bytes, chars, out var bytesRead, out _, replaceInvalidSequences: false, isFinalBlock: atEnd);
            return status == System.Buffers.OperationStatus.InvalidData ? bytesRead : -1;
        }
        finally
        {
            ArrayPool<char>.Shared.Return(chars);
        }
    }

    private static bool DecodesAsGb18030(ReadOnlySpan<byte> bytes, bool atEnd)
    {
        var decoder = StrictGb18030.GetDecoder();
        var chars = ArrayPool<char>.Shared.Rent(bytes.Length + 4);
        try
        {
            decoder.GetChars(bytes, chars, flush: atEnd);
            return true;
        }
        catch (DecoderFallbackException)
        {
            return false;
        }
        finally
        {
            ArrayPool<char>.Shared.Return(chars);
        }
    }

    /// <summary>The outcome of <see cref="Sniff"/>.</summary>
    /// <param name="Stream">The stream to read, its start replayed.</param>
    /// <param name="Encoding">The encoding detected when it is not UTF-8 (GB18030), else <see langword="null"/>.</param>
    /// <param name="InvalidOffset">The offset of the first byte that is neither UTF-8 nor GB18030, or -1 when the encoding is known.</param>
    /// <param name="InvalidLine">The 1-based line of that byte.</param>
    internal readonly record struct Sniffed(Stream Stream, Encoding? Encoding, int InvalidOffset, int InvalidLine);

    /// <summary>A read-only stream that returns the bytes already read from another stream, then the rest of it.</summary>
    private sealed class ReplayStream(byte[] prefix, int length, Stream rest) : Stream
    {
        private int position;

        public override bool CanRead => true;

        public override bool CanSeek => false;

        public override bool CanWrite => false;

        public override long Length => throw new NotSupportedException();

        public override long Position
        {
            get => throw new NotSupportedException();
            set => throw new NotSupportedException();
        }

        public override int Read(byte[] buffer, int offset, int count) => Read(buffer.AsSpan(offset, count));

        public override int Read(Span<byte> buffer)
        {
            if (position < length)
            {
                var n = Math.Min(buffer.Length, length - position);
                prefix.AsSpan(position, n).CopyTo(buffer);
                position += n;
                return n;
            }

            return rest.Read(buffer);
        }

        public override void Flush()
        {
        }

        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

        public override void SetLength(long value) => throw new NotSupportedException();

        public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();
    }
}
