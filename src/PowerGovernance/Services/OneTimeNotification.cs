using System;
using System.Collections.Generic;
using System.Linq;
using NodaTime;
using PowerGovernance.Calendars;
using PowerGovernance.Internal;
using PowerGovernance.Validation;

namespace PowerGovernance.Services;

/// <summary>
/// The one-time notification rule (一次性告知制, DOMAIN §4): the first notice for an application lists every
/// missing material with the steps, the time limit and where to go; a later notice may list only materials
/// that are new or changed since (a changed rule, a new fact about the applicant, a defect found in what was
/// brought); anything else is refused as a breach of the rule. Pure and thread-safe.
/// </summary>
/// <remarks>
/// An office either lets the kernel draw up the notice (<c>listed</c> is <see langword="null"/>) or passes the
/// material ids the official means to list, which are then checked: every material the rule requires must be
/// listed (<see cref="ServiceRuleCodes.NoticeOmitsMissingItem"/>) and nothing else
/// (<see cref="ServiceRuleCodes.NoticeRepeatsUnchangedItem"/>, <see cref="ServiceRuleCodes.NoticeListsUnneededItem"/>).
/// Expected business outcomes are results with findings; only misuse (null arguments) throws.
/// </remarks>
public sealed class OneTimeNotification
{
    /// <summary>Creates the rule.</summary>
    /// <param name="calendar">The working calendar the licensing notice period is counted on.</param>
    /// <param name="options">The numbers; <see cref="FrontDeskOptions.Default"/> when <see langword="null"/>.</param>
    /// <param name="zone">The zone whose dates count; <see cref="Deadline.ChinaStandardZone"/> when <see langword="null"/>.</param>
    /// <exception cref="ArgumentNullException"><paramref name="calendar"/> is null.</exception>
    public OneTimeNotification(IWorkingCalendar calendar, FrontDeskOptions? options = null, DateTimeZone? zone = null)
    {
        Calendar = Preconditions.CheckNotNull(calendar);
        Options = options ?? FrontDeskOptions.Default;
        Zone = zone ?? Deadline.ChinaStandardZone;
    }

    /// <summary>Gets the working calendar.</summary>
    public IWorkingCalendar Calendar { get; }

    /// <summary>Gets the numbers.</summary>
    public FrontDeskOptions Options { get; }

    /// <summary>Gets the zone whose dates count.</summary>
    public DateTimeZone Zone { get; }

    /// <summary>
    /// Gives a one-time notice for an application, or says why not. The first notice lists every missing
    /// material; a later one only the materials that are new or changed since they were last told, and it
    /// reminds the applicant of the unchanged ones still missing in <see cref="OneTimeNotice.StillOutstanding"/>.
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

        var first = history.Notices.Count == 0;
        var previous = first ? null : history.Notices[^1];
        var due = new List<NoticeItem>();
        var outstanding = new List<NoticeItem>();
        foreach (var material in checklist.MissingFor(applicant))
        {
            var item = new NoticeItem(material, NoticeItemReason.Missing, applicant.DefectOf(material.Id));
            var told = history.LastTold(material.Id);
            if (told is null)
            {
                due.Add(first ? item : item with { Reason = NewReason(previous!, checklist, applicant, material) });
            }
            else if (!item.TellsTheSameAs(told))
            {
                due.Add(item with { Reason = told.Material.SameRuleAs(material) ? NoticeItemReason.Defective : NoticeItemReason.ChangedRule });
            }
            else
            {
                outstanding.Add(told);
            }
        }

        if (listed is not null)
        {
            findings.AddRange(CheckListed(history, checklist, applicant, due, listed.ToArray()));
        }
        else if (due.Count == 0 && outstanding.Count > 0)
        {
            findings.Add(DeskFindings.Error(
                ServiceRuleCodes.NoticeHasNothingNew,
                "Items",
                string.Join(",", outstanding.Select(i => i.Material.Id)),
                $"Every missing material ({string.Join(", ", outstanding.Select(i => i.Material.Id))}) was told before and nothing has changed; a further notice would repeat them.",
                $"所缺材料（{string.Join("、", outstanding.Select(i => i.Material.ChineseName))}）均已告知且无变化，不得再次告知。"));
        }

        if (findings.HasErrors())
        {
            return new NoticeResult(NoticeOutcome.Refused, null, history, findings);
        }

        if (due.Count == 0)
        {
            return new NoticeResult(NoticeOutcome.Complete, null, history, findings);
        }

