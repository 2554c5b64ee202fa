using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using PowerGovernance.Calendars;
using PowerGovernance.Powers;

namespace PowerGovernance.Benchmarks;

/// <summary>
/// Deterministic, realistic power catalogs (职权目录) of any size for benchmarks: powers of a handful of
/// county and township bodies, with unique codes in the <see cref="PowerCodeFormat.Standard"/> format
/// (e.g. <c>62052400MZ-XK-0001</c>), whose type code matches the category, ranked legal bases, legal
/// and committed time limits, fees, disclosure and supervision.
/// </summary>
/// <remarks>
/// About nine powers in ten are valid under the catalog rules with default options; the rest carry
/// one typical defect each (no legal basis, a committed limit not one third shorter than the legal
/// one, a confidential power without a confidentiality basis, a fee without a basis, an on-application
/// power without conditions, bases out of rank order, no supervising body, a type code that does not
/// match the category). The same <c>count</c> and <c>seed</c> always give the same powers.
/// </remarks>
public static class GeneratedPowers
{
    /// <summary>The share of powers, in percent, that carry one defect.</summary>
    public const int DefectPercent = 10;

    private static readonly Body[] Bodies =
    [
        new("62052400MZ", "某镇人民政府", "民政办", "镇纪委", "0938-1234567"),
        new("62052400LD", "某镇人民政府", "劳动保障所", "镇纪委", "0938-1234567"),
        new("62052400ZZ", "某镇人民政府", "综治办", "镇纪委", "0938-1234567"),
        new("62052100CJ", "某县城市建设监察大队", "法制室", "县住建局纪检组", "12345"),
        new("62052100WS", "某县卫生健康局", "医政股", "县纪委监委派驻纪检组", "12345"),
        new("62000000GT", "某省国土资源厅", "耕地保护处", "省纪委监委派驻纪检组", "0931-8888888"),
        new("62052100SC", "某县市场监督管理局", "综合执法大队", "县纪委监委派驻纪检组", "12315"),
        new("62052100JY", "某县教育局", "基础教育股", "县纪委监委派驻纪检组", "12345"),
    ];

    private static readonly string[] Posts = ["受理岗", "审核岗", "审批岗", "执法岗", "复核岗"];

    private static readonly string[] Surnames = ["王", "李", "张", "刘", "陈", "杨", "赵", "黄", "周", "吴"];

    private static readonly string[] GivenNames = ["建国", "秀英", "志强", "丽华", "海燕", "伟", "敏", "军", "静", "磊"];

    private static readonly string[] Subjects =
    [
        "最低生活保障", "农村五保供养", "大病医疗救助", "自然灾害救助", "失业登记", "临时救助", "建设工程规划",
        "户外广告设置", "占用城市道路", "食品经营", "个体诊所执业", "民办学校办学", "土地复垦", "耕地占用",
        "宅基地使用", "计划生育奖励扶助", "残疾人两项补贴", "高龄津贴", "就业援助", "特困人员认定",
    ];

    private static readonly LegalBasis[] Laws =
    [
        new("《中华人民共和国行政许可法》", "第四十二条", LegalBasisRank.Law),
        new("《中华人民共和国行政处罚法》", "第六十条", LegalBasisRank.Law),
        new("《中华人民共和国城乡规划法》", "第四十条", LegalBasisRank.Law),
        new("《中华人民共和国土地管理法》", "第四十四条", LegalBasisRank.Law),
        new("《中华人民共和国食品安全法》", "第三十五条", LegalBasisRank.Law),
    ];

    private static readonly LegalBasis[] Regulations =
    [
        new("《社会救助暂行办法》", "第十一条", LegalBasisRank.AdministrativeRegulation),
        new("《农村五保供养工作条例》", "第七条", LegalBasisRank.AdministrativeRegulation),
        new("《城市市容和环境卫生管理条例》", "第十一条", LegalBasisRank.AdministrativeRegulation),
        new("《医疗机构管理条例》", "第九条", LegalBasisRank.AdministrativeRegulation),
    ];

    private static readonly LegalBasis[] Lower =
    [
        new("《就业服务与就业管理规定》", "第六十二条", LegalBasisRank.DepartmentalRule),
        new("《甘肃省城乡规划条例》", "第三十二条", LegalBasisRank.LocalRegulation),
        new("《甘肃省最低生活保障办法》", "第十四条", LegalBasisRank.LocalGovernmentRule),
        new("《某县大病医疗救助实施办法》", "第五条", LegalBasisRank.NormativeDocument),
    ];

    private static readonly DisclosureForms[] FormSets =
    [
        DisclosureForms.NoticeBoard | DisclosureForms.Website,
        DisclosureForms.Website | DisclosureForms.Handbook,
        DisclosureForms.NoticeBoard | DisclosureForms.Handbook | DisclosureForms.Hotline,
        DisclosureForms.Website | DisclosureForms.Media,
    ];

