using System;
using System.Collections.Frozen;
using System.Collections.Generic;
using System.Linq;
using System.Text;

namespace PowerGovernance.Serialization.Internal;

/// <summary>The column table, and header lookup.</summary>
internal static class CsvColumns
{
    internal const int Count = 31;

    internal static CatalogCsvColumn[] All { get; } =
    [
        new(1, "权力编码", "Code", ["编码", "事项编码", "PowerCode"], true, "The power code as written, e.g. 62052400MZ-XK-0001 (its format is a catalog rule, checked by the validator). Codes must be unique."),
        new(2, "项目名称", "Name", ["权力名称", "事项名称"], true, "The item name."),
        new(3, "权力类别", "Category", ["类别", "权力类型"], true, "A type code (XK) or name (行政许可, 许可, Administrative licensing) of a well-known category or of CatalogCsvOptions.AdditionalCategories; empty = none."),
        new(4, "法律依据", "LegalBases", ["权力依据", "设定依据", "LegalBasis"], true, "《标题》第X条（效力层级）, several joined by ； ; or line breaks; ranks 法律/行政法规/部门规章/地方性法规/地方政府规章/规范性文件/党内法规 (or Law, AdministrativeRegulation, …); empty = none."),
        new(5, "实施主体", "ImplementingBody", [], false, "Text."),
        new(6, "承办机构", "UndertakingUnit", ["承办科室", "承办队室"], false, "Text."),
        new(7, "承办岗位", "UndertakingPost", [], false, "Text."),
        new(8, "负责人", "ResponsiblePerson", ["责任人"], false, "Text."),
        new(9, "启动方式", "Initiation", [], true, "依申请 or 依职权 (OnApplication or ExOfficio); may not be empty."),
        new(10, "办理条件", "Conditions", ["受理条件"], false, "Text."),
        new(11, "法定时限", "LegalTimeLimit", ["法定期限"], false, "20个工作日, 20工作日, 90日, 90天, 90个自然日, 20 working days, 90 natural days, 90 days; empty = none."),
        new(12, "承诺时限", "CommittedTimeLimit", ["承诺期限"], false, "As 法定时限."),
        new(13, "是否收费", "Charged", [], false, "是 or 否 (yes/no, true/false, 1/0); empty = 否."),
        new(14, "收费金额", "FeeAmount", [], false, "A decimal number of yuan with a point, e.g. 10 or 12.50 (¥ or 元 allowed); empty = none."),
        new(15, "收费依据", "FeeBasis", [], false, "Text."),
        new(16, "收费标准", "FeeStandard", [], false, "Text."),
        new(17, "公开范围", "DisclosureScope", [], false, "Text."),
        new(18, "公开形式", "DisclosureForms", [], false, "Joined by 、 or ;: 公示栏/办事指南/服务热线/政府网站/新闻媒体/会议/文件 (or NoticeBoard, Handbook, Hotline, Website, Media, Meeting, Circular); empty = none."),
        new(19, "公开时间", "DisclosureTiming", [], false, "长期公开/定期公开/阶段公开/即时公开/依申请公开 (or LongTerm, Periodic, ByStage, Immediate, OnRequest); empty = 长期公开."),
        new(20, "是否涉密", "Confidential", [], true, "是 or 否; empty = 否. Required, so that a missing or misspelt column never publishes a confidential power."),
        new(21, "不公开理由", "ConfidentialityReason", [], false, "Text."),
        new(22, "保密依据", "ConfidentialityBasis", [], false, "Text."),
        new(23, "监督机构", "SupervisingBody", [], false, "Text."),
        new(24, "投诉渠道", "ComplaintChannel", ["投诉电话"], false, "Text."),
        new(25, "所属主项编码", "MainItem", ["主项编码", "所属主项"], false, "For a sub-item (子项), the code of its main item (主项) as written; empty = a main item or an item without sub-items."),
        new(26, "行使层级", "ExercisingLevels", [], false, "Joined by 、 or ;: 省级/市级/县级/乡镇级 (or 省, 市, 县, 乡镇, 街道; Province, City, County, Township); empty = not stated."),
        new(27, "职责对象", "ServiceObjects", ["服务对象"], false, "Joined by 、 or ;: 自然人/法人/其他组织 (or 公民; Citizens, LegalPersons, OtherOrganisations); empty = not stated."),
        new(28, "审核转报", "ForwardedForReview", ["是否审核转报"], false, "是 or 否 (yes/no); empty = 否."),
        new(29, "实施主体统一社会信用代码", "ImplementingBodyCreditCode", ["统一社会信用代码"], false, "The implementing body's unified social credit code (GB 32100), 18 characters with a valid check character, exactly as issued; empty = not stated."),
        new(30, "实施主体行政区划代码", "ImplementingBodyArea", ["行政区划代码"], false, "The implementing body's administrative area code, 6, 9 or 12 digits; empty = not stated."),
        new(31, "责任事项", "Stages", ["环节责任事项"], false, "One stage per line: the stage (受理/立案/调查/审查/告知/决定/送达/执行/事后监管/其他, or Acceptance, Filing, …), a colon (：), the responsibilities joined by ；, and optionally at the end the accountability matter codes as 【追责：code、code】 (or 【accountability: code, code】), e.g. 受理：公示应当提交的材料；一次性告知补正材料【追责：procrastination】; empty = none."),
    ];

