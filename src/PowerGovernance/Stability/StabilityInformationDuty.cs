namespace PowerGovernance.Stability;

/// <summary>The duty to report one kind of stability information (信息报告义务): how soon, to whom, and what to do.</summary>
/// <param name="Kind">What the report is about.</param>
/// <param name="Immediate">Whether it must be reported at once (立即报告) rather than in good time (及时报告).</param>
/// <param name="Instruction">What to do, in Chinese.</param>
/// <param name="EnglishInstruction">What to do, in English.</param>
public sealed record StabilityInformationDuty(StabilityInformationKind Kind, bool Immediate, string Instruction, string EnglishInstruction);
