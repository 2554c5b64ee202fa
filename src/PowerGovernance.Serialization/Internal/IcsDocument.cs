using System;
using System.Collections.Generic;
using System.Globalization;
using System.Text;
using PowerGovernance.Calendars;

namespace PowerGovernance.Serialization.Internal;

/// <summary>
/// A first pass over iCalendar text that Ical.Net does not do: content lines unfolded with the number of the
/// physical line each starts on, their names and parameters, and the BEGIN/END structure, so that every problem
/// can be given a line. Ical.Net 5 records no line numbers and stops at the first malformed line or value.
/// </summary>
internal sealed class IcsDocument
{
    private IcsDocument(string[] physicalLines, IcsComponent? root)
    {
        PhysicalLines = physicalLines;
        Root = root;
    }

    /// <summary>Gets the physical lines of the input, without line ends.</summary>
    internal string[] PhysicalLines { get; }

    /// <summary>Gets the VCALENDAR, or null when the structure is broken (then problems were reported).</summary>
    internal IcsComponent? Root { get; }

    internal static IcsDocument Scan(string text, CalendarProblems problems)
    {
        if (text.Length > 0 && text[0] == '\uFEFF')
        {
            text = text[1..];
        }

        var physical = text.Split(["\r\n", "\n", "\r"], StringSplitOptions.None);
        var contentLines = new List<IcsLine>();
        var clean = true;
        StringBuilder? unfolding = null;
        for (var i = 0; i < physical.Length; i++)
        {
            var line = physical[i];
            if (line.Length == 0)
            {
                continue;
            }

            // RFC 5545 allows no control character but tab in a content line; a NUL would end a value early in some readers.
            if (StrictText.FirstForbiddenChar(line) is var forbidden and >= 0)
            {
                var code = string.Create(CultureInfo.InvariantCulture, $"U+{(int)line[forbidden]:X4}");
                problems.Add("line", code, CalendarRuleCodes.Syntax, string.Create(CultureInfo.InvariantCulture, $"The line holds a control character or an unpaired surrogate ({code}) at column {forbidden + 1}; iCalendar allows neither."), string.Create(CultureInfo.InvariantCulture, $"该行第{forbidden + 1}列含有控制字符或不成对的代理项（{code}），iCalendar不允许。"), i + 1);
                clean = false;
                continue;
            }

            if ((line[0] == ' ' || line[0] == '\t') && (unfolding is not null || contentLines.Count > 0))
            {
                // Unfold into one builder: appending to the string each time would copy it again for every folded line.
                unfolding ??= new StringBuilder(contentLines[^1].Text);
                unfolding.Append(line, 1, line.Length - 1);
                contentLines[^1] = contentLines[^1] with { LastLine = i + 1 };
            }
            else
            {
                Flush();
                contentLines.Add(new IcsLine(line, i + 1, i + 1));
            }
        }

        Flush();

        void Flush()
        {
            if (unfolding is not null)
            {
                contentLines[^1] = contentLines[^1] with { Text = unfolding.ToString() };
                unfolding = null;
            }
        }

        IcsComponent? root = null;
        var stack = new Stack<IcsComponent>();
        var ok = true;
        foreach (var line in contentLines)
        {
            if (!TryParse(line, out var property))
            {
                problems.Add("line", line.Text, CalendarRuleCodes.Syntax, "Not an iCalendar content line 'NAME[;PARAM=VALUE]:value'.", "不是iCalendar内容行（名称[;参数=值]:值）。", line.FirstLine);
                ok = false;
                continue;
            }

            if (property.Name == "BEGIN")
            {
                var component = new IcsComponent(property.Value.ToUpperInvariant(), line.FirstLine);
                if (stack.Count == 0)
                {
                    if (root is not null || component.Name != "VCALENDAR")
                    {
                        problems.Add("BEGIN", property.Value, CalendarRuleCodes.Syntax, root is null ? "The file must start with BEGIN:VCALENDAR." : "The file holds more than one VCALENDAR.", root is null ? "文件须以BEGIN:VCALENDAR开始。" : "文件含有多个VCALENDAR。", line.FirstLine);
                        return new IcsDocument(physical, null);
                    }

                    root = component;
                }
                else
                {
                    stack.Peek().Children.Add(component);
                }

                stack.Push(component);
            }
            else if (property.Name == "END")
            {
                if (stack.Count == 0 || !string.Equals(stack.Peek().Name, property.Value, StringComparison.OrdinalIgnoreCase))
                {
                    var expected = stack.Count == 0 ? "nothing" : "END:" + stack.Peek().Name;
                    problems.Add("END", property.Value, CalendarRuleCodes.Syntax, "Expected " + expected + ".", "此处应为" + (stack.Count == 0 ? "文件结束" : "END:" + stack.Peek().Name) + "。", line.FirstLine);
                    return new IcsDocument(physical, null);
                }

                stack.Pop().EndLine = line.LastLine;
            }
            else if (stack.Count == 0)
            {
                problems.Add(property.Name, null, CalendarRuleCodes.Syntax, "A property outside BEGIN:VCALENDAR … END:VCALENDAR.", "属性位于VCALENDAR之外。", line.FirstLine);
                return new IcsDocument(physical, null);
            }
            else
            {
                stack.Peek().Properties.Add(property);
            }
        }

        if (stack.Count > 0)
        {
            problems.Add("END", null, CalendarRuleCodes.Syntax, "BEGIN:" + stack.Peek().Name + " on line " + stack.Peek().BeginLine.ToString(CultureInfo.InvariantCulture) + " is never ended.", "第" + stack.Peek().BeginLine.ToString(CultureInfo.InvariantCulture) + "行的BEGIN:" + stack.Peek().Name + "没有结束。", null);
            return new IcsDocument(physical, null);
        }

        if (root is null)
        {
            problems.Add("BEGIN", null, CalendarRuleCodes.Syntax, "The input holds no VCALENDAR.", "输入中没有VCALENDAR。", 1);
        }

        return new IcsDocument(physical, ok && clean ? root : null);
    }

