using System;
using System.Linq;
using Microsoft.EntityFrameworkCore;

namespace PowerGovernance.EntityFrameworkCore.Tests.Storage;

/// <summary>The mapping a host adds to its own context: its own names, and clear errors for names that cannot work.</summary>
public class ModelTests
{
    [Fact]
    public void Bad_names_are_all_reported_at_once_in_English_and_Chinese()
    {
        var error = Assert.Throws<ArgumentException>(() => new ModelBuilder().AddPowerGovernanceCases(schema: " ", casesTable: "ca\"ses", eventsTable: new string('e', 64)));

        Assert.Contains("schema is empty", error.Message, StringComparison.Ordinal);
        Assert.Contains("casesTable 'ca\"ses' is not a usable name", error.Message, StringComparison.Ordinal);
        Assert.Contains("eventsTable '" + new string('e', 63) + "…'", error.Message, StringComparison.Ordinal);
        Assert.Contains("不可用作名称", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void The_two_tables_need_two_names()
    {
        var error = Assert.Throws<ArgumentException>(() => new ModelBuilder().AddPowerGovernanceCases(casesTable: "banjian", eventsTable: "BANJIAN"));

        Assert.Contains("both 'banjian'", error.Message, StringComparison.Ordinal);
        Assert.Contains("同名", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_store_on_a_context_without_the_case_tables_is_refused_with_what_to_call()
    {
        using var context = new PlainContext();

        var error = Assert.Throws<ArgumentException>(() => new EntityFrameworkCaseStore(context, StoreCases.Engine));

        Assert.Contains("AddPowerGovernanceCases()", error.Message, StringComparison.Ordinal);
        Assert.Equal("context", error.ParamName);
    }

    [Fact]
    public void The_default_mapping_has_the_documented_tables_columns_and_keys()
    {
        using var database = new SqliteStoreDatabase();
        using var context = database.NewContext();
        var cases = context.Model.FindEntityType(typeof(CaseRow))!;
        var events = context.Model.FindEntityType(typeof(CaseEventRow))!;

        Assert.Equal("cases", cases.GetTableName());
        Assert.Equal("case_events", events.GetTableName());
        Assert.Equal(["case_id"], cases.FindPrimaryKey()!.Properties.Select(p => p.GetColumnName()));
        Assert.Equal(["case_id", "sequence"], events.FindPrimaryKey()!.Properties.Select(p => p.GetColumnName()));
        Assert.True(cases.FindProperty(nameof(CaseRow.Version))!.IsConcurrencyToken);
        Assert.Equal("trigger_name", events.FindProperty(nameof(CaseEventRow.Trigger))!.GetColumnName());
    }

    private sealed class PlainContext : DbContext
    {
        protected override void OnConfiguring(DbContextOptionsBuilder optionsBuilder) => optionsBuilder.UseSqlite("Data Source=:memory:");
    }
}
