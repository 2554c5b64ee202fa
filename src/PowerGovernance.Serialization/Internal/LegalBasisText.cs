using System;
using System.Collections.Generic;
using System.Text;
using PowerGovernance.Powers;

namespace PowerGovernance.Serialization.Internal;

/// <summary>
/// The text form of legal bases in one spreadsheet cell: <c>《标题》第X条（效力层级）</c>, several joined by
/// <c>；</c>, <c>;</c> or line breaks.
/// </summary>
/// <remarks>
/// Bases are split only at separators outside 《》 and parentheses, so a title may contain <c>；</c>. The
/// rank is the last parenthesised group (full-width or ASCII); everything between the title's closing
/// 》 and that group is the article, so an article may itself contain parentheses (<c>第十条第（一）项</c>).
/// </remarks>
internal static class LegalBasisText
{
    /// <summary>A basis that could not be read: the text, the rule broken and the messages.</summary>
    internal readonly record struct Problem(string Text, string Code, string Message, string ChineseMessage);

    internal static List<LegalBasis> Parse(string cell, List<Problem> problems) => Parse(cell, problems, int.MaxValue, describe: true);

    /// <summary>
    /// Reads the bases of a cell, stopping after <paramref name="maxProblems"/> problems (the rest of the cell is not read);
    /// without <paramref name="describe"/> the problems have no messages (the caller only counts them).
    /// </summary>
    internal static List<LegalBasis> Parse(string cell, List<Problem> problems, int maxProblems, bool describe)
    {
        var bases = new List<LegalBasis>();
        var found = 0;
        foreach (var segment in Split(cell))
        {
            if (TryParseOne(segment, describe, out var basis, out var problem))
            {
                bases.Add(basis);
            }
            else
            {
                problems.Add(problem);
                if (++found >= maxProblems)
                {
                    break;
                }
            }
        }

        return bases;
    }

    /// <summary>Writes the bases; <see cref="Parse(string, List{Problem})"/> reads the text back to equal bases when <see cref="WhyNotWritable"/> finds nothing.</summary>
    internal static string Format(IReadOnlyList<LegalBasis> bases, CatalogCsvLanguage language)
    {
        var text = new StringBuilder();
        foreach (var basis in bases)
        {
            if (text.Length > 0)
            {
                text.Append(language == CatalogCsvLanguage.English ? "; " : "；");
            }

            text.Append(basis.Title?.Trim()).Append(basis.Article?.Trim());
            var rank = Enum.IsDefined(basis.Rank) ? CatalogWords.Format(basis.Rank, language) : "?";
            text.Append(language == CatalogCsvLanguage.English ? " (" + rank + ")" : "（" + rank + "）");
        }

        return text.ToString();
    }

    /// <summary>Returns why a basis cannot be written so that it reads back equal, or <see langword="null"/>.</summary>
    internal static string? WhyNotWritable(LegalBasis? basis)
    {
        if (basis is null)
        {
            return "a legal basis is null";
        }

        if (!Enum.IsDefined(basis.Rank))
        {
            return "the rank " + basis.Rank + " is not a defined LegalBasisRank";
        }

        var text = Format([basis], CatalogCsvLanguage.Chinese);
        var problems = new List<Problem>();
        var read = Parse(text, problems);
        return problems.Count == 0 && read.Count == 1 && read[0] == basis
            ? null
            : "the legal basis '" + text + "' would not read back as written (title in 《》 without surrounding spaces, an article without separators ；; or line breaks and without surrounding spaces, and not empty)";
    }

    private static List<string> Split(string cell)
    {
        var segments = new List<string>();
        var depth = 0;
        var start = 0;
        for (var i = 0; i < cell.Length; i++)
        {
            switch (cell[i])
            {
                case '《' or '（' or '(':
                    depth++;
                    break;
                case '》' or '）' or ')':
                    depth = Math.Max(0, depth - 1);
                    break;
                case '；' or ';' or '\n' or '\r' when depth == 0:
                    Add(i);
                    start = i + 1;
                    break;
            }
        }

        Add(cell.Length);
        return segments;

        void Add(int end)
        {
            var segment = cell[start..end].Trim();
            if (segment.Length > 0)
            {
                segments.Add(segment);
            }
        }
    }

