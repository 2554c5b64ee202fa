using System;
using System.Collections.Generic;
using System.Linq;
using FsCheck;
using FsCheck.Fluent;
using NodaTime;
using PowerGovernance.Calendars;

namespace PowerGovernance.Serialization.Tests;

/// <summary>
/// Random valid calendars for the round-trip properties, as a shrinkable description (<see cref="CalendarSpec"/>):
/// coverage, weekend days, holiday blocks, make-up days and sources; blocks that would overlap and make-up days
/// that are not weekend days or fall in a block are dropped when the calendar is built.
/// </summary>
public static class RandomCalendars
{
    /// <summary>Names valid in every format; the Chinese never contains '|' (the name separator).</summary>
    private static readonly HolidayName[] AnyNames =
    [
        new("春节", "Spring Festival"),
        new("国庆节、中秋节", "National Day and Mid-Autumn Festival"),
        new("地方 假日", "Local holiday; closure, \"flood\""),
        new("防汛\\停工", "Flood | closure"),
        new("调休上班", "make-up working day"),
    ];

    /// <summary>Names holiday-cn round-trips: known Chinese names with the official English, or English equal to the Chinese.</summary>
    private static readonly HolidayName[] HolidayCnNames =
    [
        new("元旦", "New Year's Day"),
        new("春节", "Spring Festival"),
        new("中秋节、国庆节", "Mid-Autumn Festival and National Day"),
        new("中国人民抗日战争暨世界反法西斯战争胜利70周年纪念日", "70th Anniversary of Victory Day"),
        new("地方假日", "地方假日"),
    ];

    private static readonly string[] Titles =
    [
        "国务院办公厅关于2024年部分节假日安排的通知（国办发明电〔2023〕7号）",
        "a; b, c \\ d \"quoted\"",
        "https://www.gov.cn/zhengce/content/2019-11/21/content_5454164.htm",
    ];

    /// <summary>Calendars any format can carry except holiday-cn: any coverage, any weekend days, tricky names and titles.</summary>
    public static Arbitrary<CalendarSpec> Any() => Arb.From(Specs(holidayCn: false), Shrink);

    /// <summary>Calendars holiday-cn can carry: whole years, Saturday and Sunday weekends, names it maps back to English.</summary>
    public static Arbitrary<CalendarSpec> HolidayCn() => Arb.From(Specs(holidayCn: true), Shrink);

    private static Gen<CalendarSpec> Specs(bool holidayCn) =>
        from startYear in Gen.Choose(1990, 2090)
        from years in Gen.Choose(1, 3)
        from startTrim in holidayCn ? Gen.Constant(0) : Gen.Choose(0, 200)
        from endTrim in holidayCn ? Gen.Constant(0) : Gen.Choose(0, 150)
        from weekend in holidayCn ? Gen.Constant(new[] { 6, 7 }) : Gen.SubListOf(Enumerable.Range(1, 7).ToArray()).Select(l => l.ToArray())
        from blocks in Gen.ListOf(from o in Gen.Choose(0, 1095) from l in Gen.Choose(1, 9) from n in Gen.Choose(0, 4) select (o, l, n))
        from makeUps in Gen.ListOf(Gen.Zip(Gen.Choose(0, 1095), Gen.Choose(0, 4)))
        from sources in Gen.ListOf(from y in Gen.Choose(0, 2) from i in Gen.Choose(0, 400) from t in Gen.Choose(0, 2) select (y, i, t))
        from named in Gen.Elements(true, false)
        select new CalendarSpec(holidayCn, startYear, years, startTrim, endTrim, weekend, [.. blocks], [.. makeUps], [.. sources], named);

    private static IEnumerable<CalendarSpec> Shrink(CalendarSpec spec)
    {
        for (var i = 0; i < spec.Blocks.Length; i++)
        {
            yield return spec with { Blocks = [.. spec.Blocks.Where((_, j) => j != i)] };
        }

        for (var i = 0; i < spec.MakeUps.Length; i++)
        {
            yield return spec with { MakeUps = [.. spec.MakeUps.Where((_, j) => j != i)] };
        }

        for (var i = 0; i < spec.Sources.Length; i++)
        {
            yield return spec with { Sources = [.. spec.Sources.Where((_, j) => j != i)] };
        }
    }

    /// <summary>A shrinkable description of a calendar.</summary>
    public sealed record CalendarSpec(
        bool ForHolidayCn,
        int StartYear,
        int Years,
        int StartTrim,
        int EndTrim,
        int[] Weekend,
        (int Offset, int Length, int Name)[] Blocks,
        (int Offset, int Name)[] MakeUps,
        (int YearOffset, int IssuedOffset, int Title)[] Sources,
        bool Named)
    {
        public WorkingCalendar Build()
        {
            var names = ForHolidayCn ? HolidayCnNames : AnyNames;
            var first = new LocalDate(StartYear, 1, 1).PlusDays(StartTrim);
            var last = LocalDate.Max(first, new LocalDate(StartYear + Years - 1, 12, 31).PlusDays(-EndTrim));
            var weekend = Weekend.Select(d => (IsoDayOfWeek)d).ToArray();
            var builder = new WorkingCalendarBuilder("random-" + StartYear).WithCoverage(first, last).WithWeekendDays(weekend);
            if (Named)
            {
                builder.WithName("随机日历 | Random calendar");
            }

            var off = new HashSet<LocalDate>();
            foreach (var (offset, length, name) in Blocks)
            {
                var start = first.PlusDays(offset);
                var end = start.PlusDays(length - 1);
                if (end > last || new DateInterval(start, end).Any(off.Contains))
                {
                    continue;
                }

                off.UnionWith(new DateInterval(start, end));
                builder.AddHoliday(start, end, names[name]);
            }

            var worked = new HashSet<LocalDate>();
            foreach (var (offset, name) in MakeUps)
            {
                var date = first.PlusDays(offset);
                if (date <= last && weekend.Contains(date.DayOfWeek) && !off.Contains(date) && worked.Add(date))
                {
                    builder.AddMakeUpWorkingDay(date, names[name]);
                }
            }

            foreach (var (yearOffset, issuedOffset, title) in Sources)
            {
                var year = StartYear + Math.Min(yearOffset, Years - 1);
                builder.AddSource(new CalendarSource(year, new LocalDate(year - 1, 1, 1).PlusDays(issuedOffset), Titles[title]));
            }

            return builder.Build();
        }

        public override string ToString() => Build().ToText();
    }
}
