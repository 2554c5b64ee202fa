using System;
using System.IO;
using System.Linq;
using System.Net;
using System.Net.Http;
using System.Text.RegularExpressions;
using System.Threading.Tasks;
using Microsoft.AspNetCore.Builder;

namespace PowerGovernance.Samples.Web.Tests;

/// <summary>
/// The web sample started in-process through <see cref="WebSample.Build"/> on a free localhost port (Kestrel, port 0), on its own
/// SQLite file in a new temporary folder (or, in <see cref="PostgresWebSampleServer"/>, a new PostgreSQL database), with the demo
/// today 2025-07-18 and the seeded cases. One per test class.
/// </summary>
public class WebSampleServer : IAsyncLifetime
{
    /// <summary>The demo today every expectation in these tests is worked out for: Friday 2025-07-18.</summary>
    public const string DemoToday = "2025-07-18";

    private readonly string folder = Path.Combine(Path.GetTempPath(), "powergov-web-tests-" + Guid.NewGuid().ToString("N"));
    private WebApplication? app;

    public Uri Address { get; private set; } = new("http://127.0.0.1/");

    internal WebApplication App => app ?? throw new InvalidOperationException("The server has not started.");

    /// <summary>The provider and connection string the app is started with: a SQLite file in a new temporary folder.</summary>
    protected virtual (string Provider, string ConnectionString) Storage()
    {
        Directory.CreateDirectory(folder);
        return ("Sqlite", "Data Source=" + Path.Combine(folder, "cases.db"));
    }

    /// <summary>Removes what <see cref="Storage"/> made, after the app stopped.</summary>
    protected virtual void DropStorage()
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        try
        {
            Directory.Delete(folder, recursive: true);
        }
        catch (IOException)
        {
            // a leftover temporary folder is harmless
        }
    }

    public async Task InitializeAsync()
    {
        var (provider, connection) = Storage();
        app = WebSample.Build(
        [
            "--urls", "http://127.0.0.1:0",
            "--ConnectionStrings:Cases=" + connection,
            "--Storage:Provider=" + provider,
            "--Demo:Today=" + DemoToday,
            "--Demo:Seed=true",
            "--Logging:LogLevel:Default=Warning",
        ]);
        await app.StartAsync();
        Address = new Uri(app.Urls.First(u => u.StartsWith("http://", StringComparison.Ordinal)));
    }

    public async Task DisposeAsync()
    {
        if (app is not null)
        {
            await app.StopAsync();
            await app.DisposeAsync();
        }

        DropStorage();
    }

    /// <summary>A client with its own cookies (the antiforgery cookie) that does not follow redirects.</summary>
    public HttpClient Client() =>
        new(new HttpClientHandler { CookieContainer = new CookieContainer(), AllowAutoRedirect = false }) { BaseAddress = Address };

    /// <summary>The antiforgery field's name and value in a page.</summary>
    public static (string Name, string Value) Antiforgery(string html)
    {
        var match = Regex.Match(html, "<input type=\"hidden\" name=\"(__RequestVerificationToken[^\"]*)\" value=\"([^\"]+)\"");
        Assert.True(match.Success, "The page has no antiforgery field.");
        return (match.Groups[1].Value, WebUtility.HtmlDecode(match.Groups[2].Value));
    }

    /// <summary>The HTML of the table with the id <paramref name="id"/>.</summary>
    public static string Table(string html, string id)
    {
        var match = Regex.Match(html, "<table id=\"" + Regex.Escape(id) + "\".*?</table>", RegexOptions.Singleline);
        Assert.True(match.Success, $"The page has no table #{id}.");
        return match.Value;
    }

    /// <summary>The case ids listed in a table.</summary>
    public static string[] CaseIds(string tableHtml) =>
        [.. Regex.Matches(tableHtml, "data-case=\"([^\"]+)\"").Select(m => m.Groups[1].Value)];
}
