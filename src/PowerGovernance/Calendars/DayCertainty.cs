namespace PowerGovernance.Calendars;

/// <summary>How certain a calendar is about a day's type (日期确定性).</summary>
public enum DayCertainty
{
    /// <summary>Set by a published arrangement (已公布): the State Council's notice, or a file the host loaded.</summary>
    Published = 0,

    /// <summary>
    /// Not yet published but fixed by law (依法确定): a statutory holiday, which no notice can make a working
    /// day, or a day far enough from every holiday that no notice has ever changed such a day.
    /// </summary>
    Certain = 1,

    /// <summary>
    /// Not yet published and open (待公布): a weekday near a holiday that the notice may give as a rest day,
    /// or a weekend day near a holiday that it may make a working day (调休).
    /// </summary>
    Uncertain = 2,
}
