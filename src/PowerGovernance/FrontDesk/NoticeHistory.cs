using System;
using System.Collections.Generic;
using System.Linq;
using NodaTime;
using PowerGovernance.Internal;

namespace PowerGovernance.FrontDesk;

/// <summary>
/// The one-time notices given for one application (告知记录), a value the host stores with the application.
/// </summary>
public sealed record NoticeHistory
{
    /// <summary>Starts the history of an application received on <paramref name="received"/>.</summary>
    /// <param name="applicationId">The host's application id.</param>
    /// <param name="checklistId">The checklist the application is judged against.</param>
    /// <param name="received">The day the application materials were received (收到申请材料之日).</param>
    /// <exception cref="ArgumentException">An id is null or blank.</exception>
    public NoticeHistory(string applicationId, string checklistId, LocalDate received)
    {
        ApplicationId = Preconditions.CheckNotBlank(applicationId);
        ChecklistId = Preconditions.CheckNotBlank(checklistId);
        Received = received;
    }

    /// <summary>Gets the host's application id.</summary>
    public string ApplicationId { get; }

    /// <summary>Gets the checklist's id.</summary>
    public string ChecklistId { get; }

    /// <summary>Gets the day of receipt.</summary>
    public LocalDate Received { get; }

    /// <summary>Gets the notices given, oldest first.</summary>
    public IReadOnlyList<OneTimeNotice> Notices { get; private init; } = [];

    /// <summary>Gets the first notice, or <see langword="null"/>.</summary>
    public OneTimeNotice? First => Notices.Count == 0 ? null : Notices[0];

    /// <summary>
    /// Gets the materials accepted at the counter so far (已受理材料), from the last notice; empty before the first.
    /// A later notice does not object to them unless the applicant's situation has changed since.
    /// </summary>
    public IReadOnlyList<RequiredMaterial> Accepted => Notices.Count == 0 ? [] : Notices[^1].Accepted;

    /// <summary>Returns the last item told for <paramref name="materialId"/> by any notice, or <see langword="null"/>.</summary>
    /// <param name="materialId">The material id.</param>
    /// <returns>The item as last told.</returns>
    public NoticeItem? LastTold(string materialId) =>
        Notices.SelectMany(n => n.Items).LastOrDefault(i => string.Equals(i.Material.Id, materialId, StringComparison.Ordinal));

    /// <inheritdoc />
    public bool Equals(NoticeHistory? other) =>
        other is not null && ApplicationId == other.ApplicationId && ChecklistId == other.ChecklistId && Received == other.Received && Notices.SequenceEqual(other.Notices);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(ApplicationId, ChecklistId, Received, Notices.Count);

    /// <summary>Returns the notice with which <paramref name="materialId"/> was accepted and has stayed accepted since, or <see langword="null"/>.</summary>
    internal OneTimeNotice? AcceptedWith(string materialId)
    {
        OneTimeNotice? since = null;
        foreach (var notice in Notices)
        {
            var accepted = notice.Accepted.Any(m => string.Equals(m.Id, materialId, StringComparison.Ordinal));
            since = accepted ? since ?? notice : null;
        }

        return since;
    }

    internal NoticeHistory With(OneTimeNotice notice) => this with { Notices = [.. Notices, notice] };
}
