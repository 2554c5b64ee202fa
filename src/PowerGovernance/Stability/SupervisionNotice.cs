using NodaTime;

namespace PowerGovernance.Stability;

/// <summary>A written supervision notice (书面督办通知书) sent to the unit handling a case, as filed in the register.</summary>
/// <param name="Number">Its number (统一编号).</param>
/// <param name="CaseId">The case supervised (督办案件).</param>
/// <param name="HandlingUnit">The unit handling the case (承办单位).</param>
/// <param name="Issued">The day it was issued.</param>
/// <param name="Reason">Why it was issued.</param>
public sealed record SupervisionNotice(SupervisionNoticeNumber Number, string CaseId, string HandlingUnit, LocalDate Issued, SupervisionReason Reason);
