using System.Collections.Generic;
using System.Globalization;
using System.Text;
using NodaTime;
using PowerGovernance.Samples.Web.Forms;

namespace PowerGovernance.Samples.Web.Pages;

/// <summary>The page for a refused form (表单被拒绝): every problem with its field, value and rule, in English and Chinese, and a note that nothing changed.</summary>
internal static class ErrorPage
{
    /// <summary>Renders the page.</summary>
    /// <param name="problems">The problems.</param>
    /// <param name="now">The clock's instant.</param>
    /// <param name="back">Where "back" leads.</param>
    /// <returns>The HTML.</returns>
    public static string Render(IReadOnlyList<FormProblem> problems, Instant now, string back)
    {
        var body = new StringBuilder("<div class=\"errors\" id=\"errors\"><p>Nothing was changed. 未作任何更改。</p><ul>");
        foreach (var p in problems)
        {
            body.Append(CultureInfo.InvariantCulture, $"<li data-field=\"{Html.E(p.Field)}\" data-rule=\"{Html.E(p.Rule)}\">{Html.E(p.Field)} = “{Html.E(p.Value)}” [{Html.E(p.Rule)}]: {Html.E(p.Message)} / {Html.E(p.ChineseMessage)}</li>");
        }

        body.Append(CultureInfo.InvariantCulture, $"</ul></div><p><a href=\"{Html.E(back)}\">Back 返回</a></p>");
        return Html.Page("Not done 未办理", now, body.ToString());
    }
}
