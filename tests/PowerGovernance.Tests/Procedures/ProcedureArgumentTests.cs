using System;
using System.Collections.Generic;
using System.Linq;
using FsCheck;
using FsCheck.Xunit;
using NodaTime;
using PowerGovernance.Accountability;
using PowerGovernance.Procedures;
using PowerGovernance.Procedures.BuiltIn;
using PowerGovernance.Tests.Procedures.BuiltIn;
using Xunit;
using static PowerGovernance.Tests.Procedures.BuiltIn.BuiltInFixture;

namespace PowerGovernance.Tests.Procedures;

public class ProcedureArgumentTests
{
    private static readonly Actor Reviewer = new("钱审查", AdministrativeLicensing.Reviewer);

    [Fact]
    public void A_choice_takes_only_the_exact_member_names_and_lists_them_when_refusing()
    {
        var tier = AccountabilityProcedure.Arguments.Tier;

        Assert.True(tier.TryParse("EspeciallySerious", out var parsed));
        Assert.Equal(SeverityTier.EspeciallySerious, parsed);
        Assert.False(tier.Accepts("serious"));
        Assert.False(tier.Accepts("1"));
        Assert.Equal(["Minor", "Serious", "EspeciallySerious"], tier.AcceptedValues);
        var refused = Assert.Throws<ArgumentException>(() => TriggerArguments.None.With(tier, (SeverityTier)9));
        Assert.Contains("accepted values: Minor, Serious, EspeciallySerious", refused.Message, StringComparison.Ordinal);
        Assert.Contains("可选值：Minor、Serious、EspeciallySerious", refused.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Typed_arguments_are_recorded_as_text_in_name_order_and_read_back()
    {
        var arguments = TriggerArguments.None
            .With(ProcedureEngine.SuspendedUntil, new LocalDate(2024, 10, 15))
            .With(AdministrativeLicensing.Arguments.Cause, "检验");

        Assert.Equal([new KeyValuePair<string, string>("cause", "检验"), new KeyValuePair<string, string>("until", "2024-10-15")], arguments.ToArray());
        Assert.True(arguments.TryGet(ProcedureEngine.SuspendedUntil, out var until));
        Assert.Equal(new LocalDate(2024, 10, 15), until);
        Assert.Equal(arguments, TriggerArguments.FromText(new Dictionary<string, string> { ["until"] = "2024-10-15", ["cause"] = "检验" }));
        Assert.Empty(TriggerArguments.None);
        Assert.Throws<ArgumentException>(() => TriggerArguments.None.With(AdministrativeLicensing.Arguments.Cause, "实地核查"));
        Assert.Throws<ArgumentException>(() => TriggerArguments.None.With(AccountabilityProcedure.Arguments.Sanctions, ["a,b"]));
    }

    [Fact]
    public void The_engine_refuses_an_argument_the_trigger_does_not_take_and_names_the_ones_it_takes()
    {
        var clerk = new Actor("赵窗口", AdministrativeLicensing.Clerk);
        var walk = CaseWalk.Start(BuiltInProcedures.AdministrativeLicensing, BuiltInPowers.Licensing, clerk, At(2024, 9, 23))
            .Fire(AdministrativeLicensing.Triggers.Accept.Id, clerk, At(2024, 9, 24));

        var refused = walk.Refuse(AdministrativeLicensing.Triggers.Suspend.Id, Reviewer, At(2024, 9, 25), new Dictionary<string, string> { ["cause"] = "检验", ["until"] = "2024-10-15", ["note"] = "x" });

        Assert.Equal(RejectionKind.ArgumentInvalid, refused.Rejection);
        var finding = Assert.Single(refused.Findings);
        Assert.Equal(("ArgumentInvalid", "Arguments[note]"), (finding.Code, finding.Path));
        Assert.Contains("takes no argument 'note' (it takes: cause, until)", finding.Message, StringComparison.Ordinal);
        Assert.Contains("没有参数“note”（可用参数：cause, until）", finding.ChineseMessage, StringComparison.Ordinal);

        var typed = BuiltInFixture.Engine.Fire(
            walk.Snapshot,
            AdministrativeLicensing.Triggers.Suspend,
            Reviewer,
            At(2024, 9, 25),
            TriggerArguments.None.With(AdministrativeLicensing.Arguments.Cause, "检验").With(ProcedureEngine.SuspendedUntil, new LocalDate(2024, 10, 15)));
        Assert.True(typed.IsAccepted, typed.Message);
        Assert.Equal("检验", typed.Snapshot.CommittedClock.SuspensionCause);
        Assert.Equal(new LocalDate(2024, 10, 15), typed.Snapshot.LegalClock.SuspendedUntil);
    }

    [Property]
    public bool A_date_argument_reads_back_every_date_it_writes(int dayNumber)
    {
        var date = new LocalDate(1, 1, 1).PlusDays(Math.Abs(dayNumber % 3_652_058));
        var text = ProcedureEngine.SuspendedUntil.Format(date);
        return ProcedureEngine.SuspendedUntil.TryParse(text, out var back) && back == date && text.Length == 10;
    }

    [Property]
    public bool A_one_of_argument_accepts_exactly_its_values(NonNull<string> text)
    {
        var cause = AdministrativeLicensing.Arguments.Cause;
        return cause.Accepts(text.Get) == AdministrativeLicensing.SuspensionCauses.Contains(text.Get, StringComparer.Ordinal);
    }
}
