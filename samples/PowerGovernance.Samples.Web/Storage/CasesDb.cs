using Microsoft.EntityFrameworkCore;
using PowerGovernance.EntityFrameworkCore;

namespace PowerGovernance.Samples.Web.Storage;

/// <summary>The sample's own database context (办件库): the case tables of PowerGovernance.EntityFrameworkCore under their default names.</summary>
/// <param name="options">The provider and connection, from <see cref="WebSample"/>.</param>
internal sealed class CasesDb(DbContextOptions<CasesDb> options) : DbContext(options)
{
    /// <inheritdoc />
    protected override void OnModelCreating(ModelBuilder modelBuilder) => modelBuilder.AddPowerGovernanceCases();
}
