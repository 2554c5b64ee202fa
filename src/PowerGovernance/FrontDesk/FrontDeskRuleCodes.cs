namespace PowerGovernance.FrontDesk;

/// <summary>The stable codes of the findings the front-desk rules report (窗口服务规则代码).</summary>
public static class FrontDeskRuleCodes
{
    /// <summary>
    /// A notice leaves out a material that is still missing (未一次性告知): every notice, the first and each one
    /// after a supplement, tells everything still missing at once.
    /// </summary>
    public const string NoticeOmitsMissingItem = nameof(NoticeOmitsMissingItem);

    /// <summary>
    /// A material accepted at the counter is objected to later (材料一经窗口受理，不得事后再提出异议): as an error
    /// when an official lists it on a notice, as a warning when a defect is recorded against it (the defect is
    /// then not told and the material stays accepted). Allowed only when the applicant's situation changed
    /// since the last notice.
    /// </summary>
    public const string NoticeObjectsToAcceptedMaterial = nameof(NoticeObjectsToAcceptedMaterial);

    /// <summary>A notice lists a material the applicant need not bring, or has already brought.</summary>
    public const string NoticeListsUnneededItem = nameof(NoticeListsUnneededItem);

    /// <summary>
    /// A later notice would repeat the last one word for word: nothing was supplemented and nothing changed since,
    /// so the last notice still tells everything missing and stands.
    /// </summary>
    public const string NoticeHasNothingNew = nameof(NoticeHasNothingNew);

    /// <summary>The applicant is given a category the checklist does not list.</summary>
    public const string UnknownApplicantCategory = nameof(UnknownApplicantCategory);

    /// <summary>A material presented or listed is not on the checklist.</summary>
    public const string UnknownMaterial = nameof(UnknownMaterial);

    /// <summary>The notice history belongs to another checklist.</summary>
    public const string ChecklistMismatch = nameof(ChecklistMismatch);

    /// <summary>An instant is before the last recorded one, or outside the calendar's coverage.</summary>
    public const string InvalidTime = nameof(InvalidTime);

    /// <summary>A counter or phone inquiry was left neither answered nor routed at once (当场未答复或引荐).</summary>
    public const string InquiryNotResolvedAtOnce = nameof(InquiryNotResolvedAtOnce);

    /// <summary>A phone inquiry was routed without giving the caller the responsible unit's number (未告知相关电话).</summary>
    public const string RoutedWithoutNumber = nameof(RoutedWithoutNumber);

    /// <summary>A website question was not answered within its working days (网站咨询逾期未答复).</summary>
    public const string WebsiteAnswerOverdue = nameof(WebsiteAnswerOverdue);

    /// <summary>An inquiry was routed to a power that is not listed in the catalog.</summary>
    public const string PowerNotListed = nameof(PowerNotListed);

    /// <summary>The listed power names no undertaking post to route to.</summary>
    public const string NoUndertakingPost = nameof(NoUndertakingPost);

    /// <summary>The inquiry is already closed (answered or routed).</summary>
    public const string InquiryClosed = nameof(InquiryClosed);

    /// <summary>An answer or result was not given.</summary>
    public const string ResultMissing = nameof(ResultMissing);

    /// <summary>Materials were to be taken in for an absent handler, but someone acts in the post that day: hand the matter to them.</summary>
    public const string HandlerPresent = nameof(HandlerPresent);

    /// <summary>Materials were taken in without listing them (做好记录).</summary>
    public const string MaterialsMissing = nameof(MaterialsMissing);

    /// <summary>The post is not on the roster, or nobody will act in it within the calendar: there is no one to hand the materials to.</summary>
    public const string NoOneToHandTo = nameof(NoOneToHandTo);

    /// <summary>The inquiry has no materials waiting to be handed over.</summary>
    public const string NothingToHandOver = nameof(NothingToHandOver);

    /// <summary>Materials taken in were not handed over by the first working day someone acted in the post (随后移交).</summary>
    public const string HandoverOverdue = nameof(HandoverOverdue);

    /// <summary>A reason given for finding a matter out is not a defined <see cref="ClarificationReason"/>.</summary>
    public const string UnknownClarificationReason = nameof(UnknownClarificationReason);

    /// <summary>
    /// The inquiry is being found out by the official who took it on (<see cref="InquiryState.BeingClarified"/>): it is not taken on
    /// again, routed to another post or taken in for one; the official tells the result with <see cref="FirstInquiryDesk.Answer"/>
    /// (不能以不清楚为由不履行告知义务).
    /// </summary>
    public const string InquiryBeingClarified = nameof(InquiryBeingClarified);

    /// <summary>
    /// The result of a matter taken on to be found out was not told to the inquirer within <see cref="FrontDeskOptions.ClarificationLimit"/>
    /// (咨询了解或请示报告的结果逾期未告知当事人).
    /// </summary>
    public const string ClarificationOverdue = nameof(ClarificationOverdue);
}
