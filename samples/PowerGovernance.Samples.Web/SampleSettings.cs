using System;
using System.Collections.Generic;
using System.IO;
using Microsoft.Extensions.Configuration;
using NodaTime;
using NodaTime.Text;
using PowerGovernance.Samples.Web.Storage;

namespace PowerGovernance.Samples.Web;

/// <summary>
/// The sample's configuration (示例配置), read from appsettings.json, environment variables (<c>Demo__Today</c>,
/// <c>Storage__Provider</c>, <c>ConnectionStrings__Cases</c>) or the command line, and checked all at once at start-up.
/// </summary>
/// <param name="Provider">Where cases are stored: SQLite (the default) or PostgreSQL.</param>
/// <param name="ConnectionString">The provider's connection string.</param>
/// <param name="DemoToday">The fixed "demo today" the clock stands on (10:00 Asia/Shanghai), or <see langword="null"/> for the system clock.</param>
/// <param name="Seed">Whether an empty store is seeded with the demo cases.</param>
internal sealed record SampleSettings(StorageProvider Provider, string ConnectionString, LocalDate? DemoToday, bool Seed)
{
    /// <summary>The folder of the default SQLite file: <c>powergovernance-samples-web</c> in the temporary folder.</summary>
    public static string DefaultSqliteFolder => Path.Combine(Path.GetTempPath(), "powergovernance-samples-web");

    /// <summary>Reads and checks the settings; every bad setting is named in one exception.</summary>
    /// <param name="configuration">The host's configuration.</param>
    /// <returns>The settings.</returns>
    /// <exception cref="InvalidOperationException">A setting is invalid; the message names each one, in English and Chinese.</exception>
    public static SampleSettings Read(IConfiguration configuration)
    {
        var problems = new List<string>();
        var providerText = configuration["Storage:Provider"];
        var provider = StorageProvider.Sqlite;
        if (!string.IsNullOrWhiteSpace(providerText) && !Enum.TryParse(providerText, ignoreCase: true, out provider))
        {
            problems.Add($"Storage:Provider '{Bounded(providerText)}' is not Sqlite or PostgreSQL / Storage:Provider“{Bounded(providerText)}”不是Sqlite或PostgreSQL");
        }

        var connection = configuration.GetConnectionString("Cases");
        if (string.IsNullOrWhiteSpace(connection))
        {
            if (provider == StorageProvider.PostgreSql)
            {
                problems.Add("ConnectionStrings:Cases is required for PostgreSQL / 使用PostgreSQL时必须设置ConnectionStrings:Cases");
            }

            connection = "Data Source=" + Path.Combine(DefaultSqliteFolder, "cases.db");
        }

        LocalDate? today = null;
        var todayText = configuration["Demo:Today"];
        if (!string.IsNullOrWhiteSpace(todayText))
        {
            var parsed = LocalDatePattern.Iso.Parse(todayText.Trim());
            if (parsed.Success)
            {
                today = parsed.Value;
            }
            else
            {
                problems.Add($"Demo:Today '{Bounded(todayText)}' is not a date like 2025-07-18 / Demo:Today“{Bounded(todayText)}”不是形如2025-07-18的日期");
            }
        }

        var seedText = configuration["Demo:Seed"];
        var seed = true;
        if (!string.IsNullOrWhiteSpace(seedText) && !bool.TryParse(seedText, out seed))
        {
            problems.Add($"Demo:Seed '{Bounded(seedText)}' is not true or false / Demo:Seed“{Bounded(seedText)}”不是true或false");
        }

        if (problems.Count > 0)
        {
            throw new InvalidOperationException("The web sample's settings are invalid / 示例配置有误: " + string.Join("; ", problems));
        }

        return new SampleSettings(provider, connection, today, seed);
    }

    private static string Bounded(string text) => text.Length <= 40 ? text : text[..40] + "…";
}
