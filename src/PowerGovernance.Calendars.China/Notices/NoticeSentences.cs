using System.Collections.Generic;

namespace PowerGovernance.Calendars.China.Notices;

/// <summary>The sentences of a notice's text (ended by 。 or a line break), to locate an offset.</summary>
internal sealed class NoticeSentences
{
    private readonly List<NoticeSentence> sentences;

    private NoticeSentences(List<NoticeSentence> sentences) => this.sentences = sentences;

    internal int Count => sentences.Count;

    /// <summary>Splits <paramref name="normalized"/> (same length as <paramref name="original"/>); the texts kept are the original's.</summary>
    internal static NoticeSentences Split(string original, string normalized)
    {
        var list = new List<NoticeSentence>();
        var line = 1;
        var start = 0;
        var startLine = 1;
        for (var i = 0; i <= normalized.Length; i++)
        {
            var end = i == normalized.Length || normalized[i] == '。' || normalized[i] == '\n';
            if (!end)
            {
                continue;
            }

            var text = original[start..i].Trim();
            if (text.Length > 0)
            {
                var leading = original[start..i].Length - original[start..i].TrimStart().Length;
                list.Add(new NoticeSentence(
                    list.Count + 1,
                    startLine,
                    start + leading,
                    text.Length <= NoticeReader.MaxSentenceLength ? text : text[..NoticeReader.MaxSentenceLength]));
            }

            if (i < normalized.Length && normalized[i] == '\n')
            {
                line++;
            }

            start = i + 1;
            startLine = line;
            if (list.Count > NoticeReader.MaxSentences)
            {
                break;
            }
        }

        return new NoticeSentences(list);
    }

    /// <summary>The sentence containing <paramref name="offset"/>, or the last one before it.</summary>
    internal NoticeSentence At(int offset)
    {
        NoticeSentence? found = null;
        foreach (var sentence in sentences)
        {
            if (sentence.Offset > offset)
            {
                break;
            }

            found = sentence;
        }

        return found ?? (sentences.Count > 0 ? sentences[0] : new NoticeSentence(1, 1, 0, string.Empty));
    }
}
