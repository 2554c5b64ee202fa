using System;
using System.Collections.Generic;
using System.Linq;
using NodaTime;
using PowerGovernance.Calendars;
using PowerGovernance.Internal;

namespace PowerGovernance.Procedures.Flowcharts;

/// <summary>
/// Whether a procedure's published flowchart must be drawn and published again after its definition changed, and by when
/// (流程内容发生变化的，应在20个工作日内重新编制公布流程图): a new version whose steps, posts, limits, hand-offs, supervision
/// points or complaint channels differ makes a new flowchart due within 20 working days of the day of the change, counted on the
/// office's working calendar (the day of the change not counted).
/// </summary>
public sealed record FlowchartRevision
{
    private FlowchartRevision(string procedureId, int fromVersion, int toVersion, LocalDate changedOn, LocalDate? dueDate, FlowchartChange[] changes)
    {
        ProcedureId = procedureId;
        FromVersion = fromVersion;
        ToVersion = toVersion;
        ChangedOn = changedOn;
        DueDate = dueDate;
        Changes = Array.AsReadOnly(changes);
    }

    /// <summary>Gets the time within which a new flowchart is published after a change: 20 working days (20个工作日内).</summary>
    public static TimeLimit RevisionLimit { get; } = TimeLimit.WorkingDays(20);

    /// <summary>Gets the procedure's id.</summary>
    public string ProcedureId { get; }

    /// <summary>Gets the version the published flowchart shows.</summary>
    public int FromVersion { get; }

    /// <summary>Gets the new version.</summary>
    public int ToVersion { get; }

    /// <summary>Gets the day the change took effect.</summary>
    public LocalDate ChangedOn { get; }

    /// <summary>Gets the last day to publish the new flowchart, or <see langword="null"/> when nothing published changed.</summary>
    public LocalDate? DueDate { get; }

    /// <summary>Gets the changes of published content, in the order steps, hand-offs, then the rest; empty when none.</summary>
    public IReadOnlyList<FlowchartChange> Changes { get; }

    /// <summary>Gets whether a new flowchart is due (流程图须重新编制公布).</summary>
    public bool IsDue => Changes.Count > 0;

    /// <summary>
    /// Compares two versions of a procedure and says whether a new flowchart is due and its due date on <paramref name="calendar"/>.
    /// Pure.
    /// </summary>
    /// <param name="published">The version whose flowchart is published.</param>
    /// <param name="revised">The new version.</param>
    /// <param name="changedOn">The day the new version took effect.</param>
    /// <param name="calendar">The office's working calendar.</param>
    /// <returns>The assessment, listing every change.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="ArgumentException">The two definitions are not versions of the same procedure, or <paramref name="revised"/> is not a later version.</exception>
    /// <exception cref="CalendarCoverageException">The calendar does not cover the days needed, when a new flowchart is due.</exception>
    public static FlowchartRevision Assess(ProcedureDefinition published, ProcedureDefinition revised, LocalDate changedOn, IWorkingCalendar calendar)
    {
        Preconditions.CheckNotNull(published);
        Preconditions.CheckNotNull(revised);
        Preconditions.CheckNotNull(calendar);
        if (!string.Equals(published.Id, revised.Id, StringComparison.Ordinal) || revised.Version <= published.Version)
        {
            throw new ArgumentException($"'{revised.Id}' version {revised.Version} is not a later version of '{published.Id}' version {published.Version}. / “{revised.Id}”第{revised.Version}版不是“{published.Id}”第{published.Version}版的后续版本。", nameof(revised));
        }

        var changes = Compare(published, revised);
        var due = changes.Count > 0 ? calendar.DueDate(changedOn, RevisionLimit) : (LocalDate?)null;
        return new FlowchartRevision(revised.Id, published.Version, revised.Version, changedOn, due, [.. changes]);
    }

    /// <summary>Returns whether <paramref name="other"/> has equal members, the list element by element (值相等).</summary>
    /// <param name="other">The other value.</param>
    /// <returns><see langword="true"/> when every member is equal.</returns>
    public bool Equals(FlowchartRevision? other) =>
        other is not null && ProcedureId == other.ProcedureId && FromVersion == other.FromVersion && ToVersion == other.ToVersion
        && ChangedOn == other.ChangedOn && DueDate == other.DueDate && ValueEquality.SequenceEqual(Changes, other.Changes);

    /// <summary>Returns a hash code consistent with <see cref="Equals(FlowchartRevision)"/>.</summary>
    /// <returns>The hash code.</returns>
    public override int GetHashCode() => HashCode.Combine(ProcedureId, ToVersion, ChangedOn);

