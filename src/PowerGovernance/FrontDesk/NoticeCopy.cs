namespace PowerGovernance.FrontDesk;

/// <summary>One copy of a written one-time notice (书面告知书): who keeps it and its text.</summary>
/// <param name="Holder">Who keeps it.</param>
/// <param name="Text">The notice's text, in Simplified Chinese, identical on every copy.</param>
public sealed record NoticeCopy(NoticeCopyHolder Holder, string Text);
