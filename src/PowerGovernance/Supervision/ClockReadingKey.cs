using System.Runtime.CompilerServices;
using NodaTime;
using PowerGovernance.Calendars;

namespace PowerGovernance.Supervision;

/// <summary>Every input of one clock reading (<see cref="CaseSupervisor"/>'s evaluation of a clock on one day).</summary>
internal readonly struct ClockReadingKey
{
    private readonly LocalDate start;
    private readonly LocalDate today;
    private readonly LocalDate? suspendedSince;
    private readonly LocalDate? suspendedUntil;
    private readonly LocalDate? finished;
    private readonly TimeLimit limit;
    private readonly int suspendedDays;
    private readonly int lateStops;
    private readonly int flags;

    public ClockReadingKey(LocalDate start, TimeLimit limit, int suspendedDays, LocalDate? suspendedSince, LocalDate? suspendedUntil, LocalDate? finished, LocalDate today, bool notCounting, int lateStops, bool judgedOnStop)
    {
        this.start = start;
        this.limit = limit;
        this.suspendedDays = suspendedDays;
        this.suspendedSince = suspendedSince;
        this.suspendedUntil = suspendedUntil;
        this.finished = finished;
        this.today = today;
        this.lateStops = lateStops;
        flags = (notCounting ? 1 : 0) | (judgedOnStop ? 2 : 0);
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public int Hash()
    {
        // Start and limit tell most readings apart; the rest rarely differ between cases with the same start.
        unchecked
        {
            var h = (uint)start.GetHashCode() * 0x9E3779B1u;
            h ^= (uint)((limit.Days << 3) ^ (int)limit.Kind) * 0x85EBCA77u;
            h ^= (uint)(suspendedDays ^ (lateStops << 8) ^ (flags << 16)) * 0xC2B2AE3Du;
            h ^= (uint)(suspendedSince.GetValueOrDefault().GetHashCode() ^ finished.GetValueOrDefault().GetHashCode()) * 0x27D4EB2Fu;
            return (int)(h ^ (h >> 15));
        }
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public bool Equals(in ClockReadingKey other) =>
        start == other.start
        && limit == other.limit
        && suspendedDays == other.suspendedDays
        && lateStops == other.lateStops
        && flags == other.flags
        && today == other.today
        && suspendedSince == other.suspendedSince
        && suspendedUntil == other.suspendedUntil
        && finished == other.finished;
}
