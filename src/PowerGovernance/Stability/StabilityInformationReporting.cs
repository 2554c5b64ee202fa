using System;
using System.Globalization;

namespace PowerGovernance.Stability;

/// <summary>
/// The stability office's information-reporting rules (信息报告制度): "对本地区影响稳定的重大情况和治安突出问题应当及时以信息报告的形式向党委、
/// 政府一把手和上级机关作出书面报告", and, by its briefing rules, "重大、突发性事件和群众越级上访情况，应立即报告领导和上级有关部门". Pure.
/// </summary>
/// <remarks>
/// Every report is in writing to the township Party committee, the head of the government and the superior organs
/// (<see cref="Recipients"/>). Major or sudden incidents and petitions that bypass levels, and signs of a group incident (which the
/// risk warning mechanism also reports at once to the head), are reported at once; the rest in good time (及时), for which the rules
/// name no number of days. The rules set no time in days, so no due date is computed: a host that needs one sets its own.
/// </remarks>
public static class StabilityInformationReporting
{
    /// <summary>Who receives the written reports (党委、政府一把手和上级机关).</summary>
    public const string Recipients = "党委、政府一把手和上级机关";

    /// <summary>Who receives the written reports, in English.</summary>
    public const string EnglishRecipients = "the Party committee, the head of the government and the superior organs";

    /// <summary>Returns the duty to report information of kind <paramref name="kind"/>.</summary>
    /// <param name="kind">What the report is about.</param>
    /// <returns>The duty: immediate for <see cref="StabilityInformationKind.GroupIncidentSign"/> and <see cref="StabilityInformationKind.MajorIncident"/>, in good time otherwise.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="kind"/> is not defined.</exception>
    public static StabilityInformationDuty For(StabilityInformationKind kind)
    {
        if (!Enum.IsDefined(kind))
        {
            throw new ArgumentOutOfRangeException(nameof(kind), kind, "kind = " + ((int)kind).ToString(CultureInfo.InvariantCulture) + ": not one of the six contents of a stability information report. / 不是信息报告的六项主要内容之一。");
        }

        var immediate = kind is StabilityInformationKind.GroupIncidentSign or StabilityInformationKind.MajorIncident;
        return immediate
            ? new StabilityInformationDuty(kind, true, "立即以书面信息报告的形式报告" + Recipients + "，同时组织力量疏导、化解、劝返接回", "report at once, in writing, to " + EnglishRecipients + ", and send people to calm, settle and bring the petitioners back")
            : new StabilityInformationDuty(kind, false, "及时以书面信息报告的形式报告" + Recipients + "，务必准确", "report in good time and accurately, in writing, to " + EnglishRecipients);
    }
}
