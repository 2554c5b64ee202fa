using System;
using System.Diagnostics;
using System.IO;
using System.Text.RegularExpressions;

namespace PowerGovernance.Benchmarks;

/// <summary>
/// The PostgreSQL server the store benchmarks run on: the one of <c>POWERGOVERNANCE_POSTGRES</c> (<c>eval "$(build/start-postgres)"</c>
/// sets it; .ci/run does), or else a throwaway server started with build/start-postgres for this process and stopped when it ends.
/// </summary>
public static class BenchmarkPostgres
{
    /// <summary>The environment variable holding a Npgsql connection string of a user who may create databases.</summary>
    public const string Variable = "POWERGOVERNANCE_POSTGRES";

    private static readonly Lazy<string> Server = new(Find);

    /// <summary>Gets the connection string of the server (started on first use when the variable is not set).</summary>
    public static string ConnectionString => Server.Value;

    private static string Find()
    {
        var given = Environment.GetEnvironmentVariable(Variable);
        if (!string.IsNullOrWhiteSpace(given))
        {
            return given;
        }

        var script = FindScript()
            ?? throw new InvalidOperationException($"{Variable} is not set and build/start-postgres was not found above {AppContext.BaseDirectory}; run `eval \"$(build/start-postgres)\"` from the repository root first. 未设置{Variable}，且找不到build/start-postgres。");
        using var process = Process.Start(new ProcessStartInfo("bash", [script]) { RedirectStandardOutput = true, RedirectStandardError = true })
            ?? throw new InvalidOperationException("bash could not be started.");
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        process.WaitForExit();
        var connection = Regex.Match(output.Result, "POWERGOVERNANCE_POSTGRES='([^']*)'");
        var folder = Regex.Match(output.Result, "POWERGOVERNANCE_POSTGRES_DIR='([^']*)'");
        if (process.ExitCode != 0 || !connection.Success || !folder.Success)
        {
            throw new InvalidOperationException($"`{script}` could not start a PostgreSQL server (exit code {process.ExitCode}): {error.Result[Math.Max(0, error.Result.Length - 2000)..]} 无法启动PostgreSQL临时服务器。");
        }

        AppDomain.CurrentDomain.ProcessExit += (_, _) =>
        {
            using var stop = Process.Start(new ProcessStartInfo("bash", [script, "--stop", folder.Groups[1].Value]) { RedirectStandardError = true, RedirectStandardOutput = true });
            stop?.WaitForExit(30_000);
        };
        return connection.Groups[1].Value;
    }

    private static string? FindScript()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            var candidate = Path.Combine(dir.FullName, "build", "start-postgres");
            if (File.Exists(candidate))
            {
                return candidate;
            }
        }

        return null;
    }
}
