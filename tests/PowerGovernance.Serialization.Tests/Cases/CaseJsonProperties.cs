using System.Collections.Generic;
using System.Linq;
using System.Text.Json;
using FsCheck;
using FsCheck.Xunit;
using NodaTime;
using PowerGovernance.Procedures;
using PowerGovernance.Testing;
using PowerGovernance.Tests.Procedures.BuiltIn;

namespace PowerGovernance.Serialization.Tests.Cases;

/// <summary>
/// JSON round trips of random case walks on every built-in procedure (the Testing package's generator): the snapshot and
/// every event read back equal (<c>==</c>), and the chain read back still verifies against the snapshot read back.
/// </summary>
[Properties(Arbitrary = [typeof(CaseJsonProperties)], MaxTest = 150)]
public class CaseJsonProperties
{
    private static readonly CaseWalkOptions Options = new()
    {
        Window = new DateInterval(new LocalDate(2024, 1, 1), new LocalDate(2024, 12, 31)),
        ArgumentValues = new Dictionary<string, IReadOnlyList<string>>
        {
            ["cause"] = ["专家评审", "检验", "鉴定", "听证", "领导出差", "引号\"与\\反斜杠"],
            ["source"] = ["CitizenComplaint"],
            ["tier"] = ["Serious", "Light"],
            ["sanctions"] = ["admonition"],
            ["missing"] = ["身份证复印件"],
            ["until"] = ["2024-12-31", "不是日期"],
        },
    };

    /// <summary>Random case walks on the built-in procedures, shrinking toward fewer triggers.</summary>
    public static Arbitrary<CaseWalk> Walks() => CaseArbitraries.WalksOnEveryProcedure(BuiltInFixture.Engine, Options);

    [Property]
    public bool The_snapshot_and_every_event_read_back_equal_and_the_chain_verifies(CaseWalk walk)
    {
        var snapshot = CaseJson.DeserializeSnapshot(CaseJson.Serialize(walk.Final));
        var events = CaseJson.DeserializeEvents(CaseJson.Serialize(walk.Events));
        var one = walk.Events.Select(e => CaseJson.DeserializeEvent(CaseJson.Serialize(e)));

        return snapshot == walk.Final
            && events.Count == walk.Events.Count
            && events.Zip(walk.Events).All(p => p.First == p.Second)
            && one.SequenceEqual(walk.Events)
            && AuditChain.Verify(events, snapshot.AuditHead).IsValid
            && BuiltInFixture.Engine.Replay(walk.Definition.Id, snapshot.PowerCode, events) == snapshot;
    }

    [Property]
    public bool Every_snapshot_along_the_walk_reads_back_equal_with_plain_and_host_options(CaseWalk walk)
    {
        var host = CaseJson.CreateOptions();
        return walk.Attempts.Select(a => a.Before).Append(walk.Final).All(s =>
            JsonSerializer.Deserialize<CaseSnapshot>(JsonSerializer.Serialize(s)) == s
            && JsonSerializer.Deserialize<CaseSnapshot>(JsonSerializer.Serialize(s, host), host) == s);
    }
}
