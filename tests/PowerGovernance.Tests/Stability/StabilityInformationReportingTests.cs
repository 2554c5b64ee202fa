using System;
using System.Linq;
using PowerGovernance.Stability;

namespace PowerGovernance.Tests.Stability;

/// <summary>The information-reporting rules: six contents, written reports, major incidents at once.</summary>
public class StabilityInformationReportingTests
{
    [Fact]
    public void Major_incidents_and_signs_of_group_incidents_are_reported_at_once_the_rest_in_good_time()
    {
        var immediate = Enum.GetValues<StabilityInformationKind>().Where(k => StabilityInformationReporting.For(k).Immediate);

        Assert.Equal([StabilityInformationKind.GroupIncidentSign, StabilityInformationKind.MajorIncident], immediate);
        Assert.Equal(6, Enum.GetValues<StabilityInformationKind>().Length);
        var major = StabilityInformationReporting.For(StabilityInformationKind.MajorIncident);
        Assert.StartsWith("立即以书面信息报告的形式报告党委、政府一把手和上级机关", major.Instruction, StringComparison.Ordinal);
        Assert.StartsWith("report at once, in writing", major.EnglishInstruction, StringComparison.Ordinal);
        var progress = StabilityInformationReporting.For(StabilityInformationKind.WorkProgress);
        Assert.False(progress.Immediate);
        Assert.StartsWith("及时", progress.Instruction, StringComparison.Ordinal);
        Assert.Throws<ArgumentOutOfRangeException>(() => StabilityInformationReporting.For((StabilityInformationKind)6));
    }
}
