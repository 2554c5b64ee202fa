using System;
using System.Collections.Generic;
using System.Linq;
using NodaTime;
using PowerGovernance.Calendars;
using PowerGovernance.Internal;
using PowerGovernance.Validation;

namespace PowerGovernance.FrontDesk;

/// <summary>
/// The one-time notification rule (一次性告知制): the materials are checked on the spot and every
/// missing material is told at once, with the steps, the time limit and where to go. When the applicant comes
/// back and what they bring is still incomplete or defective, or their situation or the rule has changed, they
/// are told again, once, everything still missing (补交的材料仍不齐备…应再次进行一次性告知). A material accepted at
/// the counter is not objected to later (材料一经窗口受理，不得事后再提出异议). Pure and thread-safe.
/// </summary>
/// <remarks>
/// <para>
/// Every notice lists every material still missing. A later notice says why each is listed: still missing
/// from the last notice, brought but defective, required by a new fact or a new rule, or told before under a
/// rule since changed (<see cref="NoticeItemReason"/>).
/// </para>
/// <para>
/// The materials the applicant presented that meet the requirements are recorded on the notice as accepted
/// (<see cref="OneTimeNotice.Accepted"/>) and count as presented at every later visit, whether or not the host
/// lists them again. A defect recorded against an accepted material is set aside with a
/// <see cref="FrontDeskRuleCodes.NoticeObjectsToAcceptedMaterial"/> warning and not told, unless the applicant's
/// situation changed since the last notice (their categories differ), when it is told as
/// <see cref="NoticeItemReason.Defective"/> and the material is no longer accepted. A later checklist revision
/// does not reopen an accepted material.
/// </para>
/// <para>
/// A later notice that would repeat the last one exactly (nothing supplemented, nothing changed) is refused
/// with <see cref="FrontDeskRuleCodes.NoticeHasNothingNew"/>: the last notice still tells everything missing
/// and stands, so the office gives it again rather than record a second notification of the same list. A
/// resubmitted document that fails again is recorded with what is wrong with it now, which is a change.
/// </para>
/// <para>
/// An office either lets the kernel draw up the notice (<c>listed</c> is <see langword="null"/>) or passes the
/// material ids the official means to list, which are then checked: every material still missing must be
/// listed (<see cref="FrontDeskRuleCodes.NoticeOmitsMissingItem"/>) and nothing else
/// (<see cref="FrontDeskRuleCodes.NoticeObjectsToAcceptedMaterial"/>, <see cref="FrontDeskRuleCodes.NoticeListsUnneededItem"/>,
/// <see cref="FrontDeskRuleCodes.UnknownMaterial"/>). Expected business outcomes are results with findings;
/// only misuse (null arguments) throws.
/// </para>
/// </remarks>
public sealed class OneTimeNotification
{
    /// <summary>Creates the rule.</summary>
    /// <param name="calendar">The office's calendar the licensing notice period is counted on, with the zone whose dates count.</param>
    /// <param name="options">The numbers; <see cref="FrontDeskOptions.Default"/> when <see langword="null"/>.</param>
    /// <exception cref="ArgumentNullException"><paramref name="calendar"/> is null.</exception>
    public OneTimeNotification(OfficeCalendar calendar, FrontDeskOptions? options = null)
    {
        Preconditions.CheckNotNull(calendar);
        Calendar = calendar.Calendar;
        Options = options ?? FrontDeskOptions.Default;
        Zone = calendar.Zone;
    }

    /// <summary>Gets the working calendar.</summary>
    public IWorkingCalendar Calendar { get; }

    /// <summary>Gets the numbers.</summary>
    public FrontDeskOptions Options { get; }

    /// <summary>Gets the zone whose dates count.</summary>
    public DateTimeZone Zone { get; }

