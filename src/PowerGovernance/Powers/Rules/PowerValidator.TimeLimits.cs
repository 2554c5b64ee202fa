using FluentValidation;
using PowerGovernance.Calendars;
using PowerGovernance.Validation;

namespace PowerGovernance.Powers.Rules;

/// <summary>
/// The rules for the committed time limit (承诺时限): present, of the same kind of days as the legal limit,
/// and at least one third shorter than it (承诺时限要比法定时限缩短三分之一以上); where no law sets a limit, the office's own.
/// </summary>
internal sealed partial class PowerValidator
{
    private void AddTimeLimitRules() => RuleFor(p => p.CommittedTimeLimit).Custom(CheckLimits);

    private void CheckLimits(TimeLimit? committedLimit, ValidationContext<Power> context)
    {
        const string path = nameof(Power.CommittedTimeLimit);
        var legalLimit = context.InstanceToValidate.LegalTimeLimit;
        if (committedLimit is not { } committed)
        {
            var (english, chinese) = legalLimit is { } l
                ? (" The legal limit is " + l + ", so commit to at most " + MaxCommitted(l) + ".",
                   "法定时限为" + l.ToChineseString() + "，承诺时限最多" + MaxCommitted(l).ToChineseString() + "。")
                : (" No law sets a limit here, so the office sets one and announces it.", "法律未规定时限的，由本单位自行确定并公布。");
            context.Report(path, CatalogRuleCodes.CommittedLimitMissing, FindingSeverity.Error, new FindingText(
                "The power has no committed time limit (承诺时限); every power needs one." + english,
                "缺少承诺时限；每项权力均须有承诺时限。" + chinese,
                null));
            return;
        }

        if (legalLimit is not { } legal)
        {
            context.Report(path, CatalogRuleCodes.CommittedLimitSetByOffice, FindingSeverity.Info, new FindingText(
                "No law sets a time limit; the committed limit " + committed + " is set by the office and must be announced.",
                "法律未规定办理时限；承诺时限" + committed.ToChineseString() + "由本单位自行确定，应予公布。",
                committed.ToString()));
            return;
        }

        if (committed.Kind != legal.Kind)
        {
            context.Report(path, CatalogRuleCodes.CommittedLimitKindMismatch, FindingSeverity.Error, new FindingText(
                "The committed limit " + committed + " counts " + KindEnglish(committed.Kind) + " but the legal limit " + legal + " counts " + KindEnglish(legal.Kind) + "; state both in the same kind of days.",
                "承诺时限" + committed.ToChineseString() + "按" + KindChinese(committed.Kind) + "计算，法定时限" + legal.ToChineseString() + "按" + KindChinese(legal.Kind) + "计算，二者计算方式应一致。",
                committed.ToString()));
            return;
        }

        var max = MaxCommitted(legal);
        if (committed.Days > max.Days)
        {
            var (english, chinese) = options.CommittedLimitMaxNumerator >= options.CommittedLimitMaxDenominator
                ? ("is longer than the legal limit " + legal, "超过法定时限" + legal.ToChineseString())
                : NotShortened(legal);
            context.Report(path, CatalogRuleCodes.CommittedLimitNotShortened, FindingSeverity.Error, new FindingText(
                "The committed limit " + committed + " " + english + ": at most " + max + ".",
                "承诺时限" + committed.ToChineseString() + chinese + "：最多" + max.ToChineseString() + "。",
                committed.ToString()));
        }
    }

    private TimeLimit MaxCommitted(TimeLimit legal) => options.MaxCommitted(legal);

    private (string English, string Chinese) NotShortened(TimeLimit legal)
    {
        var (english, chinese) = CatalogText.Reduction(options.CommittedLimitMaxNumerator, options.CommittedLimitMaxDenominator);
        return ("is not at least " + english + " shorter than the legal limit " + legal, "未比法定时限" + legal.ToChineseString() + "缩短" + chinese + "以上");
    }

    private static string KindEnglish(TimeLimitKind kind) => Terms.EnglishName(kind);

    private static string KindChinese(TimeLimitKind kind) => Terms.ChineseName(kind);
}
