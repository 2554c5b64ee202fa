using System;
using System.Collections.Generic;
using System.Globalization;
using System.Text;
using NodaTime;
using PowerGovernance.Internal;

namespace PowerGovernance.Calendars;

/// <summary>
/// Why a due date is what it is (期限计算说明): the day of receipt, the limit, every day up to the due
/// date with its type, and whether it was counted. Created by
/// <see cref="WorkingCalendarExtensions.ExplainDueDate"/>.
/// </summary>
public sealed class DueDateExplanation
{
    internal DueDateExplanation(
        string calendarId,
        LocalDate received,
        DayType receivedType,
        TimeLimit limit,
        LocalDate dueDate,
        LocalDate lastCountedDay,
        IReadOnlyList<ExplainedDay> days)
    {
        CalendarId = calendarId;
        Received = received;
        ReceivedType = receivedType;
        Limit = limit;
        DueDate = dueDate;
        LastCountedDay = lastCountedDay;
        Days = ImmutableLists.Of(days);
    }

    /// <summary>Gets the identifier of the calendar used.</summary>
    public string CalendarId { get; }

    /// <summary>Gets the day of receipt (not counted).</summary>
    public LocalDate Received { get; }

    /// <summary>Gets the day type of the day of receipt.</summary>
    public DayType ReceivedType { get; }

    /// <summary>Gets the time limit.</summary>
    public TimeLimit Limit { get; }

    /// <summary>Gets the due date: the last day of the period.</summary>
    public LocalDate DueDate { get; }

    /// <summary>
    /// Gets the last day counted toward the limit. It equals <see cref="DueDate"/> except for a
    /// natural-day period whose last day was not a working day and so moved forward.
    /// </summary>
    public LocalDate LastCountedDay { get; }

    /// <summary>Gets whether the due date was moved forward off a non-working day.</summary>
    public bool MovedToNextWorkingDay => DueDate != LastCountedDay;

    /// <summary>Gets every day after the day of receipt up to and including the due date.</summary>
    public IReadOnlyList<ExplainedDay> Days { get; }

    /// <summary>Returns the explanation in English.</summary>
    /// <returns>A multi-line text.</returns>
    public override string ToString() => ToString(ExplanationLanguage.English);

    /// <summary>Returns the explanation as text for a citizen, in the given language.</summary>
    /// <param name="language">English or Simplified Chinese.</param>
    /// <returns>A multi-line text: receipt, limit, one line per run of similar days, the due date.</returns>
    public string ToString(ExplanationLanguage language)
    {
        var text = new ExplanationWriter(language);
        text.Receipt(Received, ReceivedType);
        text.Limit(Limit);
        var i = 0;
        while (i < Days.Count)
        {
            var j = i;
            while (j + 1 < Days.Count && SameRun(Days[i], Days[j + 1]) && Days[j + 1].Date == Days[j].Date.PlusDays(1))
            {
                j++;
            }

            text.Run(Days[i], Days[j], Limit.Kind);
            i = j + 1;
        }

        if (MovedToNextWorkingDay)
        {
            text.MovedForward(LastCountedDay, DueDate);
        }

        text.Due(DueDate);
        return text.ToString();
    }

    private static bool SameRun(ExplainedDay a, ExplainedDay b) =>
        a.Type == b.Type && Equals(a.Holiday, b.Holiday) && a.CountedAs.HasValue == b.CountedAs.HasValue;

    private sealed class ExplanationWriter(ExplanationLanguage language)
    {
        private static readonly string[] ChineseWeekdays = ["", "星期一", "星期二", "星期三", "星期四", "星期五", "星期六", "星期日"];
        private readonly StringBuilder builder = new();
        private readonly bool chinese = language == ExplanationLanguage.SimplifiedChinese;

        public void Receipt(LocalDate received, DayType type) => Line(chinese
            ? $"收件日：{Date(received)}，{TypeName(type, null)}，收件当日不计入期限。"
            : $"Received on {Date(received)} ({TypeName(type, null)}); the day of receipt is not counted.");

