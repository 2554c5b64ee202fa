namespace PowerGovernance.Powers;

/// <summary>
/// A stage of exercising a power for which a catalog lists the office's responsibilities (责任事项) and the
/// circumstances that make someone accountable (追责情形): a licence runs through 受理、审查、决定、送达 and 事后监管, a
/// penalty through 立案、调查、审查、告知、决定、送达 and 执行; 其他 holds the responsibilities other laws, regulations and
/// rules impose (其他法律法规规章文件规定应履行的责任). Listed in the order a case runs through them.
/// </summary>
public enum PowerStage
{
    /// <summary>Acceptance of an application (受理).</summary>
    Acceptance = 1,

    /// <summary>Filing a case (立案).</summary>
    Filing = 2,

    /// <summary>Investigation and gathering evidence (调查).</summary>
    Investigation = 3,

    /// <summary>Review (审查).</summary>
    Review = 4,

    /// <summary>Notice of the intended decision and of the party's rights (告知).</summary>
    Notification = 5,

    /// <summary>Decision (决定).</summary>
    Decision = 6,

    /// <summary>Service of the decision (送达).</summary>
    Service = 7,

    /// <summary>Enforcement of the decision (执行).</summary>
    Enforcement = 8,

    /// <summary>Supervision after the decision (事后监管).</summary>
    Supervision = 9,

    /// <summary>Responsibilities other laws, regulations and rules impose (其他).</summary>
    Other = 10,
}
