namespace PowerGovernance.Calendars;

/// <summary>The language a <see cref="DueDateExplanation"/> is written in.</summary>
public enum ExplanationLanguage
{
    /// <summary>English.</summary>
    English = 0,

    /// <summary>Simplified Chinese (简体中文).</summary>
    SimplifiedChinese = 1,
}
