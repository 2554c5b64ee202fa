using System;
using System.Collections.Generic;
using NodaTime;
using PowerGovernance.Calendars;
using PowerGovernance.Internal;
using PowerGovernance.Powers;
using PowerGovernance.Supervision;
using PowerGovernance.Validation;

namespace PowerGovernance.FrontDesk;

/// <summary>
/// First-inquiry responsibility (首问责任制, the township's rule that whoever first receives a person owns the matter): every inquiry is logged; the official who first receives
/// it owns it until it is answered or handed to the post that undertakes the matter, found in the catalog; at
/// the counter it is answered or routed at once, by phone routed with the number given, and from the website
/// answered within <see cref="FrontDeskOptions.WebsiteAnswerLimit"/> (the day of receipt not
/// counted), supervised like any other clock. Pure and thread-safe.
/// </summary>
/// <remarks>
/// "At once" (当场/及时) is read as: on the day of receipt. Counter and phone clocks therefore have a limit of
/// zero working days: the due date is the day of receipt.
/// </remarks>
public sealed partial class FirstInquiryDesk
{
    private readonly CaseSupervisor supervisor;

    /// <summary>Creates the desk.</summary>
    /// <param name="calendar">The office's calendar website answers are counted on, with the zone whose dates count.</param>
    /// <param name="catalog">The catalog inquiries are routed by.</param>
    /// <param name="options">The numbers; <see cref="FrontDeskOptions.Default"/> when <see langword="null"/>.</param>
    /// <param name="policy">The warning policy for the answer clock; <see cref="WarningPolicy.Default"/> when <see langword="null"/>.</param>
    /// <exception cref="ArgumentNullException"><paramref name="calendar"/> or <paramref name="catalog"/> is null.</exception>
    public FirstInquiryDesk(OfficeCalendar calendar, PowerCatalog catalog, FrontDeskOptions? options = null, WarningPolicy? policy = null)
    {
        Preconditions.CheckNotNull(calendar);
        Calendar = calendar.Calendar;
        Catalog = Preconditions.CheckNotNull(catalog);
        Options = options ?? FrontDeskOptions.Default;
        Zone = calendar.Zone;
        supervisor = new CaseSupervisor(calendar, policy);
    }

    /// <summary>Gets the working calendar.</summary>
    public IWorkingCalendar Calendar { get; }

    /// <summary>Gets the catalog.</summary>
    public PowerCatalog Catalog { get; }

    /// <summary>Gets the numbers.</summary>
    public FrontDeskOptions Options { get; }

    /// <summary>Gets the zone whose dates count.</summary>
    public DateTimeZone Zone { get; }

    /// <summary>Logs a new inquiry (首问登记); its first receiver owns it.</summary>
    /// <param name="id">The host's id.</param>
    /// <param name="askerName">The inquirer's name.</param>
    /// <param name="askerUnit">The inquirer's unit, or <see langword="null"/>.</param>
    /// <param name="channel">How it came in.</param>
    /// <param name="matter">What was asked.</param>
    /// <param name="firstReceiver">The official who first received it.</param>
    /// <param name="at">When, from the host's clock.</param>
    /// <returns>The open inquiry.</returns>
    /// <exception cref="ArgumentException"><paramref name="id"/>, <paramref name="askerName"/>, <paramref name="matter"/> or <paramref name="firstReceiver"/> is blank, or <paramref name="channel"/> is undefined.</exception>
    public Inquiry Log(string id, string askerName, string? askerUnit, InquiryChannel channel, string matter, string firstReceiver, Instant at)
    {
        if (!Enum.IsDefined(channel))
        {
            throw new ArgumentException($"The channel {(int)channel} is not a defined InquiryChannel (Counter, Phone or Website). 咨询渠道{(int)channel}无效：应为来访、来电或网站。", nameof(channel));
        }

        return new Inquiry(
            Preconditions.CheckNotBlank(id),
            Preconditions.CheckVisible(askerName),
            !VisibleText.HasVisibleText(askerUnit) ? null : askerUnit,
            at,
            at.InZone(Zone).Date,
            channel,
            Preconditions.CheckVisible(matter),
            Preconditions.CheckNotBlank(firstReceiver),
            InquiryState.Open,
            null,
            null,
            null);
    }

