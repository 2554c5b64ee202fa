using System;
using System.Collections.Generic;
using System.Globalization;
using FluentValidation;
using FluentValidation.Results;

namespace PowerGovernance.Validation;

/// <summary>
/// The bridge between FluentValidation and <see cref="Finding"/>: every rule states its code, severity
/// and texts explicitly (nothing comes from FluentValidation's global options or language manager),
/// and failures convert to findings. FluentValidation types never leave the assembly.
/// </summary>
internal static class FluentFindings
{
    /// <summary>Gives a rule its stable code, severity and both messages (computed only when the rule fails).</summary>
    internal static IRuleBuilderOptions<T, TProperty> Reports<T, TProperty>(
        this IRuleBuilderOptions<T, TProperty> rule, string code, FindingSeverity severity, Func<T, TProperty, FindingText> text) =>
        rule.WithErrorCode(code)
            .WithSeverity(ToFluent(severity))
            .WithMessage(code)
            .WithState((instance, value) => text(instance, value));

    /// <summary>Adds a finding from a custom rule, at an explicit path.</summary>
    internal static void Report<T>(this ValidationContext<T> context, string path, string code, FindingSeverity severity, FindingText text) =>
        context.AddFailure(new ValidationFailure(path, code, text.AttemptedValue)
        {
            ErrorCode = code,
            Severity = ToFluent(severity),
            CustomState = text,
        });

    /// <summary>Converts the failures of one validation run to findings, skipping <paramref name="disabled"/> codes.</summary>
    internal static Finding[] ToFindings(List<ValidationFailure> failures, IReadOnlySet<string> disabled)
    {
        if (failures.Count == 0)
        {
            return [];
        }

        // One array of the exact size: a catalog check converts the failures of every power of a large file.
        var kept = 0;
        foreach (var failure in failures)
        {
            if (failure is not null && !disabled.Contains(failure.ErrorCode ?? string.Empty))
            {
                kept++;
            }
        }

        var findings = new Finding[kept];
        var next = 0;
        foreach (var failure in failures)
        {
            if (failure is not null && !disabled.Contains(failure.ErrorCode ?? string.Empty))
            {
                findings[next++] = ToFinding(failure);
            }
        }

        return findings;
    }

    /// <summary>Converts one failure; tolerates failures not made by <see cref="Reports"/> or <see cref="Report"/>.</summary>
    internal static Finding ToFinding(ValidationFailure failure)
    {
        var code = failure.ErrorCode ?? string.Empty;
        var path = failure.PropertyName ?? string.Empty;
        var severity = FromFluent(failure.Severity);
        if (failure.CustomState is FindingText text)
        {
            return new Finding(code, severity, path, text.AttemptedValue, text.English, text.Chinese);
        }

        var message = failure.ErrorMessage ?? code;
        var value = failure.AttemptedValue is null ? null : Convert.ToString(failure.AttemptedValue, CultureInfo.InvariantCulture);
        return new Finding(code, severity, path, value, message, message);
    }

    private static Severity ToFluent(FindingSeverity severity) => severity switch
    {
        FindingSeverity.Error => Severity.Error,
        FindingSeverity.Warning => Severity.Warning,
        _ => Severity.Info,
    };

    private static FindingSeverity FromFluent(Severity severity) => severity switch
    {
        Severity.Error => FindingSeverity.Error,
        Severity.Warning => FindingSeverity.Warning,
        _ => FindingSeverity.Info,
    };
}
