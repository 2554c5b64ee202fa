using PowerGovernance.Calendars;
using PowerGovernance.Internal;

namespace PowerGovernance.Supervision;

/// <summary>
/// When a <see cref="CalendarHealthCheck"/> reports the working calendar as degraded (工作日历健康检查选项): how many days
/// before the end of the published dates it warns, and how far ahead of today deadlines must rest on published days.
/// </summary>
public sealed record CalendarHealthCheckOptions
{
    /// <summary>The default warning period: 60 days before the published dates end.</summary>
    public const int DefaultWarningDays = 60;

    /// <summary>The default horizon when neither the options nor the procedure definitions give one: 60 natural days.</summary>
    public const int DefaultHorizonDays = 60;

    /// <summary>The longest warning period allowed: 3,650 days (about ten years).</summary>
    public const int MaxWarningDays = 3_650;

    /// <summary>Creates the options.</summary>
    /// <param name="warningDays">Degraded when the published dates end at most this many days after today (0–3,650).</param>
    /// <param name="horizon">
    /// How far ahead of today a deadline must still rest on published days: the limit of a case received today. When
    /// <see langword="null"/>, the longest committed limits of the engine's procedure definitions, or
    /// <see cref="DefaultHorizonDays"/> natural days when there are none.
    /// </param>
    /// <exception cref="System.ArgumentOutOfRangeException"><paramref name="warningDays"/> is out of range.</exception>
    public CalendarHealthCheckOptions(int warningDays = DefaultWarningDays, TimeLimit? horizon = null)
    {
        Preconditions.CheckArgumentRange(warningDays, 0, MaxWarningDays);
        WarningDays = warningDays;
        Horizon = horizon;
    }

    /// <summary>Gets the default options: warn 60 days ahead; the horizon from the procedure definitions.</summary>
    public static CalendarHealthCheckOptions Default { get; } = new();

    /// <summary>Gets the warning period (预警天数): degraded when the published dates end at most this many days after today.</summary>
    public int WarningDays { get; }

    /// <summary>Gets the horizon (前瞻时限) set by the host, or <see langword="null"/> to take it from the procedure definitions.</summary>
    public TimeLimit? Horizon { get; }
}
