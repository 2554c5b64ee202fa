using NodaTime;

namespace PowerGovernance.Supervision;

/// <summary>One reason a case earns a supervision card (亮牌事由), with a stable code and a message in English and Simplified Chinese.</summary>
/// <param name="Code">The reason's stable code, one of <see cref="SupervisionCardCodes"/>.</param>
/// <param name="Tier">The tier this reason earns.</param>
/// <param name="Date">
/// The date the reason rests on: the due date passed (the latest possible one on a calendar with provisional years), the
/// last day of the supervision deadline, the day a period began, or the day of a refusal; <see langword="null"/> for a fee.
/// </param>
/// <param name="Message">The reason in English, naming its dates (ISO 8601).</param>
/// <param name="ChineseMessage">The reason in Simplified Chinese, naming its dates (ISO 8601).</param>
public sealed record SupervisionCardReason(string Code, SupervisionCardTier Tier, LocalDate? Date, string Message, string ChineseMessage)
{
    /// <summary>Returns the code, the tier and the English message.</summary>
    /// <returns>The text.</returns>
    public override string ToString() => Tier + " " + Code + ": " + Message;
}
