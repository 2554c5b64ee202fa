using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Threading.Tasks;
using BenchmarkDotNet.Attributes;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Npgsql;
using NodaTime;
using PowerGovernance.EntityFrameworkCore;
using PowerGovernance.Procedures;
using PowerGovernance.TestSupport;

namespace PowerGovernance.Benchmarks;

/// <summary>
/// The Entity Framework Core case store (PowerGovernance.EntityFrameworkCore) on SQLite (a file in the temporary folder) and on
/// PostgreSQL (the server of <see cref="PostgresServer"/>, on this machine): saving a new case with its next transition (two
/// transactions, each a snapshot row and its event appended), loading a case of <see cref="HistoryLength"/> events with its seal
/// and chain verified, and streaming <see cref="OpenCaseCount"/> open cases to the board in pages of <see cref="PageSize"/>. A new
/// context per operation, as a web host has per request. Database round trips dominate; the engine's part is microseconds.
/// </summary>
[MemoryDiagnoser]
public class CaseStoreBenchmarks
{
    /// <summary>The open cases stored before the run.</summary>
    public const int OpenCaseCount = 1_000;

    /// <summary>The page size of the board's stream.</summary>
    public const int PageSize = 500;

    /// <summary>The events of the case loaded: start, accept, ten suspensions and resumptions.</summary>
    public const int HistoryLength = 22;

    private static readonly LocalDate Received = new(2024, 12, 2);

    private ProcedureEngine engine = null!;
    private Func<DbContext> newContext = null!;
    private Action cleanup = () => { };
    private string? sqlitePath;
    private int next;

    /// <summary>Gets or sets the database: <c>SQLite</c> or <c>PostgreSQL</c>.</summary>
    [Params("SQLite", "PostgreSQL")]
    public string Provider { get; set; } = "SQLite";

    /// <summary>Creates an empty database, then stores the open cases and the long case.</summary>
    [GlobalSetup]
    public void Setup()
    {
        engine = LicensingProcedure.CreateEngine();
        if (Provider == "SQLite")
        {
            sqlitePath = Path.Combine(Path.GetTempPath(), "powergovernance-bench-" + Guid.NewGuid().ToString("N") + ".db");
            var connection = new SqliteConnectionStringBuilder { DataSource = sqlitePath, DefaultTimeout = 30 }.ToString();
            newContext = () => new BenchmarkCasesContext(new DbContextOptionsBuilder<BenchmarkCasesContext>().UseSqlite(connection).Options);
            cleanup = () =>
            {
                SqliteConnection.ClearAllPools();
                foreach (var file in new[] { sqlitePath, sqlitePath + "-journal", sqlitePath + "-wal", sqlitePath + "-shm" })
                {
                    File.Delete(file);
                }
            };
        }
        else
        {
            var server = new NpgsqlConnectionStringBuilder(PostgresServer.ConnectionString);
            var database = "bench_" + Guid.NewGuid().ToString("N");
            var connection = new NpgsqlConnectionStringBuilder(server.ConnectionString) { Database = database }.ToString();
            newContext = () => new BenchmarkCasesContext(new DbContextOptionsBuilder<BenchmarkCasesContext>().UseNpgsql(connection).Options);
            cleanup = () =>
            {
                NpgsqlConnection.ClearAllPools();
                using var admin = new NpgsqlConnection(server.ConnectionString);
                admin.Open();
                using var drop = new NpgsqlCommand($"DROP DATABASE IF EXISTS \"{database}\" WITH (FORCE)", admin);
                drop.ExecuteNonQuery();
            };
        }

        using (var context = newContext())
        {
            context.Database.EnsureCreated();
        }

        for (var i = 0; i < OpenCaseCount; i++)
        {
            SaveNewCase(string.Create(CultureInfo.InvariantCulture, $"OPEN-{i:D6}"));
        }

        SaveLongCase();
        if (LoadLongCase() != HistoryLength || StreamOpenCases() != OpenCaseCount + 1)
        {
            throw new InvalidOperationException("Benchmark setup: the long case did not load with its events, or the board's stream did not return every open case once.");
        }
    }

