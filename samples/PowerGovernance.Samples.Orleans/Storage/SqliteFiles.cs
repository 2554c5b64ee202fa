using System.IO;

namespace PowerGovernance.Samples.Orleans.Storage;

/// <summary>Removes a SQLite database file and its journal files.</summary>
internal static class SqliteFiles
{
    /// <summary>Deletes <paramref name="path"/> and its <c>-journal</c>, <c>-wal</c> and <c>-shm</c> files, if any.</summary>
    /// <param name="path">The database file.</param>
    internal static void Delete(string path)
    {
        foreach (var file in new[] { path, path + "-journal", path + "-wal", path + "-shm" })
        {
            File.Delete(file);
        }
    }
}
