using NodaTime;
using PowerGovernance.Calendars;

namespace PowerGovernance.Procedures;

/// <summary>
/// The state of a case's clock (计时状态): when counting started, whether and since when it is
/// suspended, how many days finished suspensions took (for the case and for the current step), and
/// the extension granted, if any.
/// </summary>
/// <remarks>
/// Suspended days are counted in the kind of the case's committed limit (working days for a
/// working-day limit): for a suspension from day S to day R, the days in (S, R].
/// </remarks>
/// <param name="Start">The day counting starts from (not counted itself): the day of receipt, or the day of a restart.</param>
/// <param name="SuspendedSince">The day the current suspension began, or <see langword="null"/> when running.</param>
/// <param name="SuspensionCause">The cause of the current suspension, or <see langword="null"/>.</param>
/// <param name="SuspendedDays">Days since <paramref name="Start"/> that do not count: finished suspensions, and time spent in steps left since whose time does not count toward the case limit.</param>
/// <param name="StepSuspendedDays">Days of finished suspensions since the current step was entered.</param>
/// <param name="Extension">The extension granted (at most once), or <see langword="null"/>.</param>
public sealed record CaseClock(LocalDate Start, LocalDate? SuspendedSince, string? SuspensionCause, int SuspendedDays, int StepSuspendedDays, TimeLimit? Extension)
{
    /// <summary>Gets whether the clock is suspended.</summary>
    public bool IsSuspended => SuspendedSince is not null;

    /// <summary>Gets whether the limit has been extended.</summary>
    public bool IsExtended => Extension is not null;
}
