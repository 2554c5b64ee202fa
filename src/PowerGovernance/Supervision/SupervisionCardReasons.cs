using System.Globalization;
using NodaTime;
using PowerGovernance.Calendars;
using PowerGovernance.Procedures;

namespace PowerGovernance.Supervision;

/// <summary>Builds the reasons of <see cref="SupervisionCardEvaluator"/> with their bilingual messages; called only when a reason applies.</summary>
internal static class SupervisionCardReasons
{
    internal static SupervisionCardReason NearCommittedLimit(DeadlineStatus committed) =>
        new(
            SupervisionCardCodes.NearCommittedLimit,
            SupervisionCardTier.Warning,
            committed.DueDateRange.Earliest,
            Invariant($"The case is close to its committed limit of {committed.Limit}: {committed.DaysUsed} used, {committed.DaysLeft} left, due {Iso(committed.DueDate)}."),
            Invariant($"临近承诺时限{committed.Limit.ToChineseString()}：已用{committed.DaysUsed}{ChineseUnit(committed.Limit)}，剩余{committed.DaysLeft}{ChineseUnit(committed.Limit)}，{Iso(committed.DueDate)}到期（预警）。"));

    internal static SupervisionCardReason CommittedLimitPassed(TimeLimit limit, int percent, LocalDate threshold, LocalDate? closed)
    {
        var share = percent == 100 ? string.Empty : Invariant($" ({percent}% of it ended on {Iso(threshold)})");
        var chineseShare = percent == 100 ? string.Empty : Invariant($"（其{percent}%已于{Iso(threshold)}用尽）");
        var (english, chinese) = closed is { } day
            ? (Invariant($"The case was closed on {Iso(day)}, past its committed limit of {limit}{share}."), Invariant($"办件于{Iso(day)}办结，超过承诺时限{limit.ToChineseString()}{chineseShare}（超时办结，黄牌）。"))
            : percent == 100
                ? (Invariant($"The committed limit of {limit} ended on {Iso(threshold)} and the case is still open."), Invariant($"承诺时限{limit.ToChineseString()}已于{Iso(threshold)}届满，办件仍未办结（黄牌）。"))
                : (Invariant($"More than {percent}% of the committed limit of {limit} is used: that share ended on {Iso(threshold)} and the case is still open."), Invariant($"承诺时限{limit.ToChineseString()}已用超过{percent}%（于{Iso(threshold)}用尽），办件仍未办结（黄牌）。"));
        return new(SupervisionCardCodes.CommittedLimitPassed, SupervisionCardTier.Yellow, threshold, english, chinese);
    }

    internal static SupervisionCardReason EarlierPeriodLate(LocalDate periodStart) =>
        new(
            SupervisionCardCodes.EarlierPeriodLate,
            SupervisionCardTier.Yellow,
            periodStart,
            Invariant($"The committed clock already stopped once after its limit had passed (an earlier period overran); it now counts from {Iso(periodStart)}."),
            Invariant($"此前阶段已超过承诺时限（分段计时前段超时），本阶段自{Iso(periodStart)}起算（黄牌）。"));

    internal static SupervisionCardReason SupervisionDeadlinePassed(TimeLimit limit, LocalDate threshold, LocalDate deadline, LocalDate? closed)
    {
        var (english, chinese) = closed is { } day
            ? (Invariant($"The case was closed on {Iso(day)}, after the supervision deadline of {limit} following its yellow card ({Iso(threshold)}), which ended on {Iso(deadline)}."),
               Invariant($"黄牌（{Iso(threshold)}）后{limit.ToChineseString()}的督办期限已于{Iso(deadline)}届满，办件至{Iso(day)}方办结（红牌）。"))
            : (Invariant($"The case is still open after the supervision deadline of {limit} following its yellow card ({Iso(threshold)}), which ended on {Iso(deadline)}."),
               Invariant($"黄牌（{Iso(threshold)}）后{limit.ToChineseString()}的督办期限已于{Iso(deadline)}届满，办件仍未办结（红牌）。"));
        return new(SupervisionCardCodes.SupervisionDeadlinePassed, SupervisionCardTier.Red, deadline, english, chinese);
    }

