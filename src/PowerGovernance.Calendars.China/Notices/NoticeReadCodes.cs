namespace PowerGovernance.Calendars.China.Notices;

/// <summary>
/// The stable codes (规则代码) of the findings of <see cref="NoticeReader"/>, which reads the text of a holiday
/// notice (国务院办公厅关于…部分节假日安排的通知). A code never changes once released. Each finding's path is
/// <c>sentence N</c> and its line is set; the attempted value is the sentence or the date as written.
/// </summary>
public static class NoticeReadCodes
{
    /// <summary>Error: the text is empty or longer than <see cref="NoticeReader.MaxTextLength"/> characters, or has more than <see cref="NoticeReader.MaxSentences"/> sentences (通知文本为空或过长).</summary>
    public const string TextTooLong = nameof(TextTooLong);

    /// <summary>Error: the year could not be read from the title (国务院办公厅关于YYYY年部分节假日安排的通知) or the opening sentence, and none was given (无法确定年份).</summary>
    public const string YearNotFound = nameof(YearNotFound);

    /// <summary>Error: the text has no numbered item such as <c>一、元旦：</c> (未找到节日条目).</summary>
    public const string NoHolidayItems = nameof(NoHolidayItems);

    /// <summary>Error: an item names no holiday the reader knows (e.g. not 元旦, 春节, 清明节, 劳动节/“五一”, 端午节, 中秋节, 国庆节/“十一”) (无法识别的节日).</summary>
    public const string UnknownHoliday = nameof(UnknownHoliday);

    /// <summary>Error: a date as written does not exist, e.g. <c>2月30日</c> (日期不存在).</summary>
    public const string DateDoesNotExist = nameof(DateDoesNotExist);

    /// <summary>Error: a weekday annotation (<c>（周二）</c>, <c>（星期六）</c>) disagrees with the date it follows (星期与日期不符).</summary>
    public const string WeekdayMismatch = nameof(WeekdayMismatch);

    /// <summary>Error: a stated total (<c>共8天</c>) disagrees with the number of days of the range it closes (天数与日期不符).</summary>
    public const string TotalMismatch = nameof(TotalMismatch);

    /// <summary>Error: a range ends before it starts or is longer than 60 days (日期区间倒置或过长).</summary>
    public const string RangeInvalid = nameof(RangeInvalid);

    /// <summary>Error: an item's rest sentence (…放假…) names no date, so the item was not read completely (放假语句中没有日期).</summary>
    public const string NoDates = nameof(NoDates);

    /// <summary>Error: the same day is both a rest day and a working day, or a rest day of two items (同一天安排冲突).</summary>
    public const string ConflictingDay = nameof(ConflictingDay);

    /// <summary>Error: a day the text makes a working day (…上班) is not a Saturday or Sunday, so it cannot be a make-up working day (调休上班日不在周末).</summary>
    public const string MakeUpDayNotOnWeekend = nameof(MakeUpDayNotOnWeekend);

    /// <summary>Error: a lunar annotation (<c>（农历除夕）</c>, <c>（农历正月初七）</c>) disagrees with the date it follows by the Chinese lunar calendar (农历与日期不符).</summary>
    public const string LunarDateMismatch = nameof(LunarDateMismatch);

    /// <summary>Error: the year the caller gave is not the year the title or opening sentence names (年份不一致).</summary>
    public const string YearMismatch = nameof(YearMismatch);

    /// <summary>Error: the title does not name an amendment of one holiday of a year (国务院办公厅关于调整YYYY年劳动节假期安排的通知, 关于延长YYYY年春节假期的通知) (无法识别的调整通知).</summary>
    public const string AmendmentNotRecognized = nameof(AmendmentNotRecognized);

    /// <summary>Error: a day the amendment changes is outside the year loaded, so the amendment cannot be applied to it (调整日期不在已载入的年度内).</summary>
    public const string AmendedYearNotLoaded = nameof(AmendedYearNotLoaded);

    /// <summary>Error: the year loaded has no rest day of the holiday the amendment extends (已载入年度中没有被延长的节日).</summary>
    public const string AmendedHolidayNotFound = nameof(AmendedHolidayNotFound);

    /// <summary>Error: an extension (<c>延长…假期至2月2日</c>) ends on or before the last rest day the holiday already has (延长后的日期不晚于原假期).</summary>
    public const string ExtensionNotLater = nameof(ExtensionNotLater);

    /// <summary>Error: the day work resumes (<c>2月3日（星期一）起正常上班</c>) is not the day after the extended holiday ends (恢复上班日期与延长后的假期不衔接).</summary>
    public const string ResumeDateMismatch = nameof(ResumeDateMismatch);

    /// <summary>Error: the year with the amendment applied is not a valid calendar (e.g. a statutory day becomes a working day) (调整后的年度日历无效).</summary>
    public const string AmendedYearInvalid = nameof(AmendedYearInvalid);
}
