using NodaTime;
using PowerGovernance.Internal;

namespace PowerGovernance.Procedures;

/// <summary>
/// An administrative enforcement certificate (行政执法证): only certified officers enforce (持证上岗, 行政执法责任制 1).
/// Valid from <see cref="ValidFrom"/> to <see cref="ValidUntil"/>, both days included.
/// </summary>
public sealed record EnforcementCertificate
{
    /// <summary>Creates a certificate.</summary>
    /// <param name="number">The certificate number (执法证号).</param>
    /// <param name="holder">The officer it was issued to.</param>
    /// <param name="validFrom">The first day it is valid.</param>
    /// <param name="validUntil">The last day it is valid.</param>
    /// <exception cref="System.ArgumentException">A text is blank, or <paramref name="validUntil"/> is before <paramref name="validFrom"/>.</exception>
    public EnforcementCertificate(string number, string holder, LocalDate validFrom, LocalDate validUntil)
    {
        Number = Preconditions.CheckNotBlank(number);
        Holder = Preconditions.CheckNotBlank(holder);
        if (validUntil < validFrom)
        {
            throw new System.ArgumentException("The certificate's last valid day is before its first.", nameof(validUntil));
        }

        ValidFrom = validFrom;
        ValidUntil = validUntil;
    }

    /// <summary>Gets the certificate number.</summary>
    public string Number { get; }

    /// <summary>Gets the officer it was issued to.</summary>
    public string Holder { get; }

    /// <summary>Gets the first valid day.</summary>
    public LocalDate ValidFrom { get; }

    /// <summary>Gets the last valid day.</summary>
    public LocalDate ValidUntil { get; }

    /// <summary>Returns whether the certificate is valid on <paramref name="date"/>.</summary>
    /// <param name="date">The day.</param>
    /// <returns><see langword="true"/> from <see cref="ValidFrom"/> to <see cref="ValidUntil"/> inclusive.</returns>
    public bool IsValidOn(LocalDate date) => date >= ValidFrom && date <= ValidUntil;
}