    private enum Defect
    {
        None,
        NoLegalBasis,
        CommittedTooLong,
        ConfidentialWithoutBasis,
        FeeWithoutBasis,
        NoConditions,
        BasesOutOfOrder,
        NoSupervisingBody,
        TypeCodeMismatch,
    }

    /// <summary>Generates <paramref name="count"/> powers with unique standard codes.</summary>
    /// <param name="count">How many powers, 0 to 959,904 (8 bodies × 12 categories × 9,999 serials).</param>
    /// <param name="seed">The random seed; the same seed gives the same powers.</param>
    /// <returns>The powers, in code-generation order.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="count"/> is negative or too large for unique codes.</exception>
    public static IReadOnlyList<Power> Create(int count, int seed = 42)
    {
        var categories = PowerCategory.WellKnown;
        var combinations = Bodies.Length * categories.Count;
        ArgumentOutOfRangeException.ThrowIfNegative(count);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(count, combinations * 9999);

#pragma warning disable CA5394 // Deterministic test data, not security.
        var random = new Random(seed);
        var powers = new Power[count];
        for (var i = 0; i < count; i++)
        {
            var body = Bodies[i % Bodies.Length];
            var category = categories[i / Bodies.Length % categories.Count];
            var serial = (i / combinations) + 1;
            var defect = random.Next(100) < DefectPercent ? (Defect)(1 + random.Next(8)) : Defect.None;
            powers[i] = CreateOne(random, body, category, serial, defect);
        }
#pragma warning restore CA5394

        return powers;
    }

    /// <summary>
    /// Generates <paramref name="count"/> powers as <see cref="Create"/> does, with the structure of a 权责清单 entry: every
    /// fourth serial of a body and category is a sub-item (子项) of the serial before it (same body, same category), and every
    /// power has exercising levels, service objects, forwarding for review (for township items, with the county above) and
    /// stage responsibilities with accountability matter codes — the licensing stages (受理、审查、决定、送达、事后监管) or the
    /// enforcement stages (立案、调查、审查、告知、决定、送达、执行).
    /// </summary>
    /// <param name="count">How many powers, as for <see cref="Create"/>.</param>
    /// <param name="seed">The random seed; the same seed gives the same powers.</param>
    /// <returns>The powers, in code-generation order.</returns>
    public static IReadOnlyList<Power> CreateStructured(int count, int seed = 42)
    {
        var plain = Create(count, seed);
        var combinations = Bodies.Length * PowerCategory.WellKnown.Count;
        var powers = new Power[plain.Count];
        for (var i = 0; i < plain.Count; i++)
        {
            var power = plain[i];
            var serial = (i / combinations) + 1;
            var township = power.ImplementingBody!.EndsWith("镇人民政府", StringComparison.Ordinal);
            var enforcement = power.Category!.TypeCode is "CF" or "QZ" or "JC";
            powers[i] = power with
            {
                MainItem = serial % 4 == 0 ? plain[i - combinations].Code : null,
                ExercisingLevels = township ? ExercisingLevels.County | ExercisingLevels.Township : ExercisingLevels.Province | ExercisingLevels.City | ExercisingLevels.County,
                ServiceObjects = ServiceObjects.Citizens | (i % 2 == 0 ? ServiceObjects.LegalPersons : ServiceObjects.None),
                ForwardedForReview = township && i % 3 == 0,
                Stages = WithSubject(enforcement ? EnforcementStages : LicensingStages, power.Name!),
            };
        }

        return powers;
    }

    /// <summary>The stages with the item's name in the first responsibility of each, so that no two items' cells are the same text.</summary>
    private static StageResponsibility[] WithSubject(StageResponsibility[] stages, string name) =>
        Array.ConvertAll(stages, s => s with { Responsibilities = [name + "：" + s.Responsibilities[0], .. s.Responsibilities.Skip(1)] });

    private static readonly StageResponsibility[] LicensingStages =
    [
        new(PowerStage.Acceptance, ["公示应当提交的材料", "一次性告知补正材料", "依法受理或不予受理（不予受理的应当告知理由）"], ["procrastination"]),
        new(PowerStage.Review, ["对申请材料进行审查，提出审查意见", "需要实地核查的，指派两名以上工作人员核查"], ["abuse-of-power"]),
        new(PowerStage.Decision, ["作出准予或不予许可的决定，不予许可的书面说明理由"], ["abuse-of-power", "arbitrary-decisions"]),
        new(PowerStage.Service, ["准予许可的制发证件并送达"], ["procrastination"]),
        new(PowerStage.Supervision, ["对被许可人从事许可事项的活动进行监督检查"], ["weak-oversight"]),
    ];

