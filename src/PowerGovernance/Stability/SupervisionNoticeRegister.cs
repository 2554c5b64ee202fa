using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using NodaTime;
using PowerGovernance.Internal;

namespace PowerGovernance.Stability;

/// <summary>
/// The list of supervision notices an office has issued (督办通知书登记表): "对督办通知书进行统一编号，列表建档，随时对督办案件进行跟踪和指导".
/// Each notice gets the next number of its office and year, so the numbers of a year run 1, 2, 3… without gaps or repeats.
/// Immutable: <see cref="Issue"/> returns a new register.
/// </summary>
public sealed class SupervisionNoticeRegister
{
    private readonly IReadOnlyList<SupervisionNotice> notices;

    /// <summary>Creates an empty register.</summary>
    /// <param name="office">The office's abbreviation (机关代字), e.g. <c>某镇综治</c>; see <see cref="SupervisionNoticeNumber"/>.</param>
    /// <exception cref="ArgumentException"><paramref name="office"/> is not a valid abbreviation.</exception>
    public SupervisionNoticeRegister(string office)
        : this(CheckOffice(office), [])
    {
    }

    private SupervisionNoticeRegister(string office, IReadOnlyList<SupervisionNotice> notices)
    {
        Office = office;
        this.notices = notices;
    }

    /// <summary>Gets the office's abbreviation (机关代字).</summary>
    public string Office { get; }

    /// <summary>Gets the notices issued, in the order issued (列表建档).</summary>
    public IReadOnlyList<SupervisionNotice> Notices => notices;

    /// <summary>Returns the number the next notice issued on <paramref name="issued"/> would get.</summary>
    /// <param name="issued">The day of issue.</param>
    /// <returns>The office's number for that year, one after the last of the year.</returns>
    public SupervisionNoticeNumber NextNumber(LocalDate issued) =>
        new(Office, issued.Year, notices.Count(n => n.Number.Year == issued.Year) + 1);

    /// <summary>Issues a notice: files it with the next number of its year.</summary>
    /// <param name="caseId">The case supervised.</param>
    /// <param name="handlingUnit">The unit handling it.</param>
    /// <param name="issued">The day of issue; not before the last notice filed.</param>
    /// <param name="reason">Why the notice is issued.</param>
    /// <returns>The register with the notice filed last.</returns>
    /// <exception cref="ArgumentException">A text is blank, the reason is not defined, or the day is before the last notice's; the message lists every problem.</exception>
    public SupervisionNoticeRegister Issue(string caseId, string handlingUnit, LocalDate issued, SupervisionReason reason)
    {
        var problems = new List<string>();
        if (!VisibleText.HasVisibleText(caseId))
        {
            problems.Add("caseId: the case supervised is required / 必须写明督办案件");
        }

        if (!VisibleText.HasVisibleText(handlingUnit))
        {
            problems.Add("handlingUnit: the handling unit is required / 必须写明承办单位");
        }

        if (!Enum.IsDefined(reason))
        {
            problems.Add("reason = " + ((int)reason).ToString(CultureInfo.InvariantCulture) + ": not a defined reason / 督办事由无效");
        }

        if (notices.Count > 0 && issued < notices[^1].Issued)
        {
            problems.Add("issued = " + Iso(issued) + ": the register is kept in order of issue, and the last notice was issued on " + Iso(notices[^1].Issued) + " / 登记表按签发顺序建档，上一份通知书签发于" + Iso(notices[^1].Issued));
        }

        if (problems.Count > 0)
        {
            throw new ArgumentException("The supervision notice has " + problems.Count.ToString(CultureInfo.InvariantCulture) + " problem(s) / 督办通知书共有" + problems.Count.ToString(CultureInfo.InvariantCulture) + "个问题：" + Environment.NewLine + string.Join(Environment.NewLine, problems.Select(p => "  - " + p)));
        }

        var notice = new SupervisionNotice(NextNumber(issued), caseId, handlingUnit, issued, reason);
        return new SupervisionNoticeRegister(Office, ImmutableLists.Of(notices.Append(notice)));
    }

    /// <summary>Lists the notices issued for one case (督办案件跟踪), in the order issued.</summary>
    /// <param name="caseId">The case.</param>
    /// <returns>Its notices.</returns>
    public IReadOnlyList<SupervisionNotice> ForCase(string caseId) =>
        ImmutableLists.Of(notices.Where(n => string.Equals(n.CaseId, caseId, StringComparison.Ordinal)));

    private static string CheckOffice(string office)
    {
        var problem = SupervisionNoticeNumber.Problem(office, 2000, 1);
        return problem is null ? office : throw new ArgumentException(problem, nameof(office));
    }

    private static string Iso(LocalDate date) => date.ToString("uuuu-MM-dd", CultureInfo.InvariantCulture);
}
