using System;
using System.Collections.Generic;
using System.Globalization;
using NodaTime;
using NodaTime.Text;
using PowerGovernance.Calendars;
using PowerGovernance.Internal;
using PowerGovernance.Validation;

namespace PowerGovernance.FrontDesk;

/// <content>
/// Matters that must be found out before they can be told (一次性告知制 3: 对服务对象要求办理的事项涉及多个部所或部门的，或相关手续、材料不清楚，
/// 法律法规和规范性文件规定不明确等特殊情况，经办人员应及时帮助其咨询了解或请示报告，并将结果告知当事人，不能以不清楚为由不履行告知义务).
/// </content>
public sealed partial class FirstInquiryDesk
{
    /// <summary>
    /// Takes an open inquiry on to be found out (帮助其咨询了解或请示报告): the matter involves several departments, or its procedure,
    /// materials or rules are unclear, so it cannot be answered on the spot. The inquiry becomes
    /// <see cref="InquiryState.BeingClarified"/> with its <see cref="Inquiry.Clarification"/>, still owned by the official who received
    /// it; the result must be told (<see cref="Answer"/>) by the end of the longer of the channel's limit (<see cref="LimitFor(InquiryChannel)"/>)
    /// and <see cref="FrontDeskOptions.ClarificationLimit"/>, counted from the day of receipt (not counted itself).
    /// </summary>
    /// <remarks>
    /// Taking a matter on is not telling it: the official who took it on cannot route it to another post or take materials in for one
    /// (<see cref="FrontDeskRuleCodes.InquiryBeingClarified"/>), since being unclear is no excuse for not telling (不能以不清楚为由不履行告知义务);
    /// where the finding is that another unit handles the matter, that is the result told with <see cref="Answer"/>. A counter or
    /// phone inquiry taken on after its day (a website question after its limit) is accepted, so the record is true, and
    /// <see cref="Review"/> reports the channel rule broken.
    /// </remarks>
    /// <param name="inquiry">The inquiry, open.</param>
    /// <param name="reason">Why it must be found out.</param>
    /// <param name="at">When the official took it on.</param>
    /// <returns>
    /// Accepted with the inquiry being clarified, or refused with every finding at once (already closed, already being clarified,
    /// an undefined reason, a time before receipt or outside the calendar, a due date beyond the calendar).
    /// </returns>
    /// <exception cref="ArgumentNullException"><paramref name="inquiry"/> is null.</exception>
    public InquiryResult Clarify(Inquiry inquiry, ClarificationReason reason, Instant at)
    {
        Preconditions.CheckNotNull(inquiry);
        var findings = CheckClose(inquiry, at);
        CheckNotBeingClarified(inquiry, "taken on again", "不再重复登记", findings);
        if (!Enum.IsDefined(reason))
        {
            var value = ((int)reason).ToString(CultureInfo.InvariantCulture);
            findings.Add(DeskFindings.Error(FrontDeskRuleCodes.UnknownClarificationReason, "Reason", value, $"The reason {value} is not a defined ClarificationReason (SeveralDepartments, UnclearProcedureOrMaterials or UnclearRules).", $"需咨询了解的原因{value}无效：应为涉及多个部门、手续材料不清楚或法律法规和规范性文件规定不明确。"));
        }

        var limit = ClarificationLimitFor(inquiry.Channel);
        LocalDate? due = null;
        try
        {
            due = Calendar.DueDate(inquiry.ReceivedOn, limit);
        }
        catch (CalendarCoverageException)
        {
            var received = LocalDatePattern.Iso.Format(inquiry.ReceivedOn);
            findings.Add(DeskFindings.Error(FrontDeskRuleCodes.InvalidTime, "ReceivedOn", received, $"{limit} after {received} runs beyond working calendar '{Calendar.Id}': the due date cannot be counted.", $"自{received}起{limit.ToChineseString()}超出工作日历范围，无法计算告知期限。"));
        }

        if (findings.Count > 0)
        {
            return new InquiryResult(inquiry, findings);
        }

        var clarification = new Clarification(reason, at, limit, due!.Value);
        return new InquiryResult(inquiry with { State = InquiryState.BeingClarified, Clarification = clarification }, []);
    }

