using System;
using System.Collections.Generic;
using System.Globalization;
using System.Text;
using NodaTime;
using PowerGovernance.Calendars;
using PowerGovernance.Internal;

namespace PowerGovernance.Supervision;

/// <summary>
/// Why one of a case's clocks ends on its due date (期限说明): the day counting started, the limit and the extension,
/// every event since that took days out of the count, and the arithmetic that gives the due date. What an official
/// tells the applicant who asks "why is it now the 31st?".
/// </summary>
/// <param name="Clock">Which clock.</param>
/// <param name="Start">The day counting started (not counted itself): receipt, acceptance, a restart or the start of the current period.</param>
/// <param name="Limit">The limit of the current period, before any extension.</param>
/// <param name="Extension">The extension granted, or <see langword="null"/>.</param>
/// <param name="Entries">What happened, in order, from receipt.</param>
/// <param name="UncountedDays">The days since <paramref name="Start"/> not counted: the sum of the entries' <see cref="ClockEntry.UncountedDays"/> since the last start.</param>
/// <param name="DueDate">The due date: <paramref name="Limit"/> plus <paramref name="Extension"/> plus <paramref name="UncountedDays"/>, counted from <paramref name="Start"/>; the same date <see cref="CaseSupervisor"/> reports.</param>
public sealed record ClockExplanation(ExplainedClock Clock, LocalDate Start, TimeLimit Limit, TimeLimit? Extension, IReadOnlyList<ClockEntry> Entries, int UncountedDays, LocalDate DueDate)
{
    /// <summary>Returns the explanation in English.</summary>
    /// <returns>A multi-line text.</returns>
    public override string ToString() => ToString(ExplanationLanguage.English);

    /// <summary>Returns the explanation in the given language: a heading, one line per entry and the arithmetic.</summary>
    /// <param name="language">English or Simplified Chinese.</param>
    /// <returns>A multi-line text.</returns>
    public string ToString(ExplanationLanguage language)
    {
        var chinese = language == ExplanationLanguage.SimplifiedChinese;
        var text = new StringBuilder();
        text.AppendLine(chinese
            ? (Clock == ExplainedClock.Legal ? "法定时限：" : "承诺时限：")
            : (Clock == ExplainedClock.Legal ? "Legal deadline:" : "Committed deadline:"));
        foreach (var entry in Entries)
        {
            text.Append("  ").Append(entry.Date.ToString("uuuu-MM-dd", CultureInfo.InvariantCulture)).Append(' ').AppendLine(chinese ? entry.Chinese : entry.English);
        }

        var total = Limit.Days + (Extension?.Days ?? 0) + UncountedDays;
        var unit = chinese ? (Limit.Kind == TimeLimitKind.WorkingDays ? "个工作日" : "日") : (Limit.Kind == TimeLimitKind.WorkingDays ? " working days" : " natural days");
        var parts = chinese
            ? string.Create(CultureInfo.InvariantCulture, $"{Limit.ToChineseString()}{(Extension is { } e ? "＋延长" + e.ToChineseString() : string.Empty)}{(UncountedDays != 0 ? $"＋不计入的{UncountedDays}{unit}" : string.Empty)}")
            : string.Create(CultureInfo.InvariantCulture, $"{Limit}{(Extension is { } x ? " + " + x + " extension" : string.Empty)}{(UncountedDays != 0 ? $" + {UncountedDays}{unit} not counted" : string.Empty)}");
        if (Limit.Kind == TimeLimitKind.EndOfQuarter)
        {
            // A quarter limit is fixed to the calendar: nothing is added to it.
            text.Append("  ").Append(chinese
                ? string.Create(CultureInfo.InvariantCulture, $"自{Start:uuuu-MM-dd}起算，{Limit.ToChineseString()}：期限届满日为{DueDate:uuuu-MM-dd}。")
                : string.Create(CultureInfo.InvariantCulture, $"From {Start:uuuu-MM-dd}, {Limit}: due {DueDate:uuuu-MM-dd}.")).AppendLine();
            return text.ToString();
        }

        text.Append("  ").Append(chinese
            ? string.Create(CultureInfo.InvariantCulture, $"自{Start:uuuu-MM-dd}起算（当日不计），{parts}，共{total}{unit}：期限届满日为{DueDate:uuuu-MM-dd}。")
            : string.Create(CultureInfo.InvariantCulture, $"From {Start:uuuu-MM-dd} (not counted itself), {parts} = {total}{unit}: due {DueDate:uuuu-MM-dd}.")).AppendLine();
        return text.ToString();
    }

    /// <summary>Returns whether <paramref name="other"/> has equal members, <see cref="Entries"/> element by element (值相等).</summary>
    /// <param name="other">The other value.</param>
    /// <returns><see langword="true"/> when every member is equal.</returns>
    public bool Equals(ClockExplanation? other) =>
        other is not null
        && Clock == other.Clock
        && Start == other.Start
        && Limit == other.Limit
        && Extension == other.Extension
        && ValueEquality.SequenceEqual(Entries, other.Entries)
        && UncountedDays == other.UncountedDays
        && DueDate == other.DueDate;

    /// <summary>Returns a hash code consistent with <see cref="Equals(ClockExplanation)"/>.</summary>
    /// <returns>The hash code.</returns>
    public override int GetHashCode() => HashCode.Combine(Clock, Start, Limit, DueDate);
}
