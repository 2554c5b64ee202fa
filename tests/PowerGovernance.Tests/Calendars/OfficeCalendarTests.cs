using System;
using NodaTime;
using PowerGovernance.Calendars;
using PowerGovernance.Tests.Supervision;

namespace PowerGovernance.Tests.Calendars;

public class OfficeCalendarTests
{
    private static readonly WorkingCalendar Calendar = CalendarHealthCheckTests.Strict2026();

    [Fact]
    public void A_working_calendar_alone_is_an_office_calendar_in_China_Standard_Time()
    {
        OfficeCalendar office = Calendar;

        Assert.Same(Calendar, office.Calendar);
        Assert.Equal("Asia/Shanghai", office.Zone.Id);
        Assert.Equal(new OfficeCalendar(Calendar), office);
        Assert.Equal("test-2026 (Asia/Shanghai)", office.ToString());

        OfficeCalendar provisional = CalendarHealthCheckTests.Provisional2027();
        Assert.Equal("Asia/Shanghai", provisional.Zone.Id);
    }

    [Fact]
    public void Two_office_calendars_differ_when_the_zone_or_the_calendar_differs()
    {
        var shanghai = new OfficeCalendar(Calendar);
        var urumqi = shanghai.WithZone(DateTimeZoneProviders.Tzdb["Asia/Urumqi"]);

        Assert.NotEqual(shanghai, urumqi);
        Assert.Same(Calendar, urumqi.Calendar);
        Assert.NotEqual(shanghai, new OfficeCalendar(CalendarHealthCheckTests.Strict2026()));
        Assert.Throws<ArgumentNullException>(() => new OfficeCalendar(null!));
        Assert.Throws<ArgumentNullException>(() => shanghai.WithZone(null!));
    }

    [Fact]
    public void Today_and_the_end_of_a_period_are_read_in_the_offices_zone()
    {
        var office = new OfficeCalendar(Calendar, DateTimeZone.Utc);
        var lateEvening = Instant.FromUtc(2026, 9, 29, 20, 0); // 04:00 on 30 September in Shanghai

        Assert.Equal(new LocalDate(2026, 9, 29), office.DateAt(lateEvening));
        Assert.Equal(new LocalDate(2026, 9, 30), new OfficeCalendar(Calendar).DateAt(lateEvening));

        // 5 working days from 29 September skip the National Day holiday (1–7 October) and the weekend: 30 Sep, 8, 9, 12, 13 Oct.
        var deadline = office.Deadline(new LocalDate(2026, 9, 29), TimeLimit.WorkingDays(5));
        Assert.Equal(new LocalDate(2026, 10, 13), deadline.DueDate);
        Assert.Equal(Instant.FromUtc(2026, 10, 14, 0, 0), deadline.End);
        Assert.Equal(Instant.FromUtc(2026, 10, 13, 16, 0), Calendar.Deadline(new LocalDate(2026, 9, 29), TimeLimit.WorkingDays(5)).End);
    }
}
