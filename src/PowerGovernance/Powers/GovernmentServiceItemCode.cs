using System;
using System.Collections.Generic;
using System.Diagnostics.CodeAnalysis;
using PowerGovernance.Internal;
using PowerGovernance.Validation;

namespace PowerGovernance.Powers;

/// <summary>
/// A government service item's implementation code (政务服务事项实施编码, GB/T 39554.1-2020) read into its parts: the
/// basic code (基本编码) of the item in the basic catalog, the administrative area code (行政区划代码) where it is
/// implemented, the implementing body's unified social credit code (实施主体统一社会信用代码) and the handling item code
/// (业务办理项编码), written joined by hyphens, e.g. <c>000101001000-620524000000-116205240139604228-00</c>.
/// </summary>
/// <remarks>
/// <para>
/// Each part is checked: the basic code is 4 to 20 digits or capital letters, the area code a valid
/// <see cref="AdministrativeAreaCode"/> (6, 9 or 12 digits), the credit code a valid
/// <see cref="UnifiedSocialCreditCode"/> (check character included), the handling item code 1 to 6 digits or capital
/// letters. <see cref="PowerCodeFormat.GovernmentServiceItem"/> is the matching <see cref="PowerCodeFormat"/>; provinces
/// that write the parts in another order, without hyphens or with further parts use their own format
/// (<see cref="PowerCodeFormat.FromPattern"/>) and their own reading.
/// </para>
/// <para>
/// <see cref="CheckArea"/> and <see cref="CheckImplementingBody"/> compare the code with the implementing body. Instances
/// are immutable; equal when their text is equal (ordinal).
/// </para>
/// </remarks>
public sealed record GovernmentServiceItemCode
{
    /// <summary>The separator between the parts: a hyphen.</summary>
    public const char Separator = '-';

    private GovernmentServiceItemCode(string basicCode, AdministrativeAreaCode area, UnifiedSocialCreditCode implementingBody, string handlingItemCode)
    {
        BasicCode = basicCode;
        Area = area;
        ImplementingBody = implementingBody;
        HandlingItemCode = handlingItemCode;
        Value = basicCode + Separator + area.ToString() + Separator + implementingBody.Value + Separator + handlingItemCode;
    }

    /// <summary>Gets the item's basic code (基本编码) in the basic catalog, e.g. <c>000101001000</c>.</summary>
    public string BasicCode { get; }

    /// <summary>Gets the administrative area code (行政区划代码) where the item is implemented.</summary>
    public AdministrativeAreaCode Area { get; }

    /// <summary>Gets the implementing body's unified social credit code (实施主体统一社会信用代码).</summary>
    public UnifiedSocialCreditCode ImplementingBody { get; }

    /// <summary>Gets the handling item code (业务办理项编码), e.g. <c>00</c>.</summary>
    public string HandlingItemCode { get; }

    /// <summary>Gets the whole code, the parts joined by hyphens.</summary>
    public string Value { get; }

    /// <summary>Builds a code from its parts.</summary>
    /// <param name="basicCode">The basic code: 4 to 20 digits or capital letters.</param>
    /// <param name="area">The area code; not empty.</param>
    /// <param name="implementingBody">The implementing body's credit code; not empty.</param>
    /// <param name="handlingItemCode">The handling item code: 1 to 6 digits or capital letters.</param>
    /// <returns>The code.</returns>
    /// <exception cref="ArgumentNullException">A text is null.</exception>
    /// <exception cref="ArgumentException">A part breaks its rule; the message lists every problem in English and Simplified Chinese.</exception>
    public static GovernmentServiceItemCode Create(string basicCode, AdministrativeAreaCode area, UnifiedSocialCreditCode implementingBody, string handlingItemCode)
    {
        Preconditions.CheckNotNull(basicCode);
        Preconditions.CheckNotNull(handlingItemCode);
        var findings = new List<Finding>();
        CheckPart(findings, nameof(BasicCode), basicCode, 4, 20, "basic code (基本编码)", "基本编码");
        CheckPart(findings, nameof(HandlingItemCode), handlingItemCode, 1, 6, "handling item code (业务办理项编码)", "业务办理项编码");
        if (area.IsEmpty)
        {
            findings.Add(Finding.Error(CodeRuleCodes.AreaCodeLength, nameof(Area), null, "The administrative area code is empty.", "行政区划代码为空。"));
        }

        if (implementingBody.IsEmpty)
        {
            findings.Add(Finding.Error(CodeRuleCodes.CreditCodeLength, nameof(ImplementingBody), null, "The implementing body's unified social credit code is empty.", "实施主体统一社会信用代码为空。"));
        }

        if (findings.Count > 0)
        {
            throw new ArgumentException(ProblemList.Describe("The implementation code's parts", "实施编码的组成部分", findings));
        }

        return new GovernmentServiceItemCode(basicCode, area, implementingBody, handlingItemCode);
    }

