namespace PowerGovernance.Calendars.China.Notices;

/// <summary>
/// A day an amendment notice changed (调整通知变动的日期): from what to what, as <see cref="ChangedDay"/> reports it between
/// the year loaded and the year amended, traced to the sentence of the amendment it comes from.
/// </summary>
/// <param name="Change">The day's type and holiday before and after the amendment (变动前后).</param>
/// <param name="Sentence">The sentence of the amendment that changed it (来源语句); for a day the amendment took out of the
/// holiday (a restated block that no longer includes it), the sentence that restates the block.</param>
public sealed record AmendedDay(ChangedDay Change, NoticeSentence Sentence);
