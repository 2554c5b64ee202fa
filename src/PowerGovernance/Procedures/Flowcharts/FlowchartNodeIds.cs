using System.Globalization;
using System.Text;

namespace PowerGovernance.Procedures.Flowcharts;

/// <summary>
/// Safe node ids: ASCII letters, digits and <c>_</c> only, valid unquoted in Mermaid and DOT and never
/// a keyword of either (<c>end</c>, <c>graph</c>, <c>node</c>…) thanks to their prefixes.
/// </summary>
internal static class FlowchartNodeIds
{
    internal const string Title = "procedure";

    internal const string Legend = "complaints";

    /// <summary>
    /// Returns <c>s_</c> and the step id with ASCII letters and digits kept, <c>_</c> doubled and any
    /// other character written as <c>_</c>, its hexadecimal code point and <c>_</c> (a lone surrogate as
    /// its own UTF-16 value, which no code point shares). The three codes are prefix-free, so distinct
    /// step ids give distinct node ids.
    /// </summary>
    internal static string ForStep(string stepId)
    {
        var id = new StringBuilder("s_", stepId.Length + 2);
        for (var i = 0; i < stepId.Length; i++)
        {
            var c = stepId[i];
            if (char.IsAsciiLetterOrDigit(c))
            {
                id.Append(c);
            }
            else if (c == '_')
            {
                id.Append("__");
            }
            else
            {
                var codePoint = char.IsSurrogatePair(stepId, i) ? char.ConvertToUtf32(c, stepId[++i]) : c;
                id.Append('_').Append(codePoint.ToString("X", CultureInfo.InvariantCulture)).Append('_');
            }
        }

        return id.ToString();
    }

    /// <summary>Returns the id of the note of the supervision point at <paramref name="index"/> (0-based): <c>sv_1</c>, <c>sv_2</c>…</summary>
    internal static string ForSupervisionPoint(int index) => "sv_" + (index + 1).ToString(CultureInfo.InvariantCulture);
}
