using System;
using System.Diagnostics.CodeAnalysis;
using System.Globalization;
using System.Runtime.CompilerServices;
using PowerGovernance.Calendars;

namespace PowerGovernance.Internal;

/// <summary>
/// Argument checks that throw .NET's own argument exceptions with the parameter name and a
/// culture-invariant message stating the rule that was broken, in English and Simplified Chinese.
/// </summary>
internal static class Preconditions
{
    internal static T CheckNotNull<T>([NotNull] T? argument, [CallerArgumentExpression(nameof(argument))] string? paramName = null)
        where T : class
    {
        if (argument is null)
        {
            throw new ArgumentNullException(paramName);
        }

        return argument;
    }

    internal static string CheckNotBlank([NotNull] string? argument, [CallerArgumentExpression(nameof(argument))] string? paramName = null)
    {
        CheckNotNull(argument, paramName);
        if (string.IsNullOrWhiteSpace(argument))
        {
            throw new ArgumentException("The value must not be empty or white space. 取值不能为空或仅含空白。", paramName);
        }

        return argument;
    }

    /// <summary>Checks that a required text a person writes (a matter, a reason) has something visible in it (<see cref="VisibleText"/>).</summary>
    internal static string CheckVisible([NotNull] string? argument, [CallerArgumentExpression(nameof(argument))] string? paramName = null)
    {
        CheckNotNull(argument, paramName);
        if (!VisibleText.HasVisibleText(argument))
        {
            throw new ArgumentException("The value must contain visible text, not only white space, zero-width or control characters. 取值须含可见文字，不能为空或仅含空白、零宽或控制字符。", paramName);
        }

        return argument;
    }

    internal static void CheckArgumentRange(int value, int minInclusive, int maxInclusive, [CallerArgumentExpression(nameof(value))] string? paramName = null)
    {
        if (value < minInclusive || value > maxInclusive)
        {
            throw new ArgumentOutOfRangeException(
                paramName,
                value,
                FormattableString.Invariant($"The value must be between {minInclusive} and {maxInclusive} inclusive. 取值须在{minInclusive}至{maxInclusive}之间（含两端）。"));
        }
    }

    /// <summary>
    /// Checks the value given to an option's setter and returns it. Call it from the property's <c>init</c>
    /// (or <c>set</c>) accessor: in an accessor the argument is always called <c>value</c>, so the exception
    /// names the option instead, e.g. <c>FrontDeskOptions.WrittenCopies</c>, with the value and the allowed
    /// range in English and Simplified Chinese.
    /// </summary>
    /// <param name="value">The value given.</param>
    /// <param name="minInclusive">The smallest value allowed.</param>
    /// <param name="maxInclusive">The largest value allowed.</param>
    /// <param name="optionsType">The options type's name, e.g. <c>nameof(FrontDeskOptions)</c>.</param>
    /// <param name="option">The property's name; filled in by the compiler when called from its accessor.</param>
    /// <returns><paramref name="value"/>.</returns>
    /// <exception cref="ArgumentOutOfRangeException">The value is outside the range; <see cref="ArgumentException.ParamName"/> is <c>Type.Property</c>.</exception>
    internal static int CheckOptionRange(int value, int minInclusive, int maxInclusive, string optionsType, [CallerMemberName] string option = "")
    {
        if (value < minInclusive || value > maxInclusive)
        {
            throw OptionOutOfRange(
                optionsType,
                option,
                value,
                FormattableString.Invariant($"must be between {minInclusive} and {maxInclusive} inclusive"),
                FormattableString.Invariant($"须在{minInclusive}至{maxInclusive}之间（含两端）"));
        }

        return value;
    }

    /// <summary>
    /// Checks an option that is a time limit: it must count <paramref name="kind"/> (the kind the rule counts in)
    /// and its days must lie in the range; otherwise throws naming the option, the value and the rule.
    /// </summary>
    internal static TimeLimit CheckOptionLimit(TimeLimit value, TimeLimitKind kind, int minInclusive, int maxInclusive, string optionsType, [CallerMemberName] string option = "")
    {
        var unit = kind == TimeLimitKind.WorkingDays ? "working days" : "natural days";
        var chineseUnit = kind == TimeLimitKind.WorkingDays ? "个工作日" : "个自然日";
        if (value.Kind != kind || value.Days < minInclusive || value.Days > maxInclusive)
        {
            throw new ArgumentOutOfRangeException(
                optionsType + "." + option,
                value,
                string.Create(
                    CultureInfo.InvariantCulture,
                    $"{optionsType}.{option} must be {minInclusive} to {maxInclusive} {unit} (the rule counts {unit}); {value} is not allowed. {optionsType}.{option}须为{minInclusive}至{maxInclusive}{chineseUnit}（该规定按{chineseUnit[1..]}计算），不能为{value.ToChineseString()}。"));
        }

        return value;
    }

