using System;
using System.Diagnostics.CodeAnalysis;
using System.Globalization;
using PowerGovernance.Internal;

namespace PowerGovernance.Calendars;

/// <summary>
/// A time limit (办理时限/期限): a number of working days or natural days, counted from the day after
/// the day of receipt, or the end of a calendar quarter (按季度, <see cref="EndOfQuarter"/>). Use
/// <see cref="WorkingCalendarExtensions.DueDate"/> to turn it into a date.
/// </summary>
/// <remarks>
/// The default value is zero working days. Two limits are equal when kind and days are equal;
/// limits of different kinds are not ordered. <see cref="Parse"/> reads the Chinese and English
/// texts that <see cref="ToChineseString"/> and <see cref="ToString"/> write, and the usual variants
/// found in catalogs (<c>20工作日</c>, <c>90天</c>, <c>90个自然日</c>, <c>90 days</c>, <c>本季度末</c>, <c>end of quarter</c>).
/// For a quarter limit, <see cref="Days"/> is the number of following quarters (0 = the quarter the period starts in).
/// </remarks>
[System.Text.Json.Serialization.JsonConverter(typeof(PowerGovernance.Internal.Json.TimeLimitJsonConverter))]
public readonly struct TimeLimit : IEquatable<TimeLimit>
{
    /// <summary>The longest limit accepted, in days (100 years).</summary>
    public const int MaxDays = 36_500;

    /// <summary>The most following quarters a quarter limit (<see cref="EndOfQuarter"/>) accepts (100 years).</summary>
    public const int MaxFollowingQuarters = 400;

    private const string AcceptedForms =
        "'20个工作日', '20工作日', '90日', '90天', '90个自然日', '90自然日', '20 working days', '1 working day', '90 natural days', '90 days', '1 day', '本季度末', '下1个季度末', 'end of quarter' or 'end of quarter 1 later'";

    private TimeLimit(TimeLimitKind kind, int days)
    {
        Kind = kind;
        Days = days;
    }

    /// <summary>Gets how the days are counted.</summary>
    public TimeLimitKind Kind { get; }

    /// <summary>
    /// Gets the number of days, from 0 to <see cref="MaxDays"/>; for <see cref="TimeLimitKind.EndOfQuarter"/>, the number of
    /// following quarters, from 0 to <see cref="MaxFollowingQuarters"/>.
    /// </summary>
    public int Days { get; }

    /// <summary>Creates a limit of <paramref name="days"/> working days (个工作日).</summary>
    /// <param name="days">The number of working days, 0 to <see cref="MaxDays"/>.</param>
    /// <returns>The limit.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="days"/> is negative or above <see cref="MaxDays"/>.</exception>
    public static TimeLimit WorkingDays(int days)
    {
        Preconditions.CheckArgumentRange(days, 0, MaxDays);
        return new TimeLimit(TimeLimitKind.WorkingDays, days);
    }

    /// <summary>Creates a limit of <paramref name="days"/> natural days (日).</summary>
    /// <param name="days">The number of natural days, 0 to <see cref="MaxDays"/>.</param>
    /// <returns>The limit.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="days"/> is negative or above <see cref="MaxDays"/>.</exception>
    public static TimeLimit NaturalDays(int days)
    {
        Preconditions.CheckArgumentRange(days, 0, MaxDays);
        return new TimeLimit(TimeLimitKind.NaturalDays, days);
    }

    /// <summary>
    /// Creates a limit "by the end of the quarter" (按季度办理, e.g. 县民政局每季度对受理的申请进行审批): due on the last day of the
    /// calendar quarter (31 March, 30 June, 30 September, 31 December) in which the period starts, or of the
    /// <paramref name="followingQuarters"/>-th following quarter; a last day that is not a working day moves to the next
    /// working day.
    /// </summary>
    /// <param name="followingQuarters">0 for the quarter the period starts in (本季度末), 1 for the next (下1个季度末), up to <see cref="MaxFollowingQuarters"/>.</param>
    /// <returns>The limit.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="followingQuarters"/> is negative or above <see cref="MaxFollowingQuarters"/>.</exception>
    public static TimeLimit EndOfQuarter(int followingQuarters = 0)
    {
        Preconditions.CheckArgumentRange(followingQuarters, 0, MaxFollowingQuarters);
        return new TimeLimit(TimeLimitKind.EndOfQuarter, followingQuarters);
    }

    /// <summary>
    /// Parses a limit written in Chinese or English: a number of days (ASCII or full-width digits,
    /// 0 to <see cref="MaxDays"/>) followed by its unit.
    /// </summary>
    /// <remarks>
    /// <para>Working days (工作日): <c>20个工作日</c>, <c>20工作日</c>, <c>20 working days</c>, <c>1 working day</c>.</para>
    /// <para>
    /// Natural days (自然日): <c>90日</c>, <c>90天</c>, <c>90个自然日</c>, <c>90自然日</c>, <c>90 natural days</c>,
    /// <c>90 days</c>, <c>1 day</c>. A bare "days" (日/天) means natural days, as in the statutes.
    /// </para>
    /// <para>
    /// White space around the text, between the number and the unit and inside the unit is ignored;
    /// English units ignore case and accept singular or plural. Parsing does not depend on the current
    /// culture. Chinese numerals (<c>二十日</c>) are not accepted.
    /// </para>
    /// <para>
    /// By the end of a quarter (<see cref="EndOfQuarter"/>): <c>本季度末</c>, <c>季度末</c> (0 following quarters);
    /// <c>下季度末</c>, <c>次季度末</c>, <c>下一季度末</c> (1); <c>下2个季度末</c> (2); <c>end of quarter</c>,
    /// <c>end of the quarter</c> (0); <c>end of next quarter</c> (1); <c>end of quarter 2 later</c>,
    /// <c>end of the quarter 2 later</c> or <c>end of quarter + 2</c> (2).
    /// </para>
    /// </remarks>
    /// <param name="text">The text, e.g. <c>20个工作日</c> or <c>90 natural days</c>.</param>
    /// <returns>The limit.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="text"/> is null.</exception>
    /// <exception cref="FormatException">The text is not a limit in one of the accepted forms (the message lists them), or the number is above <see cref="MaxDays"/>.</exception>
    public static TimeLimit Parse(string text)
    {
        Preconditions.CheckNotNull(text);
        if (TryParse(text, out var limit))
        {
            return limit;
        }

        throw new FormatException(string.Create(
            CultureInfo.InvariantCulture,
            $"'{text}' is not a time limit. Write a number of days from 0 to {MaxDays} and its unit, e.g. {AcceptedForms}."));
    }

    /// <summary>Parses a limit if <paramref name="text"/> is in one of the forms <see cref="Parse"/> accepts.</summary>
    /// <param name="text">The text; <see langword="null"/> gives <see langword="false"/>.</param>
    /// <param name="limit">The limit, or the default value on failure.</param>
    /// <returns><see langword="true"/> when the text is a limit.</returns>
    public static bool TryParse([NotNullWhen(true)] string? text, out TimeLimit limit)
    {
        limit = default;
        if (text is null)
        {
            return false;
        }

        var span = text.AsSpan().Trim();
        if (TryParseQuarter(span, out limit))
        {
            return true;
        }

        var length = 0;
        var days = 0;
        while (length < span.Length && DigitValue(span[length]) is var digit and >= 0)
        {
            days = (days * 10) + digit;
            length++;
            if (days > MaxDays)
            {
                return false;
            }
        }

        if (length == 0 || !TryParseUnit(span[length..], out var kind))
        {
            return false;
        }

        limit = new TimeLimit(kind, days);
        return true;
    }

    /// <summary>Returns whether two limits have the same kind and days.</summary>
    /// <param name="left">The first limit.</param>
    /// <param name="right">The second limit.</param>
    /// <returns><see langword="true"/> when equal.</returns>
    public static bool operator ==(TimeLimit left, TimeLimit right) => left.Equals(right);

    /// <summary>Returns whether two limits differ in kind or days.</summary>
    /// <param name="left">The first limit.</param>
    /// <param name="right">The second limit.</param>
    /// <returns><see langword="true"/> when not equal.</returns>
    public static bool operator !=(TimeLimit left, TimeLimit right) => !left.Equals(right);

    /// <inheritdoc />
    public bool Equals(TimeLimit other) => Kind == other.Kind && Days == other.Days;

    /// <inheritdoc />
    public override bool Equals(object? obj) => obj is TimeLimit other && Equals(other);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Kind, Days);

    /// <summary>Returns the limit in English, e.g. <c>20 working days</c> or <c>90 natural days</c>.</summary>
    /// <returns>The English description.</returns>
    public override string ToString() => Kind switch
    {
        TimeLimitKind.EndOfQuarter when Days == 0 => "end of quarter",
        TimeLimitKind.EndOfQuarter => string.Create(CultureInfo.InvariantCulture, $"end of quarter {Days} later"),
        _ => string.Create(CultureInfo.InvariantCulture, $"{Days} {(Kind == TimeLimitKind.WorkingDays ? "working" : "natural")} day{(Days == 1 ? string.Empty : "s")}"),
    };

    /// <summary>Returns the limit in Simplified Chinese, e.g. <c>20个工作日</c>, <c>90日</c>, <c>本季度末</c> or <c>下1个季度末</c>.</summary>
    /// <returns>The Chinese description.</returns>
    public string ToChineseString() => Kind switch
    {
        TimeLimitKind.EndOfQuarter when Days == 0 => "本季度末",
        TimeLimitKind.EndOfQuarter => string.Create(CultureInfo.InvariantCulture, $"下{Days}个季度末"),
        _ => string.Create(CultureInfo.InvariantCulture, $"{Days}{(Kind == TimeLimitKind.WorkingDays ? "个工作日" : "日")}"),
    };

    /// <summary>The kind in which days of a clock with a limit of <paramref name="kind"/> are counted: natural days for a quarter limit.</summary>
    internal static TimeLimitKind CountedAs(TimeLimitKind kind) => kind == TimeLimitKind.EndOfQuarter ? TimeLimitKind.NaturalDays : kind;

    /// <summary>
    /// This limit with <paramref name="days"/> as its days (capped at <see cref="MaxDays"/>), of the same kind; a quarter
    /// limit is fixed to the calendar and is returned unchanged.
    /// </summary>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="days"/> is negative (a corrupt count), for a day limit.</exception>
    internal TimeLimit WithDays(long days)
    {
        if (Kind == TimeLimitKind.EndOfQuarter)
        {
            return this;
        }

        var capped = (int)Math.Clamp(days, int.MinValue, MaxDays);
        return Kind == TimeLimitKind.WorkingDays ? WorkingDays(capped) : NaturalDays(capped);
    }

    private static bool TryParseQuarter(ReadOnlySpan<char> text, out TimeLimit limit)
    {
        limit = default;
        Span<char> buffer = stackalloc char[40];
        var length = 0;
        foreach (var c in text)
        {
            if (char.IsWhiteSpace(c))
            {
                continue;
            }

            if (length == buffer.Length)
            {
                return false;
            }

            buffer[length++] = char.IsAsciiLetterUpper(c) ? (char)(c | 0x20) : c;
        }

        var compact = buffer[..length];
        int? quarters = compact switch
        {
            "本季度末" or "季度末" or "endofquarter" or "endofthequarter" => 0,
            "下季度末" or "次季度末" or "下一季度末" or "下一个季度末" or "endofnextquarter" or "endofthenextquarter" => 1,
            _ => null,
        };

        if (quarters is null)
        {
            if (compact.StartsWith("endofquarter") && compact.EndsWith("later"))
            {
                quarters = Number(compact["endofquarter".Length..^"later".Length]);
            }
            else if (compact.StartsWith("endofthequarter") && compact.EndsWith("later"))
            {
                quarters = Number(compact["endofthequarter".Length..^"later".Length]);
            }
            else if (compact.StartsWith("endofquarter+"))
            {
                quarters = Number(compact["endofquarter+".Length..]);
            }
            else if (compact.StartsWith("endofthequarter+"))
            {
                quarters = Number(compact["endofthequarter+".Length..]);
            }
            else if (compact.StartsWith("下") && compact.EndsWith("个季度末"))
            {
                quarters = Number(compact[1..^4]);
            }
        }

        if (quarters is not { } n)
        {
            return false;
        }

        limit = new TimeLimit(TimeLimitKind.EndOfQuarter, n);
        return true;
    }

    /// <summary>A number of 1 to 3 digits (ASCII or full-width) up to <see cref="MaxFollowingQuarters"/>, else <see langword="null"/>.</summary>
    private static int? Number(ReadOnlySpan<char> digits)
    {
        if (digits.Length is 0 or > 3)
        {
            return null;
        }

        var value = 0;
        foreach (var c in digits)
        {
            var digit = DigitValue(c);
            if (digit < 0)
            {
                return null;
            }

            value = (value * 10) + digit;
        }

        return value <= MaxFollowingQuarters ? value : null;
    }

    private static int DigitValue(char c) => c switch
    {
        >= '0' and <= '9' => c - '0',
        >= '\uFF10' and <= '\uFF19' => c - '\uFF10',
        _ => -1,
    };

    private static bool TryParseUnit(ReadOnlySpan<char> unit, out TimeLimitKind kind)
    {
        kind = TimeLimitKind.WorkingDays;

        // Copy the unit without white space, lower-cased (ASCII only), so "Working  Days" and "个 工作日" match.
        Span<char> buffer = stackalloc char[24];
        var length = 0;
        foreach (var c in unit)
        {
            if (char.IsWhiteSpace(c))
            {
                continue;
            }

            if (length == buffer.Length)
            {
                return false;
            }

            buffer[length++] = char.IsAsciiLetterUpper(c) ? (char)(c | 0x20) : c;
        }

        var compact = buffer[..length];
        if (compact is "个工作日" or "工作日" or "workingday" or "workingdays")
        {
            kind = TimeLimitKind.WorkingDays;
            return true;
        }

        if (compact is "日" or "天" or "个自然日" or "自然日" or "naturalday" or "naturaldays" or "day" or "days")
        {
            kind = TimeLimitKind.NaturalDays;
            return true;
        }

        return false;
    }
}
