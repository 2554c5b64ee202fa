using System.Collections.Generic;
using NodaTime;
using PowerGovernance.Accountability;
using PowerGovernance.Calendars;
using PowerGovernance.Calendars.China;
using PowerGovernance.Procedures;
using PowerGovernance.Procedures.BuiltIn;
using PowerGovernance.Supervision;

namespace PowerGovernance.Tests.Procedures.BuiltIn;

/// <summary>The engine, catalog and supervisor the built-in procedure tests share, on the official China calendar.</summary>
internal static class BuiltInFixture
{
    public static WorkingCalendar Calendar => ChinaCalendars.Official;

    public static IReadOnlyList<ProcedureDefinition> Definitions { get; } = [.. BuiltInProcedures.All, AccountabilityProcedure.Definition];

    public static ProcedureEngine Engine { get; } = new(Calendar, BuiltInPowers.Catalog, Definitions);

    public static CaseSupervisor Supervisor { get; } = new(Calendar);

    /// <summary>An instant on a local date in China (10:00 by default).</summary>
    public static Instant At(int year, int month, int day, int hour = 10) =>
        new LocalDateTime(year, month, day, hour, 0).InZoneStrictly(Deadline.ChinaStandardZone).ToInstant();

    public static Dictionary<string, string> Args(string name, string value) => new() { [name] = value };
}
