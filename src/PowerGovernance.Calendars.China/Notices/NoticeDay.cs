using NodaTime;

namespace PowerGovernance.Calendars.China.Notices;

/// <summary>
/// One day a notice decided (通知所定的一天), traced to the sentence it came from.
/// </summary>
/// <param name="Date">The date (日期); a New Year day may fall in the previous year (e.g. 2018-12-30 in the 2019 notice).</param>
/// <param name="Kind">A rest day or a make-up working day (放假或调休上班).</param>
/// <param name="Holiday">The holiday of the notice's item (节日), e.g. 春节; merged items are named together, e.g. 国庆节、中秋节.</param>
/// <param name="Sentence">The sentence the day was read from (来源语句).</param>
public sealed record NoticeDay(LocalDate Date, NoticeDayKind Kind, HolidayName Holiday, NoticeSentence Sentence);
