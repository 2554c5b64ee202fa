using System;
using System.IO;

namespace PowerGovernance.Tests.Procedures.Flowcharts;

/// <summary>
/// Golden files under <c>Procedures/Flowcharts/Golden/</c>, copied to the test output. On a mismatch the
/// actual text is written next to the copy as <c>&lt;name&gt;.received.&lt;ext&gt;</c> (under <c>bin/</c>,
/// never committed) so it can be reviewed and, when right, copied over the golden file.
/// </summary>
internal static class Golden
{
    public static string Directory { get; } = Path.Combine(AppContext.BaseDirectory, "Procedures", "Flowcharts", "Golden");

    /// <summary>Asserts that <paramref name="actual"/> is exactly the golden file <paramref name="fileName"/>.</summary>
    public static void Verify(string fileName, string actual)
    {
        var path = Path.Combine(Directory, fileName);
        var received = Path.Combine(Directory, Path.GetFileNameWithoutExtension(fileName) + ".received" + Path.GetExtension(fileName));
        var expected = File.Exists(path) ? File.ReadAllText(path) : null;
        if (string.Equals(expected, actual, StringComparison.Ordinal))
        {
            File.Delete(received);
            return;
        }

        System.IO.Directory.CreateDirectory(Directory);
        File.WriteAllText(received, actual);
        Assert.Fail(expected is null
            ? $"The golden file {fileName} does not exist; the actual text is in {received}."
            : $"The flowchart differs from {fileName}; the actual text is in {received}.");
    }
}
