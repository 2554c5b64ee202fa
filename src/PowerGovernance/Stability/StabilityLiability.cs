using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using PowerGovernance.Accountability;
using PowerGovernance.Internal;

namespace PowerGovernance.Stability;

/// <summary>
/// The stability office's liability rules (责任追究制度): "工作成员在履行职责过程当中，因工作责任心不强，导致国家、集体和人民群众的利益遭受损失，
/// 或引发群众集体上访造成不良社会影响的，应当追究其部门责任人和经办人的相关责任". The six circumstances, as accountability matters with
/// stable codes (three for the department's responsible person, three for staff), the measures for staff, and the rule that the
/// department's responsible person answers together with a staff member. Pure.
/// </summary>
/// <remarks>
/// <para>
/// Clause (一) says the circumstances make "相应部门成员" answer; read with the opening sentence (部门责任人和经办人), it is read here
/// as the department's responsible person (<see cref="StabilityLiableParty.UnitHead"/>), and clause (二) as the staff member
/// (<see cref="StabilityLiableParty.StaffMember"/>).
/// </para>
/// <para>
/// The matters are not among <see cref="AccountabilityMatter.WellKnown"/>: an office that pursues them passes <see cref="All"/> to
/// <see cref="AccountabilityProceedings"/> with the others it recognizes. The rule names measures for staff only (clause (三)); a
/// department's responsible person answering under clause (一) is weighed by the office's <see cref="SanctionPolicy"/>.
/// </para>
/// </remarks>
public static class StabilityLiability
{
    /// <summary>(一)1 Seriously wrong work decisions causing a bad impact or a major loss (工作决策严重失误，造成恶劣影响或重大损失): the department's responsible person answers.</summary>
    public static AccountabilityMatter DecisionFailure { get; } = new("stability-decision-failure", "工作决策严重失误，造成恶劣影响或重大损失", "Seriously wrong work decisions causing a bad impact or a major loss");

    /// <summary>
    /// (一)2 Concealed, false, late or missed reports of sudden, group or volatile disputes or signs of instability, or disputes touching people's
    /// livelihood not screened and settled in time, so that they escalate (瞒报、谎报、缓报、漏报，未及时排查调处导致矛盾升级): the department's responsible person answers.
    /// </summary>
    public static AccountabilityMatter FaultyReporting { get; } = new("stability-faulty-reporting", "对矛盾纠纷排查情况或不稳定因素苗头瞒报、谎报、缓报、漏报，未及时排查调处导致矛盾升级", "Concealed, false, late or missed reports, or disputes not settled in time, so that they escalate");

    /// <summary>
    /// (一)3 Irresponsibility leading to a major group incident, a petition that bypasses levels, or a major loss to the state, a collective or the
    /// public (因工作不负责任，导致发生重大群体性事件、群众越级上访事件或重大损失): the department's responsible person answers.
    /// </summary>
    public static AccountabilityMatter Irresponsibility { get; } = new("stability-irresponsibility", "因工作不负责任，导致发生重大群体性事件、群众越级上访事件或重大损失", "Irresponsibility leading to a major group incident, a petition bypassing levels, or a major loss");

    /// <summary>
    /// (二)1 Duties not performed or performed wrongly, causing a group incident, a petition that bypasses levels, or a large economic loss
    /// (不履行或不正确履行职责，引发群体性事件、群众越级上访或导致较大经济损失): the staff member answers.
    /// </summary>
    public static AccountabilityMatter DutyFailure { get; } = new("stability-duty-failure", "不履行或不正确履行职责，引发群体性事件、群众越级上访或导致较大经济损失", "Duties not performed or performed wrongly, causing a group incident, a petition bypassing levels, or a large loss");

    /// <summary>
    /// (二)2 Deliberate delay, buck-passing or obstacles to a party's application, or using one's office to extract favours
    /// (故意拖延时间、推诿扯皮或故意设置障碍，利用职权“吃、拿、卡、要”): the staff member answers.
    /// </summary>
    public static AccountabilityMatter Obstruction { get; } = new("stability-obstruction", "对当事人申请事项故意拖延、推诿扯皮或故意设置障碍，利用职权“吃、拿、卡、要”", "Deliberate delay, buck-passing or obstacles to an application, or extracting favours");

