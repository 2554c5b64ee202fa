namespace PowerGovernance.FrontDesk;

/// <summary>Who keeps a copy of a written one-time notice (书面告知书一式两份).</summary>
public enum NoticeCopyHolder
{
    /// <summary>The copy handed to the applicant (一份交对方).</summary>
    Applicant = 0,

    /// <summary>The copy kept by the official for the file (一份由经办人员留底备查).</summary>
    File = 1,
}
