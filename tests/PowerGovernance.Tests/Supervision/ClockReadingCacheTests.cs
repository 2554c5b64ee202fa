using System.Collections.Generic;
using NodaTime;
using PowerGovernance.Calendars;
using PowerGovernance.Supervision;

namespace PowerGovernance.Tests.Supervision;

/// <summary>
/// The board's cache of clock readings gives a stored reading back only for exactly the same inputs: a key that differs
/// in any one input is a different key, so no case is ever read with another clock's status.
/// </summary>
public class ClockReadingCacheTests
{
    private static readonly LocalDate Start = new(2024, 9, 27);
    private static readonly LocalDate Today = new(2024, 10, 18);

    private static ClockReadingKey Key(
        LocalDate? start = null,
        TimeLimit? limit = null,
        int suspendedDays = 2,
        LocalDate? since = null,
        LocalDate? until = null,
        LocalDate? finished = null,
        LocalDate? today = null,
        bool notCounting = false,
        int lateStops = 0,
        bool judgedOnStop = false) =>
        new(start ?? Start, limit ?? TimeLimit.WorkingDays(13), suspendedDays, since, until, finished, today ?? Today, notCounting, lateStops, judgedOnStop);

    private static IEnumerable<(string Input, ClockReadingKey Key)> Changed() =>
    [
        ("start", Key(start: Start.PlusDays(1))),
        ("limit days", Key(limit: TimeLimit.WorkingDays(20))),
        ("limit kind", Key(limit: TimeLimit.NaturalDays(13))),
        ("suspended days", Key(suspendedDays: 3)),
        ("suspended since", Key(since: new LocalDate(2024, 10, 8))),
        ("suspended until", Key(until: new LocalDate(2024, 10, 30))),
        ("finished", Key(finished: new LocalDate(2024, 10, 10))),
        ("today", Key(today: Today.PlusDays(1))),
        ("not counting", Key(notCounting: true)),
        ("late stops", Key(lateStops: 1)),
        ("judged on stop", Key(judgedOnStop: true)),
    ];

    [Fact]
    public void A_key_differing_in_one_input_is_another_key()
    {
        var key = Key();
        Assert.True(key.Equals(Key()));
        Assert.Equal(key.Hash(), Key().Hash());
        foreach (var (input, other) in Changed())
        {
            Assert.False(key.Equals(other), input);
            Assert.False(other.Equals(key), input);
        }
    }

    [Fact]
    public void A_stored_reading_comes_back_only_for_its_own_inputs()
    {
        var cache = new ClockReadingCache();
        var status = new DeadlineStatus(DeadlineState.Warning, TimeLimit.WorkingDays(13), new LocalDate(2024, 10, 22), 11, 2, new DueDateRange(new LocalDate(2024, 10, 22), new LocalDate(2024, 10, 22), new LocalDate(2024, 10, 22), false));
        Assert.False(cache.TryGet(Key(), out _));

        cache.Add(Key(), status);

        Assert.True(cache.TryGet(Key(), out var read));
        Assert.Equal(status, read);
        foreach (var (input, other) in Changed())
        {
            Assert.False(cache.TryGet(other, out _), input);
        }
    }
}
