using System;
using PowerGovernance.Internal;
using PowerGovernance.Procedures;
using PowerGovernance.Procedures.BuiltIn;

namespace PowerGovernance.Stability;

/// <summary>
/// Routes a dispute found in screening to the body responsible for settling it (分流处理), as the office's dispute screening
/// rules set it: what the office can coordinate goes to the working department, followed up by the full-time deputy
/// director; what needs the principal leader becomes a leader-owned case (<see cref="LeaderOwnedCase"/>); what needs the
/// county is reported to the county comprehensive-governance office and the petitions bureau. Pure.
/// </summary>
public static class DisputeRouting
{
    /// <summary>The comprehensive-governance and stability office (综治维稳办公室): screens, files and routes disputes.</summary>
    public static Post StabilityOffice => LeaderOwnedCase.StabilityOffice;

    /// <summary>The office's full-time deputy director (专职副主任): follows up what a working department settles.</summary>
    public static Post DeputyDirector { get; } = new("综治维稳办公室专职副主任", "Full-time deputy director of the stability office");

    /// <summary>The head of the working department a dispute is handed to (承办工作部门负责人).</summary>
    public static Post DepartmentHead { get; } = new("承办工作部门负责人", "Head of the handling department");

    /// <summary>The county bodies a dispute needing the county is reported to (县综治办和信访局).</summary>
    public const string CountyBodies = "县综治办、县信访局";

    /// <summary>Routes a filed dispute.</summary>
    /// <param name="file">The dispute file.</param>
    /// <returns>Its route.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="file"/> is null.</exception>
    public static DisputeRoute Route(DisputeFile file)
    {
        Preconditions.CheckNotNull(file);
        var urgent = file.Urgent ? "（急件）" : string.Empty;
        var urgentEnglish = file.Urgent ? " (urgent)" : string.Empty;
        return file.Coordination switch
        {
            DisputeCoordination.Office => new DisputeRoute(file.Id, file.Coordination, DepartmentHead, DeputyDirector, null, file.Department!, "交由" + file.Department + "协调处理，专职副主任跟踪落实" + urgent, "hand it to " + file.Department + " to settle; the full-time deputy director follows it up" + urgentEnglish),
            DisputeCoordination.PrincipalLeader => new DisputeRoute(file.Id, file.Coordination, LeaderOwnedCase.CaseLeader, StabilityOffice, LeaderOwnedCase.Id, "综治维稳办公室", "按“五个一”领导包案制度填写包案表，报一把手审批后由包案领导调处" + urgent, "fill in the leader-ownership form and submit it to the head; the leader who owns the case settles it" + urgentEnglish),
            _ => new DisputeRoute(file.Id, file.Coordination, StabilityOffice, StabilityOffice, null, CountyBodies, "及时上报县综治办和信访局" + urgent, "report it without delay to the county comprehensive-governance office and petitions bureau" + urgentEnglish),
        };
    }
}
