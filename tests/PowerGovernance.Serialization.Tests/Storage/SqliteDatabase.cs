using System;
using System.IO;
using Microsoft.Data.Sqlite;

namespace PowerGovernance.Serialization.Tests.Storage;

/// <summary>
/// A fresh SQLite database in a temporary file, deleted on disposal. Every <see cref="Open"/> is a connection of its own (as
/// two web requests would have), without pooling, with a busy timeout so that a writer waits for another's lock.
/// </summary>
internal sealed class SqliteDatabase : IDisposable
{
    private readonly string path = Path.Combine(Path.GetTempPath(), "powergovernance-store-" + Guid.NewGuid().ToString("N") + ".db");

    internal SqliteDatabase(string schema)
    {
        using var connection = Open();
        using var command = connection.CreateCommand();
        command.CommandText = schema;
        command.ExecuteNonQuery();
    }

    /// <summary>Opens a new connection; SQLite waits up to 30 s for another connection's write lock before it reports "busy".</summary>
    internal SqliteConnection Open()
    {
        var connection = new SqliteConnection(new SqliteConnectionStringBuilder
        {
            DataSource = path,
            Pooling = false,
            DefaultTimeout = 30,
        }.ToString());
        connection.Open();
        return connection;
    }

    public void Dispose()
    {
        foreach (var file in new[] { path, path + "-journal", path + "-wal", path + "-shm" })
        {
            File.Delete(file);
        }
    }
}
