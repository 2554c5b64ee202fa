using System.Collections.Generic;
using System.Linq;
using System.Text.Json.Serialization;
using NodaTime;
using PowerGovernance.Calendars;
using PowerGovernance.Tool.Seams;
using PowerGovernance.Validation;

namespace PowerGovernance.Tool.Output;

// The shapes of --json output. Dates are ISO strings (yyyy-MM-dd); names are camelCase. These records are the
// tool's machine interface: add fields, do not rename or remove them.

/// <summary>A range of dates, both ends inclusive.</summary>
internal sealed record RangeJson(string Start, string End)
{
    public static RangeJson Of(DateInterval interval) => new(Bilingual.Iso(interval.Start), Bilingual.Iso(interval.End));
}

/// <summary>
/// A calendar: identifier, content hash (<see cref="CalendarIdentity"/>: of the days, whatever the format) and coverage;
/// for a file, its path, format and the SHA-256 of its bytes.
/// </summary>
internal sealed record CalendarJson(
    string Id,
    string? Name,
    string Sha256,
    RangeJson Coverage,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] RangeJson? PublishedCoverage,
    string Origin,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] string? File,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] string? Format,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] string? FileSha256)
{
    public static CalendarJson Of(IWorkingCalendar calendar, CalendarOrigin origin, CalendarFile? file)
    {
        var identity = calendar.Identity;
        var published = calendar is IProvisionalWorkingCalendar provisional ? RangeJson.Of(provisional.PublishedCoverage) : null;
        var name = calendar switch
        {
            WorkingCalendar working => working.Name,
            ProvisionalWorkingCalendar p => p.MostLikely.Name,
            _ => null,
        };
        return new CalendarJson(
            identity.Id,
            name,
            identity.ContentHash,
            RangeJson.Of(calendar.Coverage),
            published,
            System.Text.Json.JsonNamingPolicy.CamelCase.ConvertName(origin.ToString()),
            file?.Path,
            file?.Format.Name,
            file?.Sha256);
    }
}

/// <summary>A time limit.</summary>
internal sealed record LimitJson(string Kind, int Days, string Text, string TextZh)
{
    public static LimitJson Of(TimeLimit limit) => new(
        System.Text.Json.JsonNamingPolicy.CamelCase.ConvertName(limit.Kind.ToString()),
        limit.Days,
        limit.ToString(),
        limit.ToChineseString());
}

/// <summary>A holiday's name in both languages.</summary>
internal sealed record NameJson(string Zh, string En)
{
    public static NameJson? Of(HolidayName? name) => name is null ? null : new NameJson(name.Chinese, name.English);
}

/// <summary>The output of <c>due</c>.</summary>
internal sealed record DueJson(
    string Received,
    LimitJson Limit,
    string DueDate,
    bool Provisional,
    string Earliest,
    string Latest,
    bool Exact,
    CalendarJson Calendar,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] ExplanationJson? Explanation);

/// <summary>The day-by-day explanation of a due date (<c>due --explain</c>).</summary>
internal sealed record ExplanationJson(
    string Text,
    string TextZh,
    int DayCount,
    bool Truncated,
    IReadOnlyList<ExplainedDayJson> Days,
    IReadOnlyList<UncertainDayJson> UncertainDays,
    IReadOnlyList<YearJson> Years);

/// <summary>One day after the day of receipt, up to the due date.</summary>
internal sealed record ExplainedDayJson(string Date, string Type, NameJson? Holiday, int? CountedAs)
{
    public static ExplainedDayJson Of(ExplainedDay day) => new(Bilingual.Iso(day.Date), Bilingual.TypeCode(day.Type), NameJson.Of(day.Holiday), day.CountedAs);
}

/// <summary>A day the unpublished arrangement may still change.</summary>
internal sealed record UncertainDayJson(string Date, NameJson NearHoliday, string Reason, string ReasonZh)
{
    public static UncertainDayJson Of(ProvisionalDay day) => new(Bilingual.Iso(day.Date), NameJson.Of(day.NearHoliday)!, day.Reason, day.ChineseReason);
}

/// <summary>Where a year of the calendar comes from.</summary>
internal sealed record YearJson(int Year, string Kind, string Source, string? Issued, string? Sha256)
{
    public static YearJson Of(CalendarYearProvenance year) => new(
        year.Year,
        System.Text.Json.JsonNamingPolicy.CamelCase.ConvertName(year.Kind.ToString()),
        year.Source,
        year.Issued is { } issued ? Bilingual.Iso(issued) : null,
        year.Sha256);
}

/// <summary>
/// A <see cref="Finding"/> of a check, or a problem in a file, with what found it (<see cref="FileSource"/> for the
/// reader's structural problems, <see cref="LawSource"/> for the holiday-law check). A path that is a day
/// (yyyy-MM-dd, as the law check reports) is the <c>date</c>; any other path is the <c>field</c>.
/// </summary>
internal sealed record FindingJson(
    string Code,
    string Severity,
    string? Date,
    string Message,
    string MessageZh,
    string Source,
    int? Line,
    string? Field,
    string? Value)
{
    /// <summary>The source of a problem found while reading a calendar file.</summary>
    public const string FileSource = "file";

    /// <summary>The source of a finding of the holiday-law check.</summary>
    public const string LawSource = "law";

    public static FindingJson Of(Finding finding, string source)
    {
        var date = FindingLocation.DateOf(finding);
        return new(
            finding.Code,
            finding.Severity.ToString().ToLowerInvariant(),
            date is { } day ? Bilingual.Iso(day) : null,
            finding.Message,
            finding.ChineseMessage,
            source,
            finding.Line,
            FindingLocation.FieldOf(finding),
            FindingLocation.ValueOf(finding));
    }

    public static IReadOnlyList<FindingJson> Of(IEnumerable<Finding> findings, string source) => findings.Select(f => Of(f, source)).ToArray();
}

/// <summary>The output of <c>calendar check</c>.</summary>
internal sealed record CheckJson(
    string File,
    string? Format,
    bool Readable,
    CalendarJson? Calendar,
    bool LawChecked,
    string Scope,
    string Note,
    string NoteZh,
    int FindingCount,
    int ErrorCount,
    bool Truncated,
    IReadOnlyList<FindingJson> Findings);

/// <summary>One side of a diff.</summary>
internal sealed record DiffSideJson(string File, CalendarJson Calendar);

/// <summary>A day whose type or holiday differs between two calendars.</summary>
internal sealed record DayDiffJson(string Date, string OldType, string NewType, NameJson? OldName, NameJson? NewName);

/// <summary>The output of <c>calendar diff</c>.</summary>
internal sealed record DiffJson(
    DiffSideJson Old,
    DiffSideJson New,
    bool SameContent,
    RangeJson? CommonCoverage,
    IReadOnlyList<RangeJson> OnlyInOld,
    IReadOnlyList<RangeJson> OnlyInNew,
    int DifferenceCount,
    bool Truncated,
    IReadOnlyList<DayDiffJson> Differences);

/// <summary>The output of <c>calendar export --json</c>.</summary>
internal sealed record ExportJson(string Format, RangeJson Range, CalendarJson Calendar, string? Out, string? Content);

/// <summary>What <c>--json</c> prints on stdout when a command fails (the bilingual text goes to stderr as well).</summary>
internal sealed record ErrorJson(ErrorBodyJson Error);

/// <summary>The failure: its code, the message in both languages, and the problems of an unreadable file.</summary>
internal sealed record ErrorBodyJson(string Code, string Message, string MessageZh, int ExitCode, IReadOnlyList<FindingJson> Problems);
