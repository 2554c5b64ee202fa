namespace PowerGovernance.Validation;

/// <summary>How serious a <see cref="Finding"/> is (问题等级).</summary>
public enum FindingSeverity
{
    /// <summary>
    /// An error (错误): the item breaks a rule and cannot be confirmed or published as it stands, e.g. a
    /// power without a legal basis or a committed time limit that is not shortened enough.
    /// </summary>
    Error = 0,

    /// <summary>
    /// A warning (警告): the item should be corrected but does not break a hard rule, e.g. legal bases
    /// listed out of rank order or a missing responsible person.
    /// </summary>
    Warning = 1,

    /// <summary>
    /// Information for the reviewer (提示), e.g. a committed time limit set by the office where no law
    /// sets one, which must then be announced.
    /// </summary>
    Info = 2,
}
