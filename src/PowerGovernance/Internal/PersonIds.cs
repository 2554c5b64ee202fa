using System;
using System.Globalization;
using System.Text;

namespace PowerGovernance.Internal;

/// <summary>
/// The rule for a person's id (人员标识) as the engine compares it, ordinally: at most 200 characters, no white space at either
/// end, no control or format characters (e.g. U+200B), well-formed UTF-16, in Unicode NFC. So "王某 " or "王某\u200B" can never
/// pose as "王某": such an id is refused where it enters.
/// </summary>
internal static class PersonIds
{
    internal const int MaxLength = 200;

    /// <summary>What is wrong with <paramref name="id"/> in English and Chinese, or null when it is a valid id.</summary>
    internal static (string English, string Chinese)? Problem(string? id)
    {
        if (string.IsNullOrEmpty(id))
        {
            return ("it is empty", "为空");
        }

        if (id.Length > MaxLength)
        {
            return ("it is longer than 200 characters", "超过200个字符");
        }

        if (char.IsWhiteSpace(id[0]) || char.IsWhiteSpace(id[^1]))
        {
            return ("it has white space at its start or end", "首尾含空白字符");
        }

        for (var i = 0; i < id.Length; i++)
        {
            var c = id[i];
            if (char.IsSurrogate(c))
            {
                if (!char.IsSurrogatePair(id, i))
                {
                    return ("it holds a lone surrogate (not well-formed text)", "含有孤立代理项（文本格式不正确）");
                }

                i++;
                continue;
            }

            var category = char.GetUnicodeCategory(c);
            if (category is UnicodeCategory.Control or UnicodeCategory.Format or UnicodeCategory.LineSeparator or UnicodeCategory.ParagraphSeparator)
            {
                var code = "U+" + ((int)c).ToString("X4", CultureInfo.InvariantCulture);
                return ("it holds the invisible character " + code, "含有不可见字符" + code);
            }
        }

        if (!id.IsNormalized(NormalizationForm.FormC))
        {
            return ("it is not in Unicode normalization form C (NFC)", "未采用Unicode NFC规范化形式");
        }

        return null;
    }

    /// <summary>Returns <paramref name="id"/> when valid; otherwise throws naming the parameter, the value and the rule.</summary>
    /// <exception cref="ArgumentNullException"><paramref name="id"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="id"/> breaks the rule.</exception>
    internal static string Check(string? id, string paramName)
    {
        Preconditions.CheckNotNull(id, paramName);
        if (Problem(id) is { } problem)
        {
            throw new ArgumentException(Describe(id, problem), paramName);
        }

        return id;
    }

    /// <summary>The sentence for a refused id, in English then Chinese.</summary>
    internal static string Describe(string id, (string English, string Chinese) problem) =>
        "The person's id '" + Shown(id) + "' is refused: " + problem.English + "; ids are compared exactly, so it could pose as another person. "
        + "人员标识“" + Shown(id) + "”不予接受：" + problem.Chinese + "；人员标识须逐字比对，此类标识可能冒充他人。";

    /// <summary>The id as shown in a message: cut to 200 characters, invisible characters written as <c>\uXXXX</c>.</summary>
    internal static string Shown(string id)
    {
        var cut = id.Length <= MaxLength ? id : id[..MaxLength];
        var builder = new StringBuilder(cut.Length + 8);
        foreach (var c in cut)
        {
            if (char.IsControl(c) || char.GetUnicodeCategory(c) is UnicodeCategory.Format or UnicodeCategory.LineSeparator or UnicodeCategory.ParagraphSeparator || char.IsSurrogate(c))
            {
                builder.Append("\\u").Append(((int)c).ToString("X4", CultureInfo.InvariantCulture));
            }
            else
            {
                builder.Append(c);
            }
        }

        return cut.Length < id.Length ? builder.Append('…').ToString() : builder.ToString();
    }
}
