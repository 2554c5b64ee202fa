using System;
using System.Globalization;
using NodaTime;
using NodaTime.Text;
using PowerGovernance.Calendars;
using PowerGovernance.Internal;
using PowerGovernance.Procedures;

namespace PowerGovernance.Supervision;

/// <summary>
/// A case the supervision board could not read (无法读取的办件): which entry, which case, a stable reason code and
/// the reason in English and Simplified Chinese. A technical problem with the data or the calendar, never a legal
/// finding: the case is counted in neither the yellow and red lists nor the on-time statistics.
/// </summary>
/// <param name="Index">The zero-based position of the entry in the list of cases swept (序号).</param>
/// <param name="CaseId">The case's id (办件编号), or <see langword="null"/> when the entry is null or lacks its id.</param>
/// <param name="Code">The stable reason code (原因代码); one of <see cref="UnreadableCaseCodes"/>.</param>
/// <param name="Message">The reason in English (英文说明), naming the case and what to fix.</param>
/// <param name="ChineseMessage">The reason in Simplified Chinese (中文说明).</param>
/// <param name="Date">For <see cref="UnreadableCaseCodes.CalendarNotCovering"/>, the date the calendar does not know or the date the calculation started from (see <see cref="CalendarCoverageException.Date"/>); otherwise <see langword="null"/>.</param>
/// <param name="CalendarId">For <see cref="UnreadableCaseCodes.CalendarNotCovering"/>, the id of the calendar that does not know the date; otherwise <see langword="null"/>.</param>
/// <param name="Exception">The exception that stopped the reading, for the host's log (异常), or <see langword="null"/> when the problem was found without one.</param>
public sealed record UnreadableCase(
    int Index,
    string? CaseId,
    string Code,
    string Message,
    string ChineseMessage,
    LocalDate? Date,
    string? CalendarId,
    Exception? Exception)
{
    private const string NotAFinding = " The case is left out of the yellow, red and legally-overdue lists and the statistics: this is a data problem, not a finding that the case is late.";
    private const string ChineseNotAFinding = "该办件未计入预警、超期、违法超期名单及统计：这是数据问题，不是超时认定。";

    /// <summary>Returns e.g. <c>cases[3] CalendarNotCovering: Case 'A-1' (cases[3]) cannot be read: …</c>.</summary>
    /// <returns>The position, code and English message.</returns>
    public override string ToString() =>
        string.Create(CultureInfo.InvariantCulture, $"cases[{Index}] {Code}: {Message}");

    /// <summary>Describes why the entry at <paramref name="index"/> cannot be read.</summary>
    /// <param name="index">The entry's position.</param>
    /// <param name="snapshot">The entry, possibly null or incomplete.</param>
    /// <param name="code">One of <see cref="UnreadableCaseCodes"/>.</param>
    /// <param name="error">The exception, for <see cref="UnreadableCaseCodes.CalendarNotCovering"/> and <see cref="UnreadableCaseCodes.Unexpected"/>.</param>
    internal static UnreadableCase Describe(int index, CaseSnapshot? snapshot, string code, Exception? error)
    {
        var position = string.Create(CultureInfo.InvariantCulture, $"cases[{index}]");
        var caseId = snapshot?.CaseId;
        var who = caseId is null ? position : "Case '" + caseId + "' (" + position + ")";
        var chineseWho = caseId is null ? position : "办件“" + caseId + "”（" + position + "）";
        switch (code)
        {
            case UnreadableCaseCodes.MissingCase:
                return new(index, null, code, position + " is null: there is no case to read." + NotAFinding, position + "为空，没有可读取的办件。" + ChineseNotAFinding, null, null, null);

            case UnreadableCaseCodes.IncompleteCase:
                var missing = Preconditions.MissingMember(snapshot!);
                return new(
                    index,
                    caseId,
                    code,
                    who + " is incomplete: " + missing + " is missing. Reload the case from storage." + NotAFinding,
                    chineseWho + "数据不完整：缺少" + missing + "。请从存储重新读取该办件。" + ChineseNotAFinding,
                    null,
                    null,
                    null);

            case UnreadableCaseCodes.UnknownDefinition:
                var version = snapshot!.DefinitionVersion.ToString(CultureInfo.InvariantCulture);
                return new(
                    index,
                    caseId,
                    code,
                    who + " runs on procedure '" + snapshot.DefinitionId + "' version " + version + ", which the board's engine does not know. Register that definition version." + NotAFinding,
                    chineseWho + "所用办理流程“" + snapshot.DefinitionId + "”第" + version + "版未在引擎中登记。请登记该版本的流程定义。" + ChineseNotAFinding,
                    null,
                    null,
                    null);

            case UnreadableCaseCodes.UnknownStep:
                var stepVersion = snapshot!.DefinitionVersion.ToString(CultureInfo.InvariantCulture);
                return new(
                    index,
                    caseId,
                    code,
                    who + " is at step '" + snapshot.Step + "', which procedure '" + snapshot.DefinitionId + "' version " + stepVersion + " does not define, so whether its time counts cannot be known." + NotAFinding,
                    chineseWho + "所处环节“" + snapshot.Step + "”在办理流程“" + snapshot.DefinitionId + "”第" + stepVersion + "版中不存在，无法确定该环节是否计时。" + ChineseNotAFinding,
                    null,
                    null,
                    null);

            case UnreadableCaseCodes.CalendarNotCovering when error is CalendarCoverageException coverage:
                var iso = LocalDatePattern.Iso;
                var date = iso.Format(coverage.Date);
                var first = iso.Format(coverage.Coverage.Start);
                var last = iso.Format(coverage.Coverage.End);
                var outside = !coverage.Coverage.Contains(coverage.Date);
                var english = outside
                    ? " cannot be read: the date " + date + " is outside working calendar '" + coverage.CalendarId + "', which covers " + first + " to " + last + ". Add the arrangement for year " + coverage.Date.Year.ToString(CultureInfo.InvariantCulture) + " to the calendar."
                    : " cannot be read: counting from " + date + " leads outside working calendar '" + coverage.CalendarId + "', which covers " + first + " to " + last + ". Add the arrangement for the missing year to the calendar.";
                var chinese = outside
                    ? "无法计算时限：日期" + date + "不在工作日历“" + coverage.CalendarId + "”的覆盖范围（" + first + "至" + last + "）内。请补充" + coverage.Date.Year.ToString(CultureInfo.InvariantCulture) + "年的节假日安排。"
                    : "无法计算时限：自" + date + "起计算超出工作日历“" + coverage.CalendarId + "”的覆盖范围（" + first + "至" + last + "）。请补充所缺年度的节假日安排。";
                return new(index, caseId, code, who + english + NotAFinding, chineseWho + chinese + ChineseNotAFinding, coverage.Date, coverage.CalendarId, error);

            default:
                var type = error?.GetType().Name ?? "unknown error";
                var detail = error?.Message ?? string.Empty;
                return new(
                    index,
                    caseId,
                    UnreadableCaseCodes.Unexpected,
                    who + " cannot be read: " + type + ": " + detail + NotAFinding,
                    chineseWho + "读取时发生意外错误（" + type + "）：" + detail + ChineseNotAFinding,
                    null,
                    null,
                    error);
        }
    }
}