    /// <summary>
    /// Builds the exception for an option given a value its rule does not allow, naming the option
    /// (<c>Type.Property</c>) as the parameter, the value and the rule, in English and Simplified Chinese.
    /// </summary>
    /// <param name="optionsType">The options type's name.</param>
    /// <param name="option">The property's name.</param>
    /// <param name="value">The value given.</param>
    /// <param name="rule">The rule in English, completing "Type.Property …", e.g. <c>must divide the year: 1, 2, 3, 4, 6 or 12</c>.</param>
    /// <param name="chineseRule">The rule in Simplified Chinese, completing "Type.Property…", e.g. <c>须能整除12个月</c>.</param>
    /// <returns>The exception to throw.</returns>
    internal static ArgumentOutOfRangeException OptionOutOfRange(string optionsType, string option, object value, string rule, string chineseRule)
    {
        var name = optionsType + "." + option;
        return new ArgumentOutOfRangeException(
            name,
            value,
            string.Create(CultureInfo.InvariantCulture, $"{name} {rule}; {value} is not allowed. {name}{chineseRule}，不能为{value}。"));
    }

    /// <summary>
    /// Checks that a case snapshot a host reloaded has every required member, so that an incomplete record from
    /// storage, or one read back without its JSON converters (an empty power code, year-1 dates), gives a clear
    /// argument error instead of a null dereference or a wrong deadline inside.
    /// </summary>
    internal static PowerGovernance.Procedures.CaseSnapshot CheckComplete(
        [NotNull] PowerGovernance.Procedures.CaseSnapshot? snapshot,
        [CallerArgumentExpression(nameof(snapshot))] string? paramName = null)
    {
        CheckNotNull(snapshot, paramName);
        if (MissingMember(snapshot) is { } missing)
        {
            throw new ArgumentException(
                "The case snapshot is incomplete: " + missing + " is missing (null, empty, or a default value such as 0 or 0001-01-01). Reload the case with the JSON it was stored with (PowerGovernance.Serialization.CaseJson)."
                + " 办件快照不完整：缺少" + missing + "（为空或为默认值，如0或0001-01-01）。请按存储时的JSON格式（PowerGovernance.Serialization.CaseJson）重新读取该办件。",
                paramName);
        }

        return snapshot;
    }

    /// <summary>
    /// Returns the name of the first required member a reloaded case snapshot lacks (null, empty, or left at its
    /// default value: a version of 0, the day 0001-01-01), or <see langword="null"/> when it is complete; the
    /// non-throwing form of <see cref="CheckComplete"/>.
    /// </summary>
    internal static string? MissingMember(PowerGovernance.Procedures.CaseSnapshot snapshot) =>
        string.IsNullOrEmpty(snapshot.CaseId) ? nameof(snapshot.CaseId)
        : snapshot.PowerCode.IsEmpty ? nameof(snapshot.PowerCode)
        : string.IsNullOrEmpty(snapshot.DefinitionId) ? nameof(snapshot.DefinitionId)
        : snapshot.DefinitionVersion == 0 ? nameof(snapshot.DefinitionVersion)
        : string.IsNullOrEmpty(snapshot.Step) ? nameof(snapshot.Step)
        : snapshot.Version == 0 ? nameof(snapshot.Version)
        : snapshot.Received == default ? nameof(snapshot.Received)
        : snapshot.StepEntered == default ? nameof(snapshot.StepEntered)
        : snapshot.CommittedClock is null ? nameof(snapshot.CommittedClock)
        : snapshot.CommittedClock.Start == default ? nameof(snapshot.CommittedClock) + ".Start"
        : snapshot.LegalClock is null ? nameof(snapshot.LegalClock)
        : snapshot.LegalClock.Start == default ? nameof(snapshot.LegalClock) + ".Start"
        : snapshot.Closed == default(NodaTime.LocalDate) ? nameof(snapshot.Closed)
        : string.IsNullOrEmpty(snapshot.AuditHead) ? nameof(snapshot.AuditHead)
        : null;
}
