using NodaTime;
using PowerGovernance.Procedures;
using PowerGovernance.Procedures.BuiltIn;
using PowerGovernance.Samples.Orleans.Cases;
using PowerGovernance.Samples.Orleans.Hosting;

namespace PowerGovernance.Samples.Orleans.Tests;

/// <summary>
/// The people and days of the tests: a licensing case under the built-in procedure (行政许可法 Art. 32 accept, Art. 34 review,
/// Art. 37–38 decide, Art. 44 deliver) in March 2025, a month with no public holiday and no adjusted working day on China's
/// official calendar (the nearest, Qingming, is 4–6 April 2025).
/// </summary>
internal static class Story
{
    internal static readonly Actor Clerk = new("窗口员甲", AdministrativeLicensing.Clerk.ChineseName);

    internal static readonly Actor Reviewer = new("审查员乙", AdministrativeLicensing.Reviewer.ChineseName);

    internal static readonly Actor Head = new("负责人丙", AdministrativeLicensing.Head.ChineseName);

    /// <summary>The engine the test decides with directly, as the reference: built like every silo's.</summary>
    internal static readonly ProcedureEngine Engine = SampleKernel.CreateEngine();

    /// <summary><paramref name="day"/> <paramref name="month"/> 2025 at <paramref name="hour"/>:00 in Beijing (UTC+8).</summary>
    internal static Instant In2025(int month, int day, int hour) => Instant.FromUtc(2025, month, day, hour - 8, 0);

    /// <summary><paramref name="day"/> March 2025 at <paramref name="hour"/>:00 in Beijing (UTC+8).</summary>
    internal static Instant March(int day, int hour) => Instant.FromUtc(2025, 3, day, hour - 8, 0);

    internal static StartCase StartOn(Instant at) => new(SampleKernel.Licence.Code, AdministrativeLicensing.Id, Clerk, at);

    /// <summary>The same start, decided by the reference engine.</summary>
    internal static StartResult ReferenceStart(string caseId, Instant at) => Engine.Start(caseId, SampleKernel.Licence.Code, AdministrativeLicensing.Id, Clerk, at);
}
