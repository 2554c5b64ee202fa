using PowerGovernance.Calendars;

namespace PowerGovernance.Procedures;

/// <summary>
/// One step of a procedure (办理环节): who undertakes it, its time limit, the counterpart's rights and
/// what is disclosed; a terminal step ends the case with an outcome.
/// </summary>
/// <param name="Id">A stable identifier, e.g. <c>accept</c>.</param>
/// <param name="ChineseName">The name in Chinese, e.g. <c>受理</c>.</param>
/// <param name="EnglishName">The name in English, e.g. <c>Acceptance</c>.</param>
/// <param name="Post">The undertaking post (承办岗位), e.g. <c>窗口受理员</c>.</param>
/// <param name="Limit">The step's committed time limit (办理时限, the office's own), or <see langword="null"/> for a terminal step or a step without one.</param>
/// <param name="CountsTowardCaseLimit">Whether time in this step counts toward the case limit; while it does not, the case clock stands still (as when suspended) and the step's own clock runs.</param>
/// <param name="Outcome">For a terminal step, how the case ends; otherwise <see langword="null"/>.</param>
/// <param name="Rights">The counterpart's rights at this step.</param>
/// <param name="Disclosure">Where, how and when the step is disclosed (公开), or <see langword="null"/>.</param>
public sealed record StepDefinition(
    string Id,
    string ChineseName,
    string EnglishName,
    Post Post,
    TimeLimit? Limit,
    bool CountsTowardCaseLimit,
    CaseOutcome? Outcome,
    CounterpartRights Rights,
    string? Disclosure)
{
    /// <summary>Gets whether the step ends the case.</summary>
    public bool IsTerminal => Outcome is not null;

    /// <summary>
    /// Gets the step's legal limit (法定时限), where the law limits the step itself, e.g. the 10 working days to deliver a
    /// licence after the decision (《行政许可法》第四十四条); <see langword="null"/> where it does not.
    /// </summary>
    public TimeLimit? LegalLimit { get; init; }
}
