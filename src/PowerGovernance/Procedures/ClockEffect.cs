namespace PowerGovernance.Procedures;

/// <summary>What a trigger does to the case clock (计时).</summary>
public enum ClockEffect
{
    /// <summary>Nothing: the clock runs on.</summary>
    None = 0,

    /// <summary>
    /// Suspends the clock for a cause whose time does not count (hearing, testing, inspection,
    /// quarantine, appraisal, expert review, third-party consultation; 不计入办理时限).
    /// </summary>
    Suspend = 1,

    /// <summary>Resumes a suspended clock.</summary>
    Resume = 2,

    /// <summary>Extends the case limit once, by the trigger's <see cref="TriggerDefinition.Extension"/> (延长期限).</summary>
    Extend = 3,

    /// <summary>Restarts the clock from the day of the trigger, e.g. when a corrected request arrives (重新计算期限).</summary>
    Restart = 4,

    /// <summary>
    /// Starts a new period on both clocks (分段计时): each clock restarts from the day of the trigger with the
    /// trigger's <see cref="TriggerDefinition.Period"/> limits, e.g. the county's 15 days that run from the
    /// township's report, after the township's own 10 days. A previous period that ended after its due date is
    /// remembered in <see cref="CaseClock.LateStops"/>.
    /// </summary>
    StartPeriod = 5,
}
