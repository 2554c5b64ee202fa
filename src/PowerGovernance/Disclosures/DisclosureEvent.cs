using NodaTime;
using PowerGovernance.Powers;

namespace PowerGovernance.Disclosures;

/// <summary>Something that makes a by-stage or immediate disclosure due (公开事由): a stage of work ended, or temporary work happened.</summary>
/// <param name="Power">The power concerned.</param>
/// <param name="Occurred">The day the stage ended or the work happened.</param>
/// <param name="Description">What happened, e.g. <c>第一批危房改造户评定完成</c>.</param>
public sealed record DisclosureEvent(PowerCode Power, LocalDate Occurred, string Description);
