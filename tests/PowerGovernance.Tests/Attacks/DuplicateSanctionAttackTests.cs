using System.Collections.Generic;
using PowerGovernance.Accountability;
using PowerGovernance.Procedures;
using PowerGovernance.Tests.Accountability;
using static PowerGovernance.Tests.Accountability.AccountabilityWalk;
using static PowerGovernance.Tests.Procedures.BuiltIn.BuiltInFixture;

namespace PowerGovernance.Tests.Attacks;

/// <summary>Issue 14, finding 5 (sanctions): the same sanction could be imposed twice in one decision; it is refused, naming it.</summary>
public class DuplicateSanctionAttackTests
{
    [Fact]
    public void Deciding_the_same_sanction_twice_as_text_is_refused_naming_it()
    {
        var walk = AtDecision("attack-dup-text");

        var refused = walk.Refuse("decide", Committee, At(2024, 9, 20), new Dictionary<string, string>
        {
            [AccountabilityProcedure.TierArgument] = "Minor",
            [AccountabilityProcedure.SanctionsArgument] = "circulated-criticism,circulated-criticism",
        });

        Assert.Equal(RejectionKind.ArgumentInvalid, refused.Rejection);
        var finding = Assert.Single(refused.Findings);
        // The engine checks the argument as given (the whole list) and names the repeated sanction.
        Assert.Equal(("Arguments[sanctions]", "circulated-criticism,circulated-criticism"), (finding.Path, finding.AttemptedValue));
        Assert.Contains("'circulated-criticism' is given twice", finding.Message, System.StringComparison.Ordinal);
        Assert.Contains("“circulated-criticism”重复出现", finding.ChineseMessage, System.StringComparison.Ordinal);
    }

    [Fact]
    public void Deciding_the_same_sanction_twice_through_the_typed_intent_is_refused_naming_it()
    {
        var walk = AtDecision("attack-dup-typed");

        var refused = Proceedings.Decide(walk.Case, Committee, At(2024, 9, 20), SeverityTier.Minor, [Sanction.CirculatedCriticism, Sanction.CirculatedCriticism]);

        Assert.False(refused.IsAccepted);
        Assert.Same(walk.Case, refused.Case);
        Assert.Equal(RejectionKind.ArgumentInvalid, refused.Rejection);
        Assert.Equal("circulated-criticism", Assert.Single(refused.Findings).AttemptedValue);
    }

    [Fact]
    public void The_sanctions_argument_refuses_a_repeated_item_even_on_the_bare_engine()
    {
        Assert.False(AccountabilityProcedure.Arguments.Sanctions.Accepts("reassignment, reassignment"));
        Assert.False(AccountabilityProcedure.Arguments.Referrals.Accepts("Discipline,Discipline"));
        Assert.True(AccountabilityProcedure.Arguments.Sanctions.Accepts("reassignment,suspension"));
        Assert.Throws<System.ArgumentException>(() => TriggerArguments.None.With(AccountabilityProcedure.Arguments.Sanctions, ["suspension", "suspension"]));
    }

    private static AccountabilityWalk AtDecision(string caseId)
    {
        var zhao = Investigator("纪委赵某");
        return Open(At(2024, 8, 26), caseId: caseId)
            .Fire("verify", Office, At(2024, 8, 27), reason: "经初步核实，反映情况存在")
            .Fire("open-investigation", Head, At(2024, 8, 28))
            .Fire("assign-investigator", Head, At(2024, 8, 28, 11), Args(AccountabilityProcedure.PersonArgument, zhao.Name))
            .Fire("hear", zhao, At(2024, 9, 5))
            .Fire("heard", zhao, At(2024, 9, 6), reason: "已听取")
            .Fire("submit-report", zhao, At(2024, 9, 9), new Dictionary<string, string> { ["facts"] = "f", ["conclusion"] = "c", ["proposal"] = "p" });
    }
}
