using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text;
using NodaTime;
using PowerGovernance.Calendars;
using PowerGovernance.Powers;
using PowerGovernance.Procedures;
using PowerGovernance.Supervision;

namespace PowerGovernance.Samples.Web.Pages;

/// <summary>
/// One case's page (办件详情): where it stands on both clocks, the actions its current step allows (each a form), the procedure's
/// flowchart as a picture, the audit trail (办件过程记录) and the explanation of its due dates (办理期限说明).
/// </summary>
internal static class CasePage
{
    /// <summary>Renders the page.</summary>
    /// <param name="snapshot">The verified case.</param>
    /// <param name="events">Its verified events.</param>
    /// <param name="definition">Its procedure.</param>
    /// <param name="engine">The engine.</param>
    /// <param name="supervisor">The supervisor reading the clocks.</param>
    /// <param name="catalog">The catalog.</param>
    /// <param name="now">The clock's instant.</param>
    /// <param name="antiforgery">The hidden antiforgery field for the forms.</param>
    /// <returns>The HTML.</returns>
    public static string Render(CaseSnapshot snapshot, IReadOnlyList<CaseEvent> events, ProcedureDefinition definition, ProcedureEngine engine, CaseSupervisor supervisor, PowerCatalog catalog, Instant now, string antiforgery)
    {
        var body = new StringBuilder();
        var power = catalog.TryGet(snapshot.PowerCode, out var p) ? p.Name + " (" + (p.UndertakingUnit ?? "—") + ")" : snapshot.PowerCode.Value;
        definition.TryGetStep(snapshot.Step, out var step);
        body.Append(CultureInfo.InvariantCulture, $"<table id=\"facts\"><tr><th>Power 权力事项</th><td>{Html.E(snapshot.PowerCode.Value)} {Html.E(power)}</td></tr>")
            .Append(CultureInfo.InvariantCulture, $"<tr><th>Procedure 办理流程</th><td>{Html.E(definition.EnglishName)} {Html.E(definition.ChineseName)} (v{definition.Version})</td></tr>")
            .Append(CultureInfo.InvariantCulture, $"<tr><th>Step 当前环节</th><td id=\"step\" data-step=\"{Html.E(snapshot.Step)}\">{Html.E(step?.EnglishName)} {Html.E(step?.ChineseName)} — {Html.E(step?.Post.EnglishName)} {Html.E(step?.Post.ChineseName)}</td></tr>")
            .Append(CultureInfo.InvariantCulture, $"<tr><th>Received 收件日</th><td>{Html.Day(snapshot.Received)}</td></tr><tr><th>Version 版本</th><td id=\"version\">{snapshot.Version}</td></tr>")
            .Append(CultureInfo.InvariantCulture, $"<tr><th>Outcome 办结结果</th><td>{Html.E(snapshot.Outcome?.ToString() ?? "open 在办")}{(snapshot.Closed is { } closed ? " " + Html.Day(closed) : string.Empty)}</td></tr></table>");

        body.Append("<h2>Clocks 计时</h2><table id=\"clocks\"><tr><th>Clock 计时</th><th>Limit 时限</th><th>Due 届满日</th><th>Used/left 已用/剩余</th><th>State 状态</th></tr>");
        Clock(body, "committed", "Case, committed 办件承诺时限", supervisor.CaseStatus(snapshot, definition, now));
        Clock(body, "legal", "Case, legal 办件法定时限", supervisor.LegalStatus(snapshot, definition, now));
        if (step is { IsTerminal: false, Limit: not null })
        {
            Clock(body, "step", "Step, committed 环节承诺时限", supervisor.StepStatus(snapshot, definition, now));
        }

        body.Append("</table>");

        var triggers = definition.Triggers.Where(t => t.From == snapshot.Step).ToList();
        if (triggers.Count > 0)
        {
            body.Append("<h2>Actions 办理动作</h2><div id=\"actions\">");
            foreach (var trigger in triggers)
            {
                Action(body, snapshot, trigger, antiforgery);
            }

            body.Append("</div>");
        }

        body.Append("<h2>Flowchart 流程图</h2><p>Drawn by Graphviz <code>dot</code> from <code>Flowchart.ToDot</code> 由Graphviz根据流程定义绘制.</p>")
            .Append(CultureInfo.InvariantCulture, $"<img id=\"flowchart\" style=\"max-width:100%\" alt=\"Flowchart of {Html.E(definition.EnglishName)} {Html.E(definition.ChineseName)}流程图\" src=\"/procedures/{System.Uri.EscapeDataString(definition.Id)}/flowchart.svg\">");

        body.Append("<h2>Audit trail 办件过程记录</h2><p>Seal and hash chain verified when loaded 已校验封印与哈希链.</p><table id=\"audit\"><tr><th>#</th><th>When 时间</th><th>Action 动作</th><th>From → to 环节</th><th>Who 办理人</th><th>Post 岗位</th><th>Reason 理由</th><th>Arguments 参数</th><th>Hash 哈希</th></tr>");
        foreach (var e in events)
        {
            var name = definition.Triggers.FirstOrDefault(t => t.Id == e.Trigger) is { } t ? t.EnglishName + " " + t.ChineseName : e.Trigger;
            body.Append(CultureInfo.InvariantCulture, $"<tr class=\"event\" data-trigger=\"{Html.E(e.Trigger)}\"><td>{e.Sequence}</td><td>{Html.E(Html.Time(e.At))}</td><td>{Html.E(name)}</td><td>{Html.E(e.From)} → {Html.E(e.To)}</td><td>{Html.E(e.Actor)}</td><td>{Html.E(e.Post)}</td><td>{Html.E(e.Reason)}</td><td>{Html.E(string.Join(", ", e.Arguments.Select(a => a.Key + "=" + a.Value)))}</td><td><code>{Html.E(e.Hash[..12])}…</code></td></tr>");
        }

        body.Append("</table>");

        var explanation = engine.ExplainDeadlines(snapshot.DefinitionId, snapshot.PowerCode, events, now);
        body.Append("<h2>Why these due dates 办理期限说明</h2><pre id=\"explanation-en\">").Append(Html.E(explanation.ToString(ExplanationLanguage.English)))
            .Append("</pre><pre id=\"explanation-zh\" lang=\"zh-Hans\">").Append(Html.E(explanation.ToString(ExplanationLanguage.SimplifiedChinese))).Append("</pre>");
        return Html.Page("Case 办件 " + snapshot.CaseId, now, body.ToString());
    }

