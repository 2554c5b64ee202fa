using System;
using System.Collections.Generic;
using System.Globalization;
using NodaTime;
using PowerGovernance.Calendars;
using PowerGovernance.Validation;

namespace PowerGovernance.Calendars.China;

/// <content>The differences between a year's arrangement and the provisional year built from the law.</content>
public static partial class NoticeChecker
{
    /// <summary>
    /// Lists the days on which <paramref name="year"/>'s arrangement in <paramref name="calendar"/> differs from
    /// the provisional year built from the holiday law (与依法推算安排的差异): for a year after the embedded data,
    /// <see cref="ChinaCalendars.Provisional"/>; for an embedded year, the year rebuilt from the embedded data of
    /// the years before it. A day the provisional year held uncertain is an <see cref="FindingSeverity.Info"/>
    /// <see cref="NoticeCheckCodes.DiffersFromProvisional"/>; a day it held certain is a
    /// <see cref="FindingSeverity.Warning"/> <see cref="NoticeCheckCodes.OutsideProvisionalRange"/>.
    /// </summary>
    /// <param name="calendar">The working calendar holding the arrangement.</param>
    /// <param name="year">The year, from 2005 to <see cref="HolidayLawVersion.LastYear"/>, wholly inside the calendar's coverage.</param>
    /// <returns>The findings in date order; empty when the arrangement is the most likely one.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="calendar"/> is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="year"/> is outside 2005–2100.</exception>
    /// <exception cref="CalendarCoverageException">The calendar does not cover the whole year.</exception>
    public static IReadOnlyList<Finding> CompareWithProvisional(IWorkingCalendar calendar, int year)
    {
        ArgumentNullException.ThrowIfNull(calendar);
        var official = ChinaCalendars.Official;
        if (year <= official.Coverage.Start.Year || year > HolidayLawVersion.LastYear)
        {
            throw new ArgumentOutOfRangeException(
                nameof(year),
                year,
                string.Create(CultureInfo.InvariantCulture, $"A provisional year can be built for {official.Coverage.Start.Year + 1}–{HolidayLawVersion.LastYear}, not {year}. 仅能为{official.Coverage.Start.Year + 1}—{HolidayLawVersion.LastYear}年依法推算，不能为{year}年推算。"));
        }

        var first = new LocalDate(year, 1, 1);
        var last = new LocalDate(year, 12, 31);
        calendar.GetDayType(first);
        calendar.GetDayType(last);
        var provisional = year > official.Coverage.End.Year
            ? ChinaCalendars.Provisional
            : ChinaCalendars.WithProvisionalYears(
                official.Slice(new DateInterval(official.Coverage.Start, new LocalDate(year - 1, 12, 31))),
                [],
                new ProvisionalCalendarOptions { LastYear = year });
        var findings = new List<Finding>();
        for (var day = first; day <= last; day = day.PlusDays(1))
        {
            var working = calendar.IsWorkingDay(day);
            if (working == provisional.IsWorkingDay(day))
            {
                continue;
            }

            var iso = NoticeText.Iso(day);
            var certain = provisional.GetCertainty(day) != DayCertainty.Uncertain;
            var what = working ? "a working day" : "a rest day";
            var whatChinese = working ? "工作日" : "休息日";
            findings.Add(certain
                ? new Finding(
                    NoticeCheckCodes.OutsideProvisionalRange,
                    FindingSeverity.Warning,
                    iso,
                    iso,
                    $"{iso} is {what} in calendar '{calendar.Id}', but the provisional year built from {HolidayLawVersion.InForceIn(year)} held the opposite for certain: due dates counted provisionally across it may have been outside their range; check the day against the notice.",
                    $"{NoticeText.Chinese(day)}在日历“{calendar.Id}”中为{whatChinese}，而依{HolidayLawVersion.InForceIn(year)}推算的安排认为该日确定不会如此：此前按推算计算的期限可能超出区间，请对照通知核对该日。")
                : new Finding(
                    NoticeCheckCodes.DiffersFromProvisional,
                    FindingSeverity.Info,
                    iso,
                    iso,
                    $"{iso} is {what} in calendar '{calendar.Id}'; the most likely provisional arrangement had the opposite, and the day was marked uncertain.",
                    $"{NoticeText.Chinese(day)}在日历“{calendar.Id}”中为{whatChinese}，与依法推算的最可能安排不同（该日已标为待定）。"));
        }

        return findings.AsReadOnly();
    }
}
