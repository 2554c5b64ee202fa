using System.Globalization;
using System.Net;
using System.Text;
using NodaTime;
using PowerGovernance.Supervision;

namespace PowerGovernance.Samples.Web.Pages;

/// <summary>Server-rendered HTML (页面): the page frame, encoding, and the bilingual words every page uses. No front-end build step.</summary>
internal static class Html
{
    private const string Style = """
        body{font-family:"Noto Sans CJK SC","WenQuanYi Zen Hei","Microsoft YaHei",sans-serif;margin:1.5rem;color:#222}
        h1{margin-top:0}nav a{margin-right:1rem}
        table{border-collapse:collapse;margin:.5rem 0 1.5rem}th,td{border:1px solid #ccc;padding:.25rem .5rem;text-align:left;vertical-align:top}
        th{background:#f3f5f9}.red{background:#fdecea}.yellow{background:#fff8e1}.legal{background:#f3e5f5}.ok{background:#e8f5e9}
        .tag{display:inline-block;padding:0 .4rem;border-radius:.3rem;font-size:.9em}.tag.red{border:1px solid #c62828}.tag.yellow{border:1px solid #f9a825}
        .errors{border:2px solid #c62828;background:#fdecea;padding:.5rem 1rem}pre{background:#f7f7f7;padding:.5rem;white-space:pre-wrap}
        form.inline{display:inline-block;margin:.25rem .5rem .25rem 0;padding:.4rem;border:1px solid #ddd}
        """;

    /// <summary>Encodes text for HTML.</summary>
    /// <param name="text">The text.</param>
    /// <returns>The encoded text.</returns>
    public static string E(string? text) => WebUtility.HtmlEncode(text ?? string.Empty);

    /// <summary>A day as <c>2025-07-18</c>.</summary>
    /// <param name="day">The day.</param>
    /// <returns>The ISO text.</returns>
    public static string Day(LocalDate day) => day.ToString("uuuu-MM-dd", CultureInfo.InvariantCulture);

    /// <summary>An instant as Beijing time, <c>2025-07-18 10:00</c>.</summary>
    /// <param name="instant">The instant.</param>
    /// <returns>The local text.</returns>
    public static string Time(Instant instant) =>
        instant.InZone(PowerGovernance.Calendars.Deadline.ChinaStandardZone).ToString("uuuu-MM-dd HH:mm", CultureInfo.InvariantCulture);

    /// <summary>A clock state in English and Chinese, e.g. "Yellow 黄牌预警".</summary>
    /// <param name="state">The state.</param>
    /// <returns>The label.</returns>
    public static string State(DeadlineState state) => state switch
    {
        DeadlineState.OnTime => "On time 正常",
        DeadlineState.Warning => "Yellow 黄牌预警",
        DeadlineState.Overdue => "Red 红牌超期",
        DeadlineState.Suspended => "Suspended 暂停计时",
        DeadlineState.FinishedOnTime => "Finished on time 按时办结",
        DeadlineState.FinishedLate => "Finished late 超时办结",
        DeadlineState.NotCounting => "Not counting 不计时",
        _ => state.ToString(),
    };

    /// <summary>The CSS class of a state (<c>red</c>, <c>yellow</c>, <c>ok</c>).</summary>
    /// <param name="state">The state.</param>
    /// <returns>The class.</returns>
    public static string StateClass(DeadlineState state) => state switch
    {
        DeadlineState.Overdue or DeadlineState.FinishedLate => "red",
        DeadlineState.Warning => "yellow",
        _ => "ok",
    };

    /// <summary>Wraps <paramref name="body"/> in the page frame with a bilingual title and the demo clock.</summary>
    /// <param name="title">The title, English and Chinese.</param>
    /// <param name="now">The clock's instant (shown, so the reader knows which day the colours are for).</param>
    /// <param name="body">The page's HTML.</param>
    /// <returns>The whole page.</returns>
    public static string Page(string title, Instant now, string body)
    {
        var page = new StringBuilder();
        page.Append("<!DOCTYPE html><html lang=\"zh-Hans\"><head><meta charset=\"utf-8\"><title>").Append(E(title)).Append("</title><style>")
            .Append(Style).Append("</style></head><body><nav><a href=\"/\">Board 督办看板</a><a href=\"/#start\">Start a case 启动办件</a></nav><h1>")
            .Append(E(title)).Append("</h1><p id=\"clock\">Today 今天: <b>").Append(E(Time(now)))
            .Append("</b> (Beijing time 北京时间)</p>").Append(body).Append("</body></html>");
        return page.ToString();
    }
}
