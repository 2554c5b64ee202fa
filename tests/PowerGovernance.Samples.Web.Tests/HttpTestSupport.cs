using System.Collections.Generic;
using System.Net.Http;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.Extensions.DependencyInjection;
using PowerGovernance.Samples.Web.Storage;

namespace PowerGovernance.Samples.Web.Tests;

/// <summary>Posting forms the way a browser does (antiforgery cookie and field from a page first), and reading the store behind the app.</summary>
internal static class HttpTestSupport
{
    public static async Task<HttpResponseMessage> PostForm(HttpClient client, string pageUrl, string action, params (string Name, string Value)[] fields)
    {
        var page = await client.GetStringAsync(pageUrl);
        var (tokenName, token) = WebSampleServer.Antiforgery(page);
        var body = new List<KeyValuePair<string, string>> { new(tokenName, token) };
        foreach (var (name, value) in fields)
        {
            body.Add(new(name, value));
        }

        return await client.PostAsync(action, new FormUrlEncodedContent(body));
    }

    public static async Task<int> CaseCount(WebSampleServer server)
    {
        using var scope = server.App.Services.CreateScope();
        return await scope.ServiceProvider.GetRequiredService<CaseRepository>().CountAsync(CancellationToken.None);
    }

    public static async Task<long> Version(WebSampleServer server, string caseId)
    {
        using var scope = server.App.Services.CreateScope();
        var stored = await scope.ServiceProvider.GetRequiredService<CaseRepository>().Store.LoadAsync(caseId, CancellationToken.None);
        Assert.NotNull(stored);
        return stored.Snapshot.Version;
    }
}
