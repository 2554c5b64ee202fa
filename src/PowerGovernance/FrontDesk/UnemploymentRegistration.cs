using System;
using PowerGovernance.Calendars;

namespace PowerGovernance.FrontDesk;

/// <summary>
/// The built-in materials checklist for unemployment registration (失业登记, 《四川省就业失业登记证》申领), taken
/// from the township rule book's labour and social security section (劳动和社会保障工作制度 二、三): seven groups
/// of people may register, each with its own document, on top of the documents every applicant brings.
/// </summary>
/// <remarks>
/// <para>
/// Everyone brings: a valid identity document (本人有效身份证件), the household register, original and copy
/// (户口本（原件及复印件）), two bare-headed two-inch colour photos (本人免冠两寸彩色照两张) and the filled-in
/// application form, in three copies (《就业失业登记证申领审批表》（一式三份）). Each group adds its own proof;
/// the seventh group ("others who meet the conditions") has none listed in the rule book. Registering again
/// (再次办理失业登记) also needs the earlier certificate (《登记证》).
/// </para>
/// <para>
/// The rule book sets no time limit for registration, so <see cref="MaterialsChecklist.TimeLimit"/> is
/// <see langword="null"/> unless the host passes its own announced limit to <see cref="Create"/>.
/// </para>
/// </remarks>
public static class UnemploymentRegistration
{
    /// <summary>The checklist's id: <c>unemployment-registration</c>.</summary>
    public const string Id = "unemployment-registration";

    /// <summary>Category 1: graduated or left any school (从各类学校毕业、肄业的).</summary>
    public const string Graduate = "graduate";

    /// <summary>Category 2: lost a job with any employer (从企业、机关、事业单位等各类用人单位失业的).</summary>
    public const string LeftEmployer = "left-employer";

    /// <summary>Category 3: owner of a closed or bankrupt business (个体工商户业主或私营企业业主停业、破产停止经营的).</summary>
    public const string BusinessClosed = "business-closed";

    /// <summary>Category 4: contracted land requisitioned (承包土地被征用并符合规定条件的).</summary>
    public const string LandRequisitioned = "land-requisitioned";

    /// <summary>Category 5: discharged from the armed forces and not placed by the state (军人退出现役且未纳入国家统一安置的).</summary>
    public const string Veteran = "veteran";

    /// <summary>Category 6: released from prison or re-education, on parole or serving outside prison (刑满释放、假释、监外执行或解除劳动教养的).</summary>
    public const string Released = "released";

    /// <summary>Category 7: others who meet the conditions for registration (其他符合失业登记条件人员).</summary>
    public const string Other = "other";

    /// <summary>A fact, not a group: registering again (再次办理失业登记), which also needs the earlier certificate.</summary>
    public const string RepeatRegistration = "repeat-registration";

    /// <summary>Where to go (办理地点): the community labour and social security service centre of the household register.</summary>
    public const string Place = "户籍所在地社区劳动保障服务中心（责任单位：劳动保障站）";

    /// <summary>Gets the checklist with no time limit (the rule book sets none).</summary>
    public static MaterialsChecklist Checklist { get; } = Create();

    /// <summary>Creates the checklist, optionally with the time limit the office announced.</summary>
    /// <param name="timeLimit">The office's announced time limit, or <see langword="null"/>.</param>
    /// <returns>Revision 1 of the checklist.</returns>
    public static MaterialsChecklist Create(TimeLimit? timeLimit = null) =>
        new(
            Id,
            "失业登记（申领《就业失业登记证》）",
            "Unemployment registration",
            1,
            [
                new ApplicantCategory(Graduate, "从各类学校毕业、肄业的", "Graduated or left school"),
                new ApplicantCategory(LeftEmployer, "从企业、机关、事业单位等各类用人单位失业的", "Lost a job with an employer"),
                new ApplicantCategory(BusinessClosed, "个体工商户业主或私营企业业主停业、破产停止经营的", "Own business closed or bankrupt"),
                new ApplicantCategory(LandRequisitioned, "承包土地被征用并符合规定条件的", "Contracted land requisitioned"),
                new ApplicantCategory(Veteran, "军人退出现役且未纳入国家统一安置的", "Discharged soldier not placed by the state"),
                new ApplicantCategory(Released, "刑满释放、假释、监外执行或解除劳动教养的", "Released from prison or re-education"),
                new ApplicantCategory(Other, "其他符合失业登记条件人员", "Others meeting the conditions"),
                new ApplicantCategory(RepeatRegistration, "再次办理失业登记", "Registering again"),
            ],
            [
                new RequiredMaterial("id-card", "本人有效身份证件", "Valid identity document"),
                new RequiredMaterial("household-register", "户口本", "Household register", "原件及复印件"),
                new RequiredMaterial("photos", "本人免冠两寸彩色照", "Bare-headed two-inch colour photos", "两张"),
                new RequiredMaterial("application-form", "《就业失业登记证申领审批表》", "Application form", "一式三份"),
                new RequiredMaterial("diploma", "毕业证（肄业证）", "Diploma or certificate of study", null, [Graduate]),
                new RequiredMaterial("termination-proof", "原单位（或有关部门）出具的终止或解除劳动关系证明书（判决书或仲裁书）等有关资料", "Proof of termination of employment (or judgment or award)", null, [LeftEmployer]),
                new RequiredMaterial("business-closure-proof", "工商部门出具的停业或注销营业执照的证明", "Proof of closure or deregistration from the market regulator", null, [BusinessClosed]),
                new RequiredMaterial("land-loss-proof", "国土部门出具的失地证明等有关资料", "Proof of land loss from the land authority", null, [LandRequisitioned]),
                new RequiredMaterial("veteran-certificate", "复员转业军人证书", "Discharge certificate", null, [Veteran]),
                new RequiredMaterial("release-proof", "解除劳动教养、刑满释放等相关证明", "Proof of release", null, [Released]),
                new RequiredMaterial("registration-certificate", "《登记证》", "Earlier registration certificate", null, [RepeatRegistration]),
            ],
            [
                "携带上述材料到户籍所在地社区劳动保障服务中心",
                "填写《就业失业登记证申领审批表》（一式三份）",
                "进行失业登记并申领《就业失业登记证》",
            ],
            timeLimit,
            Place);
}