    internal static SupervisionCardReason LegalLimitPassed(TimeLimit limit, LocalDate due, LocalDate? closed, bool statutory)
    {
        var name = statutory ? "legal limit" : "announced limit (no law sets one, so it is the legal limit)";
        var chineseName = statutory ? "法定时限" : "公布的办理时限（无法定时限的，以此为准）";
        var (english, chinese) = closed is { } day
            ? (Invariant($"The case was closed on {Iso(day)}, past its {name} of {limit}, which ended on {Iso(due)} (illegal delay)."),
               Invariant($"{chineseName}{limit.ToChineseString()}已于{Iso(due)}届满，办件至{Iso(day)}方办结（违法超期，红牌）。"))
            : (Invariant($"The {name} of {limit} ended on {Iso(due)} and the case is still open (illegal delay)."),
               Invariant($"{chineseName}{limit.ToChineseString()}已于{Iso(due)}届满，办件仍未办结（违法超期，红牌）。"));
        return new(SupervisionCardCodes.LegalLimitPassed, SupervisionCardTier.Red, due, english, chinese);
    }

    internal static SupervisionCardReason StepLimitPassed(StepDefinition step, DeadlineStatus status) =>
        new(
            SupervisionCardCodes.StepLimitPassed,
            SupervisionCardTier.Yellow,
            status.DueDateRange.Latest,
            Invariant($"Step '{step.EnglishName}' ({step.Id}) is over its committed limit of {status.Limit}, which ended on {Iso(status.DueDateRange.Latest)}."),
            Invariant($"“{step.ChineseName}”环节超过环节时限{status.Limit.ToChineseString()}，该时限已于{Iso(status.DueDateRange.Latest)}届满（环节超时，黄牌）。"));

    internal static SupervisionCardReason StepLegalLimitPassed(StepDefinition step, DeadlineStatus status) =>
        new(
            SupervisionCardCodes.StepLegalLimitPassed,
            SupervisionCardTier.Red,
            status.DueDateRange.Latest,
            Invariant($"Step '{step.EnglishName}' ({step.Id}) is over its legal limit of {status.Limit}, which ended on {Iso(status.DueDateRange.Latest)} (illegal delay)."),
            Invariant($"“{step.ChineseName}”环节超过法定时限{status.Limit.ToChineseString()}，该时限已于{Iso(status.DueDateRange.Latest)}届满（环节违法超期，红牌）。"));

    internal static SupervisionCardReason RefusalWithoutReasons(SupervisionCardTier tier, CaseOutcome outcome, CaseEvent closing, LocalDate closed)
    {
        var notAccepted = outcome == CaseOutcome.NotAccepted;
        return new(
            SupervisionCardCodes.RefusalWithoutReasons,
            tier,
            closed,
            Invariant($"The case was {(notAccepted ? "not accepted" : "refused")} on {Iso(closed)} (event {closing.Sequence}, '{closing.Trigger}') without written reasons."),
            Invariant($"办件于{Iso(closed)}{(notAccepted ? "不予受理" : "不予许可")}（第{closing.Sequence}条记录“{closing.Trigger}”），未书面说明理由。"));
    }

    internal static SupervisionCardReason FeeOutsideStandard(SupervisionCardTier tier, decimal charged, decimal published, string? standard)
    {
        var english = published == 0m
            ? Invariant($"A fee of {Yuan(charged)} yuan was charged for a power published as free of charge.")
            : Invariant($"A fee of {Yuan(charged)} yuan was charged; the published standard is {Yuan(published)} yuan{(string.IsNullOrWhiteSpace(standard) ? string.Empty : " (" + standard + ")")}, so the fee is {(charged > published ? "above" : "below")} it.");
        var chinese = published == 0m
            ? Invariant($"公布为不收费的事项收取费用{Yuan(charged)}元（违规收费）。")
            : Invariant($"收取费用{Yuan(charged)}元，{(charged > published ? "高于" : "低于")}公布的收费标准{Yuan(published)}元{(string.IsNullOrWhiteSpace(standard) ? string.Empty : "（" + standard + "）")}（未按标准收费）。");
        return new(SupervisionCardCodes.FeeOutsideStandard, tier, null, english, chinese);
    }

    private static string ChineseUnit(TimeLimit limit) => limit.Kind == TimeLimitKind.WorkingDays ? "个工作日" : "天";

    private static string Iso(LocalDate date) => date.ToString("uuuu-MM-dd", CultureInfo.InvariantCulture);

    private static string Yuan(decimal amount) => amount.ToString("0.##", CultureInfo.InvariantCulture);

    private static string Invariant(System.FormattableString text) => System.FormattableString.Invariant(text);
}
