using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text;
using NodaTime;
using PowerGovernance.EntityFrameworkCore;
using PowerGovernance.Powers;
using PowerGovernance.Procedures;
using PowerGovernance.Supervision;

namespace PowerGovernance.Samples.Web.Pages;

/// <summary>
/// The supervision board page (督办看板): the red, yellow and legally late lists with both clocks, the statistics per undertaking
/// unit, the chart of on-time rates by month, the cases the store refused, and the form that starts a case.
/// </summary>
internal static class BoardPage
{
    /// <summary>Renders the page.</summary>
    /// <param name="report">The sweep at the clock's instant.</param>
    /// <param name="months">The monthly on-time rates.</param>
    /// <param name="refused">Cases the store refused (seal, chain or replay failed).</param>
    /// <param name="catalog">The catalog (power names and units).</param>
    /// <param name="engine">The engine (procedures for the start form).</param>
    /// <param name="antiforgery">The hidden antiforgery field for the form.</param>
    /// <returns>The HTML.</returns>
    public static string Render(BoardReport report, IReadOnlyList<MonthlyRate> months, IReadOnlyList<RefusedCase> refused, PowerCatalog catalog, ProcedureEngine engine, string antiforgery)
    {
        var body = new StringBuilder();
        body.Append(CultureInfo.InvariantCulture, $"<p id=\"summary\">Swept 扫描 {report.Swept} cases 件: <span class=\"tag red\">red 红牌 {report.Red.Count}</span> <span class=\"tag yellow\">yellow 黄牌 {report.Yellow.Count}</span> past a legal limit 违法超期 {report.LegallyOverdue.Count}, a step over its limit 环节超时 {report.StepOverdue.Count}.</p>");
        List(body, "red", "Red: past the committed limit 红牌：超过承诺时限", report.Red, catalog);
        List(body, "yellow", "Yellow: close to the committed limit 黄牌：临近承诺时限", report.Yellow, catalog);
        List(body, "legal", "Past a legal limit 违法超期（超过法定时限）", report.LegallyOverdue, catalog);

        body.Append("<h2>Per undertaking unit 各承办机构统计</h2><table id=\"units\"><tr><th>Unit 承办机构</th><th>Open 在办</th><th>Yellow 黄牌</th><th>Red 红牌</th><th>Legally late (open) 违法超期</th><th>Finished on time 按时办结</th><th>Finished late 超时办结</th><th>Finished legally late 超法定时限办结</th><th>On-time rate 按时办结率</th></tr>");
        foreach (var (unit, s) in report.ByUnit.OrderBy(u => u.Key, System.StringComparer.Ordinal))
        {
            var rate = s.OnTimeRate is { } r ? (r * 100).ToString("0", CultureInfo.InvariantCulture) + "%" : "—";
            body.Append(CultureInfo.InvariantCulture, $"<tr data-unit=\"{Html.E(unit)}\"><td>{Html.E(unit)}</td><td>{s.Open}</td><td>{s.Warning}</td><td>{s.Overdue}</td><td>{s.LegallyOverdue}</td><td>{s.FinishedOnTime}</td><td>{s.FinishedLate}</td><td>{s.FinishedLegallyLate}</td><td>{rate}</td></tr>");
        }

        body.Append("</table><h2>On-time rate by month 月度按时办结率</h2>").Append(OnTimeChart.Render(months));

        if (refused.Count > 0 || report.UnreadableCount > 0)
        {
            body.Append("<h2>Cases that could not be read 无法读取的办件</h2><ul id=\"refused\">");
            foreach (var r in refused)
            {
                body.Append(CultureInfo.InvariantCulture, $"<li>{Html.E(r.CaseId)}: {Html.E(r.Message)} / {Html.E(r.ChineseMessage)}</li>");
            }

            foreach (var u in report.Unreadable)
            {
                body.Append(CultureInfo.InvariantCulture, $"<li>{Html.E(u.CaseId)} [{Html.E(u.Code)}]: {Html.E(u.Message)} / {Html.E(u.ChineseMessage)}</li>");
            }

            body.Append("</ul>");
        }

        body.Append("<h2 id=\"start\">Start a case 启动办件</h2><form id=\"start-form\" method=\"post\" action=\"/cases\">").Append(antiforgery)
            .Append("<label>Case number 办件编号 <input name=\"caseId\" id=\"caseId\" maxlength=\"40\" placeholder=\"XK-2025-0718-01\"></label> ")
            .Append("<label>Procedure 办理流程 <select name=\"procedure\" id=\"procedure\">");
        foreach (var definition in engine.Definitions.OrderBy(d => d.Id, System.StringComparer.Ordinal))
        {
            var selected = definition.Id == PowerGovernance.Procedures.BuiltIn.AdministrativeLicensing.Id ? " selected" : string.Empty;
            body.Append(CultureInfo.InvariantCulture, $"<option value=\"{Html.E(definition.Id)}\"{selected}>{Html.E(definition.EnglishName)} {Html.E(definition.ChineseName)}</option>");
        }

        body.Append("</select></label> <label>Power 权力事项 <select name=\"power\" id=\"power\">");
        foreach (var power in catalog.Powers.OrderBy(p => p.Code.Value, System.StringComparer.Ordinal))
        {
            body.Append(CultureInfo.InvariantCulture, $"<option value=\"{Html.E(power.Code.Value)}\">{Html.E(power.Code.Value)} {Html.E(power.Name)}</option>");
        }

        body.Append("</select></label> <button type=\"submit\" id=\"start-button\">Start 启动</button></form>");
        return Html.Page("Board 督办看板", report.At, body.ToString());
    }

    private static void List(StringBuilder body, string list, string title, IReadOnlyList<SupervisedCase> cases, PowerCatalog catalog)
    {
        body.Append(CultureInfo.InvariantCulture, $"<h2>{Html.E(title)} ({cases.Count})</h2><table id=\"{list}\" class=\"{list}\"><tr><th>Case 办件</th><th>Power 权力事项</th><th>Step 环节</th><th>Committed due 承诺届满</th><th>Used/left 已用/剩余</th><th>Committed 承诺</th><th>Legal due 法定届满</th><th>Legal 法定</th></tr>");
        foreach (var c in cases)
        {
            var name = catalog.TryGet(c.Case.PowerCode, out var power) ? power.Name : c.Case.PowerCode.Value;
            var legal = c.LegalStepStatus is { State: DeadlineState.Overdue } step ? step : c.LegalStatus;
            body.Append(CultureInfo.InvariantCulture, $"<tr class=\"case\" data-case=\"{Html.E(c.Case.CaseId)}\"><td><a href=\"/cases/{System.Uri.EscapeDataString(c.Case.CaseId)}\">{Html.E(c.Case.CaseId)}</a></td><td>{Html.E(name)}</td><td>{Html.E(c.Case.Step)}</td>")
                .Append(CultureInfo.InvariantCulture, $"<td>{Html.Day(c.CaseStatus.DueDate)}</td><td>{c.CaseStatus.DaysUsed}/{c.CaseStatus.DaysLeft} of {Html.E(c.CaseStatus.Limit.ToString())}</td><td>{Html.E(Html.State(c.CaseStatus.State))}</td>")
                .Append(CultureInfo.InvariantCulture, $"<td>{Html.Day(legal.DueDate)}</td><td>{Html.E(Html.State(legal.State))}</td></tr>");
        }

        body.Append("</table>");
    }
}
