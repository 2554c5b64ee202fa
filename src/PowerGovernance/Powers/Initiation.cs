namespace PowerGovernance.Powers;

/// <summary>How a power is set in motion (启动方式).</summary>
public enum Initiation
{
    /// <summary>On application by the counterpart (依申请).</summary>
    OnApplication = 0,

    /// <summary>By the office on its own initiative (依职权).</summary>
    ExOfficio = 1,
}
