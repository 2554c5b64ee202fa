namespace PowerGovernance.Supervision;

/// <summary>What happened to a clock on the day of a <see cref="ClockEntry"/>.</summary>
public enum ClockEntryKind
{
    /// <summary>The case was received and the clock began counting from the next day (收件).</summary>
    Started = 0,

    /// <summary>The application was accepted and the legal clock counts from that day (受理).</summary>
    Accepted = 1,

    /// <summary>The clock counts again from that day, e.g. when complete materials or a corrected request arrive (重新计时).</summary>
    Restarted = 2,

    /// <summary>A new period began with its own limit (分段计时).</summary>
    PeriodStarted = 3,

    /// <summary>The clock was suspended for a cause the law does not count (中止计时).</summary>
    Suspended = 4,

    /// <summary>The clock resumed; the days suspended are not counted (恢复计时).</summary>
    Resumed = 5,

    /// <summary>The limit was extended (延长期限).</summary>
    Extended = 6,

    /// <summary>The case entered a step whose time does not count (进入不计时环节).</summary>
    EnteredUncountedStep = 7,

    /// <summary>The case left a step whose time does not count; its days are not counted (离开不计时环节).</summary>
    LeftUncountedStep = 8,

    /// <summary>The clock stopped after its due date (超期后停止计时).</summary>
    StoppedLate = 9,

    /// <summary>The clock still stands still on the day read (a running suspension or an uncounted step) (仍在停止计时).</summary>
    StillStopped = 10,

    /// <summary>The case ended (办结).</summary>
    Finished = 11,
}
