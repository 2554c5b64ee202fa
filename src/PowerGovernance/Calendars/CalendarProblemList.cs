using System;
using System.Collections.Generic;
using System.Globalization;
using PowerGovernance.Validation;

namespace PowerGovernance.Calendars;

/// <summary>
/// Collects the problems of calendar data with bounded memory: it counts every problem but keeps only the first
/// <see cref="LoadedCalendar.MaxProblems"/> in data order (by line, problems without a line last, then in the order
/// found), each with its path and value cut to <see cref="MaxValueLength"/> characters and its messages to
/// <see cref="MaxMessageLength"/>. A hostile input with a problem on every line costs O(n log N) time and O(N) memory.
/// </summary>
internal sealed class CalendarProblemList
{
    /// <summary>The longest path or offending value kept in a finding, in characters (longer ones are cut and end with "…").</summary>
    internal const int MaxValueLength = 200;

    /// <summary>The longest message kept in a finding, in characters.</summary>
    internal const int MaxMessageLength = 1000;

    private readonly List<(Finding Problem, long Order)> kept = [];
    private long order;

    // Once the list holds its first MaxProblems, a problem on this line or later cannot be kept.
    private int? fullFromLine;

    /// <summary>Gets the number of problems found, kept or not.</summary>
    internal int Total { get; private set; }

    /// <summary>
    /// Whether a problem on <paramref name="line"/> would be dropped (then it is counted here, and the caller need not
    /// build it); when false, the caller builds the problem and calls <see cref="Add"/>. Keeps hostile inputs cheap.
    /// </summary>
    internal bool Skip(int? line)
    {
        if (fullFromLine is { } full && (line ?? int.MaxValue) >= full)
        {
            Total = Total == int.MaxValue ? int.MaxValue : Total + 1;
            return true;
        }

        return false;
    }

    internal void Add(Finding problem)
    {
        Total = Total == int.MaxValue ? int.MaxValue : Total + 1;
        kept.Add((Bound(problem), order++));
        if (kept.Count >= 2 * LoadedCalendar.MaxProblems)
        {
            Trim();
        }
    }

    /// <summary>Returns the first <see cref="LoadedCalendar.MaxProblems"/> problems in data order and, when there were more, one <see cref="CalendarRuleCodes.TooManyProblems"/> problem with the count.</summary>
    internal List<Finding> ToList()
    {
        Trim();
        var result = kept.ConvertAll(p => p.Problem);
        if (Total > result.Count)
        {
            result.Add(Finding.Error(
                CalendarRuleCodes.TooManyProblems,
                "file",
                null,
                string.Create(CultureInfo.InvariantCulture, $"The data has {Total} problems; only the first {LoadedCalendar.MaxProblems} are reported."),
                string.Create(CultureInfo.InvariantCulture, $"数据共有{Total}个问题，仅报告前{LoadedCalendar.MaxProblems}个。")));
        }

        return result;
    }

    /// <summary>Throws <see cref="InvalidCalendarException"/> with the problems, if there are any.</summary>
    internal void ThrowIfAny(string? calendarId)
    {
        if (Total > 0)
        {
            throw new InvalidCalendarException(string.IsNullOrWhiteSpace(calendarId) ? null : Cut(calendarId, MaxValueLength), ToList(), Total);
        }
    }

    /// <summary>Cuts <paramref name="text"/> to <paramref name="max"/> characters, ending it with "…" when cut (never splitting a surrogate pair).</summary>
    internal static string Cut(string text, int max)
    {
        if (text.Length <= max)
        {
            return text;
        }

        var length = max - 1;
        if (length > 0 && char.IsHighSurrogate(text[length - 1]))
        {
            length--;
        }

        return string.Concat(text.AsSpan(0, length), "…");
    }

    private static Finding Bound(Finding problem) =>
        problem.Path.Length <= MaxValueLength
        && (problem.AttemptedValue is null || problem.AttemptedValue.Length <= MaxValueLength)
        && problem.Message.Length <= MaxMessageLength
        && problem.ChineseMessage.Length <= MaxMessageLength
            ? problem
            : problem with
            {
                Path = Cut(problem.Path, MaxValueLength),
                AttemptedValue = problem.AttemptedValue is null ? null : Cut(problem.AttemptedValue, MaxValueLength),
                Message = Cut(problem.Message, MaxMessageLength),
                ChineseMessage = Cut(problem.ChineseMessage, MaxMessageLength),
            };

    private void Trim()
    {
        kept.Sort(static (a, b) =>
        {
            var byLine = (a.Problem.Line ?? int.MaxValue).CompareTo(b.Problem.Line ?? int.MaxValue);
            return byLine != 0 ? byLine : a.Order.CompareTo(b.Order);
        });
        if (kept.Count >= LoadedCalendar.MaxProblems)
        {
            kept.RemoveRange(LoadedCalendar.MaxProblems, kept.Count - LoadedCalendar.MaxProblems);
            fullFromLine = kept[^1].Problem.Line ?? int.MaxValue;
        }
    }
}
