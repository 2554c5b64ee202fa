using System.Net;
using System.Threading.Tasks;

namespace PowerGovernance.Samples.Web.Tests;

/// <summary>
/// The same sample on PostgreSQL by configuration (<c>Storage:Provider=PostgreSQL</c>, <c>ConnectionStrings:Cases</c>): the tables
/// are created, the demo cases seeded, and the board reads them back with the colours worked out in <see cref="BoardPageTests"/>;
/// a case started through the form is stored there.
/// </summary>
public sealed class PostgresBoardTests(PostgresWebSampleServer server) : IClassFixture<PostgresWebSampleServer>
{
    [Fact]
    public async Task The_board_and_a_start_work_on_PostgreSQL()
    {
        using var client = server.Client();
        var html = await client.GetStringAsync("/");

        Assert.Equal(["XK-2025-0702-01"], WebSampleServer.CaseIds(WebSampleServer.Table(html, "yellow")));
        Assert.Equal(["XK-2025-0618-01", "XK-2025-0626-01"], WebSampleServer.CaseIds(WebSampleServer.Table(html, "red")));
        Assert.Equal(28, await HttpTestSupport.CaseCount(server));   // 4 open + 4 × 6 finished

        var response = await HttpTestSupport.PostForm(client, "/", "/cases", ("caseId", "XK-2025-0718-31"), ("power", "62099907ZF-XK-0001"), ("procedure", "administrative-licensing"));
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal(29, await HttpTestSupport.CaseCount(server));
    }
}