    /// <summary>
    /// Records the answer (答复) given to an open inquiry, or the result told to the inquirer of a matter taken on to be found out
    /// (<see cref="InquiryState.BeingClarified"/>: 将结果告知当事人), which closes it.
    /// </summary>
    /// <param name="inquiry">The inquiry, open or being clarified.</param>
    /// <param name="result">The answer or what was done.</param>
    /// <param name="at">When.</param>
    /// <returns>Accepted with the answered inquiry, or refused (already closed, no answer, a time before receipt).</returns>
    /// <exception cref="ArgumentNullException"><paramref name="inquiry"/> is null.</exception>
    public InquiryResult Answer(Inquiry inquiry, string result, Instant at)
    {
        Preconditions.CheckNotNull(inquiry);
        var findings = CheckClose(inquiry, at);
        if (!VisibleText.HasVisibleText(result))
        {
            findings.Add(DeskFindings.Error(FrontDeskRuleCodes.ResultMissing, "Result", result, "An answer must say what the inquirer was told.", "答复须写明答复内容。"));
        }

        return findings.Count > 0
            ? new InquiryResult(inquiry, findings)
            : new InquiryResult(inquiry with { State = InquiryState.Answered, Result = result, ClosedAt = at }, []);
    }

    /// <summary>
    /// Hands an open inquiry to the post that undertakes <paramref name="power"/> in the catalog (引荐到相关办、室、站所).
    /// A phone inquiry must be given the responsible unit's number (应将有关的电话告知来电人).
    /// </summary>
    /// <param name="inquiry">The inquiry.</param>
    /// <param name="power">The power the matter concerns.</param>
    /// <param name="at">When.</param>
    /// <param name="phone">The number given to the inquirer, or <see langword="null"/>.</param>
    /// <returns>
    /// Accepted with the routed inquiry, or refused with every finding (power not listed, no undertaking post, no number for a caller,
    /// already closed, being found out by the official who took it on: <see cref="FrontDeskRuleCodes.InquiryBeingClarified"/>).
    /// </returns>
    /// <exception cref="ArgumentNullException"><paramref name="inquiry"/> is null.</exception>
    public InquiryResult Route(Inquiry inquiry, PowerCode power, Instant at, string? phone = null)
    {
        Preconditions.CheckNotNull(inquiry);
        var findings = CheckClose(inquiry, at);
        CheckNotBeingClarified(inquiry, "routed to another post", "不得转交其他岗位", findings);
        Power? listed = null;
        if (!Catalog.TryGet(power, out listed))
        {
            findings.Add(DeskFindings.Error(FrontDeskRuleCodes.PowerNotListed, "Power", power.ToString(), $"Power '{power}' is not listed in catalog version {Catalog.Version}; there is no post to hand the inquiry to.", $"权力事项“{power}”未列入职权目录，无承办岗位可引荐。"));
        }
        else if (string.IsNullOrWhiteSpace(listed.UndertakingPost))
        {
            findings.Add(DeskFindings.Error(FrontDeskRuleCodes.NoUndertakingPost, "Power.UndertakingPost", null, $"Power '{power}' names no undertaking post in the catalog.", $"权力事项“{power}”在职权目录中未载明承办岗位。"));
        }

        if (inquiry.Channel == InquiryChannel.Phone && !VisibleText.HasVisibleText(phone))
        {
            findings.Add(DeskFindings.Error(FrontDeskRuleCodes.RoutedWithoutNumber, "Phone", phone, "A caller handed to another unit must be given its number.", "属于其他办、室、站所的来电，应将有关电话告知来电人。"));
        }

        if (findings.Count > 0)
        {
            return new InquiryResult(inquiry, findings);
        }

        var route = new InquiryRoute(power, listed!.UndertakingUnit, listed.UndertakingPost!, !VisibleText.HasVisibleText(phone) ? null : phone);
        var told = "引荐至" + (route.Unit is null ? string.Empty : route.Unit + " ") + route.Post + (route.Phone is null ? string.Empty : "，电话 " + route.Phone);
        return new InquiryResult(inquiry with { State = InquiryState.Routed, Route = route, Result = told, ClosedAt = at }, []);
    }

    /// <summary>Returns the limit for dealing with an inquiry from its channel: 0 working days (the same day) at the counter and by phone, <see cref="FrontDeskOptions.WebsiteAnswerLimit"/> from the website.</summary>
    /// <param name="channel">The channel.</param>
    /// <returns>The limit.</returns>
    public TimeLimit LimitFor(InquiryChannel channel) =>
        channel == InquiryChannel.Website ? Options.WebsiteAnswerLimit : TimeLimit.WorkingDays(0);

