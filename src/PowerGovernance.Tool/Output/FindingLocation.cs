using System.Collections.Generic;
using System.Globalization;
using NodaTime;
using NodaTime.Text;
using PowerGovernance.Validation;

namespace PowerGovernance.Tool.Output;

/// <summary>
/// Where a <see cref="Finding"/> is, as the tool shows it: its line in the file, the day it is about (the holiday-law
/// check's path is the day, yyyy-MM-dd), or its path and offending value.
/// </summary>
internal static class FindingLocation
{
    /// <summary>Returns the day the finding is about when its path is an ISO date, otherwise <see langword="null"/>.</summary>
    public static LocalDate? DateOf(Finding finding)
    {
        var day = LocalDatePattern.Iso.Parse(finding.Path);
        return day.Success ? day.Value : null;
    }

    /// <summary>Returns the path when it is neither empty nor a day, otherwise <see langword="null"/>.</summary>
    public static string? FieldOf(Finding finding) =>
        string.IsNullOrEmpty(finding.Path) || DateOf(finding) is not null ? null : finding.Path;

    /// <summary>Returns the offending value unless it only repeats the path.</summary>
    public static string? ValueOf(Finding finding) =>
        finding.AttemptedValue == finding.Path ? null : finding.AttemptedValue;

    /// <summary>Returns where the finding is, e.g. <c>line 12 第12行: holiday = '2024-13-01'</c>, or the date, or an empty string.</summary>
    public static string Describe(Finding finding)
    {
        var parts = new List<string>();
        if (finding.Line is { } line)
        {
            parts.Add(string.Create(CultureInfo.InvariantCulture, $"line {line} 第{line}行"));
        }

        if (DateOf(finding) is { } date)
        {
            parts.Add(Bilingual.Iso(date));
        }

        if (FieldOf(finding) is { } field)
        {
            parts.Add(ValueOf(finding) is { } value ? field + " = '" + value + "'" : field);
        }

        return string.Join(": ", parts);
    }
}
