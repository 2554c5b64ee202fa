using System;
using NodaTime;
using PowerGovernance.Internal;

namespace PowerGovernance.Stability;

/// <summary>
/// A sensitive period or major event (敏感时期、重大活动) the office names, e.g. a county congress or an anniversary:
/// its eve calls for a concentrated dispute screening (前夕集中排查). The calendar knows holidays; sensitive periods are the
/// host's to give.
/// </summary>
public sealed record SensitivePeriod
{
    /// <summary>Creates a sensitive period.</summary>
    /// <param name="chineseName">The Chinese name, e.g. <c>县人代会</c>.</param>
    /// <param name="englishName">The English name, e.g. <c>County people's congress</c>.</param>
    /// <param name="period">The days of the period, both ends included.</param>
    /// <exception cref="ArgumentNullException">A name or <paramref name="period"/> is null.</exception>
    /// <exception cref="ArgumentException">A name is blank.</exception>
    public SensitivePeriod(string chineseName, string englishName, DateInterval period)
    {
        ChineseName = Preconditions.CheckVisible(chineseName);
        EnglishName = Preconditions.CheckVisible(englishName);
        Period = Preconditions.CheckNotNull(period);
    }

    /// <summary>Gets the Chinese name (名称).</summary>
    public string ChineseName { get; }

    /// <summary>Gets the English name.</summary>
    public string EnglishName { get; }

    /// <summary>Gets the days of the period (起止日期), both ends included.</summary>
    public DateInterval Period { get; }
}
