namespace PowerGovernance.Tool;

/// <summary>The process exit codes of <c>powergov</c>, the same for every command.</summary>
internal static class ExitCodes
{
    /// <summary>Clean: the command did what was asked and found nothing that is an error.</summary>
    public const int Clean = 0;

    /// <summary>The command ran, and found something that is an error (e.g. a calendar that breaks the holiday law).</summary>
    public const int Findings = 1;

    /// <summary>The input could not be used: bad arguments, an unreadable file, a date the calendar does not know, or an internal error.</summary>
    public const int BadInput = 2;
}
