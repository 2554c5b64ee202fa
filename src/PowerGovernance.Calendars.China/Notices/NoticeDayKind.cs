namespace PowerGovernance.Calendars.China.Notices;

/// <summary>What a notice (国务院办公厅关于…部分节假日安排的通知) decided for one day (通知所定日期类型).</summary>
public enum NoticeDayKind
{
    /// <summary>A rest day of a holiday block (放假日), including the Saturdays and Sundays inside the block and a day given back (补休).</summary>
    Rest = 0,

    /// <summary>A Saturday or Sunday made a working day (调休上班日, "…上班").</summary>
    MakeUpWorkingDay = 1,
}