    /// <summary>
    /// (二)3 A harsh manner and rudeness, or harassing or retaliating against complainants and informants, with a bad impact
    /// (工作作风生硬、态度粗鲁、刁难打击报复投诉、举报人，造成不良影响): the staff member answers.
    /// </summary>
    public static AccountabilityMatter Hostility { get; } = new("stability-hostility", "工作作风生硬、态度粗鲁、刁难打击报复投诉、举报人，造成不良影响", "Harsh manner, rudeness, or retaliation against complainants and informants");

    /// <summary>The circumstances of clause (一), for which the department's responsible person answers, in the rule's order.</summary>
    public static IReadOnlyList<AccountabilityMatter> UnitHeadMatters { get; } = Array.AsReadOnly([DecisionFailure, FaultyReporting, Irresponsibility]);

    /// <summary>The circumstances of clause (二), for which the staff member answers, in the rule's order.</summary>
    public static IReadOnlyList<AccountabilityMatter> StaffMatters { get; } = Array.AsReadOnly([DutyFailure, Obstruction, Hostility]);

    /// <summary>The six circumstances, clause (一) first, in the rule's order.</summary>
    public static IReadOnlyList<AccountabilityMatter> All { get; } = Array.AsReadOnly([DecisionFailure, FaultyReporting, Irresponsibility, DutyFailure, Obstruction, Hostility]);

    /// <summary>Returns who answers for <paramref name="matter"/> under the rule.</summary>
    /// <param name="matter">The matter.</param>
    /// <returns>The party, or <see langword="null"/> when the matter is not one of <see cref="All"/>.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="matter"/> is null.</exception>
    public static StabilityLiableParty? WhoAnswers(AccountabilityMatter matter)
    {
        Preconditions.CheckNotNull(matter);
        return UnitHeadMatters.Contains(matter) ? StabilityLiableParty.UnitHead
            : StaffMatters.Contains(matter) ? StabilityLiableParty.StaffMember
            : null;
    }

    /// <summary>Returns the measure clause (三)1–3 calls for when a staff member is held liable.</summary>
    /// <param name="outcome">What the failure of duty led to.</param>
    /// <returns>
    /// No loss and no breach: admonition (<see cref="Sanction.Admonition"/>, 诫勉); a loss: dealt with under the civil-servant rules, that is
    /// government discipline (<see cref="Referral.Discipline"/>; the Civil Servant Law 公务员法 and its disciplinary rules); a crime: the judiciary
    /// (<see cref="Referral.Judiciary"/>).
    /// </returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="outcome"/> is not defined.</exception>
    public static StabilityLiabilityMeasure Measure(StabilityFaultOutcome outcome) => outcome switch
    {
        StabilityFaultOutcome.NoLossNoBreach => new StabilityLiabilityMeasure(Sanction.Admonition, Referral.None, "工作成员因失职但未造成损失、未构成违法违纪的，视情况给予诫勉教育", "a failure of duty with no loss and no breach of law or discipline: admonition education as the circumstances warrant"),
        StabilityFaultOutcome.LossOrBreach => new StabilityLiabilityMeasure(null, Referral.Discipline, "工作成员因工作失职造成损失的，按照公务员管理有关规定和制度进行查处", "a failure of duty that caused a loss: investigated and dealt with under the civil-servant rules"),
        StabilityFaultOutcome.Crime => new StabilityLiabilityMeasure(null, Referral.Judiciary, "工作成员因严重失职，造成重大损失或不良社会影响，构成犯罪的，移交司法部门处理", "a serious failure of duty causing a major loss or bad social impact that is a crime: handed to the judiciary"),
        _ => throw new ArgumentOutOfRangeException(nameof(outcome), outcome, "outcome = " + ((int)outcome).ToString(CultureInfo.InvariantCulture) + ": the outcome is NoLossNoBreach, LossOrBreach or Crime. / 失职后果须为未造成损失、造成损失或构成犯罪。"),
    };

