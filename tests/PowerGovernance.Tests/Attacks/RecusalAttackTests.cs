using System;
using System.Collections.Generic;
using System.Linq;
using Microsoft.Extensions.DependencyInjection;
using NodaTime;
using PowerGovernance.Accountability;
using PowerGovernance.Procedures;
using PowerGovernance.Procedures.BuiltIn;
using PowerGovernance.Tests.Accountability;
using PowerGovernance.Tests.Procedures.BuiltIn;
using static PowerGovernance.Tests.Accountability.AccountabilityWalk;
using static PowerGovernance.Tests.Procedures.BuiltIn.BuiltInFixture;

namespace PowerGovernance.Tests.Attacks;

/// <summary>
/// Issue 14, finding 4: recusal (回避) and the separation of investigation and review (调查与审查分离) were enforced only by
/// <see cref="AccountabilityProceedings"/>; the plain engine the host resolves from DI, replay and an edited case bypassed them,
/// and people were compared by display name, so "王某 " posed as another person than "王某". The engine now enforces what the
/// procedure declares on every path, and refuses identities that are not exact.
/// </summary>
public class RecusalAttackTests
{
    private static readonly Actor Zhao = Investigator("纪委赵某");
    private static readonly Actor Sun = Investigator("城建办孙某");
    private static readonly Actor Zheng = Reviewer("县纪委郑某");

    /// <summary>Opened Mon 2024-08-26 through the proceedings; investigation from Wed 08-28 with 赵某 and 孙某; 孙某 then declares an interest.</summary>
    private static AccountabilityWalk SunSteppedAside() =>
        Open(At(2024, 8, 26))
            .Fire("verify", Office, At(2024, 8, 27), reason: "经初步核实，反映情况存在")
            .Fire("open-investigation", Head, At(2024, 8, 28))
            .Fire("assign-investigator", Head, At(2024, 8, 28, 11), Args(AccountabilityProcedure.PersonArgument, Zhao.Name))
            .Fire("assign-investigator", Head, At(2024, 8, 28, 12), Args(AccountabilityProcedure.PersonArgument, Sun.Name))
            .Fire("declare-interest", Office, At(2024, 8, 29), Args(AccountabilityProcedure.PersonArgument, Sun.Name), "孙某与被调查人系同一科室上下级");

    [Fact]
    public void A_recused_member_cannot_act_through_the_engine_registered_in_DI()
    {
        using var provider = new ServiceCollection()
            .AddPowerGovernance(options =>
            {
                options.Calendar = Calendar;
                options.Catalog = BuiltInPowers.Catalog;
                options.Procedures.Add(AccountabilityProcedure.Definition);
            })
            .BuildServiceProvider();
        var engine = provider.GetRequiredService<ProcedureEngine>();
        var walk = SunSteppedAside();
        var stored = engine.Replay(walk.Events); // the host's own engine rebuilds the case it stored

        var hear = engine.Fire(stored, AccountabilityProcedure.Triggers.Hear, Sun, At(2024, 9, 2));
        var conduct = engine.Fire(stored, "record-conduct", Sun, At(2024, 9, 2), Args(AccountabilityProcedure.FactorArgument, AggravatingFactor.ObstructedInvestigation.Code), "拒不提供台账");

        Assert.Equal(RejectionKind.Recused, hear.Rejection);
        Assert.Contains(Sun.Name, hear.Message, StringComparison.Ordinal);
        Assert.Contains("回避", hear.ChineseMessage, StringComparison.Ordinal);
        Assert.Equal(RejectionKind.Recused, conduct.Rejection);
        Assert.False(engine.CanFire(stored, AccountabilityProcedure.Triggers.Hear, Sun, At(2024, 9, 2)));
        Assert.Empty(engine.PermittedTriggers(stored, Sun, At(2024, 9, 2)));
        Assert.True(engine.Fire(stored, AccountabilityProcedure.Triggers.Hear, Zhao, At(2024, 9, 2)).IsAccepted);
    }