    /// <summary>Reads an implementation code and checks every part.</summary>
    /// <param name="text">The code, exactly as written.</param>
    /// <returns>The code.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="text"/> is null.</exception>
    /// <exception cref="FormatException">The text is not an implementation code; the message lists every problem (see <see cref="Validate"/>).</exception>
    public static GovernmentServiceItemCode Parse(string text)
    {
        Preconditions.CheckNotNull(text);
        if (TryParse(text, out var code))
        {
            return code;
        }

        throw new FormatException(ProblemList.Describe(
            "The implementation code '" + CodeText.Shown(text) + "'",
            "实施编码“" + CodeText.Shown(text) + "”",
            Validate(text)));
    }

    /// <summary>Reads an implementation code if every part is valid.</summary>
    /// <param name="text">The code, exactly as written.</param>
    /// <param name="code">The code, or <see langword="null"/> on failure.</param>
    /// <returns><see langword="true"/> when the text is an implementation code.</returns>
    public static bool TryParse([NotNullWhen(true)] string? text, [NotNullWhen(true)] out GovernmentServiceItemCode? code)
    {
        code = null;
        if (text is null || text.Length > CodeText.MaxInputLength || !Split(text, out var parts))
        {
            return false;
        }

        var (basic, areaText, creditText, item) = parts;
        if (!IsPart(basic, 4, 20) || !IsPart(item, 1, 6)
            || !AdministrativeAreaCode.TryParse(areaText, out var area)
            || !UnifiedSocialCreditCode.TryParse(creditText, out var body))
        {
            return false;
        }

        code = new GovernmentServiceItemCode(basic, area, body, item);
        return true;
    }

    /// <summary>
    /// Checks a text and returns every problem at once: the shape (<see cref="CodeRuleCodes.ItemCodeMalformed"/>, path
    /// <paramref name="path"/>), and the problems of the area code and the credit code with their own codes (paths
    /// <c>path.Area</c> and <c>path.ImplementingBody</c>). All are errors.
    /// </summary>
    /// <param name="text">The code, exactly as written; <see langword="null"/> is reported as empty.</param>
    /// <param name="path">The path of the code, e.g. <c>Code</c>; empty by default.</param>
    /// <returns>The findings; empty when the text is an implementation code.</returns>
    public static IReadOnlyList<Finding> Validate(string? text, string path = "")
    {
        Preconditions.CheckNotNull(path);
        if (TryParse(text, out _))
        {
            return [];
        }

        var findings = new List<Finding>();
        var shown = text is null ? null : CodeText.Shown(text);
        if (string.IsNullOrEmpty(text) || text.Length > CodeText.MaxInputLength || !Split(text, out var parts))
        {
            var length = text is null ? "0" : CodeText.Invariant(text.Length);
            findings.Add(Finding.Error(CodeRuleCodes.ItemCodeMalformed, path, shown,
                "The implementation code (实施编码) '" + shown + "' (" + length + " characters) is not four parts joined by hyphens: basic code, area code, the implementing body's unified social credit code, handling item code, e.g. '" + PowerCodeFormat.GovernmentServiceItem.Example + "'.",
                "实施编码“" + shown + "”（" + length + "个字符）不是由连字符连接的四部分：基本编码、行政区划代码、实施主体统一社会信用代码、业务办理项编码，示例：“" + PowerCodeFormat.GovernmentServiceItem.Example + "”。"));
            return findings;
        }

        var (basic, areaText, creditText, item) = parts;
        CheckPart(findings, path, basic, 4, 20, "basic code (基本编码, part 1)", "基本编码（第1部分）");
        findings.AddRange(AdministrativeAreaCode.Validate(areaText, Join(path, nameof(Area))));
        findings.AddRange(UnifiedSocialCreditCode.Validate(creditText, Join(path, nameof(ImplementingBody))));
        CheckPart(findings, path, item, 1, 6, "handling item code (业务办理项编码, part 4)", "业务办理项编码（第4部分）");
        return findings;
    }

