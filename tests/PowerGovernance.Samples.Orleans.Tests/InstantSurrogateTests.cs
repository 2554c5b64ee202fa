using FsCheck;
using FsCheck.Fluent;
using Microsoft.Extensions.DependencyInjection;
using NodaTime;
using Orleans.Serialization;
using PowerGovernance.Samples.Orleans.Hosting;

namespace PowerGovernance.Samples.Orleans.Tests;

/// <summary>An instant crosses the cluster whole: every nanosecond kept, since the audit hash covers them.</summary>
public sealed class InstantSurrogateTests
{
    private static readonly Serializer Serializer = new ServiceCollection()
        .AddSerializer(b => b.AddAssembly(typeof(InstantSurrogate).Assembly))
        .BuildServiceProvider()
        .GetRequiredService<Serializer>();

    [Theory]
    // Worked out from the definition (floored whole seconds since 1970-01-01T00:00:00Z, then the nanoseconds after them):
    [InlineData("1970-01-01T00:00:00.000000001Z", 0L, 1)]
    [InlineData("1969-12-31T23:59:59.5Z", -1L, 500_000_000)]             // half a second before the epoch: second -1, +0.5 s
    [InlineData("2025-03-03T01:00:00.123456789Z", 1_740_963_600L, 123_456_789)] // 20,150 days × 86,400 s + 3,600 s
    public void The_surrogate_holds_floored_seconds_and_the_nanoseconds_after_them(string iso, long seconds, int nanoseconds)
    {
        var instant = NodaTime.Text.InstantPattern.ExtendedIso.Parse(iso).Value;

        var surrogate = new InstantSurrogateConverter().ConvertToSurrogate(instant);

        Assert.Equal((seconds, nanoseconds), (surrogate.UnixSeconds, surrogate.Nanoseconds));
    }

    [Fact]
    public void Any_instant_round_trips_through_the_orleans_serializer_to_the_nanosecond() =>
        Prop.ForAll(
            Gen.Choose(-2_900_000, 2_900_000).Zip(ArbMap.Default.GeneratorFor<long>(), (days, nanos) => (days, nanos)).ToArbitrary(),
            t =>
            {
                // The reference is the instant itself: an instant anywhere within ±7,900 years of 1970 (NodaTime reaches 9999), at any nanosecond of its day.
                var instant = Instant.FromUnixTimeTicks(0) + Duration.FromDays(t.days) + Duration.FromNanoseconds(System.Math.Abs(t.nanos % NodaConstants.NanosecondsPerDay));
                return Serializer.Deserialize<Instant>(Serializer.SerializeToArray(instant)) == instant;
            }).QuickCheckThrowOnFailure();
}
