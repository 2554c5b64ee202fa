using System;
using System.Collections.Generic;
using System.Linq;
using NodaTime;
using PowerGovernance.Internal;

namespace PowerGovernance.Procedures;

/// <summary>
/// Describes an argument a trigger takes (动作参数): its name recorded in the event, its names in both languages and
/// the values it accepts. The engine checks every argument against its description before anything else happens; a
/// wrong value is refused with the argument's name, the refused value and the accepted values, in English and
/// Chinese. Create one with the factory methods; the typed <see cref="ProcedureArgument{T}"/> reads and writes values.
/// </summary>
public abstract class ProcedureArgument
{
    private const int MaxTextLength = 4000;

    private protected ProcedureArgument(string name, string chineseName, string englishName, IReadOnlyList<string> acceptedValues, string form, string chineseForm)
    {
        Name = Preconditions.CheckNotBlank(name);
        ChineseName = Preconditions.CheckNotBlank(chineseName);
        EnglishName = Preconditions.CheckNotBlank(englishName);
        AcceptedValues = Internal.ImmutableLists.Of(acceptedValues);
        Form = form;
        ChineseForm = chineseForm;
    }

    /// <summary>Gets the name recorded in the event (参数名), e.g. <c>cause</c>.</summary>
    public string Name { get; }

    /// <summary>Gets the Chinese name (中文名称), e.g. <c>中止事由</c>.</summary>
    public string ChineseName { get; }

    /// <summary>Gets the English name, e.g. <c>cause of the suspension</c>.</summary>
    public string EnglishName { get; }

    /// <summary>Gets the values the argument accepts (可选值), as recorded; empty when any value of its form is accepted.</summary>
    public IReadOnlyList<string> AcceptedValues { get; }

    /// <summary>Gets the form a value takes, in English, e.g. <c>an ISO date (uuuu-MM-dd)</c>.</summary>
    public string Form { get; }

    /// <summary>Gets the form a value takes, in Chinese (取值格式).</summary>
    public string ChineseForm { get; }

    /// <summary>
    /// Creates a free-text argument (文字参数): any text of at most 4,000 characters with something visible in it; text made
    /// only of white space, zero-width, format or control characters (such as U+200B) counts as blank and is refused.
    /// </summary>
    /// <param name="name">The name recorded in the event.</param>
    /// <param name="chineseName">The Chinese name.</param>
    /// <param name="englishName">The English name.</param>
    /// <returns>The argument.</returns>
    public static ProcedureArgument<string> Text(string name, string chineseName, string englishName) =>
        new(name, chineseName, englishName, [], "non-blank text of at most 4000 characters", "不超过4000字的非空文字", TryText, static v => v);

    /// <summary>
    /// Creates an argument naming a person by id (人员参数), as an <see cref="Actor.Name"/>: at most 200 characters, no white space at
    /// either end, no control or format characters (such as U+200B), in Unicode NFC, so that a look-alike id can never pose as
    /// another person; compared exactly.
    /// </summary>
    /// <param name="name">The name recorded in the event.</param>
    /// <param name="chineseName">The Chinese name.</param>
    /// <param name="englishName">The English name.</param>
    /// <returns>The argument.</returns>
    public static ProcedureArgument<string> Person(string name, string chineseName, string englishName) =>
        new(name, chineseName, englishName, [], "a person's id without white space at either end, invisible characters or non-NFC text", "首尾无空白、不含不可见字符且为NFC形式的人员标识", static text => (PersonIds.Problem(text) is null, text), static v => v);

    /// <summary>Creates an argument that is one of a fixed list of values (选项参数), compared exactly (ordinal).</summary>
    /// <param name="name">The name recorded in the event.</param>
    /// <param name="chineseName">The Chinese name.</param>
    /// <param name="englishName">The English name.</param>
    /// <param name="values">The accepted values; at least one, none blank.</param>
    /// <returns>The argument.</returns>
    public static ProcedureArgument<string> OneOf(string name, string chineseName, string englishName, IEnumerable<string> values)
    {
        var accepted = Preconditions.CheckNotNull(values).ToArray();
        if (accepted.Length == 0 || accepted.Any(string.IsNullOrWhiteSpace))
        {
            throw new ArgumentException("At least one value is accepted, and none is blank. / 至少有一个可选值，且不得为空。", nameof(values));
        }

        return new(name, chineseName, englishName, Array.AsReadOnly(accepted), "one of the accepted values", "可选值之一", text => (Array.IndexOf(accepted, text) >= 0, text), static v => v);
    }

    /// <summary>Creates an argument whose value is a member of <typeparamref name="TEnum"/>, recorded by its name (枚举参数).</summary>
    /// <typeparam name="TEnum">The enumeration; its defined members are the accepted values.</typeparam>
    /// <param name="name">The name recorded in the event.</param>
    /// <param name="chineseName">The Chinese name.</param>
    /// <param name="englishName">The English name.</param>
    /// <returns>The argument.</returns>
    /// <remarks>Only the exact member names are accepted: not numbers, not other letter cases, not names padded with white space,
    /// and not comma-joined combinations (<c>"Minor,Serious"</c> is refused, never read as another member).</remarks>
    public static ProcedureArgument<TEnum> Choice<TEnum>(string name, string chineseName, string englishName)
        where TEnum : struct, Enum
    {
        var names = Enum.GetNames<TEnum>();
        return new(
            name,
            chineseName,
            englishName,
            Array.AsReadOnly(names),
            "one of the accepted values",
            "可选值之一",
            static text => StrictEnum.TryParse<TEnum>(text, out var value) ? (true, value) : (false, default),
            static v => v.ToString());
    }

