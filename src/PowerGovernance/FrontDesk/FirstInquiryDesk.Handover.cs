using System.Collections.Generic;
using System.Linq;
using NodaTime;
using PowerGovernance.Calendars;
using PowerGovernance.Internal;
using PowerGovernance.Powers;
using PowerGovernance.Procedures;
using PowerGovernance.Validation;

namespace PowerGovernance.FrontDesk;

/// <content>Materials taken in for an absent handler and handed over (首问责任制 3), the desk and the post roster together.</content>
public sealed partial class FirstInquiryDesk
{
    /// <summary>
    /// Takes in the materials of an open inquiry because nobody acts in the post that undertakes <paramref name="power"/> that day
    /// (<see cref="PostRoster.WhoActs"/>: every holder and deputy away): the inquiry is dealt with at the desk
    /// (<see cref="InquiryState.TakenIn"/>) and the materials are due to be handed over on the first working day after on which
    /// someone acts in the post. Refused when someone acts that day (hand the matter to them with <see cref="Route"/>).
    /// </summary>
    /// <param name="inquiry">The inquiry.</param>
    /// <param name="power">The power the matter concerns.</param>
    /// <param name="roster">Who holds and deputizes for each post, and who is away.</param>
    /// <param name="materials">What was taken in, at least one item.</param>
    /// <param name="at">When.</param>
    /// <returns>Accepted with the inquiry and its <see cref="Inquiry.Handover"/>, or refused with every finding (also when the inquiry is being found out: <see cref="FrontDeskRuleCodes.InquiryBeingClarified"/>).</returns>
    /// <exception cref="System.ArgumentNullException">An argument is null.</exception>
    public InquiryResult TakeIn(Inquiry inquiry, PowerCode power, PostRoster roster, IEnumerable<string> materials, Instant at)
    {
        Preconditions.CheckNotNull(inquiry);
        Preconditions.CheckNotNull(roster);
        var items = Preconditions.CheckNotNull(materials).ToArray();
        var findings = CheckClose(inquiry, at);
        CheckNotBeingClarified(inquiry, "taken in for another post", "不得代收转交其他岗位", findings);
        if (items.Length == 0 || !items.All(VisibleText.HasVisibleText))
        {
            findings.Add(DeskFindings.Error(FrontDeskRuleCodes.MaterialsMissing, "Materials", null, "The materials taken in must be listed, each item visible (做好记录).", "收入的材料须逐项登记（做好记录）。"));
        }

        var post = PostOf(power, findings);
        LocalDate? due = null;
        if (post is not null && findings.Count == 0)
        {
            var day = at.InZone(Zone).Date;
            if (!roster.TryGetPost(post, out _))
            {
                findings.Add(DeskFindings.Error(FrontDeskRuleCodes.NoOneToHandTo, "Post", post.ChineseName, $"Post '{post.ChineseName}' is not on the roster.", $"岗位表中没有岗位“{post.ChineseName}”。"));
            }
            else if (roster.WhoActs(post, day) is { } acting)
            {
                findings.Add(DeskFindings.Error(FrontDeskRuleCodes.HandlerPresent, "Post", post.ChineseName, $"{acting.Person} acts in post '{post.ChineseName}' on {day:uuuu-MM-dd}: hand the matter to them rather than taking the materials in.", $"{day:uuuu-MM-dd}{acting.Person}在“{post.ChineseName}”岗位办理，应直接引荐，不必代收材料。"));
            }
            else
            {
                for (var next = day.PlusDays(1); Calendar.Coverage.Contains(next); next = next.PlusDays(1))
                {
                    if (Calendar.IsWorkingDay(next) && roster.WhoActs(post, next) is not null)
                    {
                        due = next;
                        break;
                    }
                }

                if (due is null)
                {
                    findings.Add(DeskFindings.Error(FrontDeskRuleCodes.NoOneToHandTo, "Post", post.ChineseName, $"Nobody acts in post '{post.ChineseName}' on any working day the calendar covers after {day:uuuu-MM-dd}: the office must fill the post.", $"{day:uuuu-MM-dd}之后日历范围内“{post.ChineseName}”岗位无人办理，须由单位安排人员。"));
                }
            }
        }

        if (findings.Count > 0)
        {
            return new InquiryResult(inquiry, findings);
        }

        var handover = new MaterialsHandover(power, post!.ChineseName, items, inquiry.FirstReceiver, at, due!.Value, null, null);
        var told = "经办人不在，材料已收入登记，待移交" + post.ChineseName + "（" + due.Value.ToString("uuuu-MM-dd", System.Globalization.CultureInfo.InvariantCulture) + "前）";
        return new InquiryResult(inquiry with { State = InquiryState.TakenIn, Result = told, ClosedAt = at, Handover = handover }, []);
    }

