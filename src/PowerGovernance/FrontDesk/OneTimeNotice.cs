using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text;
using NodaTime;
using PowerGovernance.Calendars;
using PowerGovernance.Internal;

namespace PowerGovernance.FrontDesk;

/// <summary>
/// A one-time notice (一次性告知): everything the applicant still has to bring, the steps, the time limit and
/// where to go, told at once; oral, or written in copies (one for the file) when the applicant asks.
/// </summary>
/// <param name="ApplicationId">The host's application id.</param>
/// <param name="Sequence">1 for the first notice of the application, 2 for the next, and so on.</param>
/// <param name="GivenAt">When it was given.</param>
/// <param name="GivenOn">The local date it was given.</param>
/// <param name="Official">Who gave it (经办人员).</param>
/// <param name="ChecklistId">The checklist it was made from.</param>
/// <param name="ChecklistRevision">The checklist's revision.</param>
/// <param name="ApplicantCategories">The applicant's categories when it was given.</param>
/// <param name="Items">
/// Every material still missing, in checklist order: on the first notice and on each later one alike, so a
/// notice given after a supplement that is still incomplete tells the whole remaining list again
/// (<see cref="NoticeItemReason.StillMissing"/> for what was told before and is still missing).
/// </param>
/// <param name="Accepted">
/// The materials accepted at the counter so far (已受理材料), as required when accepted, in the order accepted;
/// later notices do not object to them (材料一经窗口受理，不得事后再提出异议).
/// </param>
/// <param name="Steps">The steps (办理程序).</param>
/// <param name="TimeLimit">The time limit (办理时限), or <see langword="null"/> where none is set.</param>
/// <param name="Place">Where to go (办理地点).</param>
/// <param name="Copies">The written copies; empty for an oral notice.</param>
public sealed record OneTimeNotice(
    string ApplicationId,
    int Sequence,
    Instant GivenAt,
    LocalDate GivenOn,
    string Official,
    string ChecklistId,
    int ChecklistRevision,
    IReadOnlyList<string> ApplicantCategories,
    IReadOnlyList<NoticeItem> Items,
    IReadOnlyList<RequiredMaterial> Accepted,
    IReadOnlyList<string> Steps,
    TimeLimit? TimeLimit,
    string Place,
    IReadOnlyList<NoticeCopy> Copies)
{
    /// <summary>Gets whether the notice was given in writing (书面告知).</summary>
    public bool IsWritten => Copies.Count > 0;

    /// <summary>Gets the copy kept for the file (留底备查), or <see langword="null"/> for an oral notice.</summary>
    public NoticeCopy? FileCopy => Copies.LastOrDefault(c => c.Holder == NoticeCopyHolder.File);

    /// <summary>Renders the notice in Simplified Chinese, as printed on a written notice.</summary>
    /// <returns>The text.</returns>
    public string ToChineseText()
    {
        var text = new StringBuilder();
        text.Append(CultureInfo.InvariantCulture, $"一次性告知书（第{Sequence}次）申请编号：{ApplicationId}，告知日期：{GivenOn:uuuu-MM-dd}，经办人：{Official}").AppendLine();
        text.AppendLine(Sequence == 1 ? "请补齐以下材料：" : "补交后材料仍不齐备，请补齐以下全部材料：");
        for (var i = 0; i < Items.Count; i++)
        {
            text.Append(CultureInfo.InvariantCulture, $"  {i + 1}. {Items[i]}{ReasonText(Items[i].Reason)}").AppendLine();
        }

        if (Accepted.Count > 0)
        {
            text.Append("已受理材料（不再提出异议）：").AppendLine(string.Join("；", Accepted));
        }

        text.Append("办理程序：").AppendLine(string.Join(" → ", Steps));
        text.Append("办理时限：").AppendLine(TimeLimit is { } limit ? limit.ToChineseString() : "另行公告");
        text.Append("办理地点：").Append(Place);
        return text.ToString();
    }

    private static string ReasonText(NoticeItemReason reason) => reason switch
    {
        NoticeItemReason.NewFact => "（根据新情况增加）",
        NoticeItemReason.NewRule => "（规定新增）",
        NoticeItemReason.ChangedRule => "（要求已变更）",
        NoticeItemReason.Defective => "（所交材料不符合要求）",
        NoticeItemReason.StillMissing => "（此前已告知，仍未补齐）",
        _ => string.Empty,
    };

    /// <summary>Returns whether <paramref name="other"/> has equal members, the lists element by element (值相等).</summary>
    /// <param name="other">The other value.</param>
    /// <returns><see langword="true"/> when every member is equal.</returns>
    public bool Equals(OneTimeNotice? other) =>
        other is not null
        && ApplicationId == other.ApplicationId
        && Sequence == other.Sequence
        && GivenAt == other.GivenAt
        && GivenOn == other.GivenOn
        && Official == other.Official
        && ChecklistId == other.ChecklistId
        && ChecklistRevision == other.ChecklistRevision
        && ValueEquality.SequenceEqual(ApplicantCategories, other.ApplicantCategories)
        && ValueEquality.SequenceEqual(Items, other.Items)
        && ValueEquality.SequenceEqual(Accepted, other.Accepted)
        && ValueEquality.SequenceEqual(Steps, other.Steps)
        && TimeLimit == other.TimeLimit
        && Place == other.Place
        && ValueEquality.SequenceEqual(Copies, other.Copies);

    /// <summary>Returns a hash code consistent with <see cref="Equals(OneTimeNotice)"/>.</summary>
    /// <returns>The hash code.</returns>
    public override int GetHashCode() => HashCode.Combine(ApplicationId, Sequence, GivenAt);
}