    private static List<FlowchartChange> Compare(ProcedureDefinition a, ProcedureDefinition b)
    {
        var changes = new List<FlowchartChange>();
        void Add(FlowchartChangeKind kind, string subject, string english, string chinese) => changes.Add(new(kind, subject, english, chinese));

        foreach (var step in a.Steps)
        {
            if (!b.TryGetStep(step.Id, out var now))
            {
                Add(FlowchartChangeKind.StepRemoved, step.Id, $"step '{step.Id}' ({step.EnglishName}) removed", $"删除环节“{step.ChineseName}”");
                continue;
            }

            if (step.Post != now.Post)
            {
                Add(FlowchartChangeKind.StepPost, step.Id, $"step '{step.Id}': post {step.Post.ChineseName} → {now.Post.ChineseName}", $"环节“{step.ChineseName}”承办岗位：{step.Post.ChineseName} → {now.Post.ChineseName}");
            }

            if (step.Limit != now.Limit || step.LegalLimit != now.LegalLimit || step.CountsTowardCaseLimit != now.CountsTowardCaseLimit)
            {
                Add(FlowchartChangeKind.StepLimit, step.Id, $"step '{step.Id}': limit {Show(step.Limit)} → {Show(now.Limit)}", $"环节“{step.ChineseName}”办理时限：{Show(step.Limit)} → {Show(now.Limit)}");
            }

            if (step.ChineseName != now.ChineseName || step.EnglishName != now.EnglishName || step.Outcome != now.Outcome || step.Rights != now.Rights || step.Disclosure != now.Disclosure)
            {
                Add(FlowchartChangeKind.StepContent, step.Id, $"step '{step.Id}': name, outcome, counterpart's rights or disclosure changed", $"环节“{now.ChineseName}”的名称、结果、相对人权利或公开内容变化");
            }
        }

        foreach (var step in b.Steps.Where(s => !a.TryGetStep(s.Id, out _)))
        {
            Add(FlowchartChangeKind.StepAdded, step.Id, $"step '{step.Id}' ({step.EnglishName}) added", $"新增环节“{step.ChineseName}”");
        }

        foreach (var trigger in a.Triggers)
        {
            var subject = trigger.From + "/" + trigger.Id;
            if (!b.TryGetTrigger(trigger.From, trigger.Id, out var now))
            {
                Add(FlowchartChangeKind.TriggerRemoved, subject, $"hand-off '{trigger.Id}' from '{trigger.From}' removed", $"删除“{trigger.From}”环节的流转“{trigger.ChineseName}”");
            }
            else if (!SameDrawing(trigger, now))
            {
                Add(FlowchartChangeKind.TriggerContent, subject, $"hand-off '{trigger.Id}' from '{trigger.From}': target, posts, conditions, reason or clock effect changed", $"“{trigger.From}”环节的流转“{now.ChineseName}”的去向、岗位、条件、说理要求或计时变化");
            }
        }

        foreach (var trigger in b.Triggers.Where(t => !a.TryGetTrigger(t.From, t.Id, out _)))
        {
            Add(FlowchartChangeKind.TriggerAdded, trigger.From + "/" + trigger.Id, $"hand-off '{trigger.Id}' from '{trigger.From}' added", $"新增“{trigger.From}”环节的流转“{trigger.ChineseName}”");
        }

        if (a.LegalLimit != b.LegalLimit || a.CommittedLimit != b.CommittedLimit)
        {
            Add(FlowchartChangeKind.CaseLimits, b.Id, $"case limits: legal {Show(a.LegalLimit)} → {Show(b.LegalLimit)}, committed {Show(a.CommittedLimit)} → {Show(b.CommittedLimit)}", $"办件时限：法定{Show(a.LegalLimit)} → {Show(b.LegalLimit)}，承诺{Show(a.CommittedLimit)} → {Show(b.CommittedLimit)}");
        }

        if (a.ChineseName != b.ChineseName || a.EnglishName != b.EnglishName || a.Initiation != b.Initiation || a.InitiationBasis != b.InitiationBasis || a.InitialStep != b.InitialStep)
        {
            Add(FlowchartChangeKind.Initiation, b.Id, "the name, initiation, basis for acting or first step changed", "流程名称、启动方式、办理依据或起始环节变化");
        }

        if (!a.SupervisionPoints.SequenceEqual(b.SupervisionPoints))
        {
            Add(FlowchartChangeKind.Supervision, b.Id, "the supervision points changed", "监督点变化");
        }

        if (!a.ComplaintChannels.SequenceEqual(b.ComplaintChannels))
        {
            Add(FlowchartChangeKind.ComplaintChannels, b.Id, "the complaint channels changed", "投诉渠道变化");
        }

        return changes;
    }

    /// <summary>Whether two triggers draw the same edge: target, posts, conditions, reason, clock effect and its amounts.</summary>
    private static bool SameDrawing(TriggerDefinition a, TriggerDefinition b) =>
        a.To == b.To && a.ChineseName == b.ChineseName && a.EnglishName == b.EnglishName
        && a.AllowedPosts.SequenceEqual(b.AllowedPosts)
        && a.Guards.Select(g => g.ChineseDescription).SequenceEqual(b.Guards.Select(g => g.ChineseDescription))
        && a.RequiresReason == b.RequiresReason && a.Clock == b.Clock && a.Extension == b.Extension && Equals(a.Period, b.Period);

    private static string Show(TimeLimit? limit) => limit?.ToString() ?? "none";
}
