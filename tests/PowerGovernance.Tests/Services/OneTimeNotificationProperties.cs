using System.Collections.Generic;
using System.Linq;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using NodaTime;
using PowerGovernance.Services;
using static PowerGovernance.Tests.Services.DeskFixture;

namespace PowerGovernance.Tests.Services;

/// <summary>
/// Laws of the one-time rule over generated applicants for the built-in unemployment registration checklist
/// (any categories, any materials presented, any defects), and a generated second visit (materials added or
/// taken away, a category learned, new or repeated defects, sometimes a revised checklist).
/// </summary>
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

    /// <summary>Two visits by the same applicant; shrinks toward fewer categories and materials.</summary>
    public static Arbitrary<Visits> TwoVisits()
    {
        var applicant =
            from categories in Gen.SubListOf(CategoryIds)
            from presented in Gen.SubListOf(MaterialIds)
            from defective in Gen.SubListOf(MaterialIds)
            from defect in Gen.Elements(DefectTexts)
            select new Applicant(
                categories,
                presented,
                defective.Except(presented).ToDictionary(id => id, _ => defect));
        var visits =
            from first in applicant
            from second in applicant
            from learned in Gen.SubListOf(CategoryIds)
            from revised in Gen.Elements(false, true)
            select new Visits(first, new Applicant(first.Categories.Concat(second.Categories.Take(1)).Concat(learned.Take(1)), second.Presented, second.Defects), revised);
        return Arb.From(visits);
    }

    [Property]
    public bool A_first_notice_lists_every_missing_required_material(Visits visits)
    {
        var result = First(visits.First);
        var missing = Checklist.MissingFor(visits.First).Select(m => m.Id).ToArray();

        return missing.Length == 0
            ? result.Outcome == NoticeOutcome.Complete
            : result.Outcome == NoticeOutcome.Issued && result.Notice!.Items.Select(i => i.Material.Id).SequenceEqual(missing)
                && result.Notice.Items.All(i => Checklist.RequiredFor(visits.First).Contains(i.Material) && !visits.First.HasPresented(i.Material.Id));
    }

    [Property]
    public bool A_second_notice_never_repeats_an_unchanged_item_and_still_misses_nothing(Visits visits)
    {
        var first = First(visits.First);
        var checklist = visits.Revised ? Revised : Checklist;
        var second = Rule.Notify(first.History, checklist, visits.Second, "孙窗口", At(2024, 2, 19));
        var missing = checklist.MissingFor(visits.Second);

        var neverRepeats = second.Notice?.Items.All(item => first.History.LastTold(item.Material.Id) is not { } told || !item.TellsTheSameAs(told)) ?? true;
        var toldSomewhere = second.Outcome == NoticeOutcome.Refused
            ? second.Findings.Single(f => f.Severity == PowerGovernance.Validation.FindingSeverity.Error).Code == ServiceRuleCodes.NoticeHasNothingNew
            : missing.All(m => (second.Notice?.Items.Any(i => i.Material.Id == m.Id) ?? false)
                || (second.Notice?.StillOutstanding.Any(i => i.Material.Id == m.Id) ?? false));
        return neverRepeats && toldSomewhere && (missing.Count == 0) == (second.Outcome == NoticeOutcome.Complete);
    }

    private static NoticeResult First(Applicant applicant) =>
        Rule.Notify(new NoticeHistory("SY-1", UnemploymentRegistration.Id, new LocalDate(2024, 2, 8)), Checklist, applicant, "钱窗口", At(2024, 2, 8));

    /// <summary>A first and a second visit, and whether the checklist was revised in between.</summary>
    public sealed record Visits(Applicant First, Applicant Second, bool Revised)
    {
        /// <inheritdoc />
        public override string ToString() =>
            $"first: [{string.Join(",", First.Categories)}] presented [{string.Join(",", First.Presented)}] defects [{string.Join(",", First.Defects.Keys)}]; "
            + $"second: [{string.Join(",", Second.Categories)}] presented [{string.Join(",", Second.Presented)}] defects [{string.Join(",", Second.Defects.Keys)}]; revised {Revised}";
    }
}