    /// <summary>Drops the database.</summary>
    [GlobalCleanup]
    public void Cleanup() => cleanup();

    /// <summary>Starts a new case and accepts it: two saves, each a transaction with the snapshot and one event.</summary>
    /// <returns>The version saved.</returns>
    [Benchmark]
    public long SaveStartAndAccept() => SaveNewCase(string.Create(CultureInfo.InvariantCulture, $"NEW-{Environment.ProcessId}-{next++:D8}"));

    /// <summary>Loads the case of <see cref="HistoryLength"/> events, verifying its seal and its chain.</summary>
    /// <returns>The number of events.</returns>
    [Benchmark]
    public int LoadAndVerify() => LoadLongCase();

    /// <summary>Streams every open case in pages of <see cref="PageSize"/>, each case verified.</summary>
    /// <returns>The number of cases.</returns>
    [Benchmark]
    public int StreamOpenCases() => StreamOpenCasesAsync().GetAwaiter().GetResult();

    private long SaveNewCase(string id)
    {
        var at = LicensingProcedure.At(Received, 9);
        var started = engine.Start(id, LicensingProcedure.Power.Code, LicensingProcedure.Id, LicensingProcedure.Clerk, at);
        Saved(started);
        var accepted = engine.Fire(started.Snapshot!, "accept", LicensingProcedure.Clerk, at.Plus(Duration.FromHours(1)), LicensingProcedure.CompleteMaterials);
        return Saved(accepted);
    }

    private void SaveLongCase()
    {
        var at = LicensingProcedure.At(Received, 9);
        CaseResult result = engine.Start("LONG-000001", LicensingProcedure.Power.Code, LicensingProcedure.Id, LicensingProcedure.Clerk, at);
        Saved(result);
        result = engine.Fire(result.Snapshot!, "accept", LicensingProcedure.Clerk, at.Plus(Duration.FromHours(1)), LicensingProcedure.CompleteMaterials);
        Saved(result);
        for (var i = 0; i < (HistoryLength - 2) / 2; i++)
        {
            result = engine.Fire(result.Snapshot!, "suspend", LicensingProcedure.Reviewer, at.Plus(Duration.FromHours(2 + (2 * i))), LicensingProcedure.ExpertReview);
            Saved(result);
            result = engine.Fire(result.Snapshot!, "resume", LicensingProcedure.Reviewer, at.Plus(Duration.FromHours(3 + (2 * i))));
            Saved(result);
        }
    }

    private long Saved(CaseResult result)
    {
        if (!result.IsAccepted)
        {
            throw new InvalidOperationException("Benchmark: the engine refused a transition: " + result.Message);
        }

        using var context = newContext();
        var saved = new EntityFrameworkCaseStore(context, engine).Save(result);
        return saved.IsSaved ? result.Snapshot!.Version : throw new InvalidOperationException("Benchmark: the store did not save: " + saved.Message);
    }

    private int LoadLongCase()
    {
        using var context = newContext();
        return (new EntityFrameworkCaseStore(context, engine).Load("LONG-000001") ?? throw new InvalidOperationException("Benchmark: the long case is missing.")).Events.Count;
    }

    private async Task<int> StreamOpenCasesAsync()
    {
        await using var context = newContext();
        var count = 0;
        await foreach (var page in new EntityFrameworkCaseStore(context, engine).OpenCasePagesAsync(PageSize).ConfigureAwait(false))
        {
            count += page.Cases.Count + page.Refused.Count;
        }

        return count;
    }

    /// <summary>The benchmark's own context: the case tables under their default names.</summary>
    /// <param name="options">The provider and connection.</param>
    private sealed class BenchmarkCasesContext(DbContextOptions<BenchmarkCasesContext> options) : DbContext(options)
    {
        protected override void OnModelCreating(ModelBuilder modelBuilder) => modelBuilder.AddPowerGovernanceCases();
    }
}