        public void Limit(TimeLimit limit) => Line(chinese
            ? $"期限：{limit.ToChineseString()}{limit.Kind switch
            {
                TimeLimitKind.WorkingDays => "（节假日和周末不计入，调休上班日计入）",
                TimeLimitKind.EndOfQuarter => "（至季度最后一日，该日为节假日或周末的，顺延至其后第一个工作日）",
                _ => "（自然日连续计算，最后一日为节假日或周末的，顺延至其后第一个工作日）",
            }}。"
            : $"Time limit: {limit}{limit.Kind switch
            {
                TimeLimitKind.WorkingDays => " (weekends and holidays are skipped; make-up working days count)",
                TimeLimitKind.EndOfQuarter => " (to the last day of the quarter; if it is not a working day, the period ends on the next working day)",
                _ => " (every day counts; if the last day is not a working day, the period ends on the next working day)",
            }}.");

        public void Run(ExplainedDay first, ExplainedDay last, TimeLimitKind kind)
        {
            var span = first.Date == last.Date ? Date(first.Date) : chinese ? $"{Date(first.Date)}至{Date(last.Date)}" : $"{Date(first.Date)} to {Date(last.Date)}";
            var what = TypeName(first.Type, first.Holiday, plural: first.Date != last.Date);
            string counted;
            if (first.CountedAs is { } from)
            {
                var to = last.CountedAs!.Value;
                var unit = kind == TimeLimitKind.WorkingDays ? (chinese ? "个工作日" : "working day") : (chinese ? "日" : "day");
                counted = chinese
                    ? (from == to ? $"计为第{from}{unit}" : $"计为第{from}至{to}{unit}")
                    : (from == to ? $"counted as {unit} {from}" : $"counted as {unit}s {from}–{to}");
            }
            else
            {
                counted = chinese ? "不计入" : "not counted";
            }

            Line(chinese ? $"{span}：{what}，{counted}。" : $"{span}: {what}, {counted}.");
        }

        public void MovedForward(LocalDate lastCounted, LocalDate due) => Line(chinese
            ? $"期限最后一日{Date(lastCounted)}不是工作日，顺延至其后第一个工作日{Date(due)}。"
            : $"The last day of the period, {Date(lastCounted)}, is not a working day, so the period ends on the next working day, {Date(due)}.");

        public void Due(LocalDate due) => Line(chinese
            ? $"届满日：{Date(due)}，期限至该日24时届满。"
            : $"Due date: {Date(due)}; the period ends at 24:00 that day.");

        public override string ToString() => builder.ToString();

        private void Line(string text) => builder.Append(text).Append('\n');

        private string Date(LocalDate date) => chinese
            ? string.Create(CultureInfo.InvariantCulture, $"{date.Year}年{date.Month}月{date.Day}日（{ChineseWeekdays[(int)date.DayOfWeek]}）")
            : string.Create(CultureInfo.InvariantCulture, $"{date.DayOfWeek} {date.Year:D4}-{date.Month:D2}-{date.Day:D2}");

        private string TypeName(DayType type, HolidayName? holiday, bool plural = false) => (type, chinese) switch
        {
            (DayType.WorkingWeekday, true) => "工作日",
            (DayType.WorkingWeekday, false) => plural ? "working days" : "working day",
            (DayType.Weekend, true) => "周末休息日",
            (DayType.Weekend, false) => "weekend",
            (DayType.StatutoryHoliday, true) => holiday is null ? "法定节假日" : $"{holiday.Chinese}法定节假日",
            (DayType.StatutoryHoliday, false) => holiday is null ? "statutory holiday" : $"{holiday.English} statutory holiday{(plural ? "s" : string.Empty)}",
            (DayType.Holiday, true) => holiday is null ? "节假日" : $"{holiday.Chinese}放假",
            (DayType.Holiday, false) => holiday is null ? "holiday" : $"{holiday.English} holiday",
            (DayType.MakeUpWorkingDay, true) => holiday is null ? "调休上班日" : $"{holiday.Chinese}调休上班日",
            (DayType.MakeUpWorkingDay, false) => (plural ? "make-up working days" : "make-up working day") + (holiday is null ? string.Empty : $" for {holiday.English}"),
            _ => type.ToString(),
        };
    }
}
