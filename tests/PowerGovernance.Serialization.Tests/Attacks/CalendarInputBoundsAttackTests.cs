using System;
using System.IO;
using System.Text;
using PowerGovernance.Calendars;
using PowerGovernance.Tests.Attacks;
using Xunit.Abstractions;

namespace PowerGovernance.Serialization.Tests.Attacks;

/// <summary>
/// Issue 14, finding 7 (calendar inputs): a 50 MB iCalendar or holiday-cn input is refused within 5 s (a 30 s hang
/// guard here), 500 MB allocated and a message of at most 64 KB, and an input just under the size limit is read in
/// linear time (a property folded over many lines used to be unfolded by copying it again for every line).
/// </summary>
public class CalendarInputBoundsAttackTests(ITestOutputHelper output)
{
    private const long FiftyMegabytes = 50L * 1024 * 1024;
    private const string Head = "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//t//t//EN\r\nX-POWERGOVERNANCE-ID:t\r\nX-POWERGOVERNANCE-COVERAGE:2024-01-01/2024-12-31\r\nX-POWERGOVERNANCE-WEEKEND:Saturday Sunday\r\n";
    private const string Event = "BEGIN:VEVENT\r\nDTSTART;VALUE=DATE:20241001\r\nDTEND;VALUE=DATE:20241008\r\nSUMMARY:国庆节 | National Day\r\nCATEGORIES:HOLIDAY\r\nEND:VEVENT\r\n";

    [Fact]
    public void A_50_MB_iCalendar_text_and_stream_are_refused_within_the_bounds()
    {
        var text = Measured.Text(Head, Event, FiftyMegabytes) + "END:VCALENDAR\r\n";
        var bytes = Encoding.UTF8.GetBytes(text);

        var fromText = Measured.Run(() => CalendarIcs.Read(text, "attack.ics"));
        var fromStream = Measured.Run(() => CalendarIcs.Read(new MemoryStream(bytes), "attack.ics"));

        output.WriteLine("CalendarIcs.Read(string), 50 MB: " + fromText);
        output.WriteLine("CalendarIcs.Read(Stream), 50 MB: " + fromStream);
        foreach (var run in new[] { fromText, fromStream })
        {
            run.AssertBounded();
            Assert.Equal(CalendarRuleCodes.InputTooLarge, Assert.Single(Assert.IsType<InvalidCalendarException>(run.Error).Findings).Code);
        }
    }

    [Fact]
    public void A_50_MB_holiday_cn_input_is_refused_within_the_bounds()
    {
        var day = "{\"name\": \"国庆节\", \"date\": \"2024-10-01\", \"isOffDay\": true},\n";
        var text = Measured.Text("{\"year\": 2024, \"papers\": [], \"days\": [\n", day, FiftyMegabytes) + "{\"name\": \"国庆节\", \"date\": \"2024-10-02\", \"isOffDay\": true}]}";
        var bytes = Encoding.UTF8.GetBytes(text);

        var fromText = Measured.Run(() => HolidayCnJson.Read(text, "attack.json"));
        var fromStream = Measured.Run(() => HolidayCnJson.Read(new MemoryStream(bytes), "attack.json"));

        output.WriteLine("HolidayCnJson.Read(string), 50 MB: " + fromText);
        output.WriteLine("HolidayCnJson.Read(Stream), 50 MB: " + fromStream);
        foreach (var run in new[] { fromText, fromStream })
        {
            run.AssertBounded();
            Assert.Equal(CalendarRuleCodes.InputTooLarge, Assert.Single(Assert.IsType<InvalidCalendarException>(run.Error).Findings).Code);
        }
    }

    [Fact]
    public void An_iCalendar_property_folded_over_a_million_lines_is_unfolded_in_linear_time()
    {
        // A SUMMARY of 1,000,000 folded lines (about 12 MB): unfolding by string concatenation copied it again for every line.
        var summary = new StringBuilder("SUMMARY:国庆节 | National Day");
        for (var i = 0; i < 1_000_000; i++)
        {
            summary.Append("\r\n x");
        }

        var text = Head + "BEGIN:VEVENT\r\nDTSTART;VALUE=DATE:20241001\r\nDTEND;VALUE=DATE:20241008\r\n" + summary + "\r\nCATEGORIES:HOLIDAY\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n";

        var run = Measured.Run(() => CalendarIcs.Read(text, "attack.ics"));

        output.WriteLine("CalendarIcs.Read, a summary folded over 1,000,000 lines: " + run);
        run.AssertBounded();
        Assert.True(run.Elapsed < TimeSpan.FromSeconds(10), $"took {run.Elapsed}");
    }

    [Fact]
    public void An_iCalendar_input_just_under_the_limit_with_an_error_in_every_event_is_refused_within_the_bounds()
    {
        var text = Measured.Text(Head, Event.Replace("20241008", "20241001", StringComparison.Ordinal), LoadedCalendar.MaxInputBytes - 4096) + "END:VCALENDAR\r\n";

        var run = Measured.Run(() => CalendarIcs.Read(text, "attack.ics"));

        output.WriteLine("CalendarIcs.Read, " + text.Length + " chars, an error in every event: " + run);
        run.AssertBounded();
        var finding = Assert.Single(Assert.IsType<InvalidCalendarException>(run.Error).Findings);
        Assert.Equal(CalendarRuleCodes.InputTooLarge, finding.Code);
        Assert.Contains("at most " + CalendarIcs.MaxEvents.ToString(System.Globalization.CultureInfo.InvariantCulture), finding.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void An_iCalendar_input_with_the_most_events_and_an_error_in_each_is_refused_within_the_bounds()
    {
        var text = Head + Repeat(Event.Replace("20241008", "20241001", StringComparison.Ordinal), CalendarIcs.MaxEvents) + "END:VCALENDAR\r\n";

        var run = Measured.Run(() => CalendarIcs.Read(text, "attack.ics"));

        output.WriteLine("CalendarIcs.Read, " + CalendarIcs.MaxEvents + " events, an error in every event: " + run);
        run.AssertBounded();
        var error = Assert.IsType<InvalidCalendarException>(run.Error);
        Assert.Equal(LoadedCalendar.MaxProblems + 1, error.Findings.Count);
        Assert.Equal(CalendarRuleCodes.TooManyProblems, error.Findings[^1].Code);
    }

    [Fact]
    public void An_iCalendar_input_with_the_most_events_and_one_value_Ical_Net_cannot_read_is_refused_within_the_bounds()
    {
        var text = Head + Repeat(Event, CalendarIcs.MaxEvents - 1) + Event.Replace("SUMMARY", "DTSTAMP:2024-13-45T99\r\nSUMMARY", StringComparison.Ordinal) + "END:VCALENDAR\r\n";

        var run = Measured.Run(() => CalendarIcs.Read(text, "attack.ics"));

        output.WriteLine("CalendarIcs.Read, " + CalendarIcs.MaxEvents + " events, one value Ical.Net cannot read: " + run);
        run.AssertBounded();
        Assert.IsType<InvalidCalendarException>(run.Error);
    }

    private static string Repeat(string text, int count)
    {
        var all = new StringBuilder(text.Length * count);
        for (var i = 0; i < count; i++)
        {
            all.Append(text);
        }

        return all.ToString();
    }
}
