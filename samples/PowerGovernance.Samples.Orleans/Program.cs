using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Threading.Tasks;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using NodaTime;
using Orleans;
using Orleans.Hosting;
using PowerGovernance.EntityFrameworkCore;
using PowerGovernance.Procedures;
using PowerGovernance.Procedures.BuiltIn;
using PowerGovernance.Samples.Orleans.Board;
using PowerGovernance.Samples.Orleans.Cases;
using PowerGovernance.Samples.Orleans.Hosting;
using PowerGovernance.Samples.Orleans.Storage;

namespace PowerGovernance.Samples.Orleans;

/// <summary>
/// Starts one localhost silo (its client co-hosted) on a fresh SQLite file, moves a licensing case from receipt to delivery
/// through its grain, shows the store's version check refusing a stale writer, prints the cluster board, and exits.
/// <c>CaseStore:Provider=PostgreSql</c> and <c>CaseStore:ConnectionString=…</c> (arguments or environment) use a PostgreSQL
/// server instead; its tables must exist (the sample creates them with EnsureCreated when they do not).
/// </summary>
internal static class Program
{
    private static readonly Actor Clerk = new("窗口员甲", AdministrativeLicensing.Clerk.ChineseName);
    private static readonly Actor Reviewer = new("审查员乙", AdministrativeLicensing.Reviewer.ChineseName);
    private static readonly Actor Head = new("负责人丙", AdministrativeLicensing.Head.ChineseName);

    /// <summary>Runs the sample.</summary>
    /// <param name="args">Configuration overrides (<c>CaseStore:Provider=PostgreSql</c>, <c>CaseStore:ConnectionString=…</c>).</param>
    /// <returns>0 when every step behaved as told, 1 otherwise.</returns>
    public static async Task<int> Main(string[] args)
    {
        var builder = Host.CreateApplicationBuilder(args);
        string? temporary = null;
        if (builder.Configuration[CaseStoreOptions.Section + ":ConnectionString"] is null)
        {
            temporary = Path.Combine(Path.GetTempPath(), "powergovernance-orleans-" + Guid.NewGuid().ToString("N") + ".db");
            builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?>
            {
                [CaseStoreOptions.Section + ":ConnectionString"] = $"Data Source={temporary};Pooling=False;Default Timeout=30",
            });
        }

