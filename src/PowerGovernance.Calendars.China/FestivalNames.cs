using System;
using PowerGovernance.Calendars;

namespace PowerGovernance.Calendars.China;

/// <summary>
/// The names of the statutory festivals, exactly as the official calendar file (<c>cn-official.txt</c>)
/// names its holiday blocks, so that a <see cref="StatutoryDay"/> can be matched with
/// <see cref="IWorkingCalendar.GetHolidayName"/>.
/// </summary>
internal static class FestivalNames
{
    internal static readonly HolidayName NewYear = new("元旦", "New Year's Day");
    internal static readonly HolidayName SpringFestival = new("春节", "Spring Festival");
    internal static readonly HolidayName Qingming = new("清明节", "Qingming Festival");
    internal static readonly HolidayName LabourDay = new("劳动节", "Labour Day");
    internal static readonly HolidayName DragonBoat = new("端午节", "Dragon Boat Festival");
    internal static readonly HolidayName MidAutumn = new("中秋节", "Mid-Autumn Festival");
    internal static readonly HolidayName NationalDay = new("国庆节", "National Day");

    /// <summary>Returns the name of <paramref name="festival"/>.</summary>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="festival"/> is not a defined value.</exception>
    internal static HolidayName Of(StatutoryFestival festival, string paramName) => festival switch
    {
        StatutoryFestival.NewYear => NewYear,
        StatutoryFestival.SpringFestival => SpringFestival,
        StatutoryFestival.Qingming => Qingming,
        StatutoryFestival.LabourDay => LabourDay,
        StatutoryFestival.DragonBoat => DragonBoat,
        StatutoryFestival.MidAutumn => MidAutumn,
        StatutoryFestival.NationalDay => NationalDay,
        _ => throw new ArgumentOutOfRangeException(
            paramName,
            festival,
            "The value is not a statutory festival (StatutoryFestival). 该值不是法定节日（StatutoryFestival）。"),
    };
}
