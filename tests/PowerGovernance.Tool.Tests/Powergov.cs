using System;
using System.Collections.Generic;
using System.IO;
using System.Text.Json;
using NodaTime;
using NodaTime.Testing;
using PowerGovernance.Tool.Seams;

namespace PowerGovernance.Tool.Tests;

/// <summary>The result of one run of the tool: exit code, stdout and stderr.</summary>
internal sealed record ToolRun(int ExitCode, string Out, string Error)
{
    /// <summary>Gets stdout parsed as JSON (throws when it is not one JSON document).</summary>
    public JsonElement Json => JsonSerializer.Deserialize<JsonElement>(Out);

    public override string ToString() => $"exit {ExitCode}\n--- stdout\n{Out}\n--- stderr\n{Error}";
}

/// <summary>Runs powergov through <see cref="PowergovApp.Run(string[], TextWriter, TextWriter, IClock, ToolSeams)"/>, on a fake clock.</summary>
internal static class Powergov
{
    /// <summary>2024-09-27 09:30 in Beijing: the Friday before National Day 2024.</summary>
    public static readonly Instant Now = Instant.FromUtc(2024, 9, 27, 1, 30);

    public static ToolRun Run(params string[] args) => Run(ToolSeams.Default, args);

    public static ToolRun Run(ToolSeams seams, params string[] args) => RunAt(Now, seams, args);

    public static ToolRun RunAt(Instant now, ToolSeams seams, params string[] args)
    {
        using var stdout = new StringWriter();
        using var stderr = new StringWriter();
        var code = PowergovApp.Run(args, stdout, stderr, new FakeClock(now), seams);
        return new ToolRun(code, stdout.ToString(), stderr.ToString());
    }
}

/// <summary>A folder of files for one test class, deleted afterwards.</summary>
public sealed class TempFiles : IDisposable
{
    private readonly string root = Path.Combine(Path.GetTempPath(), "powergov-tests-" + Guid.NewGuid().ToString("N"));

    public TempFiles() => Directory.CreateDirectory(root);

    public string Write(string name, string content)
    {
        var path = Path.Combine(root, name);
        File.WriteAllText(path, content);
        return path;
    }

    public void Dispose() => Directory.Delete(root, recursive: true);
}

/// <summary>Calendar files used by several tests, with their facts stated from the 2024 notice (国办发明电〔2023〕7号).</summary>
internal static class CalendarFiles
{
    /// <summary>The committed sample: 2024 as the State Council arranged it.</summary>
    public static string Sample2024 => Path.Combine(AppContext.BaseDirectory, "calendars", "cn-2024.txt");

    public static string Sample2024Text => File.ReadAllText(Sample2024);

    /// <summary>main's sample of a hypothetical 2027 file (not the State Council's notice): New Year Jan 1–3 off.</summary>
    public static string Hypothetical2027 => Path.Combine(AppContext.BaseDirectory, "calendars", "cn-2027-hypothetical.txt");

    /// <summary>
    /// A file with three problems: line 4 a date that does not exist, line 5 a make-up working day on a Tuesday
    /// (2024-10-08), line 7 a holiday overlapping the National Day block of line 6.
    /// </summary>
    public const string Invalid2024 =
        "calendar bad-2024\n" +
        "weekend Saturday Sunday\n" +
        "coverage 2024-01-01 2024-12-31\n" +
        "holiday 2024-13-01 元旦 | New Year's Day\n" +
        "workday 2024-10-08 国庆节 | National Day\n" +
        "holiday 2024-10-01..2024-10-07 国庆节 | National Day\n" +
        "holiday 2024-10-07 国庆节 | National Day\n";

    public static IReadOnlyList<string> Lines(string text) => text.Split('\n');
}
