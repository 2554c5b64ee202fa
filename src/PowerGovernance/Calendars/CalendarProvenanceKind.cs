namespace PowerGovernance.Calendars;

/// <summary>Where a year of a calendar comes from (数据来源类别).</summary>
public enum CalendarProvenanceKind
{
    /// <summary>Embedded in the package from the official notice (随包发布的官方通知).</summary>
    Embedded = 0,

    /// <summary>Loaded by the host from a file or feed (宿主加载), identified by its source name and SHA-256.</summary>
    LoadedByHost = 1,

    /// <summary>Built from the holiday law before the notice is published (依法推算，待公布).</summary>
    Provisional = 2,
}
