namespace PowerGovernance.Samples.Orleans.Storage;

/// <summary>
/// Where the cluster stores its cases (办件库配置), bound from the configuration section <see cref="Section"/>
/// (<c>CaseStore:Provider</c>, <c>CaseStore:ConnectionString</c>).
/// </summary>
public sealed class CaseStoreOptions
{
    /// <summary>The configuration section: <c>CaseStore</c>.</summary>
    public const string Section = "CaseStore";

    /// <summary>Gets or sets the database: <see cref="CaseStoreProvider.Sqlite"/> unless configured.</summary>
    public CaseStoreProvider Provider { get; set; } = CaseStoreProvider.Sqlite;

    /// <summary>
    /// Gets or sets the connection string. For SQLite, keep pooling off and a busy timeout on, so that a writer waits for
    /// another's lock and then loses on the version check instead of failing with "database is locked".
    /// </summary>
    public string ConnectionString { get; set; } = "Data Source=powergovernance-orleans.db;Pooling=False;Default Timeout=30";
}