    private static readonly FrozenDictionary<string, Col> ByHeader = All
        .SelectMany(c => c.OtherHeaders.Append(c.ChineseHeader).Append(c.EnglishHeader).Select(h => (Key: Normalize(h), Col: (Col)(c.Number - 1))))
        .ToFrozenDictionary(x => x.Key, x => x.Col, StringComparer.Ordinal);

    internal static CatalogCsvColumn Of(Col col) => All[(int)col];

    internal static bool TryFind(string header, out Col col) => ByHeader.TryGetValue(Normalize(header), out col);

    private static readonly (string Key, CatalogCsvColumn Column, string Header)[] Keys = All
        .SelectMany(c => c.OtherHeaders.Append(c.ChineseHeader).Append(c.EnglishHeader).Select(h => (Normalize(h), c, h)))
        .ToArray();

    /// <summary>
    /// Finds the column a header that names none was probably meant to name: one whose header (any variant) is one
    /// edit away — a character changed, added, dropped, or two neighbours swapped — (two for headers of eight or more
    /// characters), or has the same characters in another order. Headers longer than 40 characters are not compared.
    /// </summary>
    internal static bool TryFindNearMiss(string header, out CatalogCsvColumn column, out string meant)
    {
        var key = Normalize(header);
        column = null!;
        meant = string.Empty;
        if (key.Length < 2 || key.Length > 40)
        {
            return false;
        }

        var best = int.MaxValue;
        foreach (var (known, col, text) in Keys)
        {
            var allowed = known.Length >= 8 ? 2 : known.Length >= 3 ? 1 : 0;
            var same = SameCharacters(key, known);
            var distance = same ? 1 : Math.Abs(known.Length - key.Length) > allowed ? int.MaxValue : Distance(key, known);
            if ((same || distance <= allowed) && distance < best)
            {
                best = distance;
                column = col;
                meant = text;
            }
        }

        return best != int.MaxValue;
    }

    private static bool SameCharacters(string a, string b)
    {
        if (a.Length != b.Length || a.Length < 2)
        {
            return false;
        }

        Span<char> x = stackalloc char[a.Length];
        Span<char> y = stackalloc char[b.Length];
        a.AsSpan().CopyTo(x);
        b.AsSpan().CopyTo(y);
        x.Sort();
        y.Sort();
        return x.SequenceEqual(y);
    }

    /// <summary>The optimal string alignment distance (Levenshtein with swaps of neighbours); both strings at most 40 characters, nothing allocated.</summary>
    private static int Distance(string a, string b)
    {
        Span<int> before = stackalloc int[b.Length + 1];
        Span<int> previous = stackalloc int[b.Length + 1];
        Span<int> current = stackalloc int[b.Length + 1];
        for (var j = 0; j <= b.Length; j++)
        {
            previous[j] = j;
        }

        for (var i = 1; i <= a.Length; i++)
        {
            current[0] = i;
            for (var j = 1; j <= b.Length; j++)
            {
                var cost = a[i - 1] == b[j - 1] ? 0 : 1;
                var value = Math.Min(Math.Min(previous[j] + 1, current[j - 1] + 1), previous[j - 1] + cost);
                if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1])
                {
                    value = Math.Min(value, before[j - 2] + 1);
                }

                current[j] = value;
            }

            var recycled = before;
            before = previous;
            previous = current;
            current = recycled;
        }

        return previous[b.Length];
    }

    /// <summary>Drops white space, <c>_</c>, <c>-</c> and <c>*</c> (a required-column marker) and lower-cases ASCII letters.</summary>
    internal static string Normalize(string header)
    {
        var key = new StringBuilder(header.Length);
        foreach (var c in header)
        {
            if (!char.IsWhiteSpace(c) && c is not ('_' or '-' or '*' or '\uFEFF'))
            {
                key.Append(char.IsAsciiLetterUpper(c) ? (char)(c | 0x20) : c);
            }
        }

        return key.ToString();
    }
}
