using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using NodaTime;
using Xunit.Abstractions;

namespace PowerGovernance.Calendars.China.Tests;

/// <summary>
/// The backtest of provisional years: for every year Y, the official data of Y and later is hidden (with the
/// late-December days that Y's notice set in Y-1), Y is built from the holiday law in force in Y, and every due
/// date of every start day in Y (1–30 working days, 1–60 natural days) must lie inside the provisional range.
/// </summary>
public class ProvisionalBacktest(ITestOutputHelper output)
{
    // A State Council decision outside the holiday law (the 2015 anniversary day, 国发明电〔2015〕1号): no law
    // can predict it, so the reference for 2015 leaves it out and the test counts what it moved separately.
    private const string SpecialDecision = "纪念日调休放假";

    public static TheoryData<int> Years() => [.. Enumerable.Range(2005, 22)];

    [Theory]
    [MemberData(nameof(Years))]
    public void Every_official_due_date_lies_inside_the_provisional_range(int year)
    {
        var result = Backtest.Run(year);
        output.WriteLine(result.ToString());
        Assert.True(result.Outside.Count == 0, string.Join("\n", result.Outside.Take(20)));
        Assert.True(result.Checked > 300 * 90, "too few due dates were checked: " + result.Checked);
    }

    [Fact]
    public void Every_statutory_day_of_a_provisional_year_is_a_certain_rest_day()
    {
        var calendar = Backtest.PublishedUntil(2027).Build(2027);
        foreach (var day in HolidayLawVersion.InForceIn(2027).StatutoryDays(2027))
        {
            Assert.Equal(DayType.StatutoryHoliday, calendar.GetDayType(day.Date));
            Assert.Equal(DayCertainty.Certain, calendar.GetCertainty(day.Date));
            Assert.Equal(DayType.StatutoryHoliday, calendar.Earliest.GetDayType(day.Date));
            Assert.Equal(DayType.StatutoryHoliday, calendar.Latest.GetDayType(day.Date));
        }
    }

    [Fact]
    public void Summary_over_all_years_2009_through_2026()
    {
        var results = Enumerable.Range(2009, 18).Select(Backtest.Run).ToList();
        var checkedCount = results.Sum(r => r.Checked);
        var exact = results.Sum(r => r.MostLikelyExact);
        var width = results.Sum(r => r.TotalWidth);
        output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"2009–2026: {checkedCount} due dates, inside the range {checkedCount - results.Sum(r => r.Outside.Count)} (100% required), most likely exact {100.0 * exact / checkedCount:F1}%, mean range width {(double)width / checkedCount:F2} days"));
        Assert.All(results, r => Assert.Empty(r.Outside));
    }

    internal sealed record BacktestResult(int Year, int Checked, int Skipped, int MostLikelyExact, long TotalWidth, List<string> Outside, int MovedBySpecialDecision)
    {
        public override string ToString() => string.Create(
            CultureInfo.InvariantCulture,
            $"{Year}: checked {Checked}, outside {Outside.Count}, most likely exact {100.0 * MostLikelyExact / Checked:F1}%, mean width {(double)TotalWidth / Checked:F2} days, not checkable (official due date after 2026) {Skipped}, moved by a special decision {MovedBySpecialDecision}");
    }

    internal static class Backtest
    {
        private static readonly string OfficialText = ReadOfficial();

        public static Published PublishedUntil(int hiddenYear) => new(hiddenYear);

        public static BacktestResult Run(int year)
        {
            var provisional = PublishedUntil(year).Build(year + 1);
            var reference = Reference(withoutSpecialDecision: true);
            var official = ChinaCalendars.Official;
            var outside = new List<string>();
            int checkedCount = 0, skipped = 0, exact = 0, special = 0;
            long width = 0;
            var limits = Enumerable.Range(1, 30).Select(TimeLimit.WorkingDays).Concat(Enumerable.Range(1, 60).Select(TimeLimit.NaturalDays)).ToArray();
            for (var start = new LocalDate(year, 1, 1); start.Year == year; start = start.PlusDays(1))
            {
                foreach (var limit in limits)
                {
                    LocalDate expected;
                    try
                    {
                        expected = reference.DueDate(start, limit);
                    }
                    catch (CalendarCoverageException)
                    {
                        skipped++;
                        continue;
                    }

                    if (official.DueDate(start, limit) != expected)
                    {
                        special++;
                    }

                    var range = provisional.DueDateRange(start, limit);
                    checkedCount++;
                    width += range.WidthInDays;
                    if (range.MostLikely == expected)
                    {
                        exact++;
                    }

                    if (expected < range.Earliest || expected > range.Latest)
                    {
                        outside.Add($"{start:uuuu-MM-dd} + {limit}: official {expected:uuuu-MM-dd}, range {range}");
                    }
                }
            }

            return new BacktestResult(year, checkedCount, skipped, exact, width, outside, special);
        }

        private static WorkingCalendar Reference(bool withoutSpecialDecision)
        {
            var lines = OfficialText.Split('\n');
            var kept = new List<string>();
            var skipping = false;
            foreach (var line in lines)
            {
                if (line.StartsWith("source ", System.StringComparison.Ordinal))
                {
                    skipping = withoutSpecialDecision && line.Contains(SpecialDecision, System.StringComparison.Ordinal);
                }
                else if (line.StartsWith("# ---- ", System.StringComparison.Ordinal))
                {
                    skipping = false;
                }

                if (!skipping)
                {
                    kept.Add(line);
                }
            }

            return WorkingCalendar.Parse(string.Join('\n', kept));
        }

        private static string ReadOfficial()
        {
            using var stream = ChinaCalendars.OpenOfficialData();
            using var reader = new StreamReader(stream);
            return reader.ReadToEnd();
        }

        internal sealed class Published(int hiddenYear)
        {
            public ProvisionalWorkingCalendar Build(int lastYear)
            {
                // Keep the sections of the years before the hidden one; the hidden year's section holds the days
                // its notice set, including those in late December of the year before.
                var kept = new List<string>();
                var hiding = false;
                foreach (var line in OfficialText.Split('\n'))
                {
                    if (line.StartsWith("# ---- ", System.StringComparison.Ordinal))
                    {
                        var sectionYear = int.Parse(line.AsSpan(7, 4), CultureInfo.InvariantCulture);
                        hiding = sectionYear >= hiddenYear;
                    }

                    if (line.StartsWith("coverage ", System.StringComparison.Ordinal))
                    {
                        kept.Add(string.Create(CultureInfo.InvariantCulture, $"coverage 2004-01-01 {hiddenYear - 1}-12-31"));
                        continue;
                    }

                    if (!hiding)
                    {
                        kept.Add(line);
                    }
                }

                var published = ChinaCalendars.MarkStatutory(WorkingCalendar.Parse(string.Join('\n', kept)));
                return ChinaCalendars.WithProvisionalYears(published, [], new ProvisionalCalendarOptions { LastYear = lastYear });
            }
        }
    }
}
