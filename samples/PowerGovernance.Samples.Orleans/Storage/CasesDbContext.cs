using Microsoft.EntityFrameworkCore;
using PowerGovernance.EntityFrameworkCore;

namespace PowerGovernance.Samples.Orleans.Storage;

/// <summary>
/// The cluster's database context (办件库): the case tables of PowerGovernance.EntityFrameworkCore under their default names.
/// One database for every silo: the grains keep a case in memory, the database is what survives a silo.
/// </summary>
/// <param name="options">The provider and connection (SQLite or PostgreSQL, see <see cref="CaseStoreOptions"/>).</param>
public sealed class CasesDbContext(DbContextOptions<CasesDbContext> options) : DbContext(options)
{
    /// <inheritdoc/>
    protected override void OnModelCreating(ModelBuilder modelBuilder) => modelBuilder.AddPowerGovernanceCases();
}
