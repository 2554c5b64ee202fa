using PowerGovernance.Calendars;
using PowerGovernance.FrontDesk;

namespace PowerGovernance.CivilAffairs;

/// <summary>
/// The materials checklist of an application for serious-illness aid (大病救助申请材料), from the township's civil-affairs
/// service rules: a written application and the medical-aid application form, handed to the village committee of the
/// household register, with the applicant's identity card and household register copies, the five-guarantee or
/// extreme-poverty certificate copy where the applicant is one, the year's diagnosis from a hospital at county level or
/// above, the medical invoices, the necessary original medical records, and proof of aid already received from
/// government medical aid or mutual help.
/// </summary>
/// <remarks>
/// The rule book also lists "other materials the civil-affairs department requires" (民政部门要求提供的其他材料). A one-time
/// notice must name every material, so that open item is not on the list: an office that needs more adds it by name with
/// <see cref="MaterialsChecklist.Revise"/>. The time limit is the county's quarterly approval: by the end of the quarter
/// (<see cref="TimeLimit.EndOfQuarter"/>).
/// </remarks>
public static class SeriousIllnessAidMaterials
{
    /// <summary>The checklist's id: <c>serious-illness-aid</c>.</summary>
    public const string Id = "serious-illness-aid";

    /// <summary>The category of applicants from five-guarantee or extreme-poverty households (属五保户、特困对象的), who add their certificate copy.</summary>
    public const string SupportedHousehold = "supported-household";

    /// <summary>Where to apply (办理地点): the village (community) committee of the household register.</summary>
    public const string Place = "户口所在地村（居）民委员会";

    /// <summary>Gets the checklist, revision 1.</summary>
    public static MaterialsChecklist Checklist { get; } = new(
        Id,
        "大病救助申请",
        "Serious-illness aid application",
        1,
        [new ApplicantCategory(SupportedHousehold, "属五保户、特困对象的", "Member of a five-guarantee or extreme-poverty household")],
        [
            new RequiredMaterial("written-application", "书面申请", "Written application"),
            new RequiredMaterial("application-form", "医疗救助申请表", "Medical aid application form", "如实填写"),
            new RequiredMaterial("id-card", "本人身份证", "Identity card", "复印件"),
            new RequiredMaterial("household-register", "户口本", "Household register", "复印件"),
            new RequiredMaterial("support-certificate", "五保户、特困对象证件", "Five-guarantee or extreme-poverty certificate", "复印件", [SupportedHousehold]),
            new RequiredMaterial("diagnosis", "当年患病的县级以上（含县级）医疗诊断书", "This year's diagnosis from a hospital at county level or above"),
            new RequiredMaterial("medical-invoices", "医疗费用发票", "Medical invoices"),
            new RequiredMaterial("medical-records", "必要的医疗病史资料", "Necessary medical records", "原始件"),
            new RequiredMaterial("other-aid-proof", "已由政府医疗救助、社会互助情况的证明", "Proof of government medical aid or mutual help already received"),
        ],
        [
            "向户口所在地村委会提出书面申请，填写医疗救助申请表并提供材料",
            "镇人民政府审核材料并入户调查，对符合条件的在申请表中填写救助意见",
            "报县民政局审批；县民政局每季度对受理的申请进行审批",
        ],
        TimeLimit.EndOfQuarter(),
        Place);
}
