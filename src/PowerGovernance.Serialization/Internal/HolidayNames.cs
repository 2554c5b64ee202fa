using System.Collections.Frozen;
using System.Collections.Generic;
using PowerGovernance.Calendars;

namespace PowerGovernance.Serialization.Internal;

/// <summary>
/// English names for the Chinese holiday names of formats that carry only Chinese (holiday-cn): the names and
/// translations used by the official data (<c>cn-official.txt</c>). An unknown name keeps its Chinese text as
/// its English name.
/// </summary>
internal static class HolidayNames
{
    private static readonly FrozenDictionary<string, string> English = new Dictionary<string, string>
    {
        ["元旦"] = "New Year's Day",
        ["春节"] = "Spring Festival",
        ["清明节"] = "Qingming Festival",
        ["劳动节"] = "Labour Day",
        ["端午节"] = "Dragon Boat Festival",
        ["中秋节"] = "Mid-Autumn Festival",
        ["国庆节"] = "National Day",
        ["国庆节、中秋节"] = "National Day and Mid-Autumn Festival",
        ["中秋节、国庆节"] = "Mid-Autumn Festival and National Day",
        ["中国人民抗日战争暨世界反法西斯战争胜利70周年纪念日"] = "70th Anniversary of Victory Day",
        ["抗日战争暨世界反法西斯战争胜利70周年纪念日"] = "70th Anniversary of Victory Day",
    }.ToFrozenDictionary();

    /// <summary>Gets the Chinese names that have an English name.</summary>
    internal static IEnumerable<string> Known => English.Keys;

    internal static HolidayName FromChinese(string chinese)
    {
        var trimmed = chinese.Trim();
        return new HolidayName(trimmed, English.TryGetValue(trimmed, out var english) ? english : trimmed);
    }
}
