using System;
using NodaTime;
using PowerGovernance.Procedures.BuiltIn;
using PowerGovernance.Stability;

namespace PowerGovernance.Tests.Stability;

/// <summary>Every dispute found is filed and routed by who must coordinate its settlement (分流处理).</summary>
public class DisputeRoutingTests
{
    private static readonly LocalDate Found = new(2025, 9, 30);

    [Fact]
    public void What_the_office_can_coordinate_goes_to_the_department_followed_up_by_the_deputy_director()
    {
        var route = DisputeRouting.Route(new DisputeFile("dispute-2025-011", Found, "邻里宅基地界址纠纷", DisputeCoordination.Office, department: "司法所"));

        Assert.Equal("司法所", route.Unit);
        Assert.Equal(DisputeRouting.DepartmentHead, route.Handler);
        Assert.Equal(DisputeRouting.DeputyDirector, route.Tracker);
        Assert.Null(route.ProcedureId);
        Assert.Equal("交由司法所协调处理，专职副主任跟踪落实", route.Instruction);
    }

    [Fact]
    public void What_needs_the_principal_leader_becomes_a_leader_owned_case_and_what_needs_the_county_is_reported_up()
    {
        var owned = DisputeRouting.Route(new DisputeFile("dispute-2025-017", Found, "征地补偿款分配纠纷", DisputeCoordination.PrincipalLeader, urgent: true));
        Assert.Equal(LeaderOwnedCase.Id, owned.ProcedureId);
        Assert.Equal(LeaderOwnedCase.CaseLeader, owned.Handler);
        Assert.EndsWith("（急件）", owned.Instruction, StringComparison.Ordinal);
        Assert.EndsWith("(urgent)", owned.EnglishInstruction, StringComparison.Ordinal);

        var county = DisputeRouting.Route(new DisputeFile("dispute-2025-018", Found, "跨县水库移民安置问题", DisputeCoordination.County));
        Assert.Equal(DisputeRouting.CountyBodies, county.Unit);
        Assert.Null(county.ProcedureId);
        Assert.Equal("及时上报县综治办和信访局", county.Instruction);
    }

    [Fact]
    public void A_file_without_id_subject_or_department_is_refused_with_every_problem()
    {
        var error = Assert.Throws<ArgumentException>(() => new DisputeFile("", Found, "\u200B", DisputeCoordination.Office));
        Assert.Contains("3 problem(s)", error.Message, StringComparison.Ordinal);
        Assert.Contains("须写明承办工作部门", error.Message, StringComparison.Ordinal);
        Assert.Contains("coordination = 5", Assert.Throws<ArgumentException>(() => new DisputeFile("x", Found, "y", (DisputeCoordination)5)).Message, StringComparison.Ordinal);
        Assert.Throws<ArgumentNullException>(() => DisputeRouting.Route(null!));
    }
}
