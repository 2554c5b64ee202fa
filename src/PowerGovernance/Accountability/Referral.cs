using System;

namespace PowerGovernance.Accountability;

/// <summary>
/// What goes beyond administrative accountability (移送与并处): Party or government discipline on top, and
/// suspected crimes to the judiciary (the township's accountability rules, 行政问责制).
/// </summary>
[Flags]
public enum Referral
{
    /// <summary>No referral.</summary>
    None = 0,

    /// <summary>The conduct breaks Party or government discipline: discipline applies on top (追究党纪、政纪责任).</summary>
    Discipline = 1,

    /// <summary>The conduct is a suspected crime: the matter goes to the judiciary (涉嫌犯罪，移送司法机关).</summary>
    Judiciary = 2,
}
