using System.Linq;
using NodaTime;
using PowerGovernance.Accountability;
using PowerGovernance.Calendars;
using PowerGovernance.FrontDesk;
using PowerGovernance.Powers;
using PowerGovernance.Procedures;
using PowerGovernance.Supervision;
using PowerGovernance.Validation;

namespace PowerGovernance.Samples.ConsoleHost;

/// <summary>
/// The domain's words in one language: the kernel's bilingual names (steps, sanctions, categories, holidays, messages)
/// picked by language, and the sample's own names for the kernel's enumerations (clock states, day types, outcomes).
/// </summary>
internal sealed class SampleTerms
{
    private static readonly string[] EnglishWeekdays = ["", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"];
    private static readonly string[] ChineseWeekdays = ["", "星期一", "星期二", "星期三", "星期四", "星期五", "星期六", "星期日"];

    private readonly bool chinese;

    private SampleTerms(bool chinese) => this.chinese = chinese;

    /// <summary>Gets the English terms.</summary>
    public static SampleTerms English { get; } = new(chinese: false);

    /// <summary>Gets the Simplified Chinese terms.</summary>
    public static SampleTerms Chinese { get; } = new(chinese: true);

    /// <summary>A clock state, e.g. <c>OnTime</c> is "on time" or 正常.</summary>
    public string State(DeadlineState state) => state switch
    {
        DeadlineState.OnTime => Pick("on time", "正常"),
        DeadlineState.Warning => Pick("warning", "预警"),
        DeadlineState.Overdue => Pick("overdue", "超期"),
        DeadlineState.Suspended => Pick("suspended", "暂停计时"),
        DeadlineState.FinishedOnTime => Pick("finished on time", "按时办结"),
        DeadlineState.FinishedLate => Pick("finished late", "超时办结"),
        DeadlineState.NotCounting => Pick("not counting", "不计时"),
        _ => state.ToString(),
    };

    /// <summary>A day type of the working calendar.</summary>
    public string DayType(DayType type) => type switch
    {
        Calendars.DayType.WorkingWeekday => Pick("working day", "工作日"),
        Calendars.DayType.MakeUpWorkingDay => Pick("make-up working day", "调休上班日"),
        Calendars.DayType.Weekend => Pick("weekend", "周末休息日"),
        Calendars.DayType.Holiday => Pick("holiday", "节假日"),
        Calendars.DayType.StatutoryHoliday => Pick("statutory holiday", "法定节假日"),
        _ => type.ToString(),
    };

    /// <summary>A weekday, e.g. Friday or 星期五.</summary>
    public string Weekday(IsoDayOfWeek day) => (chinese ? ChineseWeekdays : EnglishWeekdays)[(int)day];

    /// <summary>A case's outcome, or "open" while it has none.</summary>
    public string Outcome(CaseOutcome? outcome) => outcome switch
    {
        null => Pick("open", "在办"),
        CaseOutcome.Granted => Pick("granted", "准予"),
        CaseOutcome.Refused => Pick("refused", "不予准许"),
        CaseOutcome.Withdrawn => Pick("withdrawn", "撤回"),
        CaseOutcome.Transferred => Pick("transferred", "移送"),
        CaseOutcome.NotAccepted => Pick("not accepted", "不予受理"),
        CaseOutcome.Completed => Pick("completed", "办结"),
        _ => outcome.ToString() ?? string.Empty,
    };

    /// <summary>A finding's severity.</summary>
    public string Severity(FindingSeverity severity) => severity switch
    {
        FindingSeverity.Error => Pick("Error", "错误"),
        FindingSeverity.Warning => Pick("Warning", "警告"),
        _ => Pick("Info", "提示"),
    };

    /// <summary>The outcome of a one-time notification.</summary>
    public string Notice(NoticeOutcome outcome) => outcome switch
    {
        NoticeOutcome.Issued => Pick("issued", "已出具"),
        NoticeOutcome.Complete => Pick("complete, nothing to notify", "材料齐全，无需告知"),
        NoticeOutcome.Refused => Pick("refused", "不予出具"),
        _ => outcome.ToString(),
    };

    /// <summary>A severity tier of accountability.</summary>
    public string Tier(SeverityTier tier) => tier switch
    {
        SeverityTier.Minor => Pick("minor", "情节较轻"),
        SeverityTier.Serious => Pick("serious", "情节严重"),
        SeverityTier.EspeciallySerious => Pick("especially serious", "情节特别严重"),
        _ => tier.ToString(),
    };

    /// <summary>How a year of the calendar is known.</summary>
    public string Provenance(CalendarProvenanceKind kind) => kind switch
    {
        CalendarProvenanceKind.Embedded => Pick("embedded official notice", "内置官方通知"),
        CalendarProvenanceKind.LoadedByHost => Pick("loaded by the host", "由本单位载入"),
        CalendarProvenanceKind.Provisional => Pick("provisional", "依法推算，待公布"),
        _ => kind.ToString(),
    };

    /// <summary>A time limit, e.g. "13 working days" or 13个工作日.</summary>
    public string Limit(TimeLimit limit) => chinese ? limit.ToChineseString() : limit.ToString();

    /// <summary>A due date that may be a range, e.g. "2027-01-18 (2027-01-10 to 2027-01-28, provisional)".</summary>
    public string Range(DueDateRange range)
    {
        if (range.IsExact)
        {
            return Date(range.MostLikely);
        }

        return chinese
            ? $"{Date(range.MostLikely)}（最早{Date(range.Earliest)}，最晚{Date(range.Latest)}{(range.IsProvisional ? "，依法推算" : string.Empty)}）"
            : $"{Date(range.MostLikely)} ({Date(range.Earliest)} to {Date(range.Latest)}{(range.IsProvisional ? ", provisional" : string.Empty)})";
    }

    /// <summary>A date as ISO yyyy-MM-dd.</summary>
    public static string Date(LocalDate date) => date.ToString("uuuu-MM-dd", null);

    /// <summary>A step's name.</summary>
    public string Step(StepDefinition step) => Pick(step.EnglishName, step.ChineseName);

    /// <summary>A procedure's name.</summary>
    public string Procedure(ProcedureDefinition definition) => Pick(definition.EnglishName, definition.ChineseName);

    /// <summary>
    /// A trigger's name: the Chinese name from the definition, or in English its identifier read as words
    /// (<c>assign-investigator</c> is "assign investigator"); the start of a case is "start" or 启动.
    /// </summary>
    public string Trigger(ProcedureDefinition? definition, string id)
    {
        if (id == ProcedureEngine.StartTrigger)
        {
            return Pick("start", "启动");
        }

        var trigger = definition?.Triggers.FirstOrDefault(t => t.Id == id);
        return chinese && trigger is not null ? trigger.ChineseName : id.Replace('-', ' ');
    }

    /// <summary>A holiday's name, or empty.</summary>
    public string Holiday(HolidayName? name) => name is null ? string.Empty : Pick(name.English, name.Chinese);

    /// <summary>A power category's name, or empty.</summary>
    public string Category(PowerCategory? category) => category is null ? string.Empty : Pick(category.EnglishName, category.ChineseName);

    /// <summary>A sanction's name.</summary>
    public string Sanction(Sanction sanction) => Pick(sanction.EnglishName, sanction.ChineseName);

    /// <summary>A matter of accountability (问责情形).</summary>
    public string Matter(AccountabilityMatter matter) => Pick(matter.EnglishName, matter.ChineseName);

    /// <summary>A required material's name.</summary>
    public string Material(RequiredMaterial material) => Pick(material.EnglishName, material.ChineseName);

    /// <summary>A finding's message.</summary>
    public string Message(Finding finding) => Pick(finding.Message, finding.ChineseMessage);

    /// <summary>A rule applied, with its reason.</summary>
    public string Message(AppliedRule rule) => Pick(rule.Message, rule.ChineseMessage);

    /// <summary>Why a trigger was refused.</summary>
    public string Message(OperationResult result) => Pick(result.Message, result.ChineseMessage);

    private string Pick(string english, string chinese) => this.chinese ? chinese : english;
}
