using System;
using System.Collections.Generic;
using Microsoft.EntityFrameworkCore;

namespace PowerGovernance.EntityFrameworkCore;

/// <summary>Adds the case store's tables (办件存储表) to a host's own <see cref="DbContext"/> model.</summary>
public static class ModelBuilderExtensions
{
    /// <summary>The longest table or schema name accepted (PostgreSQL's identifier limit is 63 bytes).</summary>
    public const int MaxNameLength = 63;

    /// <summary>
    /// Maps <see cref="CaseRow"/> and <see cref="CaseEventRow"/> in the host's model: call it from the host's
    /// <c>OnModelCreating</c>. The case table's key is the case id, with an index on (open, case id) for the board's keyset
    /// pages; the event table's key is (case id, sequence), so a second event with the same number is refused by the database.
    /// </summary>
    /// <param name="modelBuilder">The host's model builder.</param>
    /// <param name="schema">The schema (模式) of both tables, or <see langword="null"/> for the database's default (SQLite has none).</param>
    /// <param name="casesTable">The name of the case table.</param>
    /// <param name="eventsTable">The name of the event table.</param>
    /// <returns><paramref name="modelBuilder"/>, for chaining.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="modelBuilder"/> is null.</exception>
    /// <exception cref="ArgumentException">A name is empty, blank, longer than <see cref="MaxNameLength"/>, contains a quote, or both tables have the same name; every problem is named, in English and Chinese.</exception>
    public static ModelBuilder AddPowerGovernanceCases(this ModelBuilder modelBuilder, string? schema = null, string casesTable = "cases", string eventsTable = "case_events")
    {
        ArgumentNullException.ThrowIfNull(modelBuilder);
        var problems = new List<string>();
        if (schema is not null)
        {
            CheckName(problems, nameof(schema), schema);
        }

        CheckName(problems, nameof(casesTable), casesTable);
        CheckName(problems, nameof(eventsTable), eventsTable);
        if (problems.Count == 0 && string.Equals(casesTable, eventsTable, StringComparison.OrdinalIgnoreCase))
        {
            problems.Add($"casesTable and eventsTable are both '{casesTable}': the tables need two names. 办件表与事件表同名“{casesTable}”，须使用不同表名。");
        }

        if (problems.Count > 0)
        {
            throw new ArgumentException(string.Join(" ", problems));
        }

        modelBuilder.Entity<CaseRow>(b =>
        {
            b.ToTable(casesTable, schema);
            b.HasKey(c => c.CaseId);
            b.Property(c => c.CaseId).HasColumnName("case_id").HasMaxLength(128).IsRequired();
            b.Property(c => c.Version).HasColumnName("version").IsConcurrencyToken();
            b.Property(c => c.PowerCode).HasColumnName("power_code").HasMaxLength(64).IsRequired();
            b.Property(c => c.DefinitionId).HasColumnName("definition_id").HasMaxLength(64).IsRequired();
            b.Property(c => c.Step).HasColumnName("step").HasMaxLength(64).IsRequired();
            b.Property(c => c.IsOpen).HasColumnName("is_open");
            b.Property(c => c.AuditHead).HasColumnName("audit_head").HasMaxLength(160).IsRequired();
            b.Property(c => c.Snapshot).HasColumnName("snapshot").IsRequired();
            b.HasIndex(c => new { c.IsOpen, c.CaseId }).HasDatabaseName("ix_" + casesTable + "_open");
        });

        modelBuilder.Entity<CaseEventRow>(b =>
        {
            b.ToTable(eventsTable, schema);
            b.HasKey(e => new { e.CaseId, e.Sequence });
            b.Property(e => e.CaseId).HasColumnName("case_id").HasMaxLength(128).IsRequired();
            b.Property(e => e.Sequence).HasColumnName("sequence").ValueGeneratedNever();
            b.Property(e => e.Trigger).HasColumnName("trigger_name").HasMaxLength(64).IsRequired();
            b.Property(e => e.FromStep).HasColumnName("from_step").HasMaxLength(64).IsRequired();
            b.Property(e => e.ToStep).HasColumnName("to_step").HasMaxLength(64).IsRequired();
            b.Property(e => e.Actor).HasColumnName("actor").HasMaxLength(128).IsRequired();
            b.Property(e => e.Post).HasColumnName("post").HasMaxLength(128).IsRequired();
            b.Property(e => e.At).HasColumnName("at").HasMaxLength(40).IsRequired();
            b.Property(e => e.Reason).HasColumnName("reason");
            b.Property(e => e.Arguments).HasColumnName("arguments").IsRequired();
            b.Property(e => e.PreviousHash).HasColumnName("previous_hash").HasMaxLength(160).IsRequired();
            b.Property(e => e.Hash).HasColumnName("hash").HasMaxLength(160).IsRequired();
            b.Property(e => e.CalendarId).HasColumnName("calendar_id").HasMaxLength(64);
            b.Property(e => e.CalendarHash).HasColumnName("calendar_hash").HasMaxLength(160);
        });

        return modelBuilder;
    }

    private static void CheckName(List<string> problems, string parameter, string? name)
    {
        if (string.IsNullOrWhiteSpace(name))
        {
            problems.Add($"{parameter} is empty: a table or schema needs a name. {parameter}为空：表名或模式名不能为空。");
        }
        else if (name.Length > MaxNameLength || name.IndexOfAny(['"', '\'', '`', '[', ']', '\0']) >= 0)
        {
            var shown = name.Length > MaxNameLength ? name[..MaxNameLength] + "…" : name;
            problems.Add($"{parameter} '{shown}' is not a usable name (at most {MaxNameLength} characters, no quotes or brackets). {parameter}“{shown}”不可用作名称（最多{MaxNameLength}个字符，不得含引号或方括号）。");
        }
    }
}
