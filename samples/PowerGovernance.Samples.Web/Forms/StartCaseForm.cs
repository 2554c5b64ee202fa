using System.Collections.Generic;
using System.Linq;
using Microsoft.AspNetCore.Http;
using PowerGovernance.Powers;
using PowerGovernance.Procedures;

namespace PowerGovernance.Samples.Web.Forms;

/// <summary>The "start a case" form (启动办件), checked before the engine sees it: every problem is reported at once.</summary>
/// <param name="CaseId">The case number: 1–40 letters, digits and hyphens.</param>
/// <param name="Power">A power in the catalog.</param>
/// <param name="Definition">A procedure the engine runs.</param>
internal sealed record StartCaseForm(string CaseId, PowerCode Power, ProcedureDefinition Definition)
{
    /// <summary>The longest case number accepted: 40.</summary>
    public const int MaxCaseIdLength = 40;

    /// <summary>Reads the form.</summary>
    /// <param name="form">The posted fields <c>caseId</c>, <c>power</c>, <c>procedure</c>.</param>
    /// <param name="catalog">The catalog.</param>
    /// <param name="engine">The engine.</param>
    /// <param name="problems">Every problem found (empty when the form is good).</param>
    /// <returns>The form, or <see langword="null"/> when there are problems.</returns>
    public static StartCaseForm? Read(IFormCollection form, PowerCatalog catalog, ProcedureEngine engine, out IReadOnlyList<FormProblem> problems)
    {
        var found = new List<FormProblem>();
        var caseId = form["caseId"].ToString().Trim();
        if (caseId.Length == 0)
        {
            found.Add(FormProblem.Of("caseId", caseId, "CaseIdRequired", "The case number is required.", "办件编号不能为空。"));
        }
        else if (caseId.Length > MaxCaseIdLength || !caseId.All(c => char.IsAsciiLetterOrDigit(c) || c == '-'))
        {
            found.Add(FormProblem.Of("caseId", caseId, "CaseIdForm", $"The case number must be 1 to {MaxCaseIdLength} letters, digits or hyphens.", $"办件编号须为1至{MaxCaseIdLength}个字母、数字或连字符。"));
        }

        var powerText = form["power"].ToString().Trim();
        PowerCode? power = null;
        if (!PowerCode.TryParse(powerText, out var code) || !catalog.TryGet(code, out _))
        {
            found.Add(FormProblem.Of("power", powerText, "PowerNotInCatalog", "The power is not in the catalog.", "权力事项不在权力清单中。"));
        }
        else
        {
            power = code;
        }

        var procedureText = form["procedure"].ToString().Trim();
        var definition = engine.Definitions.Where(d => d.Id == procedureText).OrderByDescending(d => d.Version).FirstOrDefault();
        if (definition is null)
        {
            found.Add(FormProblem.Of("procedure", procedureText, "ProcedureUnknown", "The procedure is not one this office runs.", "本机关没有该办理流程。"));
        }

        problems = found;
        return found.Count == 0 && power is { } p && definition is not null ? new StartCaseForm(caseId, p, definition) : null;
    }
}