    /// <summary>
    /// Gives a one-time notice for an application, or says why not. Every notice lists every material still
    /// missing; materials accepted at the counter before count as presented and are not objected to.
    /// </summary>
    /// <param name="history">The notices given so far for this application.</param>
    /// <param name="checklist">The checklist in force now (possibly a later revision than earlier notices').</param>
    /// <param name="applicant">What is known about the applicant now.</param>
    /// <param name="official">Who gives the notice.</param>
    /// <param name="at">When, from the host's clock; not before the last notice.</param>
    /// <param name="written">Whether the applicant asked for it in writing (copies, one kept for the file).</param>
    /// <param name="listed">The material ids the official means to list, to be checked; <see langword="null"/> to let the rule draw them up.</param>
    /// <returns>Issued with the notice and the new history; complete when nothing is missing; or refused with findings.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="history"/>, <paramref name="checklist"/> or <paramref name="applicant"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="official"/> is blank.</exception>
    public NoticeResult Notify(NoticeHistory history, MaterialsChecklist checklist, Applicant applicant, string official, Instant at, bool written = false, IEnumerable<string>? listed = null)
    {
        Preconditions.CheckNotNull(history);
        Preconditions.CheckNotNull(checklist);
        Preconditions.CheckNotNull(applicant);
        Preconditions.CheckNotBlank(official);
        var findings = CheckInput(history, checklist, applicant, at);
        if (findings.HasErrors())
        {
            return new NoticeResult(NoticeOutcome.Refused, null, history, findings);
        }

        var previous = history.Notices.Count == 0 ? null : history.Notices[^1];
        var situationChanged = previous is not null && !previous.ApplicantCategories.SequenceEqual(applicant.Categories, StringComparer.Ordinal);
        var accepted = new List<RequiredMaterial>();
        foreach (var material in history.Accepted)
        {
            if (applicant.DefectOf(material.Id) is not { } defect)
            {
                accepted.Add(material);
            }
            else if (!situationChanged)
            {
                accepted.Add(material);
                findings.Add(ObjectionSetAside(history, material, defect));
            }
        }

        var judged = Judged(applicant, accepted);
        var items = new List<NoticeItem>();
        foreach (var material in checklist.MissingFor(judged))
        {
            var item = new NoticeItem(material, NoticeItemReason.Missing, judged.DefectOf(material.Id));
            var told = previous?.Items.FirstOrDefault(i => string.Equals(i.Material.Id, material.Id, StringComparison.Ordinal));
            items.Add(
                previous is null ? item
                : told is null ? item with { Reason = NewReason(previous, checklist, applicant, material) }
                : item.TellsTheSameAs(told) ? item with { Reason = NoticeItemReason.StillMissing }
                : item with { Reason = told.Material.SameRuleAs(material) ? NoticeItemReason.Defective : NoticeItemReason.ChangedRule });
        }

        if (previous is not null && items.Count > 0 && items.Count == previous.Items.Count && items.Zip(previous.Items).All(p => p.First.TellsTheSameAs(p.Second)))
        {
            findings.Add(NothingNew(previous, items));
        }

        if (listed is not null)
        {
            findings.AddRange(CheckListed(history, checklist, items, accepted, listed.ToArray()));
        }

        if (findings.HasErrors())
        {
            return new NoticeResult(NoticeOutcome.Refused, null, history, findings);
        }

        if (items.Count == 0)
        {
            return new NoticeResult(NoticeOutcome.Complete, null, history, findings);
        }

        accepted.AddRange(checklist.RequiredFor(judged).Where(m => applicant.HasPresented(m.Id) && !accepted.Any(a => string.Equals(a.Id, m.Id, StringComparison.Ordinal))));
        var notice = new OneTimeNotice(
            history.ApplicationId,
            history.Notices.Count + 1,
            at,
            at.InZone(Zone).Date,
            official,
            checklist.Id,
            checklist.Revision,
            applicant.Categories,
            items.ToArray(),
            accepted.ToArray(),
            checklist.Steps,
            checklist.TimeLimit,
            checklist.Place,
            []);
        if (written)
        {
            var text = notice.ToChineseText();
            notice = notice with
            {
                Copies = Enumerable.Range(0, Options.WrittenCopies)
                    .Select(i => new NoticeCopy(i == Options.WrittenCopies - 1 ? NoticeCopyHolder.File : NoticeCopyHolder.Applicant, text))
                    .ToArray(),
            };
        }

        return new NoticeResult(NoticeOutcome.Issued, notice, history.With(notice), findings);
    }

    /// <summary>
    /// Returns the last day a one-time notice may be given for a licensing application received on
    /// <paramref name="received"/>: the last day of <see cref="FrontDeskOptions.NoticeLimit"/> after
    /// it (the day of receipt not counted); the period ends at 24:00 that day.
    /// </summary>
    /// <param name="received">The day of receipt.</param>
    /// <returns>The deadline.</returns>
    /// <exception cref="CalendarCoverageException">A date needed is outside the calendar's coverage.</exception>
    public Deadline NoticeDeadline(LocalDate received) => new OfficeCalendar(Calendar, Zone).Deadline(received, Options.NoticeLimit);

