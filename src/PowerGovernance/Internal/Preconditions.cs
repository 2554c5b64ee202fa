using System;
using System.Diagnostics.CodeAnalysis;
using System.Runtime.CompilerServices;

namespace PowerGovernance.Internal;

/// <summary>
/// Argument checks that throw .NET's own argument exceptions with the parameter name and a
/// culture-invariant message stating the rule that was broken.
/// </summary>
internal static class Preconditions
{
    internal static T CheckNotNull<T>([NotNull] T? argument, [CallerArgumentExpression(nameof(argument))] string? paramName = null)
        where T : class
    {
        if (argument is null)
        {
            throw new ArgumentNullException(paramName);
        }

        return argument;
    }

    internal static string CheckNotBlank([NotNull] string? argument, [CallerArgumentExpression(nameof(argument))] string? paramName = null)
    {
        CheckNotNull(argument, paramName);
        if (string.IsNullOrWhiteSpace(argument))
        {
            throw new ArgumentException("The value must not be empty or white space.", paramName);
        }

        return argument;
    }

    internal static void CheckArgumentRange(int value, int minInclusive, int maxInclusive, [CallerArgumentExpression(nameof(value))] string? paramName = null)
    {
        if (value < minInclusive || value > maxInclusive)
        {
            throw new ArgumentOutOfRangeException(
                paramName,
                value,
                FormattableString.Invariant($"The value must be between {minInclusive} and {maxInclusive} inclusive."));
        }
    }

    /// <summary>
    /// Checks that a case snapshot a host reloaded has every required member, so that an incomplete
    /// record from storage gives a clear argument error instead of a null dereference inside.
    /// </summary>
    internal static PowerGovernance.Procedures.CaseSnapshot CheckComplete(
        [NotNull] PowerGovernance.Procedures.CaseSnapshot? snapshot,
        [CallerArgumentExpression(nameof(snapshot))] string? paramName = null)
    {
        CheckNotNull(snapshot, paramName);
        if (MissingMember(snapshot) is { } missing)
        {
            throw new ArgumentException("The case snapshot is incomplete: " + missing + " is missing.", paramName);
        }

        return snapshot;
    }

    /// <summary>
    /// Returns the name of the first required member a reloaded case snapshot lacks, or <see langword="null"/>
    /// when it is complete; the non-throwing form of <see cref="CheckComplete"/>.
    /// </summary>
    internal static string? MissingMember(PowerGovernance.Procedures.CaseSnapshot snapshot) =>
        snapshot.CaseId is null ? nameof(snapshot.CaseId)
        : snapshot.DefinitionId is null ? nameof(snapshot.DefinitionId)
        : snapshot.Step is null ? nameof(snapshot.Step)
        : snapshot.CommittedClock is null ? nameof(snapshot.CommittedClock)
        : snapshot.LegalClock is null ? nameof(snapshot.LegalClock)
        : snapshot.AuditHead is null ? nameof(snapshot.AuditHead)
        : null;
}
