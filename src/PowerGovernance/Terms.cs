using System;
using System.Globalization;
using System.Runtime.CompilerServices;
using PowerGovernance.Accountability;
using PowerGovernance.Calendars;
using PowerGovernance.Powers;
using PowerGovernance.Procedures;
using PowerGovernance.Supervision;

namespace PowerGovernance;

/// <summary>
/// The bilingual terms of the domain (术语表): the Simplified Chinese and English name of every value of the kernel's
/// vocabularies, the one place messages, tools and hosts take them from.
/// </summary>
/// <remarks>
/// <para>
/// Chinese names are the terms the rules and statutes use (e.g. <c>行政法规</c>, <c>情节严重</c>, <c>不予受理</c>).
/// English names are lower case, to be used inside a sentence (e.g. <c>administrative regulation</c>); capitalise
/// them at the start of one. Neither depends on the current culture.
/// </para>
/// <para>
/// Every method throws <see cref="ArgumentOutOfRangeException"/> for a value the enumeration does not define; a
/// <see cref="DisclosureForms"/> value must be <see cref="DisclosureForms.None"/> or a single form.
/// </para>
/// </remarks>
public static class Terms
{
    /// <summary>Returns the Chinese name of a legal basis rank, e.g. <c>行政法规</c>.</summary>
    /// <param name="rank">The rank.</param>
    /// <returns>The Chinese name.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="rank"/> is not defined.</exception>
    public static string ChineseName(LegalBasisRank rank) => rank switch
    {
        LegalBasisRank.Law => "法律",
        LegalBasisRank.AdministrativeRegulation => "行政法规",
        LegalBasisRank.DepartmentalRule => "部门规章",
        LegalBasisRank.LocalRegulation => "地方性法规",
        LegalBasisRank.LocalGovernmentRule => "地方政府规章",
        LegalBasisRank.NormativeDocument => "规范性文件",
        LegalBasisRank.PartyRegulation => "党内法规",
        _ => throw Undefined(rank),
    };

    /// <summary>Returns the English name of a legal basis rank, e.g. <c>administrative regulation</c>.</summary>
    /// <param name="rank">The rank.</param>
    /// <returns>The English name.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="rank"/> is not defined.</exception>
    public static string EnglishName(LegalBasisRank rank) => rank switch
    {
        LegalBasisRank.Law => "law",
        LegalBasisRank.AdministrativeRegulation => "administrative regulation",
        LegalBasisRank.DepartmentalRule => "departmental rule",
        LegalBasisRank.LocalRegulation => "local regulation",
        LegalBasisRank.LocalGovernmentRule => "local government rule",
        LegalBasisRank.NormativeDocument => "normative document",
        LegalBasisRank.PartyRegulation => "Party regulation",
        _ => throw Undefined(rank),
    };

    /// <summary>Returns the Chinese name of a power category, e.g. <c>行政许可</c> (<see cref="PowerCategory.ChineseName"/>).</summary>
    /// <param name="category">The category.</param>
    /// <returns>The Chinese name.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="category"/> is null.</exception>
    public static string ChineseName(PowerCategory category) => Internal.Preconditions.CheckNotNull(category).ChineseName;

    /// <summary>Returns the English name of a power category, e.g. <c>Administrative licensing</c> (<see cref="PowerCategory.EnglishName"/>).</summary>
    /// <param name="category">The category.</param>
    /// <returns>The English name.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="category"/> is null.</exception>
    public static string EnglishName(PowerCategory category) => Internal.Preconditions.CheckNotNull(category).EnglishName;

    /// <summary>Returns the Chinese name of a kind of time limit: <c>工作日</c>, <c>自然日</c> or <c>季度末</c>.</summary>
    /// <param name="kind">The kind.</param>
    /// <returns>The Chinese name.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="kind"/> is not defined.</exception>
    public static string ChineseName(TimeLimitKind kind) => kind switch
    {
        TimeLimitKind.WorkingDays => "工作日",
        TimeLimitKind.NaturalDays => "自然日",
        TimeLimitKind.EndOfQuarter => "季度末",
        _ => throw Undefined(kind),
    };

    /// <summary>Returns the English name of a kind of time limit: <c>working days</c>, <c>natural days</c> or <c>end of quarter</c>.</summary>
    /// <param name="kind">The kind.</param>
    /// <returns>The English name.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="kind"/> is not defined.</exception>
    public static string EnglishName(TimeLimitKind kind) => kind switch
    {
        TimeLimitKind.WorkingDays => "working days",
        TimeLimitKind.NaturalDays => "natural days",
        TimeLimitKind.EndOfQuarter => "end of quarter",
        _ => throw Undefined(kind),
    };

