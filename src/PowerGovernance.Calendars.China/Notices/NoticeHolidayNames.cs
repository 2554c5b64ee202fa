using System.Collections.Generic;
using System.Linq;

namespace PowerGovernance.Calendars.China.Notices;

/// <summary>The holiday of a notice's item, named as the official calendar file names its blocks.</summary>
internal static class NoticeHolidayNames
{
    /// <summary>The name of the item (e.g. <c>国庆节、中秋节</c>, <c>“五一”</c>), or <see langword="null"/> when a part is not a statutory festival.</summary>
    internal static HolidayName? Parse(string itemName)
    {
        var parts = new List<HolidayName>();
        foreach (var raw in itemName.Split('、'))
        {
            // Quotation marks anywhere are dropped: “五一”, “五一”国际劳动节 (the 2008 notice), “十一”.
            var part = raw.Replace("“", string.Empty, System.StringComparison.Ordinal).Replace("”", string.Empty, System.StringComparison.Ordinal)
                .Replace("\"", string.Empty, System.StringComparison.Ordinal).Trim().Trim('「', '」', ' ');
            HolidayName? name = part switch
            {
                "元旦" => FestivalNames.NewYear,
                "春节" => FestivalNames.SpringFestival,
                "清明节" or "清明" => FestivalNames.Qingming,
                "劳动节" or "五一" or "国际劳动节" or "五一国际劳动节" or "五一劳动节" => FestivalNames.LabourDay,
                "端午节" or "端午" => FestivalNames.DragonBoat,
                "中秋节" or "中秋" => FestivalNames.MidAutumn,
                "国庆节" or "十一" or "国庆" => FestivalNames.NationalDay,
                _ => null,
            };
            if (name is null)
            {
                return null;
            }

            parts.Add(name);
        }

        return parts.Count == 1
            ? parts[0]
            : new HolidayName(string.Join("、", parts.Select(p => p.Chinese)), string.Join(" and ", parts.Select(p => p.English)));
    }

    /// <summary>Whether <paramref name="holiday"/> is (or includes) New Year's Day, whose December days belong to the previous year.</summary>
    internal static bool IsNewYear(HolidayName holiday) => holiday.Chinese.Split('、').Contains(FestivalNames.NewYear.Chinese);
}
