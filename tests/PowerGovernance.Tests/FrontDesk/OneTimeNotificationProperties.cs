using System;
using System.Collections.Generic;
using System.Linq;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using NodaTime;
using PowerGovernance.FrontDesk;
using PowerGovernance.Validation;
using static PowerGovernance.Tests.FrontDesk.DeskFixture;

namespace PowerGovernance.Tests.FrontDesk;

/// <summary>
/// Laws of the one-time rule over generated sequences of visits by one applicant to the built-in unemployment
/// registration checklist: any categories (the situation may change between visits), any materials brought, any
/// defects (also against materials accepted before), and sometimes a revised checklist from some visit on.
/// </summary>
/// <remarks>
/// The expected notice is stated from the rule book, with the test's own record of what the counter accepted:
/// a material is still missing when the applicant must bring it now, has not brought it in order now, and it
/// was not accepted at an earlier visit (材料一经窗口受理，不得事后再提出异议) — unless their situation changed
/// since the last notice and the official found fault with it.
/// </remarks>
[Properties(Arbitrary = [typeof(OneTimeNotificationProperties)], MaxTest = 200)]
public class OneTimeNotificationProperties
{
    private static readonly MaterialsChecklist Checklist = UnemploymentRegistration.Checklist;
    private static readonly MaterialsChecklist Revised = Checklist.Revise(
        Checklist.Materials.Select(m => m.Id == "photos" ? new RequiredMaterial("photos", "本人免冠一寸彩色照", "Photos", "三张") : m)
            .Append(new RequiredMaterial("residence-proof", "居住证明", "Residence certificate", null, [UnemploymentRegistration.Other])));

    private static readonly string[] CategoryIds = Checklist.Categories.Select(c => c.Id).ToArray();
    private static readonly string[] MaterialIds = Revised.Materials.Select(m => m.Id).ToArray();
    private static readonly string[] DefectTexts = ["复印件不清晰", "未加盖公章", "已过期"];
    private static readonly OneTimeNotification Rule = new(Calendar);

    /// <summary>One to six visits; shrinks toward fewer visits, categories and materials.</summary>
    public static Arbitrary<Visits> VisitSequences()
    {
        var applicant =
            from categories in Gen.SubListOf(CategoryIds)
            from presented in Gen.SubListOf(MaterialIds)
            from defective in Gen.SubListOf(MaterialIds)
            from defect in Gen.Elements(DefectTexts)
            select new Applicant(categories, presented, defective.Except(presented).ToDictionary(id => id, _ => defect));
        var visits =
            from count in Gen.Choose(1, 6)
            from first in applicant
            from later in Gen.ListOf(applicant, count - 1)
            from keep in Gen.ListOf(Gen.Elements(true, true, false), count - 1)
            from revisedFrom in Gen.Choose(1, 8)
            select new Visits(
                [first, .. later.Select((a, i) => keep[i] ? new Applicant(first.Categories, a.Presented, a.Defects) : a)],
                revisedFrom);
        return Arb.From(visits, Shrink);
    }

    [Property]
    public bool Every_notice_lists_every_required_material_still_missing_and_nothing_else(Visits visits) =>
        Walk(visits).All(step => step.Result.Outcome != NoticeOutcome.Issued
            || step.Result.Notice.Items.Select(i => (i.Material.Id, i.Defect)).SequenceEqual(step.StillMissing.Select(m => (m.Id, step.Applicant.DefectOf(m.Id)))));

    [Property]
    public bool Materials_are_complete_exactly_when_nothing_is_still_missing(Visits visits) =>
        Walk(visits).All(step => (step.Result.Outcome == NoticeOutcome.Complete) == (step.StillMissing.Count == 0));

    [Property]
    public bool A_notice_is_refused_only_when_it_would_repeat_the_last_one_word_for_word(Visits visits) =>
        Walk(visits).All(step =>
        {
            var repeat = step.Last is { } last && step.StillMissing.Count > 0
                && step.StillMissing.Select(m => (m.Id, m.ToString(), step.Applicant.DefectOf(m.Id))).SequenceEqual(last.Items.Select(i => (i.Material.Id, i.Material.ToString(), i.Defect)));
            var errors = step.Result.Findings.Where(f => f.Severity == FindingSeverity.Error).Select(f => f.Code).ToArray();
            return step.Result.Outcome == NoticeOutcome.Refused
                ? repeat && errors.SequenceEqual([FrontDeskRuleCodes.NoticeHasNothingNew])
                : !repeat && errors.Length == 0;
        });

