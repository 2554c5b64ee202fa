using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using NodaTime;
using PowerGovernance.Internal;
using PowerGovernance.Powers;
using PowerGovernance.Procedures;

namespace PowerGovernance.Risks;

/// <summary>
/// The risk warning mechanism (权力运行风险预警机制): a pure function from what was observed up to a day to the warnings
/// due and who must act on them. Immutable and thread-safe.
/// </summary>
/// <remarks>
/// <para>Which observations raise a warning:</para>
/// <list type="bullet">
/// <item><description><b>An overdue case</b> (<see cref="RiskObservationKind.CaseOverdue"/>): each one, at the level the register gives
/// the power (or else the post), medium when neither is registered.</description></item>
/// <item><description><b>Repeated complaints</b>: <see cref="ComplaintThreshold"/> or more complaints about one power, or about one post, within
/// the last <see cref="ComplaintWindowDays"/> days: one warning for the power or post, at least medium.</description></item>
/// <item><description><b>Repeated supervision</b>: a second supervision notice on one case (the first one did not get it settled): high; the head
/// reports on leader-owned cases at the meeting (由一把手在会议上进行通报督促).</description></item>
/// <item><description><b>A sign of a group incident</b> or of petitioning past the proper level: high, and reported at once to the head
/// (重大、突发性事件和群众越级上访情况，应立即报告领导和上级有关部门).</description></item>
/// </list>
/// <para>
/// Who must act follows the level (分级预警): low, the post concerned (自查自纠); medium, the head of the unit; high, the discipline
/// inspection body; a sign of a group incident, the head (一把手). Observations dated after the day asked about are not
/// yet known and are ignored.
/// </para>
/// </remarks>
public sealed class RiskWarningPolicy
{
    /// <summary>Creates a policy.</summary>
    /// <param name="complaintThreshold">How many complaints about one power or post make them repeated: 2 to 100; 2 by default (repeated = more than once).</param>
    /// <param name="complaintWindowDays">The window they are counted in, ending on the day asked about: 1 to 366 days; 90 by default, set by the office.</param>
    /// <exception cref="ArgumentOutOfRangeException">A number is out of its range.</exception>
    public RiskWarningPolicy(int complaintThreshold = 2, int complaintWindowDays = 90)
    {
        Preconditions.CheckArgumentRange(complaintThreshold, 2, 100);
        Preconditions.CheckArgumentRange(complaintWindowDays, 1, 366);
        ComplaintThreshold = complaintThreshold;
        ComplaintWindowDays = complaintWindowDays;
    }

    /// <summary>Gets the default policy: 2 complaints within 90 days.</summary>
    public static RiskWarningPolicy Default { get; } = new();

    /// <summary>Gets how many complaints make them repeated.</summary>
    public int ComplaintThreshold { get; }

    /// <summary>Gets the window complaints are counted in, in days ending on the day asked about.</summary>
    public int ComplaintWindowDays { get; }

    /// <summary>The head of the unit (科室、站所负责人): acts on medium warnings, and on low ones where no post is known.</summary>
    public static Post UnitHead { get; } = new("科室（站所）负责人", "Head of the unit");

    /// <summary>The discipline inspection body (镇纪委): acts on high warnings.</summary>
    public static Post DisciplineInspection { get; } = new("镇纪委", "Township discipline inspection commission");

    /// <summary>The head (一把手): acts on signs of group incidents.</summary>
    public static Post Head => Procedures.BuiltIn.LeaderOwnedCase.Head;

