using System;
using System.IO;
using System.Text;
using BenchmarkDotNet.Attributes;
using PowerGovernance.Calendars;
using PowerGovernance.Serialization;

namespace PowerGovernance.Benchmarks;

/// <summary>
/// Hostile calendar inputs (issue 14, "bounded work"): a 50 MB calendar file that is clean, has one error, or has an
/// error on every line, and a 50 MB iCalendar file, each loaded or refused; and a calendar file just under the 16 MiB
/// limit with an error on every line, which is read and checked in full. Goal: each ≤ 5 s and ≤ 500 MB allocated, the
/// message ≤ 64 KB (checked in <see cref="Setup"/>). Every benchmark returns the length of the message it got.
/// </summary>
[MemoryDiagnoser]
public class LargeCalendarInputBenchmarks
{
    private const long FiftyMegabytes = 50L * 1024 * 1024;
    private const string Head = "calendar attack\nweekend Saturday Sunday\ncoverage 2024-01-01 2024-12-31\n";
    private const string Source = "source 2024 2023-10-25 国务院办公厅关于2024年部分节假日安排的通知（国办发明电〔2023〕7号）\n";
    private const string SameHoliday = "holiday 2024-10-01 国庆节 | National Day\n";
    private const string IcsHead = "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//t//t//EN\r\nX-POWERGOVERNANCE-ID:t\r\nX-POWERGOVERNANCE-COVERAGE:2024-01-01/2024-12-31\r\nX-POWERGOVERNANCE-WEEKEND:Saturday Sunday\r\n";
    private const string IcsEvent = "BEGIN:VEVENT\r\nDTSTART;VALUE=DATE:20241001\r\nDTEND;VALUE=DATE:20241008\r\nSUMMARY:国庆节 | National Day\r\nCATEGORIES:HOLIDAY\r\nEND:VEVENT\r\n";

    private byte[] clean = null!;
    private byte[] oneError = null!;
    private byte[] errorOnEveryLine = null!;
    private string underTheLimit = null!;
    private byte[] ics = null!;

    /// <summary>Generates the inputs and checks that each is refused with a bounded message.</summary>
    [GlobalSetup]
    public void Setup()
    {
        clean = Encoding.UTF8.GetBytes(Repeat(Head, Source, FiftyMegabytes));
        oneError = Encoding.UTF8.GetBytes(Repeat(Head, Source, FiftyMegabytes) + "holiday 2024-10-01\n");
        errorOnEveryLine = Encoding.UTF8.GetBytes(Repeat(Head, SameHoliday, FiftyMegabytes));
        underTheLimit = Repeat(Head, SameHoliday, LoadedCalendar.MaxInputBytes - 4096);
        ics = Encoding.UTF8.GetBytes(Repeat(IcsHead, IcsEvent, FiftyMegabytes) + "END:VCALENDAR\r\n");
        foreach (var length in new[] { CalendarFileClean(), CalendarFileOneError(), CalendarFileErrorOnEveryLine(), CalendarTextUnderTheLimitErrorOnEveryLine(), IcsFile() })
        {
            if (length is 0 or > 32 * 1024)
            {
                throw new InvalidOperationException("Benchmark setup: expected a refusal with a message of at most 64 KB, got " + length + " characters.");
            }
        }
    }

    /// <summary>A clean 50 MB calendar file from a stream.</summary>
    /// <returns>The message's length.</returns>
    [Benchmark]
    public int CalendarFileClean() => Refusal(() => LoadedCalendar.Load(new MemoryStream(clean), "clean.txt"));

    /// <summary>A 50 MB calendar file with one error at its end, from a stream.</summary>
    /// <returns>The message's length.</returns>
    [Benchmark]
    public int CalendarFileOneError() => Refusal(() => WorkingCalendar.Load(new MemoryStream(oneError)));

    /// <summary>A 50 MB calendar file with an overlapping holiday on every line, from a stream.</summary>
    /// <returns>The message's length.</returns>
    [Benchmark]
    public int CalendarFileErrorOnEveryLine() => Refusal(() => WorkingCalendar.Load(new MemoryStream(errorOnEveryLine)));

    /// <summary>A calendar text just under 16 MiB with an overlapping holiday on every line: read and checked in full.</summary>
    /// <returns>The message's length.</returns>
    [Benchmark]
    public int CalendarTextUnderTheLimitErrorOnEveryLine() => Refusal(() => WorkingCalendar.Parse(underTheLimit));

    /// <summary>A 50 MB iCalendar file from a stream.</summary>
    /// <returns>The message's length.</returns>
    [Benchmark]
    public int IcsFile() => Refusal(() => CalendarIcs.Read(new MemoryStream(ics), "attack.ics"));

    private static int Refusal(Action read)
    {
        try
        {
            read();
            return 0;
        }
        catch (InvalidCalendarException e)
        {
            return e.Message.Length;
        }
    }

    private static string Repeat(string head, string line, long bytes)
    {
        var count = (int)((bytes - Encoding.UTF8.GetByteCount(head)) / Encoding.UTF8.GetByteCount(line)) + 1;
        var text = new StringBuilder(head, head.Length + (count * line.Length));
        for (var i = 0; i < count; i++)
        {
            text.Append(line);
        }

        return text.ToString();
    }
}
