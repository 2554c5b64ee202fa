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
}