    /// <summary>Returns the warnings due on <paramref name="asOf"/>, ordered by day, kind, subject, power and post, whatever the order of the observations.</summary>
    /// <param name="register">The risk register that grades powers and posts.</param>
    /// <param name="observations">What was observed.</param>
    /// <param name="asOf">The day asked about.</param>
    /// <returns>The warnings.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="register"/>, <paramref name="observations"/> or an observation is null.</exception>
    /// <exception cref="ArgumentException">An observation's kind is not defined or its subject is blank.</exception>
    public IReadOnlyList<RiskWarning> Evaluate(RiskRegister register, IEnumerable<RiskObservation> observations, LocalDate asOf)
    {
        Preconditions.CheckNotNull(register);
        var all = Preconditions.CheckNotNull(observations).ToArray();
        for (var i = 0; i < all.Length; i++)
        {
            if (all[i] is null)
            {
                throw new ArgumentNullException(nameof(observations), "observations[" + i.ToString(CultureInfo.InvariantCulture) + "] is null. / 第" + (i + 1).ToString(CultureInfo.InvariantCulture) + "条预警信息为空。");
            }

            if (!Enum.IsDefined(all[i].Kind) || !VisibleText.HasVisibleText(all[i].Subject))
            {
                throw new ArgumentException("observations[" + i.ToString(CultureInfo.InvariantCulture) + "]: the kind must be defined and the subject named. / 第" + (i + 1).ToString(CultureInfo.InvariantCulture) + "条预警信息的类别无效或未写明事项。", nameof(observations));
            }
        }

        var known = all.Where(o => o.On <= asOf).ToArray();
        var warnings = new List<RiskWarning>();
        foreach (var o in known.Where(o => o.Kind == RiskObservationKind.CaseOverdue).Distinct())
        {
            var level = Graded(register, o.Power, o.Post) ?? RiskLevel.Medium;
            warnings.Add(new RiskWarning(RiskWarningKind.OverdueCase, level, o.On, o.Subject, o.Power, o.Post, Acting(level, o.Post), "案件" + o.Subject + "逾期，" + Instruction(level), "case " + o.Subject + " is overdue; " + EnglishInstruction(level)));
        }

        var windowStart = asOf.PlusDays(1 - ComplaintWindowDays);
        var complaints = known.Where(o => o.Kind == RiskObservationKind.Complaint && o.On >= windowStart).ToArray();
        foreach (var group in complaints.Where(o => o.Power is not null).GroupBy(o => o.Power!.Value))
        {
            AddComplaints(warnings, register, group.ToArray(), group.Key, null, group.Key.ToString(), group.Key.ToString());
        }

        foreach (var group in complaints.Where(o => o.Post is not null).GroupBy(o => o.Post!))
        {
            AddComplaints(warnings, register, group.ToArray(), null, group.Key, group.Key.ChineseName, "the post " + group.Key.EnglishName);
        }

        foreach (var group in known.Where(o => o.Kind == RiskObservationKind.SupervisionNotice).GroupBy(o => o.Subject, StringComparer.Ordinal))
        {
            var notices = group.OrderBy(o => o.On).ThenBy(o => o.Power?.ToString(), StringComparer.Ordinal).ThenBy(o => o.Post?.ChineseName, StringComparer.Ordinal).ToArray();
            if (notices.Length >= 2)
            {
                var last = notices[^1];
                warnings.Add(new RiskWarning(RiskWarningKind.RepeatedSupervision, RiskLevel.High, last.On, group.Key, last.Power, last.Post, DisciplineInspection, "案件" + group.Key + "已发出" + notices.Length.ToString(CultureInfo.InvariantCulture) + "份督办通知书仍未办结，" + Instruction(RiskLevel.High) + "，一把手在会议上通报督促", "case " + group.Key + " has had " + notices.Length.ToString(CultureInfo.InvariantCulture) + " supervision notices and is still open; " + EnglishInstruction(RiskLevel.High) + ", and the head reports on it at the meeting"));
            }
        }

        foreach (var o in known.Where(o => o.Kind == RiskObservationKind.GroupIncidentSign).Distinct())
        {
            warnings.Add(new RiskWarning(RiskWarningKind.GroupIncidentSign, RiskLevel.High, o.On, o.Subject, o.Power, o.Post, Head, "发现群体性事件或越级上访苗头：" + o.Subject + "，立即报告一把手和上级有关部门，组织力量疏导化解", "sign of a group incident or of petitioning past the proper level: " + o.Subject + "; report at once to the head and the bodies above, and organise its defusing"));
        }

        return ImmutableLists.Of(warnings
            .OrderBy(w => w.Raised).ThenBy(w => w.Kind).ThenBy(w => w.Subject, StringComparer.Ordinal)
            .ThenBy(w => w.Power?.ToString(), StringComparer.Ordinal).ThenBy(w => w.Post?.ChineseName, StringComparer.Ordinal).ThenBy(w => w.Level));
    }

    private void AddComplaints(List<RiskWarning> warnings, RiskRegister register, RiskObservation[] group, PowerCode? power, Post? post, string subject, string englishSubject)
    {
        if (group.Length < ComplaintThreshold)
        {
            return;
        }

        var graded = Graded(register, power, post);
        var level = graded is { } g && g > RiskLevel.Medium ? g : RiskLevel.Medium;
        var count = group.Length.ToString(CultureInfo.InvariantCulture);
        var days = ComplaintWindowDays.ToString(CultureInfo.InvariantCulture);
        warnings.Add(new RiskWarning(RiskWarningKind.RepeatedComplaints, level, group.Max(o => o.On), subject, power, post, Acting(level, post), subject + "在" + days + "日内被投诉" + count + "次，" + Instruction(level), englishSubject + " drew " + count + " complaints within " + days + " days; " + EnglishInstruction(level)));
    }

    private static RiskLevel? Graded(RiskRegister register, PowerCode? power, Post? post) =>
        power is { } code && register.LevelOf(code) is { } byPower ? byPower
        : post is not null ? register.LevelOf(post)
        : null;

    private static Post Acting(RiskLevel level, Post? post) => level switch
    {
        RiskLevel.High => DisciplineInspection,
        RiskLevel.Medium => UnitHead,
        _ => post ?? UnitHead,
    };

    private static string Instruction(RiskLevel level) => level switch
    {
        RiskLevel.High => "高风险，镇纪委介入核查",
        RiskLevel.Medium => "中风险，科室（站所）负责人督促整改",
        _ => "低风险，岗位责任人自查自纠",
    };

    private static string EnglishInstruction(RiskLevel level) => level switch
    {
        RiskLevel.High => "high risk: the discipline inspection commission looks into it",
        RiskLevel.Medium => "medium risk: the head of the unit has it put right",
        _ => "low risk: the post concerned checks and corrects it",
    };
}
