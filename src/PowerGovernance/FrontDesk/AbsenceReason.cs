namespace PowerGovernance.FrontDesk;

/// <summary>Why a post holder is away (离岗原因, 岗位责任制 2).</summary>
public enum AbsenceReason
{
    /// <summary>On leave (请假).</summary>
    Leave = 0,

    /// <summary>On a business trip (出差).</summary>
    BusinessTrip = 1,

    /// <summary>In training (培训).</summary>
    Training = 2,

    /// <summary>At a meeting away from the post (开会).</summary>
    Meeting = 3,
}