    private static readonly StageResponsibility[] EnforcementStages =
    [
        new(PowerStage.Filing, ["对发现的违法行为予以审查，符合立案条件的予以立案"], ["inaction"]),
        new(PowerStage.Investigation, ["指定专人调查取证，执法人员不得少于两人，出示执法证件"], ["abuse-of-power"]),
        new(PowerStage.Review, ["审查案件事实、证据、程序、法律适用和处罚幅度"], ["abuse-of-power"]),
        new(PowerStage.Notification, ["作出决定前告知当事人违法事实及陈述、申辩、听证的权利"], ["abuse-of-power"]),
        new(PowerStage.Decision, ["制作决定书，载明违法事实、依据和救济途径"], ["arbitrary-decisions"]),
        new(PowerStage.Service, ["依法送达决定书"], ["procrastination"]),
        new(PowerStage.Enforcement, ["监督当事人履行决定，依法申请强制执行"], ["weak-oversight"]),
    ];

#pragma warning disable CA5394 // Deterministic test data, not security.
    private static Power CreateOne(Random random, Body body, PowerCategory category, int serial, Defect defect)
    {
        // A mismatching type code that no category uses (e.g. XXK for XK), so codes stay unique.
        var typeCode = defect == Defect.TypeCodeMismatch ? "X" + category.TypeCode : category.TypeCode;
        var code = new PowerCode(string.Create(CultureInfo.InvariantCulture, $"{body.Code}-{typeCode}-{serial:D4}"));
        var subject = Subjects[random.Next(Subjects.Length)];
        var onApplication = category.TypeCode is "XK" or "JF" or "QR" or "SP" or "JL" || random.Next(4) == 0;

        var bases = new List<LegalBasis>(3);
        if (defect != Defect.NoLegalBasis)
        {
            bases.Add(Laws[random.Next(Laws.Length)]);
            if (random.Next(2) == 0)
            {
                bases.Add(Regulations[random.Next(Regulations.Length)]);
            }

            if (random.Next(3) == 0)
            {
                bases.Add(Lower[random.Next(Lower.Length)]);
            }

            if (defect == Defect.BasesOutOfOrder)
            {
                bases.Insert(0, Lower[random.Next(Lower.Length)]);
            }
        }

        TimeLimit? legal = null;
        TimeLimit committed;
        if (random.Next(5) == 0)
        {
            // No law sets a limit: the office sets one and announces it (篇4 限时办结 1).
            committed = TimeLimit.WorkingDays(5 + random.Next(11));
        }
        else
        {
            var natural = random.Next(6) == 0;
            var days = natural ? 30 + (15 * random.Next(5)) : 10 + (5 * random.Next(7));
            legal = natural ? TimeLimit.NaturalDays(days) : TimeLimit.WorkingDays(days);
            var max = days * 2 / 3;
            var committedDays = defect == Defect.CommittedTooLong ? max + 1 + random.Next(days - max) : max - random.Next(max / 2 + 1);
            committed = natural ? TimeLimit.NaturalDays(committedDays) : TimeLimit.WorkingDays(committedDays);
        }

        var fee = Fee.Free;
        if (defect == Defect.FeeWithoutBasis)
        {
            fee = Fee.Charged(20m, null, null);
        }
        else if (random.Next(20) == 0)
        {
            fee = Fee.Charged(10m * (1 + random.Next(10)), "《行政事业性收费项目目录》", "每件" + (10 * (1 + random.Next(10))).ToString(CultureInfo.InvariantCulture) + "元");
        }

        var confidentiality = Confidentiality.Public;
        if (defect == Defect.ConfidentialWithoutBasis)
        {
            confidentiality = new Confidentiality(true, "涉及国家秘密", null);
        }
        else if (random.Next(50) == 0)
        {
            confidentiality = new Confidentiality(true, "涉及国家秘密", "《中华人民共和国保守国家秘密法》第十三条");
        }

        return new Power
        {
            Code = code,
            Name = subject + category.ChineseName[^2..],
            Category = category,
            LegalBases = bases,
            ImplementingBody = body.Name,
            UndertakingUnit = body.Unit,
            UndertakingPost = Posts[random.Next(Posts.Length)],
            ResponsiblePerson = Surnames[random.Next(Surnames.Length)] + GivenNames[random.Next(GivenNames.Length)],
            Initiation = onApplication ? Initiation.OnApplication : Initiation.ExOfficio,
            Conditions = onApplication && defect != Defect.NoConditions ? "申请人符合" + subject + "条件，提交申请书及相关证明材料" : null,
            LegalTimeLimit = legal,
            CommittedTimeLimit = committed,
            Fee = fee,
            Disclosure = new Disclosure(random.Next(2) == 0 ? "社会公开" : "全镇", FormSets[random.Next(FormSets.Length)], DisclosureTiming.LongTerm),
            Confidentiality = confidentiality,
            SupervisingBody = defect == Defect.NoSupervisingBody ? null : body.Supervisor,
            ComplaintChannel = "监督电话 " + body.Hotline,
        };
    }
#pragma warning restore CA5394

    private sealed record Body(string Code, string Name, string Unit, string Supervisor, string Hotline);
}
