using Microsoft.EntityFrameworkCore;

namespace PowerGovernance.EntityFrameworkCore.Tests.Storage;

/// <summary>A host's own context with the case tables under their default names.</summary>
public sealed class CasesContext(DbContextOptions<CasesContext> options) : DbContext(options)
{
    protected override void OnModelCreating(ModelBuilder modelBuilder) => modelBuilder.AddPowerGovernanceCases();
}

/// <summary>A host's own context with its own schema and table names (and a table of its own beside them).</summary>
public sealed class RenamedCasesContext(DbContextOptions<RenamedCasesContext> options) : DbContext(options)
{
    public DbSet<Office> Offices => Set<Office>();

    protected override void OnModelCreating(ModelBuilder modelBuilder) =>
        modelBuilder.AddPowerGovernanceCases(schema: "zhengwu", casesTable: "ban_jian", eventsTable: "ban_jian_guocheng")
            .Entity<Office>().ToTable("offices", "zhengwu");
}

/// <summary>A table of the host's own.</summary>
public sealed class Office
{
    public int Id { get; set; }

    public string Name { get; set; } = string.Empty;
}