    /// <summary>
    /// Returns the limit for dealing with <paramref name="inquiry"/>: the one its <see cref="Inquiry.Clarification"/> was taken on under
    /// when it was found out, else <see cref="LimitFor(InquiryChannel)"/> of its channel.
    /// </summary>
    /// <param name="inquiry">The inquiry.</param>
    /// <returns>The limit, counted from the day of receipt.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="inquiry"/> is null.</exception>
    public TimeLimit LimitFor(Inquiry inquiry)
    {
        Preconditions.CheckNotNull(inquiry);
        return inquiry.Clarification?.Limit ?? LimitFor(inquiry.Channel);
    }

    private TimeLimit ClarificationLimitFor(InquiryChannel channel)
    {
        var plain = LimitFor(channel);
        return plain.Days >= Options.ClarificationLimit.Days ? plain : Options.ClarificationLimit;
    }

    private static void CheckNotBeingClarified(Inquiry inquiry, string action, string chineseAction, List<Finding> findings)
    {
        if (inquiry is { State: InquiryState.BeingClarified, Clarification: { } clarification })
        {
            var due = LocalDatePattern.Iso.Format(clarification.DueOn);
            findings.Add(DeskFindings.Error(FrontDeskRuleCodes.InquiryBeingClarified, "State", inquiry.State.ToString(), $"Inquiry '{inquiry.Id}' is being found out by {inquiry.FirstReceiver} ({English(clarification.Reason)}): it is not {action}; they must tell the result by {due} (being unclear is no excuse for not telling).", $"咨询“{inquiry.Id}”因{Chinese(clarification.Reason)}正由{inquiry.FirstReceiver}咨询了解或请示报告，{chineseAction}，应于{due}前将结果告知当事人，不能以不清楚为由不履行告知义务。"));
        }
    }

    private List<Finding> ReviewClarification(Inquiry inquiry, Clarification clarification, Instant now)
    {
        var findings = new List<Finding>();
        var plainDue = Calendar.DueDate(inquiry.ReceivedOn, LimitFor(inquiry.Channel));
        var started = clarification.StartedAt.InZone(Zone).Date;
        if (started > plainDue)
        {
            var day = LocalDatePattern.Iso.Format(plainDue);
            var on = LocalDatePattern.Iso.Format(started);
            findings.Add(inquiry.Channel == InquiryChannel.Website
                ? DeskFindings.Error(FrontDeskRuleCodes.WebsiteAnswerOverdue, "Clarification.StartedAt", clarification.StartedAt.ToString(), $"The website question was due to be answered by {day} and was taken on to be found out only on {on}.", $"网站咨询应于{day}前答复，至{on}才开始咨询了解或请示报告。")
                : DeskFindings.Error(FrontDeskRuleCodes.InquiryNotResolvedAtOnce, "Clarification.StartedAt", clarification.StartedAt.ToString(), $"The {inquiry.Channel} inquiry of {day} was not answered, routed or taken on to be found out that day, only on {on}.", $"{day}的{(inquiry.Channel == InquiryChannel.Phone ? "来电" : "来访")}咨询未当场答复、引荐或帮助咨询了解，至{on}才开始办理。"));
        }

        var status = supervisor.Status(inquiry.ReceivedOn, clarification.Limit, inquiry.ClosedAt?.InZone(Zone).Date, now);
        if (status.State is Supervision.DeadlineState.Overdue or Supervision.DeadlineState.FinishedLate)
        {
            var due = LocalDatePattern.Iso.Format(status.DueDate);
            findings.Add(DeskFindings.Error(FrontDeskRuleCodes.ClarificationOverdue, "ClosedAt", inquiry.ClosedAt?.ToString(), $"Inquiry '{inquiry.Id}' was taken on to be found out ({English(clarification.Reason)}); the result was due to be told by {due} and {(inquiry.IsOpen ? "has not been told" : "was told late")}.", $"咨询“{inquiry.Id}”因{Chinese(clarification.Reason)}需咨询了解或请示报告，应于{due}前将结果告知当事人，{(inquiry.IsOpen ? "至今未告知" : "逾期告知")}。"));
        }

        return findings;
    }

    private static string English(ClarificationReason reason) => reason switch
    {
        ClarificationReason.SeveralDepartments => "the matter involves several departments",
        ClarificationReason.UnclearProcedureOrMaterials => "the procedure or materials are unclear",
        _ => "the laws, regulations or normative documents are unclear",
    };

    private static string Chinese(ClarificationReason reason) => reason switch
    {
        ClarificationReason.SeveralDepartments => "涉及多个部所或部门",
        ClarificationReason.UnclearProcedureOrMaterials => "相关手续、材料不清楚",
        _ => "法律法规和规范性文件规定不明确",
    };
}
