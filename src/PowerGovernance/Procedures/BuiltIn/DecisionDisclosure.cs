using System.Globalization;
using PowerGovernance.Calendars;
using PowerGovernance.Internal;
using PowerGovernance.Powers;

namespace PowerGovernance.Procedures.BuiltIn;

/// <summary>
/// The built-in decision disclosure procedure (决策公开, the township's 决策公开制度): a
/// proposed decision is drafted, published for comment for at least <see cref="DefaultCommentPeriod"/>
/// working days, and only then goes to the Party committee, which adopts it, rejects it or sends it back
/// for revision (and a new comment period).
/// </summary>
/// <remarks>
/// <para>
/// <b>Why a calendar.</b> "At least 5 working days" is checked by a guard on <c>submit-to-committee</c>, and
/// guards see only the case and the trigger's date. The builder therefore takes the
/// <see cref="IWorkingCalendar"/> the guard counts on; pass the same calendar as the
/// <see cref="ProcedureEngine"/>'s. The comment period starts the day after publication (the day the case
/// entered <c>public-comment</c>, not counted) and ends at 24:00 on the last of its working days; the
/// decision may go to the committee from the next day on. A decision that was not published for comment
/// cannot reach the committee at all: the only way there is through <c>public-comment</c> (rule 8: 凡应该公开
/// 而没有公开的，不得提交党委讨论).
/// </para>
/// <para>
/// <b>Case limit.</b> No law sets one: the office sets and announces its own (法律未规定时限的，自行确定并公布). Committed: the
/// sum of the step limits, 20 working days with the default comment period, counted from the day the
/// draft is registered; steps: drafting 5 wd, public comment 8 wd (the comment period plus 3 working
/// days to sum up the opinions), committee 7 wd, all set by the office.
/// </para>
/// <para>
/// Triggers: <c>publish</c>: drafting → public-comment, with the argument <c>channel</c> (信息专刊, 广播电视,
/// 对外公开栏 or the government website, rule 6); <c>submit-to-committee</c>: public-comment → committee,
/// with the argument <c>opinionSummary</c> (the comments summed up, rule 7), once the comment period is
/// over; <c>adopt</c>: committee → adopted; <c>reject</c>: committee → rejected, with a reason;
/// <c>revise</c>: committee → drafting, with a reason; <c>abandon</c>: drafting or public-comment →
/// withdrawn, with a reason.
/// </para>
/// </remarks>
public static class DecisionDisclosure
{
    /// <summary>The definition's id (流程标识): <c>decision-disclosure</c>.</summary>
    public const string Id = "decision-disclosure";

    /// <summary>The steps of the procedure (办理环节), by id.</summary>
    public static class Steps
    {
        /// <summary>The step 拟定决策草案 (Drafting): <c>drafting</c>.</summary>
        public const string Drafting = "drafting";

        /// <summary>The step 公开征求意见 (Public comment): <c>public-comment</c>.</summary>
        public const string PublicComment = "public-comment";

        /// <summary>The step 党委讨论决定 (Committee decision): <c>committee</c>.</summary>
        public const string Committee = "committee";

        /// <summary>The terminal step 决策通过 (Adopted): <c>adopted</c>.</summary>
        public const string Adopted = "adopted";

        /// <summary>The terminal step 决策未通过 (Rejected): <c>rejected</c>.</summary>
        public const string Rejected = "rejected";

        /// <summary>The terminal step 撤回拟议决策 (Withdrawn): <c>withdrawn</c>.</summary>
        public const string Withdrawn = "withdrawn";
    }

    /// <summary>The triggers of the procedure (办理动作), typed: fire them with <see cref="ProcedureEngine"/>.</summary>
    public static class Triggers
    {
        /// <summary>公开征求意见 (Publish): <c>publish</c>.</summary>
        public static ProcedureTrigger Publish { get; } = new("publish", "公开征求意见", "Publish");

        /// <summary>提交党委讨论 (Submit to committee): <c>submit-to-committee</c>.</summary>
        public static ProcedureTrigger SubmitToCommittee { get; } = new("submit-to-committee", "提交党委讨论", "Submit to committee");

        /// <summary>通过 (Adopt): <c>adopt</c>.</summary>
        public static ProcedureTrigger Adopt { get; } = new("adopt", "通过", "Adopt");

        /// <summary>不予通过 (Reject): <c>reject</c>.</summary>
        public static ProcedureTrigger Reject { get; } = new("reject", "不予通过", "Reject");

        /// <summary>退回修改 (Revise): <c>revise</c>.</summary>
        public static ProcedureTrigger Revise { get; } = new("revise", "退回修改", "Revise");

        /// <summary>撤回拟议决策 (Abandon): <c>abandon</c>.</summary>
        public static ProcedureTrigger Abandon { get; } = new("abandon", "撤回拟议决策", "Abandon");
    }

