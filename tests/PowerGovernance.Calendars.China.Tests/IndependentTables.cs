using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using NodaTime;
using NodaTime.Text;

namespace PowerGovernance.Calendars.China.Tests;

/// <summary>
/// The independent tables under Data/ (generated once with the npm package tyme4ts, see each file's
/// header), read as facts to compare the library's computations with.
/// </summary>
internal static class IndependentTables
{
    private static readonly Lazy<IReadOnlyDictionary<int, LocalDateTime>> LazyQingming = new(LoadQingming);
    private static readonly Lazy<IReadOnlyDictionary<int, LunarFestivalDates>> LazyLunar = new(LoadLunar);

    /// <summary>Gets the instant of 清明 in China Standard Time, by year, 1901–2100.</summary>
    public static IReadOnlyDictionary<int, LocalDateTime> Qingming => LazyQingming.Value;

    /// <summary>Gets 除夕, 正月初一, 端午 and 中秋 by Gregorian year, 2000–2100.</summary>
    public static IReadOnlyDictionary<int, LunarFestivalDates> LunarFestivals => LazyLunar.Value;

    private static IEnumerable<string> DataLines(string file) =>
        File.ReadLines(Path.Combine(AppContext.BaseDirectory, "Data", file))
            .Where(line => line.Length > 0 && !line.StartsWith('#'));

    private static Dictionary<int, LocalDateTime> LoadQingming()
    {
        var pattern = LocalDateTimePattern.CreateWithInvariantCulture("uuuu-MM-dd HH:mm:ss");
        return DataLines("qingming-1901-2100.txt")
            .Select(line => pattern.Parse(line).Value)
            .ToDictionary(t => t.Year);
    }

    private static Dictionary<int, LunarFestivalDates> LoadLunar()
    {
        var pattern = LocalDatePattern.Iso;
        return DataLines("lunar-festivals-2000-2100.txt")
            .Select(line => line.Split(' '))
            .ToDictionary(
                fields => int.Parse(fields[0], CultureInfo.InvariantCulture),
                fields => new LunarFestivalDates(
                    pattern.Parse(fields[1]).Value,
                    pattern.Parse(fields[2]).Value,
                    pattern.Parse(fields[3]).Value,
                    pattern.Parse(fields[4]).Value));
    }
}
