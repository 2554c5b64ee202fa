using System;
using System.Linq;
using System.Runtime;
using BenchmarkDotNet.Columns;
using BenchmarkDotNet.Configs;
using BenchmarkDotNet.ConsoleArguments;
using BenchmarkDotNet.Filters;
using BenchmarkDotNet.Jobs;
using BenchmarkDotNet.Loggers;
using BenchmarkDotNet.Reports;
using BenchmarkDotNet.Toolchains.InProcess.Emit;
using BenchmarkDotNet.Toolchains.InProcess.NoEmit;

namespace PowerGovernance.Benchmarks;

/// <summary>
/// The jobs of <see cref="EngineScalingBenchmarks"/>: the same run under workstation GC (job <c>Workstation</c>, concurrent,
/// .NET's default) and under server GC (job <c>Server</c>), each with its own <c>OneThread</c> baseline
/// (<see cref="BenchmarkLogicalGroupRule.ByJob"/>), and the Ratio column as a speedup ("1.85x faster").
/// </summary>
/// <remarks>
/// BenchmarkDotNet puts a job named on the command line (<c>--job short</c>, <c>--job Dry --inProcess</c>) <em>beside</em> a
/// class's own jobs instead of applying it to them, so two fixed jobs here would run at the default length next to the
/// command line's job. This config therefore reads the command line's job (BenchmarkDotNet's own parser, on
/// <see cref="Environment.GetCommandLineArgs"/>) and makes the two GC jobs from it, then filters out the command line's job
/// itself: <c>--job short</c> gives <c>Workstation</c> and <c>Server</c> with ShortRun's counts; no <c>--job</c> gives them
/// at the default length (what <c>benchmarks/run-reported</c> runs). In-process (<c>--inProcess</c>, the CI smoke run) the GC
/// is the host's, fixed when it started, so only the job matching it runs.
/// </remarks>
public sealed class EngineScalingConfig : ManualConfig
{
    /// <summary>The id of the workstation-GC job.</summary>
    public const string Workstation = "Workstation";

    /// <summary>The id of the server-GC job.</summary>
    public const string Server = "Server";

    /// <summary>Initializes a new instance of the <see cref="EngineScalingConfig"/> class.</summary>
    public EngineScalingConfig()
    {
        SummaryStyle = SummaryStyle.Default.WithRatioStyle(RatioStyle.Trend);
        AddLogicalGroupRules(BenchmarkLogicalGroupRule.ByJob);
        foreach (var job in CommandLineJobs())
        {
            if (IsInProcess(job))
            {
                AddJob(GcJob(job, GCSettings.IsServerGC));
            }
            else
            {
                AddJob(GcJob(job, server: false), GcJob(job, server: true));
            }
        }

        AddFilter(new SimpleFilter(c => c.Job.Id is Workstation or Server));
    }

    private static Job GcJob(Job from, bool server) => from.WithGcServer(server).WithId(server ? Server : Workstation);

    private static bool IsInProcess(Job job) => job.Infrastructure.Toolchain is InProcessEmitToolchain or InProcessNoEmitToolchain;

    /// <summary>The standard jobs the command line asks for, or the default job when it names none (or is not BenchmarkDotNet's).</summary>
    private static Job[] CommandLineJobs()
    {
        var args = Environment.GetCommandLineArgs().Skip(1).ToArray();
        var (parsed, config, _) = ConfigParser.Parse(args, NullLogger.Instance);
        var jobs = parsed && config is not null ? config.GetJobs().ToArray() : [];
        var standard = jobs.Where(j => !j.Meta.IsMutator).ToArray();
        if (standard.Length > 0)
        {
            return standard;
        }

        // Only a mutator (a job with settings of its own, e.g. --iterationCount): BenchmarkDotNet applies it to our jobs anyway.
        return jobs.Any(IsInProcess) ? [Job.Default.WithToolchain(InProcessEmitToolchain.Instance)] : [Job.Default];
    }
}
