using System.Collections.Generic;
using System.Linq;
using NodaTime;
using PowerGovernance.Procedures;
using PowerGovernance.Tests.Calendars;
using PowerGovernance.Tests.Powers;

namespace PowerGovernance.Tests.Procedures;

/// <summary>Roles declared by any procedure (案件角色): assignment, recusal and separation of duties enforced by the engine itself.</summary>
public class CaseRoleRulesTests
{
    private static readonly CaseRole Applicant = new("applicant", "申请人", "the applicant");
    private static readonly CaseRole Approver = new("approver", "审批人", "the approver");
    private static readonly CaseRole Recused = new("recused", "回避人员", "a person who stepped aside");
    private static readonly ProcedureArgument<string> Person = ProcedureArgument.Person("person", "人员", "person");

    private static readonly ProcedureDefinition Definition = SampleProcedures.LicensingBuilder()
        .Recuses(Applicant)
        .Recuses(Recused)
        .ActsOnlyThrough(SampleProcedures.Head, Approver)
        .Separates(Applicant, Approver)
        .Trigger("name-applicant", "登记申请人", "receive", "receive", [SampleProcedures.Clerk], t => t.Assigns(Applicant, Person))
        .Trigger("assign-approver", "指定审批人", "review", "review", [SampleProcedures.Clerk], t => t.Assigns(Approver, Person))
        .Trigger("recuse", "申请回避", "review", "review", [SampleProcedures.Clerk, SampleProcedures.Head], t => t.Assigns(Recused, Person).RequiresReason())
        .Build();

    private static readonly ProcedureEngine Engine = new(SampleCalendars.SecondHalf2024(), SampleProcedures.Catalog, [Definition]);
    private static readonly Actor Clerk = new("张三", SampleProcedures.Clerk);
    private static readonly Actor Wang = new("王五", SampleProcedures.Head);
    private static readonly Actor Zhao = new("赵六", SampleProcedures.Head);

    private static CaseSnapshot InReview()
    {
        var started = Engine.Start("case-roles", SamplePowers.BuildingPermit.Code, Definition.Id, Clerk, Instant.FromUtc(2024, 9, 27, 2, 0));
        var named = Engine.Fire(started.Snapshot, "name-applicant", Clerk, Instant.FromUtc(2024, 9, 27, 3, 0), new Dictionary<string, string> { ["person"] = "李四" });
        var accepted = Engine.Fire(named.Snapshot, "accept", Clerk, Instant.FromUtc(2024, 9, 29, 2, 0), new Dictionary<string, string> { ["materials"] = "complete" });
        Assert.True(accepted.IsAccepted, accepted.Message);
        return accepted.Snapshot;
    }

    [Fact]
    public void The_definition_lists_its_roles_and_rules()
    {
        Assert.Equal(["applicant", "recused", "approver"], Definition.Roles.Select(r => r.Id));
        Assert.Equal(Approver, Definition.PostRoles[SampleProcedures.Head]);
        Assert.Equal(new RoleSeparation(Applicant, Approver), Assert.Single(Definition.Separations));
        Assert.Empty(SampleProcedures.Licensing.Roles);
    }

    [Fact]
    public void A_post_acts_only_through_the_people_assigned_and_the_parties_are_recorded_in_order()
    {
        var review = InReview();
        Assert.Equal(RejectionKind.ActorLacksPost, Engine.Fire(review, "grant", Wang, Instant.FromUtc(2024, 10, 8, 2, 0)).Rejection);

        var assigned = Engine.Fire(review, "assign-approver", Clerk, Instant.FromUtc(2024, 10, 8, 2, 0), new Dictionary<string, string> { ["person"] = Wang.Name });

        Assert.True(assigned.IsAccepted, assigned.Message);
        Assert.Equal([new CaseParty("applicant", "李四"), new CaseParty("approver", Wang.Name)], assigned.Snapshot.Parties);
        Assert.Equal([Wang.Name], assigned.Snapshot.Parties.InRole(Approver));
        Assert.Contains(Definition.Triggers.Single(t => t.Id == "grant"), Engine.PermittedTriggers(assigned.Snapshot, Wang, Instant.FromUtc(2024, 10, 9, 2, 0)));
        Assert.Empty(Engine.PermittedTriggers(assigned.Snapshot, Zhao, Instant.FromUtc(2024, 10, 9, 2, 0)));
        Assert.Equal(RejectionKind.ArgumentInvalid, Engine.Fire(assigned.Snapshot, "assign-approver", Clerk, Instant.FromUtc(2024, 10, 9, 2, 0), new Dictionary<string, string> { ["person"] = Wang.Name }).Rejection);
    }

