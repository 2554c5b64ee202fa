using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using PowerGovernance.Calendars;
using PowerGovernance.Validation;

namespace PowerGovernance.Serialization.Internal;

/// <summary>
/// Collects the problems a calendar reader finds, each in English and Chinese, at most
/// <see cref="LoadedCalendar.MaxProblems"/>: the next one adds a <see cref="CalendarRuleCodes.TooManyProblems"/>
/// problem and stops the reader (<see cref="Stop"/>), so that a hostile file costs bounded work and message size.
/// </summary>
internal sealed class CalendarProblems
{
    /// <summary>The longest offending value quoted in a problem, in characters.</summary>
    internal const int MaxValueLength = 200;

    private readonly List<(Finding Problem, int Order)> problems = [];

    internal int Count => problems.Count;

    internal void Add(string field, string? value, string rule, string english, string chinese, int? line)
    {
        if (problems.Count >= LoadedCalendar.MaxProblems)
        {
            problems.Add((Finding.Error(
                CalendarRuleCodes.TooManyProblems,
                field,
                null,
                string.Create(CultureInfo.InvariantCulture, $"More than {LoadedCalendar.MaxProblems} problems; reading stopped here."),
                string.Create(CultureInfo.InvariantCulture, $"问题超过{LoadedCalendar.MaxProblems}个，已停止读取。")) with { Line = line }, int.MaxValue));
            throw new Stop();
        }

        problems.Add((Finding.Error(rule, field, Quote(value), english, chinese) with { Line = line }, problems.Count));
    }

    /// <summary>Throws <see cref="InvalidCalendarException"/> with the problems ordered by line (problems without a line last), if there are any.</summary>
    internal void ThrowIfAny(string? calendarId)
    {
        if (problems.Count > 0)
        {
            throw Exception(calendarId);
        }
    }

    internal InvalidCalendarException Exception(string? calendarId) =>
        new(calendarId, problems
            .OrderBy(p => p.Order == int.MaxValue ? 1 : 0)
            .ThenBy(p => p.Problem.Line ?? int.MaxValue)
            .ThenBy(p => p.Order)
            .Select(p => p.Problem)
            .ToArray());

    private static string? Quote(string? value) =>
        value is null || value.Length <= MaxValueLength ? value : string.Concat(value.AsSpan(0, MaxValueLength), "…");

    /// <summary>Thrown when the problem cap is reached; the reader catches it and throws the collected problems.</summary>
    internal sealed class Stop : Exception
    {
    }
}
