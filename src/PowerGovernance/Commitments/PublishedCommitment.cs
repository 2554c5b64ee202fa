using System;
using System.Collections.Generic;
using System.Linq;
using System.Text;
using PowerGovernance.Internal;

namespace PowerGovernance.Commitments;

/// <summary>
/// The public projection of a post's service commitment (服务承诺公示), for the counter card and the website: name, title, post,
/// duties, the services with their committed limits, and the complaint telephone. Holds nothing confidential: no person id,
/// and no power withheld from the public (涉密不宜公开).
/// </summary>
public sealed record PublishedCommitment
{
    internal PublishedCommitment(string name, string title, string postChinese, string postEnglish, IReadOnlyList<string> duties, IReadOnlyList<CommittedService> services, string complaintTelephone)
    {
        Name = name;
        Title = title;
        PostChineseName = postChinese;
        PostEnglishName = postEnglish;
        Duties = duties;
        Services = services;
        ComplaintTelephone = complaintTelephone;
    }

    /// <summary>Gets the name shown (姓名).</summary>
    public string Name { get; }

    /// <summary>Gets the title (职务).</summary>
    public string Title { get; }

    /// <summary>Gets the post's Chinese name (工作岗位).</summary>
    public string PostChineseName { get; }

    /// <summary>Gets the post's English name.</summary>
    public string PostEnglishName { get; }

    /// <summary>Gets the duties committed to (岗位职责).</summary>
    public IReadOnlyList<string> Duties { get; }

    /// <summary>Gets the services and their limits (承诺事项及时限), public powers only.</summary>
    public IReadOnlyList<CommittedService> Services { get; }

    /// <summary>Gets the complaint telephone (投诉电话).</summary>
    public string ComplaintTelephone { get; }

    /// <summary>Returns the card shown at the counter and on the website, in Chinese and English, one item a line.</summary>
    /// <returns>The card's text, ending with a line break.</returns>
    public string ToCard()
    {
        var card = new StringBuilder();
        card.Append("服务承诺 Service commitment\n");
        card.Append("姓名 Name: ").Append(Name).Append('\n');
        card.Append("职务 Title: ").Append(Title).Append('\n');
        card.Append("岗位 Post: ").Append(PostChineseName).Append(" / ").Append(PostEnglishName).Append('\n');
        card.Append("岗位职责 Duties: ").Append(string.Join("；", Duties)).Append('\n');
        foreach (var service in Services)
        {
            card.Append("承诺事项 Service: ").Append(service.Name).Append(" (").Append(service.Power.Value).Append(")；承诺时限 committed: ")
                .Append(service.CommittedLimit is { } committed ? committed.ToChineseString() + " / " + committed : "未定 / not set")
                .Append("；法定时限 legal: ")
                .Append(service.LegalLimit is { } legal ? legal.ToChineseString() + " / " + legal : "无 / none").Append('\n');
        }

        card.Append("投诉电话 Complaints: ").Append(ComplaintTelephone).Append('\n');
        return card.ToString();
    }

    /// <summary>Returns whether <paramref name="other"/> has equal members, the lists element by element (值相等).</summary>
    /// <param name="other">The other value.</param>
    /// <returns><see langword="true"/> when every member is equal.</returns>
    public bool Equals(PublishedCommitment? other) =>
        other is not null && Name == other.Name && Title == other.Title && PostChineseName == other.PostChineseName && PostEnglishName == other.PostEnglishName
        && ValueEquality.SequenceEqual(Duties, other.Duties) && ValueEquality.SequenceEqual(Services, other.Services) && ComplaintTelephone == other.ComplaintTelephone;

    /// <summary>Returns a hash code consistent with <see cref="Equals(PublishedCommitment)"/>.</summary>
    /// <returns>The hash code.</returns>
    public override int GetHashCode() => HashCode.Combine(Name, PostChineseName);
}