    /// <summary>
    /// Says whether a licensing application counts as accepted from its day of receipt because its first
    /// notice was not given within <see cref="FrontDeskOptions.NoticeLimit"/>
    /// (行政许可法 Art. 32(4)): the notice was given after the due date, or none was given and
    /// <paramref name="today"/> is after it.
    /// </summary>
    /// <param name="history">The application's notices.</param>
    /// <param name="today">The date to judge on.</param>
    /// <returns>The due date and whether the application counts as accepted, and from when.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="history"/> is null.</exception>
    /// <exception cref="CalendarCoverageException">A date needed is outside the calendar's coverage.</exception>
    public DeemedAcceptance Acceptance(NoticeHistory history, LocalDate today)
    {
        Preconditions.CheckNotNull(history);
        var due = NoticeDeadline(history.Received).DueDate;
        var given = history.First?.GivenOn;
        var deemed = given is { } on ? on > due : today > due;
        return new DeemedAcceptance(history.Received, due, given, deemed, deemed ? history.Received : null);
    }

    private static NoticeItemReason NewReason(OneTimeNotice previous, MaterialsChecklist checklist, Applicant applicant, RequiredMaterial material) =>
        previous.ChecklistRevision != checklist.Revision && previous.ApplicantCategories.SequenceEqual(applicant.Categories, StringComparer.Ordinal)
            ? NoticeItemReason.NewRule
            : applicant.DefectOf(material.Id) is not null ? NoticeItemReason.Defective : NoticeItemReason.NewFact;

    /// <summary>The applicant as the rule judges them: materials accepted before count as presented, and a defect recorded against one is set aside.</summary>
    private static Applicant Judged(Applicant applicant, List<RequiredMaterial> accepted)
    {
        if (accepted.Count == 0)
        {
            return applicant;
        }

        var ids = accepted.Select(m => m.Id).ToHashSet(StringComparer.Ordinal);
        return new Applicant(
            applicant.Categories,
            applicant.Presented.Concat(ids),
            applicant.Defects.Where(d => !ids.Contains(d.Key)).ToDictionary(d => d.Key, d => d.Value, StringComparer.Ordinal));
    }

    private static string Date(OneTimeNotice? notice) => notice is null ? "?" : NodaTime.Text.LocalDatePattern.Iso.Format(notice.GivenOn);

    private static Finding ObjectionSetAside(NoticeHistory history, RequiredMaterial material, string defect)
    {
        var since = history.AcceptedWith(material.Id);
        return DeskFindings.Warning(
            FrontDeskRuleCodes.NoticeObjectsToAcceptedMaterial,
            "Applicant.Defects",
            material.Id,
            $"'{material.ChineseName}' ({material.Id}) was accepted at the counter on {Date(since)} (notice {since?.Sequence}); a material accepted at the counter is not objected to later, so the defect '{defect}' is not told and the material stays accepted. Only a change in the applicant's situation reopens it.",
            $"“{material.ChineseName}”已于{Date(since)}（第{since?.Sequence}次告知时）经窗口受理；材料一经窗口受理，不得事后再提出异议，所提问题“{defect}”不予告知，该材料仍视为已受理。申请人实际情况发生变化的除外。");
    }

    private static Finding NothingNew(OneTimeNotice previous, List<NoticeItem> items) =>
        DeskFindings.Error(
            FrontDeskRuleCodes.NoticeHasNothingNew,
            "Items",
            string.Join(",", items.Select(i => i.Material.Id)),
            $"Nothing was supplemented and nothing has changed since notice {previous.Sequence} of {Date(previous)}: it still tells every missing material ({string.Join(", ", items.Select(i => i.Material.Id))}), so a new notice would only repeat it. Give the applicant that notice again.",
            $"自{Date(previous)}第{previous.Sequence}次告知以来，申请人未补交材料，情况和要求亦无变化；该次告知已一次性列明全部所缺材料（{string.Join("、", items.Select(i => i.Material.ChineseName))}），不再重复出具告知，请以该告知书为准。");

