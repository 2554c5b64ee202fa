using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using Microsoft.AspNetCore.Http;
using PowerGovernance.Procedures;

namespace PowerGovernance.Samples.Web.Forms;

/// <summary>
/// The form that fires a trigger on a case (办理动作): the trigger (one that leaves the case's current step), the version the
/// official saw (optimistic concurrency), the written reason and the arguments (<c>arg.NAME</c> fields). The engine checks the
/// rest (posts, guards, required reasons and arguments) and answers with its own bilingual reasons.
/// </summary>
/// <param name="Trigger">The trigger.</param>
/// <param name="Version">The version the form was made from.</param>
/// <param name="Reason">The written reason, or <see langword="null"/>.</param>
/// <param name="Arguments">The arguments given (empty values left out).</param>
internal sealed record FireForm(TriggerDefinition Trigger, long Version, string? Reason, IReadOnlyDictionary<string, string> Arguments)
{
    /// <summary>The longest reason or argument accepted: 500 characters.</summary>
    public const int MaxTextLength = 500;

    /// <summary>Reads the form.</summary>
    /// <param name="form">The posted fields.</param>
    /// <param name="snapshot">The case as stored.</param>
    /// <param name="definition">Its procedure.</param>
    /// <param name="problems">Every problem found (empty when the form is good).</param>
    /// <returns>The form, or <see langword="null"/> when there are problems.</returns>
    public static FireForm? Read(IFormCollection form, CaseSnapshot snapshot, ProcedureDefinition definition, out IReadOnlyList<FormProblem> problems)
    {
        var found = new List<FormProblem>();
        var triggerText = form["trigger"].ToString().Trim();
        var trigger = definition.Triggers.FirstOrDefault(t => t.Id == triggerText && t.From == snapshot.Step);
        if (trigger is null)
        {
            found.Add(FormProblem.Of("trigger", triggerText, "TriggerNotAtStep", $"No such action at the step '{snapshot.Step}'.", $"当前环节“{snapshot.Step}”没有该办理动作。"));
        }

        var versionText = form["version"].ToString().Trim();
        if (!long.TryParse(versionText, NumberStyles.None, CultureInfo.InvariantCulture, out var version) || version < 1)
        {
            found.Add(FormProblem.Of("version", versionText, "VersionForm", "The version must be a whole number from 1.", "版本号须为不小于1的整数。"));
        }

        var reason = form["reason"].ToString().Trim();
        if (reason.Length > MaxTextLength)
        {
            found.Add(FormProblem.Of("reason", reason, "TextTooLong", $"At most {MaxTextLength} characters.", $"不得超过{MaxTextLength}个字符。"));
        }

        var arguments = new Dictionary<string, string>(System.StringComparer.Ordinal);
        foreach (var (key, value) in form.Where(f => f.Key.StartsWith("arg.", System.StringComparison.Ordinal)))
        {
            var text = value.ToString().Trim();
            if (text.Length > MaxTextLength)
            {
                found.Add(FormProblem.Of(key, text, "TextTooLong", $"At most {MaxTextLength} characters.", $"不得超过{MaxTextLength}个字符。"));
            }
            else if (text.Length > 0)
            {
                arguments[key["arg.".Length..]] = text;
            }
        }

        problems = found;
        return found.Count == 0 && trigger is not null ? new FireForm(trigger, version, reason.Length == 0 ? null : reason, arguments) : null;
    }
}
