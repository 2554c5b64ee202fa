using Orleans;

namespace PowerGovernance.Samples.Orleans.Cases;

/// <summary>
/// A case grain's answer (办理回执): what became of the request, the case as the grain now holds it (after a lost race, as
/// reloaded from the store), the silo that answered, and why, in English and Chinese.
/// </summary>
/// <param name="CaseId">The case id (the grain's key).</param>
/// <param name="Status">What became of the request.</param>
/// <param name="Version">The case's version as the grain now holds it (the number of its events); 0 when not started.</param>
/// <param name="Step">The case's step, or <see langword="null"/> when not started.</param>
/// <param name="IsClosed">Whether the case has ended.</param>
/// <param name="AuditHead">The hash of the case's last event, or <see langword="null"/> when not started.</param>
/// <param name="Rejection">The engine's <c>RejectionKind</c> name when <see cref="CaseReplyStatus.Refused"/>, otherwise <see langword="null"/>.</param>
/// <param name="Message">Why, in English (empty when saved).</param>
/// <param name="ChineseMessage">Why, in Chinese (empty when saved).</param>
/// <param name="Silo">The address of the silo whose activation answered.</param>
[GenerateSerializer]
[Immutable]
public sealed record CaseReply(
    [property: Id(0)] string CaseId,
    [property: Id(1)] CaseReplyStatus Status,
    [property: Id(2)] long Version,
    [property: Id(3)] string? Step,
    [property: Id(4)] bool IsClosed,
    [property: Id(5)] string? AuditHead,
    [property: Id(6)] string? Rejection,
    [property: Id(7)] string Message,
    [property: Id(8)] string ChineseMessage,
    [property: Id(9)] string Silo);
