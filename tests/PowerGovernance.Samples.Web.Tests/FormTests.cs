using System.Collections.Generic;
using System.Net;
using System.Net.Http;
using System.Threading.Tasks;

namespace PowerGovernance.Samples.Web.Tests;

/// <summary>The forms over plain HTTP: a good start and fire are saved; bad input gets every problem at once, in English and Chinese, and changes nothing.</summary>
public sealed class FormTests(WebSampleServer server) : IClassFixture<WebSampleServer>
{
    [Fact]
    public async Task A_start_form_with_three_bad_fields_names_each_field_value_and_rule_and_saves_nothing()
    {
        using var client = server.Client();
        var before = await HttpTestSupport.CaseCount(server);

        var response = await HttpTestSupport.PostForm(client, "/", "/cases", ("caseId", ""), ("power", "NOT-A-POWER"), ("procedure", "no-such-procedure"));
        var html = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("Nothing was changed. 未作任何更改。", html);
        Assert.Contains("data-field=\"caseId\" data-rule=\"CaseIdRequired\"", html);
        Assert.Contains("The case number is required. / 办件编号不能为空。", html);
        Assert.Contains("data-field=\"power\" data-rule=\"PowerNotInCatalog\">power = “NOT-A-POWER”", html);
        Assert.Contains("权力事项不在权力清单中。", html);
        Assert.Contains("data-field=\"procedure\" data-rule=\"ProcedureUnknown\">procedure = “no-such-procedure”", html);
        Assert.Equal(before, await HttpTestSupport.CaseCount(server));
    }

    [Fact]
    public async Task A_case_number_with_markup_is_refused_and_shown_encoded_and_bounded()
    {
        using var client = server.Client();
        var before = await HttpTestSupport.CaseCount(server);
        var id = "<script>alert(1)</script>" + new string('x', 60);

        var response = await HttpTestSupport.PostForm(client, "/", "/cases", ("caseId", id), ("power", "62099907ZF-XK-0001"), ("procedure", "administrative-licensing"));
        var html = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("data-rule=\"CaseIdForm\"", html);
        Assert.DoesNotContain("<script>", html);
        // The value is cut to its first 40 characters and "…": "<script>alert(1)</script>" is 25, then 15 x's.
        Assert.Contains("&lt;script&gt;alert(1)&lt;/script&gt;xxxxxxxxxxxxxxx…”", html);
        Assert.Equal(before, await HttpTestSupport.CaseCount(server));
    }

    [Fact]
    public async Task A_power_the_procedure_does_not_serve_is_refused_by_the_engine_in_both_languages()
    {
        using var client = server.Client();
        var before = await HttpTestSupport.CaseCount(server);

        // 62099907ZF-JF-0001 is 最低生活保障审核 (行政给付); licensing serves 行政许可 powers only.
        var response = await HttpTestSupport.PostForm(client, "/", "/cases", ("caseId", "XK-2025-0718-77"), ("power", "62099907ZF-JF-0001"), ("procedure", "administrative-licensing"));
        var html = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        Assert.Contains("Nothing was changed. 未作任何更改。", html);
        Assert.Matches("[\u4e00-\u9fff]", html[html.IndexOf("data-rule=", System.StringComparison.Ordinal)..]);
        Assert.Equal(before, await HttpTestSupport.CaseCount(server));
    }

    [Fact]
    public async Task A_good_start_is_saved_and_leads_to_the_case_page()
    {
        using var client = server.Client();
        var before = await HttpTestSupport.CaseCount(server);

        var response = await HttpTestSupport.PostForm(client, "/", "/cases", ("caseId", "XK-2025-0718-50"), ("power", "62099907ZF-XK-0002"), ("procedure", "administrative-licensing"));

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("/cases/XK-2025-0718-50", response.Headers.Location?.OriginalString);
        Assert.Equal(before + 1, await HttpTestSupport.CaseCount(server));
        var page = await client.GetStringAsync("/cases/XK-2025-0718-50");
        Assert.Contains("data-step=\"receipt\"", page);
        // Received today (not counted): 0 of 13 used, due the 13th working day after Fri 07-18: 07-21…25 (5), 07-28…08-01 (10),
        // 08-04, 08-05, 08-06 (13) = Wed 08-06.
        Assert.Contains("<tr id=\"clock-committed\" class=\"ok\" data-state=\"OnTime\"><td>Case, committed 办件承诺时限</td><td>13 working days</td><td>2025-08-06</td><td>0/13</td>", page);

        var again = await HttpTestSupport.PostForm(client, "/", "/cases", ("caseId", "XK-2025-0718-50"), ("power", "62099907ZF-XK-0002"), ("procedure", "administrative-licensing"));
        Assert.Equal(HttpStatusCode.Conflict, again.StatusCode);
        Assert.Contains("data-rule=\"AlreadyExists\"", await again.Content.ReadAsStringAsync());
        Assert.Equal(before + 1, await HttpTestSupport.CaseCount(server));
    }

    [Fact]
    public async Task A_fire_form_with_an_action_not_at_the_step_and_a_bad_version_changes_nothing()
    {
        using var client = server.Client();
        var version = await HttpTestSupport.Version(server, "XK-2025-0626-01");

        // The case is in review: grant leaves the decision step, not review.
        var response = await HttpTestSupport.PostForm(client, "/cases/XK-2025-0626-01", "/cases/XK-2025-0626-01/fire", ("trigger", "grant"), ("version", "abc"));
        var html = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("data-field=\"trigger\" data-rule=\"TriggerNotAtStep\">trigger = “grant”", html);
        Assert.Contains("当前环节“review”没有该办理动作。", html);
        Assert.Contains("data-field=\"version\" data-rule=\"VersionForm\">version = “abc”", html);
        Assert.Equal(version, await HttpTestSupport.Version(server, "XK-2025-0626-01"));
    }

    [Fact]
    public async Task An_extension_without_its_written_reason_is_refused_by_the_engine_and_changes_nothing()
    {
        using var client = server.Client();
        var version = await HttpTestSupport.Version(server, "XK-2025-0626-01");

        // 行政许可法 Art. 42(1): the extension needs the head's approval and a reason told to the applicant.
        var response = await HttpTestSupport.PostForm(client, "/cases/XK-2025-0626-01", "/cases/XK-2025-0626-01/fire", ("trigger", "extend"), ("version", version.ToString(System.Globalization.CultureInfo.InvariantCulture)));
        var html = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        Assert.Contains("Nothing was changed. 未作任何更改。", html);
        Assert.Contains("data-field=\"trigger\" data-rule=\"ReasonMissing\"", html);
        Assert.Equal(version, await HttpTestSupport.Version(server, "XK-2025-0626-01"));
    }

    [Fact]
    public async Task A_form_without_the_antiforgery_token_is_refused()
    {
        using var client = server.Client();
        var before = await HttpTestSupport.CaseCount(server);

        var response = await client.PostAsync("/cases", new FormUrlEncodedContent(new Dictionary<string, string> { ["caseId"] = "XK-2025-0718-60", ["power"] = "62099907ZF-XK-0001", ["procedure"] = "administrative-licensing" }));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal(before, await HttpTestSupport.CaseCount(server));
    }

    [Fact]
    public async Task An_unknown_case_is_a_bilingual_404()
    {
        using var client = server.Client();
        var response = await client.GetAsync("/cases/XK-0000-0000-00");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Contains("There is no such case. / 没有该办件。", await response.Content.ReadAsStringAsync());
    }
}
