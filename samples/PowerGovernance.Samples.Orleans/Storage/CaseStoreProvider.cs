namespace PowerGovernance.Samples.Orleans.Storage;

/// <summary>The database the cluster's case store runs on (办件库类型).</summary>
public enum CaseStoreProvider
{
    /// <summary>A SQLite file shared by the silos of one machine: the default, so that the sample runs with one command.</summary>
    Sqlite,

    /// <summary>A PostgreSQL server (or a domestic database with a PostgreSQL-compatible driver) shared by every silo.</summary>
    PostgreSql,
}
