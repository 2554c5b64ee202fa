using System.Collections.Generic;

namespace PowerGovernance.Procedures;

/// <summary>What was tried, from which step, and why it was refused.</summary>
/// <param name="Kind">The kind of refusal.</param>
/// <param name="Trigger">The trigger tried.</param>
/// <param name="Step">The step the case was at.</param>
/// <param name="Message">An explanation in English naming the trigger, the step and the reason; <see cref="ChineseMessage"/> gives it in Chinese.</param>
/// <param name="UnmetGuards">For <see cref="RejectionKind.GuardFailed"/>, the descriptions of the guards that did not hold.</param>
public sealed record FireRejection(RejectionKind Kind, string Trigger, string Step, string Message, IReadOnlyList<string> UnmetGuards)
{
    /// <summary>Returns the message.</summary>
    /// <returns>The message.</returns>
    public override string ToString() => Message + " / " + ChineseMessage;

    /// <summary>Gets the message in Simplified Chinese (<see cref="Message"/> is the English one).</summary>
    public string ChineseMessage { get; init; } = string.Empty;
}