        var notice = new OneTimeNotice(
            history.ApplicationId,
            history.Notices.Count + 1,
            at,
            at.InZone(Zone).Date,
            official,
            checklist.Id,
            checklist.Revision,
            applicant.Categories,
            due.ToArray(),
            outstanding.ToArray(),
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
    /// <paramref name="received"/>: the <see cref="FrontDeskOptions.NoticeWorkingDays"/>-th working day after
    /// it (the day of receipt not counted); the period ends at 24:00 that day.
    /// </summary>
    /// <param name="received">The day of receipt.</param>
    /// <returns>The deadline.</returns>
    /// <exception cref="CalendarCoverageException">A date needed is outside the calendar's coverage.</exception>
    public Deadline NoticeDeadline(LocalDate received) => Calendar.Deadline(received, TimeLimit.WorkingDays(Options.NoticeWorkingDays), Zone);

    /// <summary>
    /// Says whether a licensing application counts as accepted from its day of receipt because its first
    /// notice was not given within <see cref="FrontDeskOptions.NoticeWorkingDays"/> working days
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

    private static IEnumerable<Finding> CheckListed(NoticeHistory history, MaterialsChecklist checklist, Applicant applicant, List<NoticeItem> due, string[] listed)
    {
        for (var i = 0; i < listed.Length; i++)
        {
            var id = listed[i];
            var path = $"Listed[{i}]";
            if (due.Any(d => d.Material.Id == id))
            {
                continue;
            }

            if (!checklist.TryGetMaterial(id, out var material))
            {
                yield return DeskFindings.Error(ServiceRuleCodes.UnknownMaterial, path, id, $"Material '{id}' is not on checklist '{checklist.Id}'.", $"材料“{id}”不在办事材料清单“{checklist.ChineseName}”中。");
            }
            else if (history.LastTold(id) is not null && checklist.MissingFor(applicant).Contains(material))
            {
                yield return DeskFindings.Error(ServiceRuleCodes.NoticeRepeatsUnchangedItem, path, id, $"'{material.ChineseName}' was told on an earlier notice and nothing about it has changed; telling it again breaks the one-time rule.", $"“{material.ChineseName}”已一次性告知且无变化，不得重复告知。");
            }
            else
            {
                yield return DeskFindings.Error(ServiceRuleCodes.NoticeListsUnneededItem, path, id, $"'{material.ChineseName}' is not required of this applicant or has already been presented.", $"“{material.ChineseName}”非该申请人所需或已提交，不应告知。");
            }
        }

        foreach (var item in due.Where(d => !listed.Contains(d.Material.Id)))
        {
            yield return DeskFindings.Error(ServiceRuleCodes.NoticeOmitsMissingItem, "Listed", item.Material.Id, $"'{item.Material.ChineseName}' is missing and was not told before; a notice must tell every such material at once.", $"缺少“{item.Material.ChineseName}”且此前未告知，应一次性告知。");
        }
    }

    private List<Finding> CheckInput(NoticeHistory history, MaterialsChecklist checklist, Applicant applicant, Instant at)
    {
        var findings = new List<Finding>();
        if (!string.Equals(history.ChecklistId, checklist.Id, StringComparison.Ordinal))
        {
            findings.Add(DeskFindings.Error(ServiceRuleCodes.ChecklistMismatch, "Checklist.Id", checklist.Id, $"Application '{history.ApplicationId}' is judged against checklist '{history.ChecklistId}', not '{checklist.Id}'.", $"申请“{history.ApplicationId}”适用材料清单“{history.ChecklistId}”，而非“{checklist.Id}”。"));
        }

        foreach (var category in applicant.Categories.Where(c => !checklist.HasCategory(c)))
        {
            findings.Add(DeskFindings.Error(ServiceRuleCodes.UnknownApplicantCategory, "Applicant.Categories", category, $"Checklist '{checklist.Id}' has no applicant category '{category}'.", $"材料清单“{checklist.ChineseName}”没有申请人类别“{category}”。"));
        }

        foreach (var id in applicant.Presented.Concat(applicant.Defects.Keys).Where(id => !checklist.TryGetMaterial(id, out _)))
        {
            findings.Add(DeskFindings.Warning(ServiceRuleCodes.UnknownMaterial, "Applicant.Presented", id, $"Material '{id}' is not on checklist '{checklist.Id}'; it is ignored.", $"材料“{id}”不在材料清单中，不予考虑。"));
        }

        if (history.Notices.Count > 0 && at < history.Notices[^1].GivenAt)
        {
            findings.Add(DeskFindings.Error(ServiceRuleCodes.InvalidTime, "At", at.ToString(), $"{at} is before the last notice, given at {history.Notices[^1].GivenAt}.", $"告知时间早于上次告知时间。"));
        }

        var date = at.InZone(Zone).Date;
        if (!Calendar.Coverage.Contains(date) || !Calendar.Coverage.Contains(history.Received))
        {
            findings.Add(DeskFindings.Error(ServiceRuleCodes.InvalidTime, "At", NodaTime.Text.LocalDatePattern.Iso.Format(date), $"The notice date or the day of receipt is outside working calendar '{Calendar.Id}'.", "告知日期或收件日期超出工作日历范围。"));
        }

        return findings;
    }
}