    /// <summary>Returns the Chinese name of a day type, e.g. <c>调休上班日</c>.</summary>
    /// <param name="type">The day type.</param>
    /// <returns>The Chinese name.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="type"/> is not defined.</exception>
    public static string ChineseName(DayType type) => type switch
    {
        DayType.WorkingWeekday => "工作日",
        DayType.MakeUpWorkingDay => "调休上班日",
        DayType.Weekend => "周末休息日",
        DayType.Holiday => "节假日",
        DayType.StatutoryHoliday => "法定节假日",
        _ => throw Undefined(type),
    };

    /// <summary>Returns the English name of a day type, e.g. <c>make-up working day</c>.</summary>
    /// <param name="type">The day type.</param>
    /// <returns>The English name.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="type"/> is not defined.</exception>
    public static string EnglishName(DayType type) => type switch
    {
        DayType.WorkingWeekday => "working day",
        DayType.MakeUpWorkingDay => "make-up working day",
        DayType.Weekend => "weekend",
        DayType.Holiday => "holiday",
        DayType.StatutoryHoliday => "statutory holiday",
        _ => throw Undefined(type),
    };

    /// <summary>Returns the Chinese name of a severity tier, e.g. <c>情节严重</c>.</summary>
    /// <param name="tier">The tier.</param>
    /// <returns>The Chinese name.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="tier"/> is not defined.</exception>
    public static string ChineseName(SeverityTier tier) => tier switch
    {
        SeverityTier.Minor => "情节轻微",
        SeverityTier.Serious => "情节严重",
        SeverityTier.EspeciallySerious => "情节特别严重",
        _ => throw Undefined(tier),
    };

    /// <summary>Returns the English name of a severity tier, e.g. <c>serious</c>.</summary>
    /// <param name="tier">The tier.</param>
    /// <returns>The English name.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="tier"/> is not defined.</exception>
    public static string EnglishName(SeverityTier tier) => tier switch
    {
        SeverityTier.Minor => "minor",
        SeverityTier.Serious => "serious",
        SeverityTier.EspeciallySerious => "especially serious",
        _ => throw Undefined(tier),
    };

    /// <summary>Returns the Chinese name of a case outcome, e.g. <c>不予受理</c>.</summary>
    /// <param name="outcome">The outcome.</param>
    /// <returns>The Chinese name.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="outcome"/> is not defined.</exception>
    public static string ChineseName(CaseOutcome outcome) => outcome switch
    {
        CaseOutcome.Granted => "准予",
        CaseOutcome.Refused => "不予准许",
        CaseOutcome.Withdrawn => "撤回",
        CaseOutcome.Transferred => "移送",
        CaseOutcome.NotAccepted => "不予受理",
        CaseOutcome.Completed => "办结",
        _ => throw Undefined(outcome),
    };

    /// <summary>Returns the English name of a case outcome, e.g. <c>not accepted</c>.</summary>
    /// <param name="outcome">The outcome.</param>
    /// <returns>The English name.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="outcome"/> is not defined.</exception>
    public static string EnglishName(CaseOutcome outcome) => outcome switch
    {
        CaseOutcome.Granted => "granted",
        CaseOutcome.Refused => "refused",
        CaseOutcome.Withdrawn => "withdrawn",
        CaseOutcome.Transferred => "transferred",
        CaseOutcome.NotAccepted => "not accepted",
        CaseOutcome.Completed => "completed",
        _ => throw Undefined(outcome),
    };

    /// <summary>Returns the Chinese name of how a power is initiated: <c>依申请</c> or <c>依职权</c>.</summary>
    /// <param name="initiation">The initiation.</param>
    /// <returns>The Chinese name.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="initiation"/> is not defined.</exception>
    public static string ChineseName(Initiation initiation) => initiation switch
    {
        Initiation.OnApplication => "依申请",
        Initiation.ExOfficio => "依职权",
        _ => throw Undefined(initiation),
    };

    /// <summary>Returns the English name of how a power is initiated: <c>on application</c> or <c>ex officio</c>.</summary>
    /// <param name="initiation">The initiation.</param>
    /// <returns>The English name.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="initiation"/> is not defined.</exception>
    public static string EnglishName(Initiation initiation) => initiation switch
    {
        Initiation.OnApplication => "on application",
        Initiation.ExOfficio => "ex officio",
        _ => throw Undefined(initiation),
    };

