namespace PowerGovernance.Powers;

/// <summary>How a power is disclosed to the public (公开形式、范围、时间).</summary>
/// <param name="Scope">To whom, e.g. <c>全镇</c> or <c>社会公开</c> (公开范围).</param>
/// <param name="Forms">The forms of disclosure.</param>
/// <param name="Timing">The timing class.</param>
public sealed record Disclosure(string? Scope, DisclosureForms Forms, DisclosureTiming Timing)
{
    /// <summary>Gets a disclosure with no scope or forms given, long-term timing.</summary>
    public static Disclosure Unspecified { get; } = new(null, DisclosureForms.None, DisclosureTiming.LongTerm);
}
