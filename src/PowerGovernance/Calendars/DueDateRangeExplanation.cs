using System.Collections.Generic;
using System.Globalization;
using System.Text;
using NodaTime;
using PowerGovernance.Internal;

namespace PowerGovernance.Calendars;

/// <summary>
/// The explanation of a due-date range (期限区间说明): the range, the most likely count day by day, the
/// uncertain days the period crosses and where the years involved come from. Render it with
/// <see cref="ToString(ExplanationLanguage)"/>.
/// </summary>
public sealed class DueDateRangeExplanation
{
    internal DueDateRangeExplanation(DueDateRange range, DueDateExplanation mostLikely, IReadOnlyList<ProvisionalDay> uncertainDays, IReadOnlyList<CalendarYearProvenance> years)
    {
        Range = range;
        MostLikely = mostLikely;
        UncertainDays = ImmutableLists.Of(uncertainDays);
        Years = ImmutableLists.Of(years);
    }

    /// <summary>Gets the range.</summary>
    public DueDateRange Range { get; }

    /// <summary>Gets the day-by-day explanation of the most likely due date.</summary>
    public DueDateExplanation MostLikely { get; }

    /// <summary>Gets the uncertain days from the day after receipt to the latest due date, in date order.</summary>
    public IReadOnlyList<ProvisionalDay> UncertainDays { get; }

    /// <summary>Gets where the years from receipt to the latest due date come from.</summary>
    public IReadOnlyList<CalendarYearProvenance> Years { get; }

    /// <summary>Renders the explanation in English followed by Simplified Chinese.</summary>
    /// <returns>The text.</returns>
    public override string ToString() => ToString(ExplanationLanguage.English) + "\n" + ToString(ExplanationLanguage.SimplifiedChinese);

    /// <summary>Renders the explanation in one language.</summary>
    /// <param name="language">The language.</param>
    /// <returns>The text, one statement per line.</returns>
    public string ToString(ExplanationLanguage language)
    {
        var chinese = language == ExplanationLanguage.SimplifiedChinese;
        var text = new StringBuilder();
        var iso = NodaTime.Text.LocalDatePattern.Iso;
        string D(LocalDate d) => iso.Format(d);
        if (!Range.IsProvisional)
        {
            text.Append(chinese ? "期限所涉日期均已公布，届满日确定。\n" : "Every day of the period is published; the due date is exact.\n");
        }
        else if (Range.IsExact)
        {
            text.Append(chinese
                ? $"期限涉及尚未公布的年度安排，但所涉日期均由法律确定，届满日为{D(Range.MostLikely)}（暂定）。\n"
                : $"The period reaches days whose arrangement is not yet published, but the law fixes every one of them: the due date is {D(Range.MostLikely)} (provisional).\n");
        }
        else
        {
            text.Append(chinese
                ? $"期限涉及尚未公布的节假日安排：最可能的届满日为{D(Range.MostLikely)}，最早{D(Range.Earliest)}，最晚{D(Range.Latest)}。\n"
                : $"The period reaches days whose holiday arrangement is not yet published: the most likely due date is {D(Range.MostLikely)}, the earliest {D(Range.Earliest)}, the latest {D(Range.Latest)}.\n");
        }

        foreach (var year in Years)
        {
            var kind = (year.Kind, chinese) switch
            {
                (CalendarProvenanceKind.Embedded, true) => "官方通知",
                (CalendarProvenanceKind.Embedded, false) => "official notice",
                (CalendarProvenanceKind.LoadedByHost, true) => "本机构加载",
                (CalendarProvenanceKind.LoadedByHost, false) => "loaded by the office",
                (_, true) => "依法推算，待公布",
                (_, false) => "built from the holiday law, not yet published",
            };
            text.Append(string.Create(CultureInfo.InvariantCulture, $"{year.Year}: {kind}: {year.Source}\n"));
        }

        if (UncertainDays.Count > 0)
        {
            text.Append(chinese ? "待定日期：\n" : "Uncertain days:\n");
            foreach (var day in UncertainDays)
            {
                text.Append("- ").Append(D(day.Date)).Append(": ").Append(chinese ? day.ChineseReason : day.Reason).Append('\n');
            }
        }

        text.Append(chinese ? "最可能安排下的计算：\n" : "The count on the most likely arrangement:\n");
        text.Append(MostLikely.ToString(language));
        return text.ToString();
    }
}
