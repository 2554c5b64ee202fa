using System.Runtime.CompilerServices;

namespace PowerGovernance.Supervision;

/// <summary>
/// The clock readings made during one sweep of the board, by their inputs: a clock's status is a pure function of its
/// start, limit, suspensions, finish, the day read and how it is judged (with the supervisor's calendar and policy fixed
/// for the sweep), and a board's cases mostly share them (received on the same days, under the same limits), so a
/// reading is made once per distinct input and reused. Direct-mapped, fixed size: a colliding reading replaces the
/// older one, which is then recomputed if needed again. Only readings that completed are stored, so an exception is
/// thrown again for every case that needs it. Not thread-safe: one per sweep.
/// </summary>
internal sealed class ClockReadingCache
{
    // 512 entries of about 84 bytes: under the large-object threshold, one allocation per sweep.
    private const int Size = 512;

    private readonly Entry[] entries = new Entry[Size];

    /// <summary>Returns the reading stored for <paramref name="key"/>, if any.</summary>
    /// <param name="key">The reading's inputs.</param>
    /// <param name="status">The reading.</param>
    /// <returns>Whether a reading was stored.</returns>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public bool TryGet(in ClockReadingKey key, out DeadlineStatus status)
    {
        ref var entry = ref entries[key.Hash() & (Size - 1)];
        if (entry.Filled && entry.Key.Equals(key))
        {
            status = entry.Status;
            return true;
        }

        status = default;
        return false;
    }

    /// <summary>Stores <paramref name="status"/> for <paramref name="key"/>.</summary>
    /// <param name="key">The reading's inputs.</param>
    /// <param name="status">The reading.</param>
    public void Add(in ClockReadingKey key, in DeadlineStatus status)
    {
        ref var entry = ref entries[key.Hash() & (Size - 1)];
        entry.Key = key;
        entry.Status = status;
        entry.Filled = true;
    }

    private struct Entry
    {
        public ClockReadingKey Key;
        public DeadlineStatus Status;
        public bool Filled;
    }
}