    /// <summary>Returns the Chinese name of a disclosure timing, e.g. <c>阶段性公开</c>.</summary>
    /// <param name="timing">The timing.</param>
    /// <returns>The Chinese name.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="timing"/> is not defined.</exception>
    public static string ChineseName(DisclosureTiming timing) => timing switch
    {
        DisclosureTiming.LongTerm => "长期公开",
        DisclosureTiming.Periodic => "定期公开",
        DisclosureTiming.ByStage => "阶段性公开",
        DisclosureTiming.Immediate => "即时公开",
        DisclosureTiming.OnRequest => "依申请公开",
        _ => throw Undefined(timing),
    };

    /// <summary>Returns the English name of a disclosure timing, e.g. <c>by stage</c>.</summary>
    /// <param name="timing">The timing.</param>
    /// <returns>The English name.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="timing"/> is not defined.</exception>
    public static string EnglishName(DisclosureTiming timing) => timing switch
    {
        DisclosureTiming.LongTerm => "long-term",
        DisclosureTiming.Periodic => "periodic",
        DisclosureTiming.ByStage => "by stage",
        DisclosureTiming.Immediate => "immediate",
        DisclosureTiming.OnRequest => "on request",
        _ => throw Undefined(timing),
    };

    /// <summary>Returns the Chinese name of a single disclosure form, e.g. <c>公示栏</c>; <c>无</c> for none.</summary>
    /// <param name="form">The form: <see cref="DisclosureForms.None"/> or one form.</param>
    /// <returns>The Chinese name.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="form"/> is a combination or not defined.</exception>
    public static string ChineseName(DisclosureForms form) => form switch
    {
        DisclosureForms.None => "无",
        DisclosureForms.NoticeBoard => "公示栏",
        DisclosureForms.Handbook => "办事指南",
        DisclosureForms.Hotline => "服务热线",
        DisclosureForms.Website => "政府网站",
        DisclosureForms.Media => "新闻媒体",
        DisclosureForms.Meeting => "会议",
        DisclosureForms.Circular => "文件",
        _ => throw Undefined(form),
    };

    /// <summary>Returns the English name of a single disclosure form, e.g. <c>notice board</c>; <c>none</c> for none.</summary>
    /// <param name="form">The form: <see cref="DisclosureForms.None"/> or one form.</param>
    /// <returns>The English name.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="form"/> is a combination or not defined.</exception>
    public static string EnglishName(DisclosureForms form) => form switch
    {
        DisclosureForms.None => "none",
        DisclosureForms.NoticeBoard => "notice board",
        DisclosureForms.Handbook => "handbook",
        DisclosureForms.Hotline => "hotline",
        DisclosureForms.Website => "government website",
        DisclosureForms.Media => "news media",
        DisclosureForms.Meeting => "meeting",
        DisclosureForms.Circular => "circular",
        _ => throw Undefined(form),
    };

    /// <summary>Returns the Chinese name of a stage of exercising a power, e.g. <c>立案</c>.</summary>
    /// <param name="stage">The stage.</param>
    /// <returns>The Chinese name.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="stage"/> is not defined.</exception>
    public static string ChineseName(PowerStage stage) => stage switch
    {
        PowerStage.Acceptance => "受理",
        PowerStage.Filing => "立案",
        PowerStage.Investigation => "调查",
        PowerStage.Review => "审查",
        PowerStage.Notification => "告知",
        PowerStage.Decision => "决定",
        PowerStage.Service => "送达",
        PowerStage.Enforcement => "执行",
        PowerStage.Supervision => "事后监管",
        PowerStage.Other => "其他",
        _ => throw Undefined(stage),
    };

    /// <summary>Returns the English name of a stage of exercising a power, e.g. <c>filing</c>.</summary>
    /// <param name="stage">The stage.</param>
    /// <returns>The English name.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="stage"/> is not defined.</exception>
    public static string EnglishName(PowerStage stage) => stage switch
    {
        PowerStage.Acceptance => "acceptance",
        PowerStage.Filing => "filing",
        PowerStage.Investigation => "investigation",
        PowerStage.Review => "review",
        PowerStage.Notification => "notification",
        PowerStage.Decision => "decision",
        PowerStage.Service => "service",
        PowerStage.Enforcement => "enforcement",
        PowerStage.Supervision => "supervision",
        PowerStage.Other => "other",
        _ => throw Undefined(stage),
    };

