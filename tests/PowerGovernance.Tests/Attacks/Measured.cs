using System;
using System.Diagnostics;
using System.Text;

namespace PowerGovernance.Tests.Attacks;

/// <summary>Runs a piece of work on this thread and measures what it allocated and how long it took; what it throws is kept, not rethrown.</summary>
internal sealed record Measured(Exception? Error, long AllocatedBytes, TimeSpan Elapsed)
{
    /// <summary>The bound on what loading one input may allocate: 500 MB.</summary>
    public const long MaxAllocatedBytes = 500L * 1024 * 1024;

    /// <summary>The bound on an error message: 64 KB, in UTF-8 and in UTF-16.</summary>
    public const int MaxMessageBytes = 64 * 1024;

    /// <summary>A hang detector only: the work is expected to take well under a second; the issue's goal is 5 s.</summary>
    public static readonly TimeSpan HangGuard = TimeSpan.FromSeconds(30);

    public static Measured Run(Action work)
    {
        ArgumentNullException.ThrowIfNull(work);
        GC.Collect();
        var before = GC.GetAllocatedBytesForCurrentThread();
        var watch = Stopwatch.StartNew();
        Exception? error = null;
        try
        {
            work();
        }
#pragma warning disable CA1031 // The attack tests inspect whatever was thrown.
        catch (Exception e)
#pragma warning restore CA1031
        {
            error = e;
        }

        watch.Stop();
        return new Measured(error, GC.GetAllocatedBytesForCurrentThread() - before, watch.Elapsed);
    }

    /// <summary>Asserts the bounds: allocation, time (hang guard) and, when something was thrown, the message size.</summary>
    public void AssertBounded()
    {
        Assert.True(AllocatedBytes <= MaxAllocatedBytes, $"allocated {AllocatedBytes:N0} bytes");
        Assert.True(Elapsed <= HangGuard, $"took {Elapsed}");
        if (Error is not null)
        {
            Assert.True(Encoding.UTF8.GetByteCount(Error.Message) <= MaxMessageBytes, $"message of {Encoding.UTF8.GetByteCount(Error.Message):N0} UTF-8 bytes");
            Assert.True(Error.Message.Length * 2 <= MaxMessageBytes, $"message of {Error.Message.Length:N0} characters");
        }
    }

    /// <summary>Repeats <paramref name="line"/> after <paramref name="head"/> until the text holds at least <paramref name="bytes"/> UTF-8 bytes.</summary>
    public static string Text(string head, string line, long bytes)
    {
        ArgumentNullException.ThrowIfNull(head);
        ArgumentNullException.ThrowIfNull(line);
        var lineBytes = Encoding.UTF8.GetByteCount(line);
        var count = (int)Math.Max(0, (bytes - Encoding.UTF8.GetByteCount(head) + lineBytes - 1) / lineBytes);
        var text = new StringBuilder(head, head.Length + (count * line.Length));
        for (var i = 0; i < count; i++)
        {
            text.Append(line);
        }

        return text.ToString();
    }

    public override string ToString() =>
        $"{Error?.GetType().Name ?? "no error"}, {AllocatedBytes / (1024.0 * 1024.0):F1} MB allocated, {Elapsed.TotalMilliseconds:F0} ms, message {Error?.Message.Length ?? 0} chars";
}
