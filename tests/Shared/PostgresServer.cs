using System;
using System.Diagnostics;
using System.IO;
using System.Text.RegularExpressions;

namespace PowerGovernance.TestSupport;

/// <summary>
/// The PostgreSQL server the PostgreSQL tests and the store benchmarks run on (one source file,
/// linked into each project): the one of <c>POWERGOVERNANCE_POSTGRES</c> (a Npgsql connection string; .ci/run sets it from
/// build/start-postgres), or else a throwaway server this test run starts with build/start-postgres itself and stops when the
/// run ends. When neither works the PostgreSQL tests fail (they never skip) with a message that says what to do.
/// </summary>
public static class PostgresServer
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
            ?? throw new InvalidOperationException($"PostgreSQL: {Variable} is not set and build/start-postgres was not found above {AppContext.BaseDirectory}. Run `eval \"$(build/start-postgres)\"` from the repository root, then the tests. PostgreSQL测试：未设置{Variable}，且找不到build/start-postgres。");
        var start = new ProcessStartInfo("bash", [script]) { RedirectStandardOutput = true, RedirectStandardError = true };
        using var process = Process.Start(start) ?? throw new InvalidOperationException("PostgreSQL: bash could not be started.");
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        process.WaitForExit();
        var connection = Regex.Match(output.Result, "POWERGOVERNANCE_POSTGRES='([^']*)'");
        var folder = Regex.Match(output.Result, "POWERGOVERNANCE_POSTGRES_DIR='([^']*)'");
        if (process.ExitCode != 0 || !connection.Success || !folder.Success)
        {
            throw new InvalidOperationException(
                $"PostgreSQL: {Variable} is not set and `{script}` could not start a server (exit code {process.ExitCode}): {Tail(error.Result)} "
                + $"Install Debian's postgresql package (apt-get install postgresql) or set {Variable} to a Npgsql connection string of a server where the user may create databases. "
                + $"PostgreSQL测试：未设置{Variable}，且无法启动临时服务器。请安装postgresql软件包，或将{Variable}设为可建库用户的连接字符串。");
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

    private static string Tail(string text) => text.Length <= 2000 ? text : "…" + text[^2000..];
}