    /// <summary>Creates a date argument (日期参数), recorded as an ISO date <c>uuuu-MM-dd</c>.</summary>
    /// <param name="name">The name recorded in the event.</param>
    /// <param name="chineseName">The Chinese name.</param>
    /// <param name="englishName">The English name.</param>
    /// <returns>The argument.</returns>
    public static ProcedureArgument<LocalDate> Date(string name, string chineseName, string englishName) =>
        new(name, chineseName, englishName, [], "an ISO date (uuuu-MM-dd)", "ISO日期（uuuu-MM-dd）", static text => ClockTransitions.ParseDate(text) is { } date ? (true, date) : (false, default), static v => v.ToString("uuuu-MM-dd", System.Globalization.CultureInfo.InvariantCulture));

    /// <summary>
    /// Creates a list argument (列表参数): one or more distinct items, recorded joined with commas; with
    /// <paramref name="values"/>, each item must be one of them. An item given twice (<c>"a,a"</c>) is refused.
    /// </summary>
    /// <param name="name">The name recorded in the event.</param>
    /// <param name="chineseName">The Chinese name.</param>
    /// <param name="englishName">The English name.</param>
    /// <param name="values">The accepted items, or <see langword="null"/> for any item without a comma.</param>
    /// <returns>The argument.</returns>
    public static ProcedureArgument<IReadOnlyList<string>> ListOf(string name, string chineseName, string englishName, IEnumerable<string>? values = null)
    {
        var accepted = values?.ToArray();
        return new(
            name,
            chineseName,
            englishName,
            accepted is null ? [] : Array.AsReadOnly(accepted),
            "one or more distinct items separated by commas",
            "以逗号分隔的一项或多项（不得重复）",
            text =>
            {
                var items = text.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);
                var ok = text.Length <= MaxTextLength && items.Length > 0
                    && items.All(VisibleText.HasVisibleText)
                    && (accepted is null || items.All(i => Array.IndexOf(accepted, i) >= 0))
                    && FirstRepeated(items) is null;
                return (ok, Array.AsReadOnly(items));
            },
            static items => string.Join(",", items.Select(static i => !VisibleText.HasVisibleText(i) || i.Contains(',', StringComparison.Ordinal) ? throw new ArgumentException("An item is blank or holds a comma.", nameof(items)) : i.Trim())))
        {
            IsList = true,
        };
    }

    /// <summary>Gets whether the argument is a list (<see cref="ListOf"/>), so a refusal can name a repeated item.</summary>
    internal bool IsList { get; private protected init; }

    /// <summary>Returns whether <paramref name="text"/> is a value this argument accepts.</summary>
    /// <param name="text">The value as recorded.</param>
    /// <returns><see langword="true"/> when accepted.</returns>
    public abstract bool Accepts(string? text);

    /// <summary>Returns the argument's name.</summary>
    /// <returns>The name.</returns>
    public override string ToString() => Name;

    /// <summary>The refusal of <paramref name="text"/>, naming the argument, the value and what is accepted.</summary>
    internal (string English, string Chinese) Refusal(string text)
    {
        var shown = text.Length <= 200 ? text : text[..200] + "…";
        if (IsList && FirstRepeated(text.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries)) is { } repeated)
        {
            var item = repeated.Length <= 200 ? repeated : repeated[..200] + "…";
            return (
                $"the argument '{Name}' ({EnglishName}) has the value '{shown}': '{item}' is given twice; each item is given once.",
                $"参数“{Name}”（{ChineseName}）的值“{shown}”中“{item}”重复出现；每项只能出现一次。");
        }

        if (AcceptedValues.Count == 0)
        {
            return (
                $"the argument '{Name}' ({EnglishName}) has the value '{shown}', which is not {Form}.",
                $"参数“{Name}”（{ChineseName}）的值“{shown}”不是{ChineseForm}。");
        }

        var listed = string.Join(", ", AcceptedValues);
        return (
            $"the argument '{Name}' ({EnglishName}) has the value '{shown}'; accepted values: {listed}.",
            $"参数“{Name}”（{ChineseName}）的值“{shown}”不被接受；可选值：{string.Join("、", AcceptedValues)}。");
    }

    /// <summary>The first item that appears a second time (ordinal), or <see langword="null"/> when all are distinct.</summary>
    internal static string? FirstRepeated(IReadOnlyList<string> items)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var item in items)
        {
            if (!seen.Add(item))
            {
                return item;
            }
        }

        return null;
    }

    private static (bool, string) TryText(string text) => (VisibleText.HasVisibleText(text) && text.Length <= MaxTextLength, text);
}
