using System;
using PowerGovernance.Calendars;

namespace PowerGovernance.Supervision;

/// <summary>
/// When a <see cref="CalendarHealthCheck"/> reports the working calendar as degraded (工作日历健康检查选项): how long
/// before the end of the published dates it warns, and how far ahead of today deadlines must rest on published days.
/// </summary>
public sealed record CalendarHealthCheckOptions
{
    /// <summary>The longest warning period allowed, in natural days: 3,650 (about ten years).</summary>
    public const int MaxWarningDays = 3_650;

    /// <summary>Creates the options.</summary>
    /// <param name="warning">
    /// The warning period (预警期): degraded when the published dates end at most this many natural days after today;
    /// 0 to <see cref="MaxWarningDays"/> natural days, <see cref="DefaultWarning"/> when <see langword="null"/>. Natural days,
    /// because the days after the published dates cannot be counted as working days.
    /// </param>
    /// <param name="horizon">
    /// How far ahead of today a deadline must still rest on published days: the limit of a case received today. When
    /// <see langword="null"/>, the longest committed limits of the engine's procedure definitions, or
    /// <see cref="DefaultHorizon"/> when there are none.
    /// </param>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="warning"/> is not 0 to <see cref="MaxWarningDays"/> natural days.</exception>
    public CalendarHealthCheckOptions(TimeLimit? warning = null, TimeLimit? horizon = null)
    {
        var value = warning ?? DefaultWarning;
        if (value.Kind != TimeLimitKind.NaturalDays || value.Days > MaxWarningDays)
        {
            throw new ArgumentOutOfRangeException(
                nameof(warning),
                value,
                FormattableString.Invariant($"The warning period must be 0 to {MaxWarningDays} natural days; {value} is not allowed. 预警期须为0至{MaxWarningDays}个自然日，不能为{value.ToChineseString()}。"));
        }

        Warning = value;
        Horizon = horizon;
    }

    /// <summary>Gets the default warning period: 60 natural days before the published dates end.</summary>
    public static TimeLimit DefaultWarning { get; } = TimeLimit.NaturalDays(60);

    /// <summary>Gets the default horizon when neither the options nor the procedure definitions give one: 60 natural days.</summary>
    public static TimeLimit DefaultHorizon { get; } = TimeLimit.NaturalDays(60);

    /// <summary>Gets the default options: warn 60 natural days ahead; the horizon from the procedure definitions.</summary>
    public static CalendarHealthCheckOptions Default { get; } = new();

    /// <summary>Gets the warning period (预警期), in natural days: degraded when the published dates end at most this many days after today.</summary>
    public TimeLimit Warning { get; }

    /// <summary>Gets the horizon (前瞻时限) set by the host, or <see langword="null"/> to take it from the procedure definitions.</summary>
    public TimeLimit? Horizon { get; }
}
