using PowerGovernance.Procedures;

namespace PowerGovernance.Stability;

/// <summary>Where a dispute goes (分流去向): who settles it, who follows it up, and the procedure its case runs, if any.</summary>
/// <param name="FileId">The dispute file's id.</param>
/// <param name="Coordination">Who must coordinate its settlement.</param>
/// <param name="Handler">The post responsible for settling it (化解调处责任主体).</param>
/// <param name="Tracker">The post that follows it up (跟踪落实).</param>
/// <param name="ProcedureId">The built-in procedure its case runs, e.g. <c>leader-owned-case</c>; <see langword="null"/> when it is reported up and leaves the office.</param>
/// <param name="Unit">The unit that receives it: the working department, or the county bodies reported to.</param>
/// <param name="Instruction">What to do, in Chinese.</param>
/// <param name="EnglishInstruction">What to do, in English.</param>
public sealed record DisputeRoute(string FileId, DisputeCoordination Coordination, Post Handler, Post Tracker, string? ProcedureId, string Unit, string Instruction, string EnglishInstruction);