    [Fact]
    public void The_subject_cannot_act_on_his_own_case_through_the_plain_engine()
    {
        var walk = SunSteppedAside();
        var subject = new Actor(Subject, AccountabilityProcedure.InvestigationGroup, AccountabilityProcedure.Head, AccountabilityProcedure.Office);

        var hear = Engine.Fire(walk.Case.Snapshot, "hear", subject, At(2024, 9, 2));
        var assign = Engine.Fire(walk.Case.Snapshot, "assign-investigator", Head, At(2024, 9, 2), Args(AccountabilityProcedure.PersonArgument, Subject));

        Assert.Equal(RejectionKind.Recused, hear.Rejection);
        Assert.Equal(RejectionKind.Recused, assign.Rejection);
        Assert.Contains(Subject, assign.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Replay_refuses_a_re_hashed_decision_by_a_recused_member()
    {
        var walk = SunSteppedAside();
        var events = walk.Events.ToList();
        var head = events[^1];

        // An insider appends an act by 孙某 and re-hashes it onto the chain, as the documented encoding allows.
        var forged = new CaseEvent(head.CaseId, head.Sequence + 1, "hear", AccountabilityProcedure.Steps.Investigation, AccountabilityProcedure.Steps.Hearing, Sun.Name, AccountabilityProcedure.InvestigationGroup, At(2024, 9, 2), null, [], head.Hash, string.Empty, head.Calendar);
        forged = forged with { Hash = AuditChain.ComputeHash(forged) };
        events.Add(forged);
        Assert.True(AuditChain.Verify(events).IsValid);

        var error = Assert.Throws<InvalidOperationException>(() => Engine.Replay(events));
        Assert.Contains("Event " + (events.Count - 1), error.Message, StringComparison.Ordinal);
        Assert.Contains(Sun.Name, error.Message, StringComparison.Ordinal);
        Assert.Throws<InvalidOperationException>(() => Engine.Replay(AccountabilityProcedure.Id, BuiltInPowers.Accountability.Code, events));
        Assert.Throws<InvalidOperationException>(() => Proceedings.Replay(BuiltInPowers.Accountability.Code, events));
    }

    [Fact]
    public void An_edited_case_does_not_let_the_subject_act()
    {
        var walk = SunSteppedAside();
        var edited = walk.Case with { Subject = "someone-else" };
        var subject = new Actor(Subject, AccountabilityProcedure.InvestigationGroup);

        var result = Proceedings.Fire(edited, "hear", subject, At(2024, 9, 2));

        Assert.False(result.IsAccepted);
        Assert.Equal(RejectionKind.Recused, result.Rejection);
    }

    [Theory]
    [InlineData(Subject + " ")]
    [InlineData(" " + Subject)]
    [InlineData(Subject + "\u200B")]
    [InlineData(Subject + "\t")]
    [InlineData("Jose\u0301")] // "José" decomposed (NFD): looks the same as the NFC "Jos\u00E9"
    public void An_identity_that_only_looks_like_another_is_refused_at_the_boundary(string lookalike)
    {
        var actor = Assert.Throws<ArgumentException>(() => new Actor(lookalike, AccountabilityProcedure.InvestigationGroup));
        Assert.Equal("name", actor.ParamName);
        Assert.Contains("人员标识", actor.Message, StringComparison.Ordinal);

        var open = Assert.Throws<ArgumentException>(() => Proceedings.Open("wz-lookalike", BuiltInPowers.Accountability.Code, Office, At(2024, 8, 26), lookalike, AccountabilityMatter.Procrastination, AccountabilitySource.CitizenComplaint));
        Assert.Contains("subject", open.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_subject_with_a_trailing_space_is_never_assigned_to_his_own_case()
    {
        var walk = SunSteppedAside();

        var plain = Engine.Fire(walk.Case.Snapshot, "assign-investigator", Head, At(2024, 9, 2), Args(AccountabilityProcedure.PersonArgument, Subject + " "));
        var proceedings = Proceedings.Fire(walk.Case, "assign-investigator", Head, At(2024, 9, 2), Args(AccountabilityProcedure.PersonArgument, Subject + " "));
        var registered = Engine.Fire(Engine.Start("wz-space", BuiltInPowers.Accountability.Code, AccountabilityProcedure.Id, Office, At(2024, 8, 26)).Snapshot, "register", Office, At(2024, 8, 26), new Dictionary<string, string> { ["subject"] = Subject + " ", ["matter"] = AccountabilityMatter.Procrastination.Code, ["source"] = nameof(AccountabilitySource.CitizenComplaint) });

        Assert.Equal(RejectionKind.ArgumentInvalid, plain.Rejection);
        Assert.Contains("white space", plain.Message, StringComparison.Ordinal);
        Assert.Contains("空白", plain.ChineseMessage, StringComparison.Ordinal);
        Assert.Equal(RejectionKind.ArgumentInvalid, proceedings.Rejection);
        Assert.Equal(RejectionKind.ArgumentInvalid, registered.Rejection);
    }

    [Fact]
    public void An_investigator_never_reviews_through_the_plain_engine()
    {
        var walk = SunSteppedAside()
            .Fire("hear", Zhao, At(2024, 9, 2))
            .Fire("heard", Zhao, At(2024, 9, 3), reason: "陈述申辩已听取并核实")
            .Fire("submit-report", Zhao, At(2024, 9, 4), new Dictionary<string, string> { ["facts"] = "建房审批超期", ["conclusion"] = "办事拖拉", ["proposal"] = "诫勉谈话" })
            .Fire("decide", Committee, At(2024, 9, 5), new Dictionary<string, string> { ["tier"] = "Minor", ["sanctions"] = "admonition" })
            .Fire("serve", Office, At(2024, 9, 6))
            .Fire("appeal", Office, At(2024, 9, 9));
        var snapshot = walk.Case.Snapshot;
        var zhaoOnPanel = new Actor(Zhao.Name, AccountabilityProcedure.ReviewPanel);

        var assign = Engine.Fire(snapshot, "assign-reviewer", Committee, At(2024, 9, 10), Args(AccountabilityProcedure.PersonArgument, Zhao.Name));
        var uphold = Engine.Fire(snapshot, "uphold", zhaoOnPanel, At(2024, 9, 10), Args("opinion", "维持"));
        var stranger = Engine.Fire(snapshot, "uphold", Zheng, At(2024, 9, 10), Args("opinion", "维持"));

        Assert.Equal(RejectionKind.SeparationOfDuties, assign.Rejection);
        Assert.Contains(Zhao.Name, assign.Message, StringComparison.Ordinal);
        Assert.Contains("职责分离", assign.ChineseMessage, StringComparison.Ordinal);
        Assert.Equal(RejectionKind.SeparationOfDuties, uphold.Rejection);
        Assert.Equal(RejectionKind.ActorLacksPost, stranger.Rejection);

        var assigned = Engine.Fire(snapshot, "assign-reviewer", Committee, At(2024, 9, 10), Args(AccountabilityProcedure.PersonArgument, Zheng.Name));
        Assert.True(assigned.IsAccepted, assigned.Message);
        Assert.True(Engine.Fire(assigned.Snapshot, "uphold", Zheng, At(2024, 9, 11), Args("opinion", "维持")).IsAccepted);
    }

    [Fact]
    public void A_snapshot_edited_to_drop_a_recusal_is_untrusted()
    {
        var walk = SunSteppedAside();
        var snapshot = walk.Case.Snapshot;
        var edited = snapshot with { Parties = CaseParties.Of(snapshot.Parties.Where(p => p.Role != AccountabilityProcedure.Roles.Recused.Id)) };

        var hear = Engine.Fire(edited, "hear", Sun, At(2024, 9, 2));

        Assert.Equal(RejectionKind.SnapshotUntrusted, hear.Rejection);
        Assert.Contains(hear.Findings, f => f.Code == SnapshotRuleCodes.SealMismatch);
        Assert.False(Proceedings.Fire(walk.Case with { Snapshot = edited }, "hear", Sun, At(2024, 9, 2)).IsAccepted);
    }

    [Fact]
    public void A_stored_snapshot_whose_parties_break_the_rules_is_reported()
    {
        var snapshot = SunSteppedAside().Case.Snapshot;
        var forged = snapshot with
        {
            Seal = string.Empty,
            Parties = CaseParties.Of([.. snapshot.Parties, new CaseParty("recused", Zhao.Name), new CaseParty("reviewer", Zhao.Name), new CaseParty("witness", "某人")]),
        };

        var findings = Engine.CheckSnapshot(forged);

        Assert.Contains(findings, f => f.Code == SnapshotRuleCodes.NotSealed);
        var parties = findings.Where(f => f.Code == SnapshotRuleCodes.PartiesInconsistent).ToArray();
        Assert.Contains(parties, f => f.Path.EndsWith(".Role", StringComparison.Ordinal) && f.AttemptedValue == "witness");
        Assert.Contains(parties, f => f.Message.Contains("after stepping aside", StringComparison.Ordinal) && f.AttemptedValue == Zhao.Name);
        Assert.Contains(parties, f => f.Message.Contains("separated", StringComparison.Ordinal) && f.ChineseMessage.Contains("职责分离", StringComparison.Ordinal));
    }

    [Fact]
    public void Case_parties_refuse_look_alike_ids_when_a_host_reloads_them()
    {
        Assert.Throws<ArgumentException>(() => CaseParties.Of([new CaseParty("subject", Subject + " ")]));
        Assert.Throws<ArgumentException>(() => CaseParties.Of([new CaseParty("Subject", Subject)]));
        var json = System.Text.Json.JsonSerializer.Serialize(SunSteppedAside().Case.Snapshot);
        var quoted = System.Text.Json.JsonSerializer.Serialize(Sun.Name); // as the writer escapes it
        var padded = json.Replace("\"person\":" + quoted, "\"person\":" + quoted[..^1] + "\\u200B\"", StringComparison.Ordinal);
        Assert.NotEqual(json, padded);

        var error = Assert.Throws<System.Text.Json.JsonException>(() => System.Text.Json.JsonSerializer.Deserialize<CaseSnapshot>(padded));
        Assert.Contains("parties[", error.Message, StringComparison.Ordinal);
        Assert.Contains("U+200B", error.Message, StringComparison.Ordinal);
    }
}