    private static void Clock(StringBuilder body, string id, string title, DeadlineStatus status) =>
        body.Append(CultureInfo.InvariantCulture, $"<tr id=\"clock-{id}\" class=\"{Html.StateClass(status.State)}\" data-state=\"{status.State}\"><td>{Html.E(title)}</td><td>{Html.E(status.Limit.ToString())}</td><td>{Html.Day(status.DueDate)}</td><td>{status.DaysUsed}/{status.DaysLeft}</td><td>{Html.E(Html.State(status.State))}</td></tr>");

    private static void Action(StringBuilder body, CaseSnapshot snapshot, TriggerDefinition trigger, string antiforgery)
    {
        body.Append(CultureInfo.InvariantCulture, $"<form class=\"inline\" method=\"post\" action=\"/cases/{System.Uri.EscapeDataString(snapshot.CaseId)}/fire\" data-trigger=\"{Html.E(trigger.Id)}\">")
            .Append(antiforgery)
            .Append(CultureInfo.InvariantCulture, $"<input type=\"hidden\" name=\"trigger\" value=\"{Html.E(trigger.Id)}\"><input type=\"hidden\" name=\"version\" value=\"{snapshot.Version}\">")
            .Append(CultureInfo.InvariantCulture, $"<b>{Html.E(trigger.EnglishName)} {Html.E(trigger.ChineseName)}</b> <small>({Html.E(string.Join(", ", trigger.AllowedPosts))})</small><br>");
        if (trigger.RequiresReason)
        {
            body.Append("<label>Written reason 书面理由 <input name=\"reason\" size=\"30\"></label><br>");
        }

        var named = trigger.Arguments.Select(a => a.Name).ToHashSet(System.StringComparer.Ordinal);
        foreach (var argument in trigger.Arguments)
        {
            body.Append(CultureInfo.InvariantCulture, $"<label>{Html.E(argument.EnglishName)} {Html.E(argument.ChineseName)} <input name=\"arg.{Html.E(argument.Name)}\" placeholder=\"{Html.E(argument.Form)}\"></label><br>");
        }

        foreach (var name in trigger.RequiredArguments.Where(n => !named.Contains(n)))
        {
            body.Append(CultureInfo.InvariantCulture, $"<label>{Html.E(name)} <input name=\"arg.{Html.E(name)}\"></label><br>");
        }

        body.Append(CultureInfo.InvariantCulture, $"<button type=\"submit\">{Html.E(trigger.EnglishName)} {Html.E(trigger.ChineseName)}</button></form>");
    }
}