    /// <summary>Hands the materials taken in over to whoever acts in the post at <paramref name="at"/> (移交给经办人).</summary>
    /// <param name="inquiry">The inquiry, taken in.</param>
    /// <param name="roster">The post roster.</param>
    /// <param name="at">When.</param>
    /// <returns>Accepted with the handover recorded, or refused (nothing waiting, nobody acting that day, a time before taking in).</returns>
    /// <exception cref="System.ArgumentNullException">An argument is null.</exception>
    public InquiryResult HandOver(Inquiry inquiry, PostRoster roster, Instant at)
    {
        Preconditions.CheckNotNull(inquiry);
        Preconditions.CheckNotNull(roster);
        if (inquiry.Handover is not { HandedTo: null } waiting)
        {
            return new InquiryResult(inquiry, [DeskFindings.Error(FrontDeskRuleCodes.NothingToHandOver, "Handover", null, $"Inquiry '{inquiry.Id}' has no materials waiting to be handed over.", $"咨询“{inquiry.Id}”没有待移交的材料。")]);
        }

        var day = at.InZone(Zone).Date;
        var post = new Post(waiting.Post, waiting.Post);
        if (at < waiting.TakenAt || !Calendar.Coverage.Contains(day))
        {
            return new InquiryResult(inquiry, [DeskFindings.Error(FrontDeskRuleCodes.InvalidTime, "At", at.ToString(), $"{at} is before the materials were taken in or outside the calendar.", "移交时间早于收入时间或超出工作日历范围。")]);
        }

        if (!roster.TryGetPost(post, out _) || roster.WhoActs(post, day) is not { } acting)
        {
            return new InquiryResult(inquiry, [DeskFindings.Error(FrontDeskRuleCodes.NoOneToHandTo, "Post", waiting.Post, $"Nobody acts in post '{waiting.Post}' on {day:uuuu-MM-dd}.", $"{day:uuuu-MM-dd}“{waiting.Post}”岗位无人办理。")]);
        }

        return new InquiryResult(inquiry with { Handover = waiting with { HandedTo = acting.Person, HandedAt = at } }, []);
    }

    /// <summary>Checks that materials taken in were handed over by their due day (随后移交).</summary>
    /// <param name="inquiry">The inquiry.</param>
    /// <param name="now">The instant to judge at.</param>
    /// <returns>The breach, or empty.</returns>
    /// <exception cref="System.ArgumentNullException"><paramref name="inquiry"/> is null.</exception>
    public IReadOnlyList<Finding> ReviewHandover(Inquiry inquiry, Instant now)
    {
        Preconditions.CheckNotNull(inquiry);
        if (inquiry.Handover is not { } handover)
        {
            return [];
        }

        var handedOn = handover.HandedAt?.InZone(Zone).Date;
        var late = handedOn is { } on ? on > handover.DueOn : now.InZone(Zone).Date > handover.DueOn;
        return late
            ? [DeskFindings.Error(FrontDeskRuleCodes.HandoverOverdue, "Handover", handover.HandedAt?.ToString(), $"The materials taken in for post '{handover.Post}' were due to be handed over by {handover.DueOn:uuuu-MM-dd} and {(handedOn is null ? "are still waiting" : "were handed over late")}.", $"为“{handover.Post}”岗位代收的材料应于{handover.DueOn:uuuu-MM-dd}前移交，{(handedOn is null ? "至今未移交" : "逾期移交")}。")]
            : [];
    }

    private Post? PostOf(PowerCode power, List<Finding> findings)
    {
        if (!Catalog.TryGet(power, out var listed))
        {
            findings.Add(DeskFindings.Error(FrontDeskRuleCodes.PowerNotListed, "Power", power.ToString(), $"Power '{power}' is not listed in catalog version {Catalog.Version}.", $"权力事项“{power}”未列入职权目录。"));
            return null;
        }

        if (string.IsNullOrWhiteSpace(listed.UndertakingPost))
        {
            findings.Add(DeskFindings.Error(FrontDeskRuleCodes.NoUndertakingPost, "Power.UndertakingPost", null, $"Power '{power}' names no undertaking post in the catalog.", $"权力事项“{power}”在职权目录中未载明承办岗位。"));
            return null;
        }

        return new Post(listed.UndertakingPost, listed.UndertakingPost);
    }
}
