using System;
using System.Collections.Generic;
using Microsoft.Extensions.Configuration;
using NodaTime;
using PowerGovernance.Samples.Web.Storage;

namespace PowerGovernance.Samples.Web.Tests;

/// <summary>The sample's configuration: the defaults, the PostgreSQL switch, and every bad setting named at once in English and Chinese.</summary>
public sealed class SampleSettingsTests
{
    private static IConfiguration Config(params (string Key, string Value)[] pairs)
    {
        var values = new Dictionary<string, string?>();
        foreach (var (key, value) in pairs)
        {
            values[key] = value;
        }

        return new ConfigurationBuilder().AddInMemoryCollection(values).Build();
    }

    [Fact]
    public void Without_settings_the_sample_uses_a_SQLite_file_in_the_temporary_folder_and_the_system_clock()
    {
        var settings = SampleSettings.Read(Config());

        Assert.Equal(StorageProvider.Sqlite, settings.Provider);
        Assert.Equal("Data Source=" + System.IO.Path.Combine(SampleSettings.DefaultSqliteFolder, "cases.db"), settings.ConnectionString);
        Assert.Null(settings.DemoToday);
        Assert.True(settings.Seed);
    }

    [Fact]
    public void PostgreSQL_and_a_demo_day_are_read_from_configuration()
    {
        var settings = SampleSettings.Read(Config(("Storage:Provider", "PostgreSQL"), ("ConnectionStrings:Cases", "Host=db;Database=gov"), ("Demo:Today", "2025-07-18"), ("Demo:Seed", "false")));

        Assert.Equal(StorageProvider.PostgreSql, settings.Provider);
        Assert.Equal("Host=db;Database=gov", settings.ConnectionString);
        Assert.Equal(new LocalDate(2025, 7, 18), settings.DemoToday);
        Assert.False(settings.Seed);
    }

    [Fact]
    public void Every_bad_setting_is_named_at_once_in_both_languages()
    {
        var error = Assert.Throws<InvalidOperationException>(() => SampleSettings.Read(Config(("Storage:Provider", "Oracle"), ("Demo:Today", "18/07/2025"), ("Demo:Seed", "yes"))));

        Assert.Contains("Storage:Provider 'Oracle' is not Sqlite or PostgreSQL", error.Message);
        Assert.Contains("Demo:Today '18/07/2025' is not a date like 2025-07-18", error.Message);
        Assert.Contains("不是形如2025-07-18的日期", error.Message);
        Assert.Contains("Demo:Seed 'yes' is not true or false", error.Message);
    }

    [Fact]
    public void PostgreSQL_without_a_connection_string_is_refused()
    {
        var error = Assert.Throws<InvalidOperationException>(() => SampleSettings.Read(Config(("Storage:Provider", "postgresql"))));

        Assert.Contains("ConnectionStrings:Cases is required for PostgreSQL / 使用PostgreSQL时必须设置ConnectionStrings:Cases", error.Message);
    }
}