    /// <summary>Gets the default shortest comment period (征求意见期): 5 working days, the day of publication not counted.</summary>
    public static TimeLimit DefaultCommentPeriod { get; } = TimeLimit.WorkingDays(5);

    /// <summary>The undertaking station (决策承办站所): drafts, publishes and sums up the comments.</summary>
    public static Post Office { get; } = new("决策承办站所", "Undertaking station");

    /// <summary>The Party committee meeting (镇党委会议) that discusses and decides.</summary>
    public static Post Committee { get; } = new("镇党委会议", "Party committee meeting");

    /// <summary>The argument naming where the draft was published (公开方式).</summary>
    public const string ChannelArgument = "channel";

    /// <summary>The argument carrying the summary of the comments received (意见汇总).</summary>
    public const string OpinionSummaryArgument = "opinion-summary";

    /// <summary>
    /// Creates a builder holding the built-in decision disclosure procedure (决策公开流程), for a host that adds
    /// its own powers, supervision points or complaint channels before <see cref="ProcedureDefinitionBuilder.Build"/>.
    /// </summary>
    /// <param name="commentPeriod">The shortest comment period, 1 to 365 working days (counted on the engine's calendar); <see cref="DefaultCommentPeriod"/> when null.</param>
    /// <returns>A new builder; <see cref="BuiltInProcedures.DecisionDisclosure"/> is its product for the default period.</returns>
    /// <exception cref="System.ArgumentOutOfRangeException"><paramref name="commentPeriod"/> is not 1 to 365 working days.</exception>
    public static ProcedureDefinitionBuilder CreateBuilder(TimeLimit? commentPeriod = null)
    {
        var period = commentPeriod ?? DefaultCommentPeriod;
        if (period.Kind != TimeLimitKind.WorkingDays || period.Days is < 1 or > 365)
        {
            throw new System.ArgumentOutOfRangeException(nameof(commentPeriod), period, "The comment period is 1 to 365 working days. / 征求意见期为1至365个工作日。");
        }

        var commentWorkingDays = period.Days;
        return new ProcedureDefinitionBuilder(Id)
            .Named("决策公开", "Decision disclosure")
            .Initiated(Initiation.ExOfficio, "决策公开制度第七条、第八条：拟作出的重要行政决策事项依职权对外公开征求意见")
            .CaseLimits(null, TimeLimit.WorkingDays(commentWorkingDays + 15))
            .Step("drafting", "拟定决策草案", "Drafting", Office, TimeLimit.WorkingDays(5), CounterpartRights.None)
            .Step("public-comment", "公开征求意见", "Public comment", Office, TimeLimit.WorkingDays(commentWorkingDays + 3), CounterpartRights.Statement, string.Create(CultureInfo.InvariantCulture, $"通过信息专刊、广播电视、对外公开栏或政府网站公开，不少于{commentWorkingDays}个工作日"))
            .Step("committee", "党委讨论决定", "Committee decision", Committee, TimeLimit.WorkingDays(7), CounterpartRights.Reasons)
            .Terminal("adopted", "决策通过", "Adopted", Committee, CaseOutcome.Granted, CounterpartRights.Reasons, "决策结果及依据及时公开")
            .Terminal("rejected", "决策未通过", "Rejected", Committee, CaseOutcome.Refused, CounterpartRights.Reasons)
            .Terminal("withdrawn", "撤回拟议决策", "Withdrawn", Office, CaseOutcome.Withdrawn)
            .StartsAt("drafting")
            .Trigger(Triggers.Publish, "drafting", "public-comment", [Office], t => t.RequiresArgument(ChannelArgument))
            .Trigger(Triggers.SubmitToCommittee, "public-comment", "committee", [Office], t => t
                .RequiresArgument(OpinionSummaryArgument)
                .When(
                    string.Create(CultureInfo.InvariantCulture, $"征求意见期已满{commentWorkingDays}个工作日（不含公开当日）"),
                    string.Create(CultureInfo.InvariantCulture, $"the comment period of {commentWorkingDays} working days (the day of publication not counted) is over"),
                    c => !c.IsWithin(c.Case.StepEntered, period)))
            .Trigger(Triggers.Adopt, "committee", "adopted", [Committee])
            .Trigger(Triggers.Reject, "committee", "rejected", [Committee], t => t.RequiresReason())
            .Trigger(Triggers.Revise, "committee", "drafting", [Committee], t => t.RequiresReason())
            .TriggerFromEach(Triggers.Abandon, [Steps.Drafting, Steps.PublicComment], "withdrawn", [Office], t => t.RequiresReason())
            .SupervisedBy(new SupervisionPoint("public-comment", "镇纪委", "12345政务服务便民热线", "12345"))
            .SupervisedBy(new SupervisionPoint("committee", "镇纪委", "12345政务服务便民热线", "12345"))
            .ComplaintsTo(new ComplaintChannel("12345政务服务便民热线", "12345"));
    }
}