    /// <summary>
    /// Returns the liabilities to open when a staff member is held liable (clause (三)4: "在追究工作成员责任的同时，追究相应部门责任人责任，并通报批评"):
    /// the staff member's, with the measure of <see cref="Measure"/>, and the department's responsible person's for the same matter, criticized in a
    /// circular (<see cref="Sanction.CirculatedCriticism"/>).
    /// </summary>
    /// <param name="matter">The matter the staff member answers for: one of <see cref="StaffMatters"/>, or any matter the office recognizes other
    /// than the department head's own of <see cref="UnitHeadMatters"/>.</param>
    /// <param name="outcome">What the failure of duty led to.</param>
    /// <param name="unit">The department (部门).</param>
    /// <param name="staffMember">The staff member, by person id.</param>
    /// <param name="unitHead">The department's responsible person, by person id; another person than <paramref name="staffMember"/>.</param>
    /// <returns>Two liabilities: the staff member's first, then the department's responsible person's.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="matter"/> is null.</exception>
    /// <exception cref="ArgumentException">A value breaks its rule; the message lists every problem.</exception>
    public static IReadOnlyList<LiabilityToOpen> Liabilities(AccountabilityMatter matter, StabilityFaultOutcome outcome, string unit, string staffMember, string unitHead)
    {
        Preconditions.CheckNotNull(matter);
        var problems = new List<string>();
        if (UnitHeadMatters.Contains(matter))
        {
            problems.Add("matter = " + matter.Code + ": a circumstance of clause (一) is the department's responsible person's own, not a staff member's / 该情形由部门责任人承担，不是工作成员的责任情形");
        }

        if (!Enum.IsDefined(outcome))
        {
            problems.Add("outcome = " + ((int)outcome).ToString(CultureInfo.InvariantCulture) + ": not a defined outcome / 失职后果无效");
        }

        if (!VisibleText.HasVisibleText(unit))
        {
            problems.Add("unit: the department is required / 必须写明部门");
        }

        if (!VisibleText.HasVisibleText(staffMember))
        {
            problems.Add("staffMember: the staff member is required / 必须写明工作成员");
        }

        if (!VisibleText.HasVisibleText(unitHead))
        {
            problems.Add("unitHead: the department's responsible person is required / 必须写明部门责任人");
        }
        else if (string.Equals(unitHead, staffMember, StringComparison.Ordinal))
        {
            problems.Add("unitHead = " + Bounded(unitHead) + ": the department's responsible person answers together with another person; one who handled the matter personally answers as the staff member / 部门责任人与工作成员不能为同一人，本人经办的按工作成员追究");
        }

        if (problems.Count > 0)
        {
            throw new ArgumentException("The stability liability has " + problems.Count.ToString(CultureInfo.InvariantCulture) + " problem(s) / 责任追究共有" + problems.Count.ToString(CultureInfo.InvariantCulture) + "个问题：" + Environment.NewLine + string.Join(Environment.NewLine, problems.Select(p => "  - " + p)));
        }

        var head = new StabilityLiabilityMeasure(
            Sanction.CirculatedCriticism,
            Referral.None,
            "在追究工作成员" + staffMember + "责任（" + matter.ChineseName + "）的同时，追究" + unit + "部门责任人责任，并通报批评",
            "staff member " + staffMember + " is held liable (" + matter.EnglishName + "), so the responsible person of " + unit + " answers too and is criticized in a circular");
        return ImmutableLists.Of(
        [
            new LiabilityToOpen(staffMember, StabilityLiableParty.StaffMember, unit, matter, Measure(outcome)),
            new LiabilityToOpen(unitHead, StabilityLiableParty.UnitHead, unit, matter, head),
        ]);
    }

    private static string Bounded(string text) => text.Length > 40 ? text[..40] + "…" : text;
}