    /// <summary>Returns the Chinese name of a single exercising level, e.g. <c>县级</c>; <c>无</c> for none.</summary>
    /// <param name="level">The level: <see cref="ExercisingLevels.None"/> or one level.</param>
    /// <returns>The Chinese name.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="level"/> is a combination or not defined.</exception>
    public static string ChineseName(ExercisingLevels level) => level switch
    {
        ExercisingLevels.None => "无",
        ExercisingLevels.Province => "省级",
        ExercisingLevels.City => "市级",
        ExercisingLevels.County => "县级",
        ExercisingLevels.Township => "乡镇级",
        _ => throw Undefined(level),
    };

    /// <summary>Returns the English name of a single exercising level, e.g. <c>county</c>; <c>none</c> for none.</summary>
    /// <param name="level">The level: <see cref="ExercisingLevels.None"/> or one level.</param>
    /// <returns>The English name.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="level"/> is a combination or not defined.</exception>
    public static string EnglishName(ExercisingLevels level) => level switch
    {
        ExercisingLevels.None => "none",
        ExercisingLevels.Province => "province",
        ExercisingLevels.City => "city",
        ExercisingLevels.County => "county",
        ExercisingLevels.Township => "township",
        _ => throw Undefined(level),
    };

    /// <summary>Returns the Chinese name of a single kind of service object, e.g. <c>自然人</c>; <c>无</c> for none.</summary>
    /// <param name="objects">The kind: <see cref="ServiceObjects.None"/> or one kind.</param>
    /// <returns>The Chinese name.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="objects"/> is a combination or not defined.</exception>
    public static string ChineseName(ServiceObjects objects) => objects switch
    {
        ServiceObjects.None => "无",
        ServiceObjects.Citizens => "自然人",
        ServiceObjects.LegalPersons => "法人",
        ServiceObjects.OtherOrganisations => "其他组织",
        _ => throw Undefined(objects),
    };

    /// <summary>Returns the English name of a single kind of service object, e.g. <c>citizens</c>; <c>none</c> for none.</summary>
    /// <param name="objects">The kind: <see cref="ServiceObjects.None"/> or one kind.</param>
    /// <returns>The English name.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="objects"/> is a combination or not defined.</exception>
    public static string EnglishName(ServiceObjects objects) => objects switch
    {
        ServiceObjects.None => "none",
        ServiceObjects.Citizens => "citizens",
        ServiceObjects.LegalPersons => "legal persons",
        ServiceObjects.OtherOrganisations => "other organisations",
        _ => throw Undefined(objects),
    };

    /// <summary>Returns the Chinese name of a catalog review stage, e.g. <c>领导班子集体审议</c>.</summary>
    /// <param name="stage">The stage.</param>
    /// <returns>The Chinese name.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="stage"/> is not defined.</exception>
    public static string ChineseName(CatalogReviewStage stage) => stage switch
    {
        CatalogReviewStage.Draft => "起草",
        CatalogReviewStage.CollectivelyReviewed => "领导班子集体审议",
        CatalogReviewStage.SignedByHead => "主要负责人签字",
        CatalogReviewStage.Declared => "申报法制办审核",
        CatalogReviewStage.Published => "已公布",
        _ => throw Undefined(stage),
    };

    /// <summary>Returns the English name of a catalog review stage, e.g. <c>collectively reviewed</c>.</summary>
    /// <param name="stage">The stage.</param>
    /// <returns>The English name.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="stage"/> is not defined.</exception>
    public static string EnglishName(CatalogReviewStage stage) => stage switch
    {
        CatalogReviewStage.Draft => "draft",
        CatalogReviewStage.CollectivelyReviewed => "collectively reviewed",
        CatalogReviewStage.SignedByHead => "signed by the head",
        CatalogReviewStage.Declared => "declared to the legal-affairs office",
        CatalogReviewStage.Published => "published",
        _ => throw Undefined(stage),
    };

    /// <summary>Returns the Chinese name of a decision on a catalog item, e.g. <c>予以确认</c>.</summary>
    /// <param name="decision">The decision.</param>
    /// <returns>The Chinese name.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="decision"/> is not defined.</exception>
    public static string ChineseName(ItemDecision decision) => decision switch
    {
        ItemDecision.Pending => "待审核",
        ItemDecision.Confirmed => "予以确认",
        ItemDecision.Abolished => "予以废止",
        ItemDecision.ToBeClarified => "予以明确",
        _ => throw Undefined(decision),
    };

