using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using NodaTime;
using PowerGovernance.Calendars;
using PowerGovernance.FrontDesk;
using PowerGovernance.Supervision;
using PowerGovernance.Testing;
using static PowerGovernance.Tests.FrontDesk.DeskFixture;

namespace PowerGovernance.Tests.FrontDesk;

/// <summary>
/// Laws of <see cref="FirstInquiryDesk.Clarify"/> over any day of the official calendar (2004 to autumn 2026), any channel, any
/// clarification and website limit of 1 to 30 working days and any day the result is told, checked against the naive day-by-day
/// walk of <see cref="ReferenceWorkingCalendar"/>.
/// </summary>
[Properties(Arbitrary = [typeof(ClarificationProperties)], MaxTest = 300)]
public class ClarificationProperties
{
    private static readonly LocalDate First = new(2004, 1, 1);
    private static readonly ReferenceWorkingCalendar Reference = ReferenceWorkingCalendar.Of(Calendar);

    /// <summary>A received day, channel, limits, and the natural days after receipt on which the result is told.</summary>
    public static Arbitrary<ClarifiedCase> Cases()
    {
        var gen =
            from offset in Gen.Choose(0, Period.DaysBetween(First, new LocalDate(2026, 9, 30)))
            from channel in Gen.Elements(InquiryChannel.Counter, InquiryChannel.Phone, InquiryChannel.Website)
            from clarificationDays in Gen.Choose(1, 30)
            from websiteDays in Gen.Choose(1, 30)
            from toldAfter in Gen.Choose(0, 60)
            select new ClarifiedCase(First.PlusDays(offset), channel, clarificationDays, websiteDays, toldAfter);
        return Arb.From(gen);
    }

    [Property]
    public bool A_counter_matter_is_due_on_the_clarification_limits_last_working_day_and_never_before_the_counter_rules_day(ClarifiedCase c)
    {
        var desk = c.Desk();
        var visit = desk.Log("LF", "某", null, InquiryChannel.Counter, "问题", "李某", At(c.Received));
        var due = desk.Clarify(visit, ClarificationReason.SeveralDepartments, At(c.Received)).Inquiry.Clarification!.DueOn;

        return due >= desk.AnswerDeadline(visit).DueDate
            && due == Reference.AddWorkingDays(c.Received, c.ClarificationDays)
            && Reference.CountWorkingDays(c.Received, due) == c.ClarificationDays
            && Reference.IsWorkingDay(due);
    }

    [Property]
    public bool Any_channels_matter_is_due_after_the_longer_of_its_channel_limit_and_the_clarification_limit(ClarifiedCase c)
    {
        var desk = c.Desk();
        var inquiry = desk.Log("X", "某", null, c.Channel, "问题", "李某", At(c.Received));
        var clarified = desk.Clarify(inquiry, ClarificationReason.UnclearRules, At(c.Received)).Inquiry;
        var channelDays = c.Channel == InquiryChannel.Website ? c.WebsiteDays : 0;
        var days = System.Math.Max(channelDays, c.ClarificationDays);

        return clarified.State == InquiryState.BeingClarified
            && clarified.Clarification!.DueOn >= desk.AnswerDeadline(inquiry).DueDate
            && clarified.Clarification.DueOn == Reference.AddWorkingDays(c.Received, days)
            && desk.AnswerDeadline(clarified).DueDate == clarified.Clarification.DueOn;
    }

    [Property]
    public bool The_clarification_is_reported_overdue_exactly_when_the_result_is_told_after_its_due_day(ClarifiedCase c)
    {
        var desk = c.Desk();
        var inquiry = desk.Log("X", "某", null, c.Channel, "问题", "李某", At(c.Received));
        var clarified = desk.Clarify(inquiry, ClarificationReason.UnclearProcedureOrMaterials, At(c.Received)).Inquiry;
        var toldOn = c.Received.PlusDays(c.ToldAfter);
        var told = desk.Answer(clarified, "已告知结果", At(toldOn)).Inquiry;
        var due = Reference.AddWorkingDays(c.Received, System.Math.Max(c.Channel == InquiryChannel.Website ? c.WebsiteDays : 0, c.ClarificationDays));
        var findings = desk.Review(told, At(toldOn));
        var state = desk.Status(told, At(toldOn)).State;

        return toldOn > due
            ? findings.Count == 1 && findings[0].Code == FrontDeskRuleCodes.ClarificationOverdue && state == DeadlineState.FinishedLate
            : findings.Count == 0 && state == DeadlineState.FinishedOnTime;
    }

    private static Instant At(LocalDate day) => DeskFixture.At(day.Year, day.Month, day.Day);

    /// <summary>One generated case.</summary>
    /// <param name="Received">The day of receipt.</param>
    /// <param name="Channel">The channel.</param>
    /// <param name="ClarificationDays">The clarification limit in working days.</param>
    /// <param name="WebsiteDays">The website answer limit in working days.</param>
    /// <param name="ToldAfter">The natural days after receipt on which the result is told.</param>
    public sealed record ClarifiedCase(LocalDate Received, InquiryChannel Channel, int ClarificationDays, int WebsiteDays, int ToldAfter)
    {
        /// <summary>A desk with this case's limits.</summary>
        /// <returns>The desk.</returns>
        public FirstInquiryDesk Desk() => new(
            Calendar,
            DeskPowers.Catalog,
            FrontDeskOptions.Default with { ClarificationLimit = TimeLimit.WorkingDays(ClarificationDays), WebsiteAnswerLimit = TimeLimit.WorkingDays(WebsiteDays) });
    }
}
