using System.Linq;
using FsCheck.Xunit;
using NodaTime;

namespace PowerGovernance.Calendars.China.Tests;

/// <summary>Laws of the holiday law types over every supported year and date.</summary>
[Properties(Arbitrary = [typeof(HolidayLawArbitraries)], MaxTest = 200)]
public class HolidayLawProperties
{
    [Property]
    public bool Spring_Festival_days_are_consecutive_and_end_on_chuer_or_chusan(int year)
    {
        var newYear = HolidayLawVersion.Of1999.StatutoryDays(year).First(d => d.Festival == StatutoryFestival.SpringFestival).Date;
        return HolidayLawVersion.Versions.All(version =>
        {
            var spring = version.StatutoryDays(year).Where(d => d.Festival == StatutoryFestival.SpringFestival).Select(d => d.Date).ToList();
            var consecutive = spring.Zip(spring.Skip(1), (a, b) => a.PlusDays(1) == b).All(x => x);
            var lastDay = version.DecreeNumber == 513 ? newYear.PlusDays(1) : newYear.PlusDays(2);
            return consecutive && spring[^1] == lastDay;
        });
    }

    [Property]
    public bool Qingming_is_April_4_5_or_6(int year)
    {
        var qingming = SolarTerms.Qingming(year);
        return qingming.Month == 4 && qingming.Day is >= 4 and <= 6;
    }

    [Property]
    public bool The_version_in_force_came_into_force_on_or_before_the_date_and_the_next_did_not(LocalDate date)
    {
        var version = HolidayLawVersion.InForceOn(date);
        var next = HolidayLawVersion.Versions.SkipWhile(v => v != version).Skip(1).FirstOrDefault();
        return version.InForceFrom <= date && (next is null || next.InForceFrom > date);
    }

    [Property]
    public bool The_version_in_force_in_a_year_is_the_one_on_January_1(int year) =>
        HolidayLawVersion.InForceIn(year) == HolidayLawVersion.InForceOn(new LocalDate(year, 1, 1));
}
