namespace PowerGovernance.Samples.Web.Storage;

/// <summary>The database the sample stores its cases in (存储数据库).</summary>
internal enum StorageProvider
{
    /// <summary>SQLite, a file (the default: no server needed).</summary>
    Sqlite = 0,

    /// <summary>PostgreSQL, through Npgsql (<c>Storage:Provider = PostgreSQL</c>).</summary>
    PostgreSql = 1,
}
