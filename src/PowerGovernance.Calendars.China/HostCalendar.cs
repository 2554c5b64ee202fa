using System;
using PowerGovernance.Calendars;

namespace PowerGovernance.Calendars.China;

/// <summary>
/// A calendar a host loaded (宿主加载的日历数据), e.g. next year's notice typed into a file the day it is
/// published, with the name of its source and the SHA-256 of its content, so every year's provenance is known.
/// </summary>
/// <param name="Calendar">The calendar read from the file.</param>
/// <param name="SourceName">Where it came from, e.g. a file name or URL.</param>
/// <param name="Sha256">The SHA-256 of the file's content, lower-case hexadecimal.</param>
public sealed record HostCalendar(WorkingCalendar Calendar, string SourceName, string Sha256)
{
    /// <summary>Gets the calendar read from the file.</summary>
    public WorkingCalendar Calendar { get; init; } = Calendar ?? throw new ArgumentNullException(nameof(Calendar));

    /// <summary>Gets where the calendar came from.</summary>
    public string SourceName { get; init; } = string.IsNullOrWhiteSpace(SourceName) ? throw new ArgumentException("The source name must not be blank. 来源名称不能为空。", nameof(SourceName)) : SourceName;

    /// <summary>Gets the SHA-256 of the file's content, lower-case hexadecimal.</summary>
    public string Sha256 { get; init; } = Sha256 ?? throw new ArgumentNullException(nameof(Sha256));

    /// <summary>Reads a calendar file in the text format and records its source name and SHA-256 (<see cref="LoadedCalendar.Parse"/>).</summary>
    /// <param name="text">The file's text, at most <see cref="LoadedCalendar.MaxInputBytes"/>.</param>
    /// <param name="sourceName">Where it came from, e.g. a file name.</param>
    /// <returns>The host calendar.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="sourceName"/> is blank.</exception>
    /// <exception cref="InvalidCalendarException">The file is too large or has problems; every one is reported with its line number.</exception>
    public static HostCalendar FromText(string text, string sourceName) => From(LoadedCalendar.Parse(text, sourceName));

    /// <summary>
    /// Takes a calendar a host loaded in any supported format (the text format, holiday-cn JSON, iCalendar: see
    /// <c>PowerGovernance.Serialization</c>) with its source name and SHA-256.
    /// </summary>
    /// <param name="loaded">The loaded calendar.</param>
    /// <returns>The host calendar.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="loaded"/> is null.</exception>
    public static HostCalendar From(LoadedCalendar loaded)
    {
        ArgumentNullException.ThrowIfNull(loaded);
        return new HostCalendar(loaded.Calendar, loaded.SourceName, loaded.Sha256);
    }
}