    private static IEnumerable<Finding> CheckListed(NoticeHistory history, MaterialsChecklist checklist, List<NoticeItem> items, List<RequiredMaterial> accepted, string[] listed)
    {
        for (var i = 0; i < listed.Length; i++)
        {
            var id = listed[i];
            var path = $"Listed[{i}]";
            if (items.Any(d => d.Material.Id == id))
            {
                continue;
            }

            if (!checklist.TryGetMaterial(id, out var material))
            {
                yield return DeskFindings.Error(FrontDeskRuleCodes.UnknownMaterial, path, id, $"Material '{id}' is not on checklist '{checklist.Id}'.", $"材料“{id}”不在办事材料清单“{checklist.ChineseName}”中。");
            }
            else if (accepted.Any(a => a.Id == id))
            {
                var since = history.AcceptedWith(id);
                yield return DeskFindings.Error(FrontDeskRuleCodes.NoticeObjectsToAcceptedMaterial, path, id, $"'{material.ChineseName}' was accepted at the counter on {Date(since)}; a material accepted at the counter is not objected to later, so a notice must not list it.", $"“{material.ChineseName}”已于{Date(since)}经窗口受理；材料一经窗口受理，不得事后再提出异议，告知中不得列入。");
            }
            else
            {
                yield return DeskFindings.Error(FrontDeskRuleCodes.NoticeListsUnneededItem, path, id, $"'{material.ChineseName}' is not required of this applicant or has already been presented.", $"“{material.ChineseName}”非该申请人所需或已提交，不应告知。");
            }
        }

        foreach (var item in items.Where(d => !listed.Contains(d.Material.Id)))
        {
            yield return item.Reason == NoticeItemReason.StillMissing
                ? DeskFindings.Error(FrontDeskRuleCodes.NoticeOmitsMissingItem, "Listed", item.Material.Id, $"'{item.Material.ChineseName}' was told before and is still missing; when what the applicant brings is still incomplete, a notice tells everything still missing again, at once.", $"“{item.Material.ChineseName}”此前已告知但仍未补齐；补交的材料仍不齐备的，应再次一次性告知全部所缺材料。")
                : DeskFindings.Error(FrontDeskRuleCodes.NoticeOmitsMissingItem, "Listed", item.Material.Id, $"'{item.Material.ChineseName}' is missing; a notice must tell every missing material at once.", $"缺少“{item.Material.ChineseName}”，应一次性告知全部所缺材料。");
        }
    }

    private List<Finding> CheckInput(NoticeHistory history, MaterialsChecklist checklist, Applicant applicant, Instant at)
    {
        var findings = new List<Finding>();
        if (!string.Equals(history.ChecklistId, checklist.Id, StringComparison.Ordinal))
        {
            findings.Add(DeskFindings.Error(FrontDeskRuleCodes.ChecklistMismatch, "Checklist.Id", checklist.Id, $"Application '{history.ApplicationId}' is judged against checklist '{history.ChecklistId}', not '{checklist.Id}'.", $"申请“{history.ApplicationId}”适用材料清单“{history.ChecklistId}”，而非“{checklist.Id}”。"));
        }

        foreach (var category in applicant.Categories.Where(c => !checklist.HasCategory(c)))
        {
            findings.Add(DeskFindings.Error(FrontDeskRuleCodes.UnknownApplicantCategory, "Applicant.Categories", category, $"Checklist '{checklist.Id}' has no applicant category '{category}'.", $"材料清单“{checklist.ChineseName}”没有申请人类别“{category}”。"));
        }

        foreach (var id in applicant.Presented.Concat(applicant.Defects.Keys).Where(id => !checklist.TryGetMaterial(id, out _)))
        {
            findings.Add(DeskFindings.Warning(FrontDeskRuleCodes.UnknownMaterial, "Applicant.Presented", id, $"Material '{id}' is not on checklist '{checklist.Id}'; it is ignored.", $"材料“{id}”不在材料清单中，不予考虑。"));
        }

        if (history.Notices.Count > 0 && at < history.Notices[^1].GivenAt)
        {
            findings.Add(DeskFindings.Error(FrontDeskRuleCodes.InvalidTime, "At", at.ToString(), $"{at} is before the last notice, given at {history.Notices[^1].GivenAt}.", $"告知时间早于上次告知时间。"));
        }

        var date = at.InZone(Zone).Date;
        if (!Calendar.Coverage.Contains(date) || !Calendar.Coverage.Contains(history.Received))
        {
            findings.Add(DeskFindings.Error(FrontDeskRuleCodes.InvalidTime, "At", NodaTime.Text.LocalDatePattern.Iso.Format(date), $"The notice date or the day of receipt is outside working calendar '{Calendar.Id}'.", "告知日期或收件日期超出工作日历范围。"));
        }

        return findings;
    }
}
