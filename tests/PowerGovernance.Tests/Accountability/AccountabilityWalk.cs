using System.Collections.Generic;
using NodaTime;
using PowerGovernance.Accountability;
using PowerGovernance.Procedures;
using PowerGovernance.Supervision;
using PowerGovernance.Tests.Procedures.BuiltIn;

namespace PowerGovernance.Tests.Accountability;

/// <summary>An accountability case walked through <see cref="AccountabilityProceedings"/>, asserting each step.</summary>
internal sealed class AccountabilityWalk
{
    public static readonly AccountabilityProceedings Proceedings = new(BuiltInFixture.Engine);
    public static readonly Actor Office = new("党政办周某", AccountabilityProcedure.Office);
    public static readonly Actor Head = new("镇长李某", AccountabilityProcedure.Head);
    public static readonly Actor Committee = new("党委书记吴某", AccountabilityProcedure.PartyCommittee);
    public const string Subject = "城建办王某";

    private readonly List<CaseEvent> events = [];

    private AccountabilityWalk(AccountabilityCase @case, IEnumerable<CaseEvent> first)
    {
        Case = @case;
        events.AddRange(first);
    }

    public AccountabilityCase Case { get; private set; }

    public IReadOnlyList<CaseEvent> Events => events;

    public static Actor Investigator(string name) => new(name, AccountabilityProcedure.InvestigationGroup);

    public static Actor Reviewer(string name) => new(name, AccountabilityProcedure.ReviewPanel);

    public static AccountabilityWalk Open(Instant at, IEnumerable<LocalDate>? record = null, string caseId = "wz-2024-01", AccountabilitySource source = AccountabilitySource.CitizenComplaint, string? proposer = null)
    {
        var result = Proceedings.Open(caseId, BuiltInPowers.Accountability.Code, Office, at, Subject, AccountabilityMatter.Procrastination, source, record, proposer);
        Assert.True(result.IsAccepted, result.Message);
        return new AccountabilityWalk(result.Case!, result.Events);
    }

    public AccountabilityWalk Fire(string trigger, Actor actor, Instant at, IReadOnlyDictionary<string, string>? arguments = null, string? reason = null)
    {
        var result = Proceedings.Fire(Case, trigger, actor, at, arguments, reason, Case.Snapshot.Version);
        Assert.True(result.IsAccepted, result.Message);
        Case = result.Case!;
        events.AddRange(result.Events);
        return this;
    }

    public AccountabilityResult Refuse(string trigger, Actor actor, Instant at, IReadOnlyDictionary<string, string>? arguments = null, string? reason = null)
    {
        var result = Proceedings.Fire(Case, trigger, actor, at, arguments, reason);
        Assert.False(result.IsAccepted, $"'{trigger}' was accepted from '{Case.Snapshot.Step}'.");
        Assert.Same(Case, result.Case);
        Assert.Empty(result.Events);
        return result;
    }

    public DeadlineStatus CaseAt(Instant now) => BuiltInFixture.Supervisor.CaseStatus(Case.Snapshot, Proceedings.Definition, now);

    public DeadlineStatus StepAt(Instant now) => BuiltInFixture.Supervisor.StepStatus(Case.Snapshot, Proceedings.Definition, now);

    /// <summary>Reads the case's legal clock (where no law sets a limit, the rule book's own) at <paramref name="now"/>.</summary>
    public DeadlineStatus LegalAt(Instant now) => BuiltInFixture.Supervisor.LegalStatus(Case.Snapshot, Proceedings.Definition, now);

    public void AssertAuditedAndReplayable()
    {
        Assert.True(AuditChain.Verify(events, Case.Snapshot.AuditHead).IsValid);
        var replayed = Proceedings.Replay(Case.Snapshot.PowerCode, events, Case.EarlierDecisions);
        Assert.Equal(Case.Snapshot, replayed.Snapshot);
        Assert.Equal(Case.Investigators, replayed.Investigators);
        Assert.Equal(Case.Reviewers, replayed.Reviewers);
        Assert.Equal(Case.Recused, replayed.Recused);
        Assert.Equal(Case.EstablishedConduct, replayed.EstablishedConduct);
        Assert.Equal(Case.Statements, replayed.Statements);
        Assert.Equal(Case.Sanctions, replayed.Sanctions);
        Assert.Equal((Case.Tier, Case.Decided, Case.DecisionReceived, Case.AppealFiled, Case.DutiesSuspended), (replayed.Tier, replayed.Decided, replayed.DecisionReceived, replayed.AppealFiled, replayed.DutiesSuspended));
        Assert.Equal((Case.Proposer, Case.ProposerInformed), (replayed.Proposer, replayed.ProposerInformed));
        Assert.Equal(Case, replayed);
    }
}