    private static bool TryParseOne(string text, bool describe, out LegalBasis basis, out Problem problem)
    {
        basis = null!;
        var rankEnd = text.Length - 1;
        if (text[rankEnd] is not ('）' or ')'))
        {
            problem = new Problem(
                text,
                CatalogImportRuleCodes.LegalBasisRank,
                describe ? "The legal basis '" + ImportFinding.Cut(text) + "' does not end with its rank in parentheses, e.g. '《中华人民共和国行政许可法》第十二条（法律）'; ranks: " + CatalogWords.RankNames + "." : string.Empty,
                describe ? "法律依据“" + ImportFinding.Cut(text) + "”末尾缺少括号内的效力层级，应写作“《中华人民共和国行政许可法》第十二条（法律）”；效力层级：" + CatalogWords.RankNames + "。" : string.Empty);
            return false;
        }

        var rankStart = MatchingOpen(text, rankEnd);
        var rankText = rankStart < 0 ? string.Empty : text[(rankStart + 1)..rankEnd].Trim();
        if (rankStart < 0 || !CatalogWords.TryParse(rankText, out LegalBasisRank rank))
        {
            problem = new Problem(
                text,
                CatalogImportRuleCodes.LegalBasisRank,
                describe ? "The legal basis '" + ImportFinding.Cut(text) + "' ends with '" + ImportFinding.Cut(text[(Math.Max(rankStart, 0))..]) + "', which is not a rank; ranks: " + CatalogWords.RankNames + "." : string.Empty,
                describe ? "法律依据“" + ImportFinding.Cut(text) + "”末尾的“" + ImportFinding.Cut(text[(Math.Max(rankStart, 0))..]) + "”不是效力层级；效力层级：" + CatalogWords.RankNames + "。" : string.Empty);
            return false;
        }

        var rest = text[..rankStart].Trim();
        var titleEnd = rest.Length > 0 && rest[0] == '《' ? MatchingClose(rest) : -1;
        if (titleEnd < 0)
        {
            problem = new Problem(
                text,
                CatalogImportRuleCodes.LegalBasisFormat,
                describe ? "The legal basis '" + ImportFinding.Cut(text) + "' does not start with a title in 《》, e.g. '《中华人民共和国行政许可法》第十二条（法律）'." : string.Empty,
                describe ? "法律依据“" + ImportFinding.Cut(text) + "”未以书名号《》内的名称开头，应写作“《中华人民共和国行政许可法》第十二条（法律）”。" : string.Empty);
            return false;
        }

        var article = rest[(titleEnd + 1)..].Trim();
        basis = new LegalBasis(rest[..(titleEnd + 1)], article.Length == 0 ? null : article, rank);
        problem = default;
        return true;
    }

    /// <summary>The index of the parenthesis that opens the group closed at <paramref name="close"/>, or -1.</summary>
    private static int MatchingOpen(string text, int close)
    {
        var depth = 0;
        for (var i = close; i >= 0; i--)
        {
            if (text[i] is '）' or ')')
            {
                depth++;
            }
            else if (text[i] is '（' or '(' && --depth == 0)
            {
                return i;
            }
        }

        return -1;
    }

    /// <summary>The index of the 》 that closes the 《 at index 0, or -1.</summary>
    private static int MatchingClose(string text)
    {
        var depth = 0;
        for (var i = 0; i < text.Length; i++)
        {
            if (text[i] == '《')
            {
                depth++;
            }
            else if (text[i] == '》' && --depth == 0)
            {
                return i;
            }
        }

        return -1;
    }
}