    [Fact]
    public void The_applicant_is_never_assigned_and_a_recused_approver_never_acts()
    {
        var review = InReview();
        var applicant = Engine.Fire(review, "assign-approver", Clerk, Instant.FromUtc(2024, 10, 8, 2, 0), new Dictionary<string, string> { ["person"] = "李四" });
        Assert.Equal(RejectionKind.Recused, applicant.Rejection);
        Assert.Equal("Arguments[person]", Assert.Single(applicant.Findings).Path);

        var assigned = Engine.Fire(review, "assign-approver", Clerk, Instant.FromUtc(2024, 10, 8, 2, 0), new Dictionary<string, string> { ["person"] = Wang.Name }).Snapshot;
        var recused = Engine.Fire(assigned, "recuse", Wang, Instant.FromUtc(2024, 10, 8, 3, 0), new Dictionary<string, string> { ["person"] = Wang.Name }, "与申请人系近亲属");
        Assert.True(recused.IsAccepted, recused.Message); // a person may declare his own interest

        var approve = Engine.Fire(recused.Snapshot, "grant", Wang, Instant.FromUtc(2024, 10, 9, 2, 0));
        Assert.Equal(RejectionKind.Recused, approve.Rejection);
        Assert.Contains("王五", approve.Message, System.StringComparison.Ordinal);
        Assert.Contains("回避", approve.ChineseMessage, System.StringComparison.Ordinal);
        Assert.Equal(approve.Snapshot, recused.Snapshot);
    }

    [Fact]
    public void Parties_survive_json_and_replay_and_a_case_without_parties_writes_none()
    {
        var review = InReview();
        var json = System.Text.Json.JsonSerializer.Serialize(review);
        var read = System.Text.Json.JsonSerializer.Deserialize<CaseSnapshot>(json)!;

        Assert.Contains("\"parties\":[{\"role\":\"applicant\",\"person\":\"李四\"}]", System.Text.RegularExpressions.Regex.Unescape(json), System.StringComparison.Ordinal);
        Assert.Equal(review, read);
        Assert.Empty(Engine.CheckSnapshot(read));
        Assert.NotEqual(review, review with { Parties = CaseParties.None, Seal = review.Seal });

        var plain = SampleProcedures.Licensing;
        var engine = new ProcedureEngine(SampleCalendars.SecondHalf2024(), SampleProcedures.Catalog, [plain]);
        var started = engine.Start("case-plain", SamplePowers.BuildingPermit.Code, plain.Id, Clerk, Instant.FromUtc(2024, 9, 27, 2, 0)).Snapshot;
        Assert.Same(CaseParties.None, started.Parties);
        Assert.DoesNotContain("parties", System.Text.Json.JsonSerializer.Serialize(started), System.StringComparison.Ordinal);
    }

    [Fact]
    public void A_post_that_acts_only_through_a_role_nobody_assigns_is_refused_at_build()
    {
        var error = Assert.Throws<InvalidProcedureDefinitionException>(() => SampleProcedures.LicensingBuilder()
            .ActsOnlyThrough(SampleProcedures.Head, Approver)
            .Separates(Approver, Approver)
            .Build());

        Assert.Equal(2, error.Findings.Count(f => f.Code == ProcedureRuleCodes.RoleRuleInvalid));
    }
}