    /// <summary>
    /// Returns the deadline for dealing with an inquiry (the day of receipt not counted; ends at 24:00): under <see cref="LimitFor(Inquiry)"/>,
    /// so for a matter taken on to be found out, the day its result must be told.
    /// </summary>
    /// <param name="inquiry">The inquiry.</param>
    /// <returns>The deadline.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="inquiry"/> is null.</exception>
    /// <exception cref="CalendarCoverageException">A date needed is outside the calendar's coverage.</exception>
    public Deadline AnswerDeadline(Inquiry inquiry)
    {
        Preconditions.CheckNotNull(inquiry);
        return new OfficeCalendar(Calendar, Zone).Deadline(inquiry.ReceivedOn, LimitFor(inquiry));
    }

    /// <summary>Reads the inquiry's clock (under <see cref="LimitFor(Inquiry)"/>) with the warning policy, as electronic supervision reads a case's.</summary>
    /// <param name="inquiry">The inquiry.</param>
    /// <param name="now">The instant to read at.</param>
    /// <returns>On time, warning, overdue, or finished on time or late.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="inquiry"/> is null.</exception>
    /// <exception cref="CalendarCoverageException">A date needed is outside the calendar's coverage.</exception>
    public DeadlineStatus Status(Inquiry inquiry, Instant now)
    {
        Preconditions.CheckNotNull(inquiry);
        return supervisor.Status(inquiry.ReceivedOn, LimitFor(inquiry), inquiry.ClosedAt?.InZone(Zone).Date, now);
    }

    /// <summary>
    /// Checks an inquiry against the channel rules at <paramref name="now"/>: a counter or phone inquiry not
    /// answered or routed on its day, a website question not answered within its working days; for a matter taken on to be found out
    /// (<see cref="Inquiry.Clarification"/>), the channel rule when it was taken on only after that, and
    /// <see cref="FrontDeskRuleCodes.ClarificationOverdue"/> when its result was not told by its due date.
    /// </summary>
    /// <param name="inquiry">The inquiry.</param>
    /// <param name="now">The instant to judge at.</param>
    /// <returns>The breaches found; empty when none.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="inquiry"/> is null.</exception>
    /// <exception cref="CalendarCoverageException">A date needed is outside the calendar's coverage.</exception>
    public IReadOnlyList<Finding> Review(Inquiry inquiry, Instant now)
    {
        Preconditions.CheckNotNull(inquiry);
        if (inquiry.Clarification is { } clarification)
        {
            return ReviewClarification(inquiry, clarification, now);
        }

        var status = Status(inquiry, now);
        if (status.State is not (Supervision.DeadlineState.Overdue or Supervision.DeadlineState.FinishedLate))
        {
            return [];
        }

        var due = NodaTime.Text.LocalDatePattern.Iso.Format(status.DueDate);
        return
        [
            inquiry.Channel == InquiryChannel.Website
                ? DeskFindings.Error(FrontDeskRuleCodes.WebsiteAnswerOverdue, "ClosedAt", inquiry.ClosedAt?.ToString(), $"The website question was due to be answered by {due} and {(inquiry.IsOpen ? "is still open" : "was answered late")}.", $"网站咨询应于{due}前答复，{(inquiry.IsOpen ? "至今未答复" : "逾期答复")}。")
                : DeskFindings.Error(FrontDeskRuleCodes.InquiryNotResolvedAtOnce, "ClosedAt", inquiry.ClosedAt?.ToString(), $"The {inquiry.Channel} inquiry of {due} was not answered or routed that day.", $"{due}的{(inquiry.Channel == InquiryChannel.Phone ? "来电" : "来访")}咨询未当场答复或引荐。"),
        ];
    }

    private List<Finding> CheckClose(Inquiry inquiry, Instant at)
    {
        var findings = new List<Finding>();
        if (!inquiry.IsOpen)
        {
            findings.Add(DeskFindings.Error(FrontDeskRuleCodes.InquiryClosed, "State", inquiry.State.ToString(), $"Inquiry '{inquiry.Id}' is already {inquiry.State.ToString().ToLowerInvariant()}.", $"咨询“{inquiry.Id}”已办结。"));
        }

        if (at < inquiry.ReceivedAt)
        {
            findings.Add(DeskFindings.Error(FrontDeskRuleCodes.InvalidTime, "At", at.ToString(), $"{at} is before the inquiry was received at {inquiry.ReceivedAt}.", "办理时间早于登记时间。"));
        }
        else if (!Calendar.Coverage.Contains(at.InZone(Zone).Date))
        {
            findings.Add(DeskFindings.Error(FrontDeskRuleCodes.InvalidTime, "At", at.ToString(), $"{at} is outside working calendar '{Calendar.Id}'.", "办理时间超出工作日历范围。"));
        }

        return findings;
    }
}
