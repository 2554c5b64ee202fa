using PowerGovernance.Calendars;
using PowerGovernance.Powers;

namespace PowerGovernance.Commitments;

/// <summary>One service a post commits to, as published (承诺事项): the power, its name and its legal and committed limits (法定时限、承诺时限).</summary>
/// <param name="Power">The power's code.</param>
/// <param name="Name">The power's name as the catalog lists it.</param>
/// <param name="LegalLimit">The legal limit, or <see langword="null"/> when the law sets none.</param>
/// <param name="CommittedLimit">The committed limit, or <see langword="null"/> when the catalog states none (reported by the board).</param>
public sealed record CommittedService(PowerCode Power, string Name, TimeLimit? LegalLimit, TimeLimit? CommittedLimit);
