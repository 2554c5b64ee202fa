using NodaTime;

namespace PowerGovernance.Calendars.China.Tests;

/// <summary>One line of the independent lunar festival table.</summary>
/// <param name="NewYearsEve">除夕.</param>
/// <param name="NewYear">正月初一.</param>
/// <param name="DragonBoat">端午 (五月初五).</param>
/// <param name="MidAutumn">中秋 (八月十五).</param>
internal sealed record LunarFestivalDates(LocalDate NewYearsEve, LocalDate NewYear, LocalDate DragonBoat, LocalDate MidAutumn);
