namespace PowerGovernance.Calendars.China.Notices;

/// <summary>
/// A sentence of a notice's text (通知原文语句) and where it stands, so that a day or a finding can be traced back.
/// </summary>
/// <param name="Number">The 1-based number of the sentence in the text (第几句), counting sentences ended by 。 or a line break.</param>
/// <param name="Line">The 1-based line of the text it starts on (所在行).</param>
/// <param name="Offset">The 0-based character offset of its first character in the text (字符位置).</param>
/// <param name="Text">The sentence as written, at most <see cref="NoticeReader.MaxSentenceLength"/> characters (语句原文).</param>
public sealed record NoticeSentence(int Number, int Line, int Offset, string Text);
