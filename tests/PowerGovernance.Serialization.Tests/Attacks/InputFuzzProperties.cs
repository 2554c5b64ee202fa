using System;
using System.IO;
using System.Linq;
using System.Text;
using System.Text.Json;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using NodaTime;
using PowerGovernance.Calendars;
using PowerGovernance.Powers;
using PowerGovernance.Procedures;
using PowerGovernance.Procedures.BuiltIn;
using PowerGovernance.Serialization;

namespace PowerGovernance.Serialization.Tests.Attacks;

/// <summary>
/// The attack suite's input fuzzing (issue 14): every input format the packages read — the catalog as CSV and JSON, a case
/// snapshot and its events as JSON, a calendar as the kernel's text format, as iCalendar and as holiday-cn JSON — fed valid
/// documents with random damage (cut, spliced, junk inserted: NUL, lone surrogates, quotes, separators, a byte order mark,
/// very long runs) and random text. Each reader either returns a value or throws its documented error
/// (<see cref="JsonException"/>, <see cref="CatalogImportException"/>, <see cref="InvalidCalendarException"/>,
/// <see cref="InvalidCatalogException"/>) with a bounded message, never another exception such as an index, null-reference
/// or overflow error.
/// </summary>
[Properties(Arbitrary = [typeof(InputFuzzProperties)], MaxTest = 300)]
public class InputFuzzProperties
{
    private static readonly string[] Junk = ["\0", "\uD800", "\uDC00", "\"", ",", ";", "\t", "\r\n", "\uFEFF", "{", "}", "[", "]", ":", "\\", "=", "BEGIN:VEVENT", "holiday", "2024-02-30", "-1", "99999999999999999999", new string('x', 5000), "是否保密", "\u200B"];

    private static readonly Lazy<string[]> Documents = new(() =>
    {
        var catalog = SamplePowers.Catalog();
        var calendar = new WorkingCalendarBuilder("fuzz-2024")
            .WithCoverage(new LocalDate(2024, 1, 1), new LocalDate(2024, 12, 31))
            .AddHoliday(new LocalDate(2024, 10, 1), new LocalDate(2024, 10, 7), new HolidayName("国庆节", "National Day"))
            .AddMakeUpWorkingDay(new LocalDate(2024, 9, 29), new HolidayName("国庆节", "National Day"))
            .Build();
        var registrar = new Actor("甲", TimeLimitedCompletion.Registrar);
        var engine = new ProcedureEngine(calendar, catalog, [BuiltInProcedures.TimeLimitedCompletion]);
        var started = catalog.Powers
            .Select(p => engine.Start("c", p.Code, TimeLimitedCompletion.Id, registrar, Instant.FromUtc(2024, 9, 27, 2, 0)))
            .First(r => r.IsAccepted);
        return
        [
            CatalogCsv.Export(catalog),
            CatalogJson.Serialize(catalog),
            CaseJson.Serialize(started.Snapshot),
            CaseJson.Serialize(started.Events),
            CalendarIcs.Write(calendar),
            HolidayCnJson.Write(calendar, 2024),
            WorkingCalendarFileText(calendar),
        ];
    });

    /// <summary>Damaged documents and random text: which format, and the text.</summary>
    /// <returns>The arbitrary.</returns>
    public static Arbitrary<(int Format, string Text)> Inputs() =>
        Gen.Choose(0, 6).SelectMany(format =>
            Gen.OneOf(Damage(format), ArbMap.Default.GeneratorFor<string>().Select(s => s ?? string.Empty))
                .Select(text => (format, text)))
            .ToArbitrary();

    private static string WorkingCalendarFileText(WorkingCalendar calendar)
    {
        using var writer = new StringWriter();
        calendar.Save(writer);
        return writer.ToString();
    }

    private static Gen<string> Damage(int format) =>
        from count in Gen.Choose(1, 4)
        from edits in Gen.ArrayOf(
            from position in Gen.Choose(0, 100_000)
            from kind in Gen.Choose(0, 3)
            from junk in Gen.Elements(Junk)
            from length in Gen.Choose(0, 40)
            select (position, kind, junk, length), count)
        select Apply(Documents.Value[format], edits);

    private static string Apply(string document, (int Position, int Kind, string Junk, int Length)[] edits)
    {
        var text = new StringBuilder(document);
        foreach (var (position, kind, junk, length) in edits)
        {
            var at = position % (text.Length + 1);
            switch (kind)
            {
                case 0: text.Insert(at, junk); break;
                case 1: text.Remove(at, Math.Min(length, text.Length - at)); break;
                case 2: text.Insert(at, text.ToString(Math.Max(0, at - length), Math.Min(length, at))); break;
                default: text.Length = at; break;
            }
        }

        return text.ToString();
    }

    [Property]
    public bool Every_reader_returns_a_value_or_throws_its_documented_error((int Format, string Text) input)
    {
        try
        {
            _ = input.Format switch
            {
                0 => (object)CatalogCsv.Import(input.Text),
                1 => CatalogJson.Deserialize(input.Text),
                2 => CaseJson.DeserializeSnapshot(input.Text),
                3 => CaseJson.DeserializeEvents(input.Text),
                4 => CalendarIcs.Read(input.Text, "fuzz.ics"),
                5 => HolidayCnJson.Read(input.Text, "fuzz.json"),
                _ => LoadedCalendar.Parse(input.Text, "fuzz.txt"),
            };
            return true;
        }
        catch (Exception e) when (e is JsonException or CatalogImportException or InvalidCalendarException or InvalidCatalogException)
        {
            return e.Message.Length <= 65_536;
        }
    }

    [Property]
    public bool Every_reader_of_bytes_returns_a_value_or_throws_its_documented_error((int Format, string Text) input, byte[] prefix)
    {
        // Random bytes in front (often not UTF-8) must be reported, never read silently as U+FFFD.
        var bytes = (prefix ?? []).Concat(Encoding.UTF8.GetBytes(input.Text)).ToArray();
        try
        {
            using var stream = new MemoryStream(bytes);
            _ = input.Format switch
            {
                0 => (object)CatalogCsv.Import(stream),
                1 => CatalogJson.Deserialize(stream),
                4 => CalendarIcs.Read(stream, "fuzz.ics"),
                5 => HolidayCnJson.Read(stream, "fuzz.json"),
                _ => LoadedCalendar.Load(stream, "fuzz.txt"),
            };
            return true;
        }
        catch (Exception e) when (e is JsonException or CatalogImportException or InvalidCalendarException or InvalidCatalogException)
        {
            return e.Message.Length <= 65_536;
        }
    }
}
