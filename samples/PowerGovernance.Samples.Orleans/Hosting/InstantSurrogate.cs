using NodaTime;
using Orleans;

namespace PowerGovernance.Samples.Orleans.Hosting;

/// <summary>
/// How an <see cref="Instant"/> crosses between silos and clients (时刻的线上形式): whole seconds since the Unix epoch and the
/// nanoseconds after them, so that no precision is lost (the audit hash covers the nanoseconds of every event).
/// </summary>
[GenerateSerializer]
public struct InstantSurrogate
{
    /// <summary>Gets or sets the whole seconds since 1970-01-01T00:00:00Z (floored, so negative before the epoch).</summary>
    [Id(0)]
    public long UnixSeconds { get; set; }

    /// <summary>Gets or sets the nanoseconds after <see cref="UnixSeconds"/>, 0 to 999,999,999.</summary>
    [Id(1)]
    public int Nanoseconds { get; set; }
}

/// <summary>Converts <see cref="Instant"/> to and from its <see cref="InstantSurrogate"/> for Orleans' serializer.</summary>
[RegisterConverter]
public sealed class InstantSurrogateConverter : IConverter<Instant, InstantSurrogate>
{
    /// <inheritdoc/>
    public Instant ConvertFromSurrogate(in InstantSurrogate surrogate) =>
        Instant.FromUnixTimeSeconds(surrogate.UnixSeconds) + Duration.FromNanoseconds(surrogate.Nanoseconds);

    /// <inheritdoc/>
    public InstantSurrogate ConvertToSurrogate(in Instant value)
    {
        var seconds = value.ToUnixTimeSeconds();
        return new InstantSurrogate { UnixSeconds = seconds, Nanoseconds = checked((int)(value - Instant.FromUnixTimeSeconds(seconds)).ToInt64Nanoseconds()) };
    }
}
