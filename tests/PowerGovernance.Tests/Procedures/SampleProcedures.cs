using PowerGovernance.Calendars;
using PowerGovernance.Powers;
using PowerGovernance.Procedures;
using PowerGovernance.Tests.Powers;

namespace PowerGovernance.Tests.Procedures;

/// <summary>A small licensing-like procedure for engine tests.</summary>
internal static class SampleProcedures
{
    public static Post Clerk { get; } = new("窗口受理员", "Counter clerk");
    public static Post Reviewer { get; } = new("审核员", "Reviewer");
    public static Post Head { get; } = new("分管领导", "Deputy head in charge");

    public static ProcedureDefinitionBuilder LicensingBuilder(int version = 1) =>
        new ProcedureDefinitionBuilder("test-licensing", version)
            .Named("测试许可", "Test licensing")
            .Initiated(Initiation.OnApplication, "《中华人民共和国行政许可法》第二十九条")
            .CaseLimits(TimeLimit.WorkingDays(20), TimeLimit.WorkingDays(13))
            .Step("receive", "收件", "Receipt", Clerk, TimeLimit.WorkingDays(5), CounterpartRights.Reasons, "办事大厅公示")
            .Step("review", "审查", "Review", Reviewer, TimeLimit.WorkingDays(8), CounterpartRights.Statement | CounterpartRights.Defence)
            .Terminal("granted", "准予许可", "Granted", Head, CaseOutcome.Granted, CounterpartRights.Reasons, "政府网站公开")
            .Terminal("refused", "不予许可", "Refused", Head, CaseOutcome.Refused, CounterpartRights.Reasons)
            .StartsAt("receive")
            .Trigger("accept", "受理", "receive", "review", [Clerk], t => t.TakesArgument(ProcedureArgument.Text("materials", "材料", "materials")).When("材料齐全", c => c.Arguments.TryGetValue("materials", out var m) && m == "complete"))
            .Trigger("suspend", "中止计时", "review", "review", [Reviewer], t => t.Suspends())
            .Trigger("resume", "恢复计时", "review", "review", [Reviewer], t => t.Resumes())
            .Trigger("extend", "延长期限", "review", "review", [Head], t => t.Extends(TimeLimit.WorkingDays(10)))
            .Trigger("grant", "准予", "review", "granted", [Head])
            .Trigger("refuse", "不予", "review", "refused", [Head], t => t.RequiresReason())
            .SupervisedBy(new SupervisionPoint("review", "镇纪委", "县效能投诉中心", "0931-1234567"))
            .ComplaintsTo(new ComplaintChannel("12345政务服务便民热线", "12345"));

    public static ProcedureDefinition Licensing { get; } = LicensingBuilder().Build();

    public static PowerCatalog Catalog { get; } = new([SamplePowers.BuildingPermit, SamplePowers.MinimumLivingAllowance]);
}
