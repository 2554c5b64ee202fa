namespace PowerGovernance.Powers;

/// <summary>
/// The stable codes of the findings about national codes (编码规则): the unified social credit code (统一社会信用代码,
/// GB 32100-2015), the administrative area code (行政区划代码, GB/T 2260 and the statistical division codes) and the
/// government service item implementation code (政务服务事项实施编码, GB/T 39554.1-2020). Each entry states the severity;
/// the path is the one the caller passes to the check (e.g. <c>Code</c>), and the message names the position and the
/// character where one is at fault.
/// </summary>
/// <remarks>Codes are PascalCase rule names, the same in every language; a released code never changes meaning.</remarks>
public static class CodeRuleCodes
{
    /// <summary>
    /// Error: the text is not 18 characters long (统一社会信用代码长度错误), or is empty, or longer than 256 characters
    /// (refused before any other check).
    /// </summary>
    public const string CreditCodeLength = nameof(CreditCodeLength);

    /// <summary>
    /// Error: a character is not in the code's character set (统一社会信用代码含有非法字符): the digits 0–9 and the capital
    /// letters without I, O, Z, S and V. Lower-case letters and full-width characters are refused too; the message names
    /// the position and the character and, where there is one, the character meant.
    /// </summary>
    public const string CreditCodeCharacter = nameof(CreditCodeCharacter);

    /// <summary>
    /// Error: one of positions 3 to 8, the registration authority's administrative area code (登记管理机关行政区划码), is
    /// not a digit (登记管理机关行政区划码须为数字).
    /// </summary>
    public const string CreditCodeAreaNotDigits = nameof(CreditCodeAreaNotDigits);

    /// <summary>
    /// Error: the check character (校验码, position 18) is not the one the first 17 characters give under GB 32100-2015
    /// (统一社会信用代码校验码错误); the message names both.
    /// </summary>
    public const string CreditCodeCheckCharacter = nameof(CreditCodeCheckCharacter);

    /// <summary>
    /// Warning, reported only by <see cref="UnifiedSocialCreditCode.ValidateBodyIdentifier"/>: the body identifier's own
    /// check character (position 17, the check character of the organisation code under GB 11714) is not the one its
    /// first eight characters give (主体标识码校验码不符). Codes issued since 2015 in some provinces do not satisfy it,
    /// so it is never part of parsing.
    /// </summary>
    public const string CreditCodeBodyCheckCharacter = nameof(CreditCodeBodyCheckCharacter);

    /// <summary>Error: an administrative area code is not 6, 9 or 12 digits long (行政区划代码长度错误).</summary>
    public const string AreaCodeLength = nameof(AreaCodeLength);

    /// <summary>Error: a character of an administrative area code is not an ASCII digit (行政区划代码含有非数字字符).</summary>
    public const string AreaCodeCharacter = nameof(AreaCodeCharacter);

    /// <summary>
    /// Error: the digits do not form an area code (行政区划代码结构错误): the province digits are not 11–89 without a
    /// zero, a county has no city digits, a township stands directly under a province, or a village has no township.
    /// </summary>
    public const string AreaCodeStructure = nameof(AreaCodeStructure);

    /// <summary>
    /// Error: an implementation code is not four parts joined by hyphens — basic code, area code, the implementing body's
    /// unified social credit code, handling item code — or a part has the wrong shape (实施编码格式错误). A bad area code
    /// or credit code inside is reported with its own code as well.
    /// </summary>
    public const string ItemCodeMalformed = nameof(ItemCodeMalformed);

    /// <summary>
    /// The area code of an implementation code and the area of the implementing body's registration authority (positions
    /// 3–8 of its credit code) are not the same area and neither lies within the other (实施编码区划与实施主体不符).
    /// Error when they are in different provinces; Warning within one province, where a body may be registered by another
    /// level's authority. Not checked for a body registered centrally (area <c>100000</c>).
    /// </summary>
    public const string ItemCodeAreaMismatch = nameof(ItemCodeAreaMismatch);

    /// <summary>
    /// Error: the unified social credit code inside an implementation code is not the implementing body's
    /// (实施编码中的统一社会信用代码与实施主体不符).
    /// </summary>
    public const string ItemCodeBodyMismatch = nameof(ItemCodeBodyMismatch);
}
