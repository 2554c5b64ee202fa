using System;
using System.Collections.Frozen;
using System.Collections.Generic;
using System.Linq;
using PowerGovernance.Internal;

namespace PowerGovernance.Procedures;

/// <summary>
/// The enforcement certificates the host has registered (执法证件登记), by number: what replay and verification check an
/// enforcement act's recorded certificate against, since a certificate named in an event proves nothing by itself.
/// Immutable and thread-safe.
/// </summary>
public sealed class EnforcementCertificateRegistry
{
    private readonly FrozenDictionary<string, EnforcementCertificate> byNumber;

    /// <summary>Creates a registry.</summary>
    /// <param name="certificates">The certificates issued, each number once.</param>
    /// <exception cref="ArgumentNullException"><paramref name="certificates"/> or one of them is null.</exception>
    /// <exception cref="ArgumentException">Two certificates share a number.</exception>
    public EnforcementCertificateRegistry(IEnumerable<EnforcementCertificate> certificates)
    {
        var all = new Dictionary<string, EnforcementCertificate>(StringComparer.Ordinal);
        foreach (var certificate in Preconditions.CheckNotNull(certificates))
        {
            Preconditions.CheckNotNull(certificate, nameof(certificates));
            if (!all.TryAdd(certificate.Number, certificate))
            {
                throw new ArgumentException($"Certificate number '{certificate.Number}' is registered twice. 执法证号“{certificate.Number}”重复登记。", nameof(certificates));
            }
        }

        byNumber = all.ToFrozenDictionary(StringComparer.Ordinal);
    }

    /// <summary>Gets a registry without certificates.</summary>
    public static EnforcementCertificateRegistry Empty { get; } = new([]);

    /// <summary>Gets the registered certificates.</summary>
    public IReadOnlyCollection<EnforcementCertificate> Certificates => byNumber.Values;

    /// <summary>Looks a certificate up by its number.</summary>
    /// <param name="number">The certificate number (执法证号).</param>
    /// <param name="certificate">The certificate, or <see langword="null"/>.</param>
    /// <returns><see langword="true"/> when registered.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="number"/> is null.</exception>
    public bool TryGet(string number, [System.Diagnostics.CodeAnalysis.NotNullWhen(true)] out EnforcementCertificate? certificate) =>
        byNumber.TryGetValue(Preconditions.CheckNotNull(number), out certificate);
}