        builder.Logging.SetMinimumLevel(LogLevel.Warning);
        builder.UseOrleans(silo => silo.UseLocalhostClustering().AddPowerGovernanceCases(builder.Configuration));
        using var host = builder.Build();
        try
        {
            var contexts = host.Services.GetRequiredService<IDbContextFactory<CasesDbContext>>();
            await using (var context = await contexts.CreateDbContextAsync().ConfigureAwait(false))
            {
                await context.Database.EnsureCreatedAsync().ConfigureAwait(false);
            }

            await host.StartAsync().ConfigureAwait(false);
            var ok = await Story(host.Services.GetRequiredService<IClusterClient>(), host.Services).ConfigureAwait(false);
            await host.StopAsync().ConfigureAwait(false);
            return ok ? 0 : 1;
        }
        finally
        {
            if (temporary is not null)
            {
                SqliteFiles.Delete(temporary);
            }
        }
    }

    private static async Task<bool> Story(IClusterClient client, IServiceProvider services)
    {
        // Beijing time: Monday 3 March 2025, a working day on China's official calendar.
        static Instant Beijing(int day, int hour) => Instant.FromUtc(2025, 3, day, hour - 8, 0);
        const string caseId = "XK-2025-0001";
        var grain = client.GetGrain<ICaseGrain>(caseId);
        var ok = true;
        ok &= Print("start 收件", await grain.Start(new StartCase(SampleKernel.Licence.Code, AdministrativeLicensing.Id, Clerk, Beijing(3, 9))).ConfigureAwait(false), CaseReplyStatus.Saved);
        ok &= Print("accept 受理", await grain.Fire(new FireCase(AdministrativeLicensing.Triggers.Accept, Clerk, Beijing(3, 10))).ConfigureAwait(false), CaseReplyStatus.Saved);
        ok &= Print("grant too early 未经审查即准予", await grain.Fire(new FireCase(AdministrativeLicensing.Triggers.Grant, Head, Beijing(3, 11))).ConfigureAwait(false), CaseReplyStatus.Refused);

        // A stale writer: another host loaded the case at version 2 and decides on it after the grain moved it on.
        var engine = services.GetRequiredService<ProcedureEngine>();
        var contexts = services.GetRequiredService<IDbContextFactory<CasesDbContext>>();
        CaseSnapshot stale;
        await using (var context = await contexts.CreateDbContextAsync().ConfigureAwait(false))
        {
            stale = (await new EntityFrameworkCaseStore(context, engine).LoadAsync(caseId).ConfigureAwait(false))!.Snapshot;
        }

        ok &= Print("submit 提交决定", await grain.Fire(new FireCase(AdministrativeLicensing.Triggers.Submit, Reviewer, Beijing(5, 15))).ConfigureAwait(false), CaseReplyStatus.Saved);
        await using (var context = await contexts.CreateDbContextAsync().ConfigureAwait(false))
        {
            var late = engine.Fire(stale, AdministrativeLicensing.Triggers.HoldHearing, Reviewer, Beijing(5, 16), expectedVersion: stale.Version);
            var saved = await new EntityFrameworkCaseStore(context, engine).SaveAsync(late).ConfigureAwait(false);
            Console.WriteLine($"  stale writer 过期写入 (hold-hearing on version {stale.Version}): {saved.Status} — {saved.Message} / {saved.ChineseMessage}");
            ok &= saved.Status == CaseSaveStatus.StaleVersion;
        }

        ok &= Print("grant 准予许可", await grain.Fire(new FireCase(AdministrativeLicensing.Triggers.Grant, Head, Beijing(6, 9))).ConfigureAwait(false), CaseReplyStatus.Saved);

        // A second case, registered on 3 March and left at receipt: on 20 March it is past its receipt step's limit.
        ok &= Print("start 收件", await client.GetGrain<ICaseGrain>("XK-2025-0002").Start(new StartCase(SampleKernel.Licence.Code, AdministrativeLicensing.Id, Clerk, Beijing(3, 9))).ConfigureAwait(false), CaseReplyStatus.Saved);
        var board = await client.GetGrain<IBoardGrain>(0).Sweep(Beijing(20, 9)).ConfigureAwait(false);
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  board 监察看板 at {board.At}: {board.Swept} open case(s); yellow 预警 [{string.Join(", ", board.Yellow)}]; red 超期 [{string.Join(", ", board.Red)}]; step over its limit 环节超时 [{string.Join(", ", board.StepOverdue)}]; legally overdue 违法超期 [{string.Join(", ", board.LegallyOverdue)}]; refused by the store 校验未通过 [{string.Join(", ", board.Refused)}]"));
        foreach (var unit in board.ByUnit)
        {
            Console.WriteLine($"    {unit.Unit}: open {unit.Open}, yellow {unit.Warning}, red {unit.Overdue}, finished on time {unit.FinishedOnTime}, late {unit.FinishedLate}");
        }

        Console.WriteLine(ok ? "Every step behaved as expected. 各步骤均符合预期。" : "A step did not behave as expected. 有步骤不符合预期。");
        return ok;
    }

    private static bool Print(string what, CaseReply reply, CaseReplyStatus expected)
    {
        var why = reply.Message.Length == 0 ? string.Empty : $" — {reply.Message} / {reply.ChineseMessage}";
        Console.WriteLine($"  {what}: {reply.Status} → {reply.CaseId} v{reply.Version} at '{reply.Step}' on silo {reply.Silo}{why}");
        return reply.Status == expected;
    }
}