    /// <summary>
    /// Checks that the code's area and the area of the implementing body's registration authority (positions 3–8 of the
    /// credit code inside it) agree: one is the other or lies within it. Reports
    /// <see cref="CodeRuleCodes.ItemCodeAreaMismatch"/> otherwise — an error across provinces, a warning within one. Not
    /// checked when the body was registered centrally or its registration area is not a county-, city- or province-level
    /// code.
    /// </summary>
    /// <param name="path">The path of the code, e.g. <c>Code</c>; empty by default.</param>
    /// <returns>No finding, or the one mismatch.</returns>
    public IReadOnlyList<Finding> CheckArea(string path = "")
    {
        Preconditions.CheckNotNull(path);
        if (ImplementingBody.RegistrationArea is not { } registered || registered.Contains(Area) || Area.Contains(registered))
        {
            return [];
        }

        var otherProvince = registered.Province != Area.Province;
        var english = "The implementation code '" + Value + "' is implemented in area " + Area + ", but its implementing body " + ImplementingBody + " was registered by the authority of area " + registered
            + "; neither area lies within the other" + (otherProvince ? ", and they are in different provinces." : ". Check that the body implements the item here (a body may be registered by another level's authority).");
        var chinese = "实施编码“" + Value + "”的实施区划为" + Area + "，而实施主体" + ImplementingBody + "的登记管理机关区划为" + registered
            + "，两者互不包含" + (otherProvince ? "，且分属不同省份。" : "。请核实该主体是否在本区划实施此事项（主体可能由其他层级的登记管理机关登记）。");
        return [otherProvince
            ? Finding.Error(CodeRuleCodes.ItemCodeAreaMismatch, path, Value, english, chinese)
            : Finding.Warning(CodeRuleCodes.ItemCodeAreaMismatch, path, Value, english, chinese)];
    }

    /// <summary>
    /// Checks the code against the body that implements the item: its credit code must be the one inside the code
    /// (<see cref="CodeRuleCodes.ItemCodeBodyMismatch"/>, an error), and the areas must agree (<see cref="CheckArea"/>).
    /// </summary>
    /// <param name="implementingBody">The implementing body's unified social credit code as the catalog records it.</param>
    /// <param name="path">The path of the code, e.g. <c>Code</c>; empty by default.</param>
    /// <returns>The findings, empty when the code fits the body.</returns>
    public IReadOnlyList<Finding> CheckImplementingBody(UnifiedSocialCreditCode implementingBody, string path = "")
    {
        Preconditions.CheckNotNull(path);
        var findings = new List<Finding>();
        if (implementingBody != ImplementingBody)
        {
            findings.Add(Finding.Error(CodeRuleCodes.ItemCodeBodyMismatch, path, Value,
                "The implementation code '" + Value + "' names the implementing body " + ImplementingBody + ", but the item is implemented by " + (implementingBody.IsEmpty ? "a body without a credit code" : implementingBody.Value) + ".",
                "实施编码“" + Value + "”中的实施主体统一社会信用代码为" + ImplementingBody + "，而事项的实施主体为" + (implementingBody.IsEmpty ? "未登记统一社会信用代码的主体" : implementingBody.Value) + "。"));
        }

        findings.AddRange(CheckArea(path));
        return findings;
    }

    /// <summary>Returns the code as a <see cref="PowerCode"/> (权力编码), which <see cref="PowerCodeFormat.GovernmentServiceItem"/> accepts.</summary>
    /// <returns>The power code.</returns>
    public PowerCode ToPowerCode() => new(Value);

    /// <summary>Returns the whole code, the parts joined by hyphens.</summary>
    /// <returns>The code text.</returns>
    public override string ToString() => Value;

    private static string Join(string path, string member) => path.Length == 0 ? member : path + "." + member;

    private static bool Split(string text, out (string Basic, string Area, string Credit, string Item) parts)
    {
        parts = default;
        var first = text.IndexOf(Separator, StringComparison.Ordinal);
        var second = first < 0 ? -1 : text.IndexOf(Separator, first + 1);
        var third = second < 0 ? -1 : text.IndexOf(Separator, second + 1);
        if (third < 0 || text.IndexOf(Separator, third + 1) >= 0)
        {
            return false;
        }

        parts = (text[..first], text[(first + 1)..second], text[(second + 1)..third], text[(third + 1)..]);
        return true;
    }

    private static bool IsPart(string part, int min, int max)
    {
        if (part.Length < min || part.Length > max)
        {
            return false;
        }

        foreach (var c in part)
        {
            if (c is not ((>= '0' and <= '9') or (>= 'A' and <= 'Z')))
            {
                return false;
            }
        }

        return true;
    }

    private static void CheckPart(List<Finding> findings, string path, string part, int min, int max, string english, string chinese)
    {
        if (IsPart(part, min, max))
        {
            return;
        }

        var shown = CodeText.Shown(part);
        findings.Add(Finding.Error(CodeRuleCodes.ItemCodeMalformed, path, shown,
            "The " + english + " '" + shown + "' is not " + CodeText.Invariant(min) + " to " + CodeText.Invariant(max) + " digits or capital letters.",
            chinese + "“" + shown + "”应为" + CodeText.Invariant(min) + "至" + CodeText.Invariant(max) + "位数字或大写字母。"));
    }
}