    /// <summary>Returns the English name of a decision on a catalog item, e.g. <c>confirmed</c>.</summary>
    /// <param name="decision">The decision.</param>
    /// <returns>The English name.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="decision"/> is not defined.</exception>
    public static string EnglishName(ItemDecision decision) => decision switch
    {
        ItemDecision.Pending => "pending",
        ItemDecision.Confirmed => "confirmed",
        ItemDecision.Abolished => "abolished",
        ItemDecision.ToBeClarified => "to be clarified",
        _ => throw Undefined(decision),
    };

    /// <summary>Returns the Chinese name of a deadline state, e.g. <c>黄灯预警</c>.</summary>
    /// <param name="state">The state.</param>
    /// <returns>The Chinese name.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="state"/> is not defined.</exception>
    public static string ChineseName(DeadlineState state) => state switch
    {
        DeadlineState.OnTime => "正常",
        DeadlineState.Warning => "黄灯预警",
        DeadlineState.Overdue => "红灯超时",
        DeadlineState.Suspended => "暂停计时",
        DeadlineState.FinishedOnTime => "按时办结",
        DeadlineState.FinishedLate => "超时办结",
        DeadlineState.NotCounting => "不计时",
        _ => throw Undefined(state),
    };

    /// <summary>Returns the English name of a deadline state, e.g. <c>warning</c>.</summary>
    /// <param name="state">The state.</param>
    /// <returns>The English name.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="state"/> is not defined.</exception>
    public static string EnglishName(DeadlineState state) => state switch
    {
        DeadlineState.OnTime => "on time",
        DeadlineState.Warning => "warning",
        DeadlineState.Overdue => "overdue",
        DeadlineState.Suspended => "suspended",
        DeadlineState.FinishedOnTime => "finished on time",
        DeadlineState.FinishedLate => "finished late",
        DeadlineState.NotCounting => "not counting",
        _ => throw Undefined(state),
    };

    /// <summary>Returns the Chinese name of a supervision card tier, e.g. <c>黄牌</c>.</summary>
    /// <param name="tier">The tier.</param>
    /// <returns>The Chinese name.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="tier"/> is not defined.</exception>
    public static string ChineseName(SupervisionCardTier tier) => tier switch
    {
        SupervisionCardTier.None => "无",
        SupervisionCardTier.Warning => "预警",
        SupervisionCardTier.Yellow => "黄牌",
        SupervisionCardTier.Red => "红牌",
        _ => throw Undefined(tier),
    };

    /// <summary>Returns the English name of a supervision card tier, e.g. <c>yellow card</c>.</summary>
    /// <param name="tier">The tier.</param>
    /// <returns>The English name.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="tier"/> is not defined.</exception>
    public static string EnglishName(SupervisionCardTier tier) => tier switch
    {
        SupervisionCardTier.None => "none",
        SupervisionCardTier.Warning => "warning",
        SupervisionCardTier.Yellow => "yellow card",
        SupervisionCardTier.Red => "red card",
        _ => throw Undefined(tier),
    };

    /// <summary>Returns the Chinese name of a supervised clock, e.g. <c>办件法定时限</c>.</summary>
    /// <param name="clock">The clock.</param>
    /// <returns>The Chinese name.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="clock"/> is not defined.</exception>
    public static string ChineseName(SupervisedClock clock) => clock switch
    {
        SupervisedClock.Case => "办件承诺时限",
        SupervisedClock.Step => "环节时限",
        SupervisedClock.LegalCase => "办件法定时限",
        SupervisedClock.LegalStep => "环节法定时限",
        _ => throw Undefined(clock),
    };

    /// <summary>Returns the English name of a supervised clock, e.g. <c>legal limit of the case</c>.</summary>
    /// <param name="clock">The clock.</param>
    /// <returns>The English name.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="clock"/> is not defined.</exception>
    public static string EnglishName(SupervisedClock clock) => clock switch
    {
        SupervisedClock.Case => "committed limit of the case",
        SupervisedClock.Step => "limit of the step",
        SupervisedClock.LegalCase => "legal limit of the case",
        SupervisedClock.LegalStep => "legal limit of the step",
        _ => throw Undefined(clock),
    };

    private static ArgumentOutOfRangeException Undefined<TEnum>(TEnum value, [CallerArgumentExpression(nameof(value))] string? parameter = null)
        where TEnum : struct, Enum =>
        new(
            parameter,
            value,
            string.Create(
                CultureInfo.InvariantCulture,
                $"{Convert.ToInt64(value, CultureInfo.InvariantCulture)} is not a single defined {typeof(TEnum).Name} value. {Convert.ToInt64(value, CultureInfo.InvariantCulture)}不是已定义的{typeof(TEnum).Name}取值。"));
}
