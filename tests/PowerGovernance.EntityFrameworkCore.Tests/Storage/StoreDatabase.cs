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
