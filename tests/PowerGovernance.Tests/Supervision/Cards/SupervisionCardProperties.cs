using System.Collections.Generic;
using System.Linq;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using NodaTime;
using PowerGovernance.Calendars;
using PowerGovernance.Procedures;
using PowerGovernance.Supervision;
using PowerGovernance.Testing;
using PowerGovernance.Tests.Procedures.BuiltIn;
using CaseWalk = PowerGovernance.Testing.CaseWalk;

namespace PowerGovernance.Tests.Supervision.Cards;

/// <summary>
/// Laws of the supervision cards on random case walks of every built-in procedure in 2024 (as in
/// <see cref="Procedures.EngineProperties"/>), read on eight days after the last event, under random host policies (yellow
/// at 1–100% of the committed limit, red 1–10 working days later).
/// </summary>
[Properties(Arbitrary = [typeof(SupervisionCardProperties)], MaxTest = 150)]
public class SupervisionCardProperties
{
    private static readonly CaseWalkOptions Options = new()
    {
        Window = new DateInterval(new LocalDate(2024, 1, 1), new LocalDate(2024, 12, 31)),
        ArgumentValues = new Dictionary<string, IReadOnlyList<string>>
        {
            ["cause"] = ["专家评审", "检验", "鉴定", "征求第三方意见", "征求其他机关意见", "听证", "领导出差"],
            ["until"] = ["2024-03-01", "2024-10-15", "2025-01-20"],
            ["source"] = ["CitizenComplaint"],
            ["tier"] = ["Serious", "Light"],
            ["sanctions"] = ["admonition"],
            ["missing"] = ["身份证复印件"],
            ["items"] = ["身份证复印件"],
        },
    };

    /// <summary>Random case walks on the built-in procedures.</summary>
    public static Arbitrary<CaseWalk> Walks() => CaseArbitraries.WalksOnEveryProcedure(BuiltInFixture.Engine, Options);

    [Property]
    public bool An_open_case_never_gets_a_milder_card_as_days_pass_and_a_closed_case_keeps_its_card(CaseWalk walk, byte offset, byte spacing, PositiveInt percent, PositiveInt days)
    {
        var cards = Evaluator(percent, days);
        var tiers = Days(walk, offset, spacing).Select(day => cards.Evaluate(walk.Final, walk.Definition, day).Tier).ToArray();
        return walk.Final.IsClosed
            ? tiers.All(t => t == tiers[0])
            : tiers.Zip(tiers.Skip(1)).All(pair => pair.First <= pair.Second);
    }

    [Property]
    public bool A_case_past_a_legal_limit_is_always_red_and_a_card_is_as_grave_as_its_gravest_reason(CaseWalk walk, byte offset, byte spacing, PositiveInt percent, PositiveInt days)
    {
        var cards = Evaluator(percent, days);
        return Days(walk, offset, spacing).All(day =>
        {
            var card = cards.Evaluate(walk.Final, walk.Definition, day);
            var deadlines = BuiltInFixture.Supervisor.Deadlines(walk.Final, walk.Definition, BuiltInFixture.At(day.Year, day.Month, day.Day));
            return (!deadlines.IsLegallyLate || card.Tier == SupervisionCardTier.Red)
                && card.Tier == card.Reasons.Select(r => r.Tier).DefaultIfEmpty(SupervisionCardTier.None).Max()
                && (card.Reasons.Count > 0 || ReferenceEquals(card, SupervisionCard.None));
        });
    }

    [Property]
    public bool Under_the_defaults_the_cards_agree_with_the_boards_lights(CaseWalk walk, byte offset, byte spacing)
    {
        var cards = new SupervisionCardEvaluator(BuiltInFixture.Calendar);
        return Days(walk, offset, spacing).All(day =>
        {
            var card = cards.Evaluate(walk.Final, walk.Definition, day);
            var committed = BuiltInFixture.Supervisor.CaseStatus(walk.Final, walk.Definition, BuiltInFixture.At(day.Year, day.Month, day.Day)).State;
            return committed switch
            {
                DeadlineState.OnTime => !card.Has(SupervisionCardCodes.CommittedLimitPassed) && !card.Has(SupervisionCardCodes.NearCommittedLimit),
                DeadlineState.Warning => card.Has(SupervisionCardCodes.NearCommittedLimit) && !card.Has(SupervisionCardCodes.CommittedLimitPassed),
                DeadlineState.Overdue or DeadlineState.FinishedLate => card.Has(SupervisionCardCodes.CommittedLimitPassed) && card.Tier >= SupervisionCardTier.Yellow,
                DeadlineState.FinishedOnTime => !card.Has(SupervisionCardCodes.CommittedLimitPassed),
                _ => !card.Has(SupervisionCardCodes.NearCommittedLimit),
            };
        });
    }

    private static SupervisionCardEvaluator Evaluator(PositiveInt percent, PositiveInt days) =>
        new(BuiltInFixture.Calendar, SupervisionCardPolicy.Default with { YellowCardPercent = 1 + (percent.Get % 100), SupervisionLimit = TimeLimit.WorkingDays(1 + (days.Get % 10)) });

    /// <summary>Eight days from 0–255 days after the last event, 1–30 days apart (at most mid-2026, inside the calendar).</summary>
    private static IEnumerable<LocalDate> Days(CaseWalk walk, byte offset, byte spacing)
    {
        var first = walk.Final.LastEventAt.InZone(Deadline.ChinaStandardZone).Date.PlusDays(offset);
        return Enumerable.Range(0, 8).Select(k => first.PlusDays(k * (1 + (spacing % 30))));
    }
}
