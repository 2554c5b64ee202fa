using System;
using System.Linq;
using NodaTime;
using PowerGovernance.Validation;

namespace PowerGovernance.Calendars.China.Tests;

public class ProvisionalComparisonTests
{
    public static TheoryData<int> EmbeddedYears() => [.. Enumerable.Range(2005, 22)];

    [Theory]
    [MemberData(nameof(EmbeddedYears))]
    public void Every_embedded_notice_changes_only_days_the_provisional_year_held_uncertain(int year)
    {
        var findings = NoticeChecker.CompareWithProvisional(ChinaCalendars.Official, year);

        var outside = findings.Where(f => f.Code == NoticeCheckCodes.OutsideProvisionalRange).Select(f => f.Path).ToArray();
        if (year == 2015)
        {
            // The anniversary holiday of 国发明电〔2015〕1号: 3–4 September off, 6 September worked — set by a decision
            // outside the holiday law, far from every statutory day.
            Assert.Equal(["2015-09-03", "2015-09-04", "2015-09-06"], outside);
        }
        else
        {
            Assert.Empty(outside);
        }

        Assert.All(findings, f => Assert.Contains(f.Severity, new[] { FindingSeverity.Info, FindingSeverity.Warning }));
    }

    [Fact]
    public void A_2027_year_file_lists_the_days_it_sets_otherwise_than_the_most_likely_year()
    {
        var host = HostCalendar.FromText(
            """
            calendar cn-2027-test
            coverage 2027-01-01 2027-12-31
            holiday 2027-01-01..2027-01-03 元旦 | New Year's Day
            holiday 2027-02-04..2027-02-11 春节 | Spring Festival
            workday 2027-02-20 春节 | Spring Festival
            holiday 2027-04-03..2027-04-05 清明节 | Qingming Festival
            holiday 2027-05-01..2027-05-05 劳动节 | Labour Day
            holiday 2027-06-09 端午节 | Dragon Boat Festival
            holiday 2027-09-15 中秋节 | Mid-Autumn Festival
            holiday 2027-10-01..2027-10-07 国庆节 | National Day
            holiday 2027-03-10 县庆 | County Day
            """,
            "test.txt");

        var findings = NoticeChecker.CompareWithProvisional(host.Calendar, 2027);

        // 4 February (Thursday, a day before 除夕) is given off: near the Spring Festival, so expected variation.
        var february4 = Assert.Single(findings, f => f.Path == "2027-02-04");
        Assert.Equal(NoticeCheckCodes.DiffersFromProvisional, february4.Code);
        Assert.Equal(FindingSeverity.Info, february4.Severity);

        // 10 March is far from every statutory day: the provisional year held it a certain working day.
        var march10 = Assert.Single(findings, f => f.Path == "2027-03-10");
        Assert.Equal(NoticeCheckCodes.OutsideProvisionalRange, march10.Code);
        Assert.Equal(FindingSeverity.Warning, march10.Severity);
        Assert.Contains("2027年3月10日", march10.ChineseMessage, StringComparison.Ordinal);
    }

    [Fact]
    public void Years_before_the_second_embedded_year_are_refused()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => NoticeChecker.CompareWithProvisional(ChinaCalendars.Official, 2004));
    }
}