    [Property]
    public bool A_material_accepted_at_the_counter_is_never_objected_to_unless_the_situation_changed(Visits visits) =>
        Walk(visits).All(step =>
        {
            var objected = step.AcceptedBefore.Where(id => step.Applicant.DefectOf(id) is not null).ToArray();
            var warned = step.Result.Findings.Where(f => f.Code == FrontDeskRuleCodes.NoticeObjectsToAcceptedMaterial).ToArray();
            var notice = step.Result.TryGetNotice(out var issued) ? issued : null;
            var items = notice?.Items.Select(i => i.Material.Id).ToArray() ?? [];
            return step.SituationChanged
                ? warned.Length == 0
                : warned.Select(f => f.AttemptedValue).SequenceEqual(objected)
                    && warned.All(f => f.Severity == FindingSeverity.Warning && f.ChineseMessage.Contains("材料一经窗口受理，不得事后再提出异议", StringComparison.Ordinal))
                    && !items.Intersect(step.AcceptedBefore).Any()
                    && (notice?.Accepted.Select(m => m.Id).ToHashSet().IsSupersetOf(step.AcceptedBefore) ?? true);
        });

    [Property]
    public bool A_later_notice_says_still_missing_exactly_for_what_the_last_notice_told_the_same_way(Visits visits) =>
        Walk(visits).All(step => !step.Result.TryGetNotice(out var notice) || step.Last is not { } last
            || notice.Items.All(i => (i.Reason == NoticeItemReason.StillMissing) == last.Items.Any(l => i.TellsTheSameAs(l))));

    [Property]
    public bool A_result_is_refused_exactly_when_the_outcome_is_refused_and_has_a_notice_exactly_when_issued(Visits visits) =>
        Walk(visits).All(step =>
            step.Result.IsAccepted == (step.Result.Outcome != NoticeOutcome.Refused)
            && step.Result.TryGetNotice(out _) == step.Result.IsIssued
            && (step.Result.IsIssued || Throws(() => step.Result.Notice)));

    private static bool Throws(Func<object> read)
    {
        try
        {
            read();
            return false;
        }
        catch (InvalidOperationException e)
        {
            return e.Message.Contains(" / ", StringComparison.Ordinal);
        }
    }

    /// <summary>Runs the visits through the rule, stopping once the materials are complete, with the test's own record of what was accepted.</summary>
    private static List<Step> Walk(Visits visits)
    {
        var steps = new List<Step>();
        var history = new NoticeHistory("SY-1", UnemploymentRegistration.Id, new LocalDate(2024, 9, 29));
        var accepted = new List<string>();
        OneTimeNotice? last = null;
        for (var v = 0; v < visits.Applicants.Count; v++)
        {
            var applicant = visits.Applicants[v];
            var checklist = v >= visits.RevisedFrom ? Revised : Checklist;
            var changed = last is not null && !last.ApplicantCategories.SequenceEqual(applicant.Categories);
            var kept = changed ? accepted.Where(id => applicant.DefectOf(id) is null).ToList() : accepted;
            var stillMissing = checklist.RequiredFor(applicant).Where(m => !applicant.HasPresented(m.Id) && !kept.Contains(m.Id)).ToArray();
            var result = Rule.Notify(history, checklist, applicant, "钱窗口", At(2024, 9, 29).Plus(Duration.FromDays(v)));
            steps.Add(new Step(applicant, last, [.. kept], changed, stillMissing, result));
            if (result.Outcome == NoticeOutcome.Complete)
            {
                break;
            }

            if (result.IsIssued)
            {
                accepted = [.. kept, .. checklist.RequiredFor(applicant).Where(m => applicant.HasPresented(m.Id) && !kept.Contains(m.Id)).Select(m => m.Id)];
                last = result.Notice;
                history = result.History;
            }
        }

        return steps;
    }

    private static IEnumerable<Visits> Shrink(Visits visits)
    {
        for (var n = visits.Applicants.Count - 1; n >= 1; n--)
        {
            yield return visits with { Applicants = visits.Applicants.Take(n).ToArray() };
        }
    }

    /// <summary>One visit as judged: the applicant, the last notice before it, what the counter had accepted and still holds, and the outcome.</summary>
    private sealed record Step(Applicant Applicant, OneTimeNotice? Last, IReadOnlyList<string> AcceptedBefore, bool SituationChanged, IReadOnlyList<RequiredMaterial> StillMissing, NoticeResult Result);

    /// <summary>The applicant at each visit, and the visit from which the checklist is revised.</summary>
    public sealed record Visits(IReadOnlyList<Applicant> Applicants, int RevisedFrom)
    {
        /// <inheritdoc />
        public override string ToString() =>
            string.Join("; ", Applicants.Select((a, i) => $"visit {i}: [{string.Join(",", a.Categories)}] presented [{string.Join(",", a.Presented)}] defects [{string.Join(",", a.Defects.Keys)}]"))
            + $"; revised from visit {RevisedFrom}";
    }
}
