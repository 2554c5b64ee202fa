using System;
using Microsoft.EntityFrameworkCore;

namespace PowerGovernance.EntityFrameworkCore.Tests.Storage;

/// <summary>A fresh database with the case tables; every <see cref="NewContext"/> is a context (and connection) of its own, as two web requests would have.</summary>
public abstract class StoreDatabase : IDisposable
{
    public abstract string Provider { get; }

    public abstract DbContext NewContext();

    public abstract void Dispose();
}

/// <summary>How a test database gets its tables.</summary>
public enum StoreMapping
{
    /// <summary>The default names, created with EnsureCreated.</summary>
    Default,

    /// <summary>The host's own schema and table names, created with EnsureCreated.</summary>
    Renamed,

    /// <summary>The default names (PostgreSQL: in schema zhengwu), created by the generated migrations.</summary>
    Migrated,
}
