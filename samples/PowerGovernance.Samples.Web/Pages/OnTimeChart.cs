using System.Collections.Generic;
using System.Globalization;
using System.Text;

namespace PowerGovernance.Samples.Web.Pages;

/// <summary>
/// The chart of on-time rates by month (月度按时办结率图), as inline SVG: per month a bar for the committed clock and one for the
/// legal clock, 0–100%, with the rate and the number finished written under it; a month with nothing finished has no bars.
/// </summary>
internal static class OnTimeChart
{
    private const int Height = 160;
    private const int BarWidth = 22;
    private const int MonthWidth = 70;

    /// <summary>Draws the chart.</summary>
    /// <param name="months">The months, in order.</param>
    /// <returns>An <c>&lt;svg&gt;</c> element with <c>id="on-time-chart"</c>.</returns>
    public static string Render(IReadOnlyList<MonthlyRate> months)
    {
        var width = 40 + (months.Count * MonthWidth);
        var svg = new StringBuilder();
        svg.Append(CultureInfo.InvariantCulture, $"<svg id=\"on-time-chart\" xmlns=\"http://www.w3.org/2000/svg\" width=\"{width}\" height=\"{Height + 60}\" role=\"img\" aria-label=\"On-time rate by month 月度按时办结率\">");
        svg.Append(CultureInfo.InvariantCulture, $"<line x1=\"30\" y1=\"{Height}\" x2=\"{width}\" y2=\"{Height}\" stroke=\"#999\"/>");
        svg.Append("<text x=\"0\" y=\"12\" font-size=\"10\">100%</text>");
        svg.Append(CultureInfo.InvariantCulture, $"<text x=\"8\" y=\"{Height}\" font-size=\"10\">0%</text>");
        for (var i = 0; i < months.Count; i++)
        {
            var m = months[i];
            var x = 40 + (i * MonthWidth);
            svg.Append(CultureInfo.InvariantCulture, $"<g class=\"month\" data-month=\"{m.Month.Year:0000}-{m.Month.Month:00}\" data-finished=\"{m.Finished}\" data-on-time=\"{m.OnTime}\" data-legally-on-time=\"{m.LegallyOnTime}\">");
            if (m.Finished > 0)
            {
                Bar(svg, x, m.OnTime, m.Finished, "#1565c0", "committed");
                Bar(svg, x + BarWidth + 2, m.LegallyOnTime, m.Finished, "#2e7d32", "legal");
                svg.Append(CultureInfo.InvariantCulture, $"<text x=\"{x}\" y=\"{Height + 28}\" font-size=\"10\">{Percent(m.OnTime, m.Finished)} / {Percent(m.LegallyOnTime, m.Finished)}</text>");
            }

            svg.Append(CultureInfo.InvariantCulture, $"<text x=\"{x}\" y=\"{Height + 14}\" font-size=\"11\">{m.Month.Month}月 ({m.Finished})</text></g>");
        }

        svg.Append(CultureInfo.InvariantCulture, $"<rect x=\"40\" y=\"{Height + 40}\" width=\"10\" height=\"10\" fill=\"#1565c0\"/><text x=\"54\" y=\"{Height + 49}\" font-size=\"11\">committed 承诺时限</text>");
        svg.Append(CultureInfo.InvariantCulture, $"<rect x=\"180\" y=\"{Height + 40}\" width=\"10\" height=\"10\" fill=\"#2e7d32\"/><text x=\"194\" y=\"{Height + 49}\" font-size=\"11\">legal 法定时限</text>");
        return svg.Append("</svg>").ToString();
    }

    private static void Bar(StringBuilder svg, int x, int part, int whole, string colour, string kind)
    {
        var h = (Height - 20) * part / whole;
        svg.Append(CultureInfo.InvariantCulture, $"<rect class=\"{kind}\" x=\"{x}\" y=\"{Height - h}\" width=\"{BarWidth}\" height=\"{h}\" fill=\"{colour}\"><title>{Percent(part, whole)}</title></rect>");
    }

    private static string Percent(int part, int whole) => (100 * part / whole).ToString(CultureInfo.InvariantCulture) + "%";
}
