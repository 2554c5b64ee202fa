using System;
using NodaTime;

namespace PowerGovernance.Calendars.China.Tests;

public class StatutoryDayTests
{
    [Theory]
    [InlineData(StatutoryFestival.NewYear, "元旦", "New Year's Day")]
    [InlineData(StatutoryFestival.SpringFestival, "春节", "Spring Festival")]
    [InlineData(StatutoryFestival.Qingming, "清明节", "Qingming Festival")]
    [InlineData(StatutoryFestival.LabourDay, "劳动节", "Labour Day")]
    [InlineData(StatutoryFestival.DragonBoat, "端午节", "Dragon Boat Festival")]
    [InlineData(StatutoryFestival.MidAutumn, "中秋节", "Mid-Autumn Festival")]
    [InlineData(StatutoryFestival.NationalDay, "国庆节", "National Day")]
    public void Names_are_those_of_the_official_calendar_file(StatutoryFestival festival, string chinese, string english)
    {
        var day = new StatutoryDay(new LocalDate(2025, 1, 1), festival);

        Assert.Equal(new HolidayName(chinese, english), day.Name);
    }

    [Theory]
    [InlineData(2027, 2, 5, false)] // Friday
    [InlineData(2027, 2, 6, true)] // Saturday
    [InlineData(2027, 2, 7, true)] // Sunday
    [InlineData(2027, 2, 8, false)] // Monday
    public void IsOnWeekend_is_Saturday_or_Sunday(int year, int month, int day, bool weekend)
    {
        Assert.Equal(weekend, new StatutoryDay(new LocalDate(year, month, day), StatutoryFestival.SpringFestival).IsOnWeekend);
    }

    [Fact]
    public void Equal_by_value_and_printed_culture_invariantly()
    {
        var day = new StatutoryDay(new LocalDate(2025, 1, 28), StatutoryFestival.SpringFestival);

        Assert.Equal(new StatutoryDay(new LocalDate(2025, 1, 28), StatutoryFestival.SpringFestival), day);
        Assert.NotEqual(new StatutoryDay(new LocalDate(2025, 1, 28), StatutoryFestival.NewYear), day);
        Assert.Equal("2025-01-28 春节 | Spring Festival", day.ToString());
    }

    [Fact]
    public void A_date_in_another_calendar_system_is_stored_as_ISO()
    {
        var julian = new LocalDate(2025, 10, 1).WithCalendar(CalendarSystem.Julian);

        var day = new StatutoryDay(julian, StatutoryFestival.NationalDay);

        Assert.Equal(CalendarSystem.Iso, day.Date.Calendar);
        Assert.Equal(new LocalDate(2025, 10, 1), day.Date);
    }

    [Fact]
    public void An_undefined_festival_is_refused()
    {
        var exception = Assert.Throws<ArgumentOutOfRangeException>(() => new StatutoryDay(new LocalDate(2025, 1, 1), (StatutoryFestival)7));

        Assert.Equal("festival", exception.ParamName);
    }
}
