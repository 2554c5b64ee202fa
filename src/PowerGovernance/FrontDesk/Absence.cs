using NodaTime;
using PowerGovernance.Internal;

namespace PowerGovernance.FrontDesk;

/// <summary>A person's absence from their post (离岗), over whole days, both ends included.</summary>
public sealed record Absence
{
    /// <summary>Creates an absence.</summary>
    /// <param name="person">Who is away.</param>
    /// <param name="dates">The days away, both ends included.</param>
    /// <param name="reason">Why.</param>
    /// <exception cref="System.ArgumentException"><paramref name="person"/> is blank.</exception>
    /// <exception cref="System.ArgumentNullException"><paramref name="dates"/> is null.</exception>
    public Absence(string person, DateInterval dates, AbsenceReason reason)
    {
        Person = Preconditions.CheckNotBlank(person);
        Dates = Preconditions.CheckNotNull(dates);
        Reason = reason;
    }

    /// <summary>Gets who is away.</summary>
    public string Person { get; }

    /// <summary>Gets the days away, both ends included.</summary>
    public DateInterval Dates { get; }

    /// <summary>Gets why.</summary>
    public AbsenceReason Reason { get; }
}