    /// <summary>Returns the physical lines <paramref name="first"/>..<paramref name="last"/> (1-based) joined with CRLF.</summary>
    internal string Segment(int first, int last) => string.Join("\r\n", PhysicalLines[(first - 1)..last]);

    private static bool TryParse(IcsLine line, out IcsProperty property)
    {
        var text = line.Text;
        var i = 0;
        while (i < text.Length && (char.IsAsciiLetterOrDigit(text[i]) || text[i] == '-' || text[i] == '_'))
        {
            i++;
        }

        property = default!;
        if (i == 0)
        {
            return false;
        }

        var name = text[..i].ToUpperInvariant();
        var parameters = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        while (i < text.Length && text[i] == ';')
        {
            var start = ++i;
            while (i < text.Length && text[i] != '=' && text[i] != ':' && text[i] != ';')
            {
                i++;
            }

            if (i >= text.Length || text[i] != '=' || i == start)
            {
                return false;
            }

            var parameterName = text[start..i];
            var valueStart = ++i;
            var quoted = false;
            while (i < text.Length && (quoted || (text[i] != ';' && text[i] != ':')))
            {
                if (text[i] == '"')
                {
                    quoted = !quoted;
                }

                i++;
            }

            parameters[parameterName] = text[valueStart..i].Trim('"');
        }

        if (i >= text.Length || text[i] != ':')
        {
            return false;
        }

        property = new IcsProperty(name, parameters, text[(i + 1)..], line.FirstLine, line.LastLine);
        return true;
    }

    private sealed record IcsLine(string Text, int FirstLine, int LastLine);
}

/// <summary>A component (VCALENDAR, VEVENT, …) with its properties and children, and the lines it spans.</summary>
internal sealed class IcsComponent(string name, int beginLine)
{
    public string Name { get; } = name;

    public int BeginLine { get; } = beginLine;

    public int EndLine { get; set; }

    public List<IcsProperty> Properties { get; } = [];

    public List<IcsComponent> Children { get; } = [];
}

/// <summary>One unfolded content line: name (upper case), parameters, raw (still escaped) value, and the physical lines it spans.</summary>
internal sealed record IcsProperty(string Name, IReadOnlyDictionary<string, string> Parameters, string Value, int FirstLine, int LastLine);
