using System;
using System.Globalization;
using System.Linq;
using FsCheck;
using FsCheck.Fluent;
using PowerGovernance.Calendars;
using PowerGovernance.Powers;

namespace PowerGovernance.Testing;

/// <summary>FsCheck generators of <see cref="Power"/> values (权力事项).</summary>
public static class PowerGenerators
{
    private const string Hanzi = "民政低保五保救助灾害失业登记信访决策公开许可处罚检查确认奖励裁决强制征收镇村县人民政府办公室岗位专干审批条件材料申请书";
    private const string FreeTextExtras = " ,\"'\n；、（）()《》-:：0123456789abcXYZ";

    private static readonly string[] BodyCodes = ["62052400MZ", "11010500MZ", "44030400ZF", "32058200SJ", "5101"];

    private static readonly LegalBasisRank[] Ranks = Enum.GetValues<LegalBasisRank>();

    /// <summary>
    /// Gets a generator of well-formed powers: every member filled and consistent — a standard code
    /// whose type code matches a well-known category, legal bases in rank order with titles in 《》,
    /// a committed limit of at most two thirds of the legal one and of the same kind (now and then a limit by the end of a
    /// quarter, 按季度, whose following quarters obey the same share), conditions for
    /// on-application powers, a fee basis when charged, a confidentiality basis when confidential.
    /// Absent optional text is <see langword="null"/>, never empty or padded, so powers survive a CSV
    /// round trip.
    /// </summary>
    public static Gen<Power> WellFormed { get; } =
        from category in Gen.Elements(PowerCategory.WellKnown.ToArray())
        from body in Gen.Elements(BodyCodes)
        from serial in Gen.Choose(1, 9999)
        from name in Text(Hanzi, 2, 16)
        from bases in Gen.Choose(1, 4).SelectMany(n => LegalBasisGen().ListOf(n))
        from implementing in Text(Hanzi, 3, 12)
        from unit in Text(Hanzi, 2, 8)
        from post in Text(Hanzi, 2, 8)
        from person in Text(Hanzi, 2, 6)
        from initiation in Gen.Elements(Initiation.OnApplication, Initiation.ExOfficio)
        from conditions in FreeText(4, 60)
        from limits in Limits()
        from fee in FeeGen()
        from disclosure in DisclosureGen()
        from confidentiality in ConfidentialityGen()
        from supervising in Text(Hanzi, 3, 10)
        from complaint in FreeText(5, 30)
        from structure in StructureGen()
        select new Power
        {
            Code = new PowerCode(string.Create(CultureInfo.InvariantCulture, $"{body}-{category.TypeCode}-{serial:D4}")),
            Name = name,
            Category = category,
            LegalBases = bases.OrderBy(b => b.Rank).ToArray(),
            ImplementingBody = implementing,
            UndertakingUnit = unit,
            UndertakingPost = post,
            ResponsiblePerson = person,
            Initiation = initiation,
            Conditions = initiation == Initiation.OnApplication ? conditions : null,
            LegalTimeLimit = limits.Legal,
            CommittedTimeLimit = limits.Committed,
            Fee = fee,
            Disclosure = disclosure,
            Confidentiality = confidentiality,
            SupervisingBody = supervising,
            ComplaintChannel = complaint,
            ExercisingLevels = structure.Levels,
            ServiceObjects = structure.Objects,
            ForwardedForReview = structure.Forwarded,
            ImplementingBodyCreditCode = structure.CreditCode,
            ImplementingBodyArea = structure.Area,
            Stages = structure.Stages,
        };

    /// <summary>
    /// Gets a generator of untrusted powers: each member is, at random, null, empty, white space,
    /// malformed or well formed (including null legal-basis lists and null elements in them).
    /// </summary>
    public static Gen<Power> Anything { get; } =
        from wellFormed in WellFormed
        from code in Gen.Elements<string?>(null, string.Empty, " ", "bad code", "62052400MZ-XK-12", wellFormed.Code.Value, "62052400MZ-CF-0001")
        from name in Messy(wellFormed.Name)
        from category in Gen.Elements<PowerCategory?>(null, wellFormed.Category, PowerCategory.Other, PowerCategory.Penalty)
        from bases in Gen.Elements<LegalBasis?[]?>(
            null,
            [],
            [null],
            [new LegalBasis(null!, null, (LegalBasisRank)99)],
            [new LegalBasis(string.Empty, " ", LegalBasisRank.NormativeDocument), new LegalBasis("《法》", null, LegalBasisRank.Law)],
            wellFormed.LegalBases.ToArray())
        from implementing in Messy(wellFormed.ImplementingBody)
        from unit in Messy(wellFormed.UndertakingUnit)
        from post in Messy(wellFormed.UndertakingPost)
        from person in Messy(wellFormed.ResponsiblePerson)
        from initiation in Gen.Elements(Initiation.OnApplication, Initiation.ExOfficio, (Initiation)42)
        from conditions in Messy(wellFormed.Conditions)
        from legal in Gen.Elements<TimeLimit?>(null, default(TimeLimit), TimeLimit.NaturalDays(0), wellFormed.LegalTimeLimit, TimeLimit.WorkingDays(TimeLimit.MaxDays))
        from committed in Gen.Elements<TimeLimit?>(null, default(TimeLimit), wellFormed.CommittedTimeLimit, TimeLimit.NaturalDays(20), TimeLimit.WorkingDays(20))
        from fee in Gen.Elements<Fee?>(null, Fee.Free, new Fee(false, -1m, null, null), new Fee(false, null, string.Empty, " "), new Fee(true, 5m, "x", null), wellFormed.Fee)
        from disclosure in Gen.Elements<Disclosure?>(null, Disclosure.Unspecified, new Disclosure(null, (DisclosureForms)1024, (DisclosureTiming)77), wellFormed.Disclosure)
        from confidentiality in Gen.Elements<Confidentiality?>(null, Confidentiality.Public, new Confidentiality(true, null, null), new Confidentiality(true, " ", string.Empty), new Confidentiality(false, "x", "y"), wellFormed.Confidentiality)
        from supervising in Messy(wellFormed.SupervisingBody)
        from complaint in Messy(wellFormed.ComplaintChannel)
        from mainItem in Gen.Elements<PowerCode?>(null, null, wellFormed.Code, new PowerCode("62052400MZ-XK-0001"), new PowerCode("bad code"))
        from levels in Gen.Elements(ExercisingLevels.None, wellFormed.ExercisingLevels, ExercisingLevels.Township | (ExercisingLevels)16)
        from objects in Gen.Elements(ServiceObjects.None, wellFormed.ServiceObjects, (ServiceObjects)8)
        from forwarded in Gen.Elements(false, true)
        from stages in Gen.Elements<StageResponsibility?[]?>(
            null,
            [],
            [null],
            [new StageResponsibility((PowerStage)42, [" "], [string.Empty])],
            [new StageResponsibility(PowerStage.Filing, []), new StageResponsibility(PowerStage.Filing, ["立案"], ["unknown-matter"])],
            wellFormed.Stages.ToArray())
        select new Power
        {
            Code = new PowerCode(code),
            Name = name,
            Category = category,
            LegalBases = bases!,
            ImplementingBody = implementing,
            UndertakingUnit = unit,
            UndertakingPost = post,
            ResponsiblePerson = person,
            Initiation = initiation,
            Conditions = conditions,
            LegalTimeLimit = legal,
            CommittedTimeLimit = committed,
            Fee = fee,
            Disclosure = disclosure,
            Confidentiality = confidentiality,
            SupervisingBody = supervising,
            ComplaintChannel = complaint,
            MainItem = mainItem,
            ExercisingLevels = levels,
            ServiceObjects = objects,
            ForwardedForReview = forwarded,
            ImplementingBodyCreditCode = wellFormed.ImplementingBodyCreditCode,
            ImplementingBodyArea = wellFormed.ImplementingBodyArea,
            Stages = stages!,
        };

    /// <summary>Returns a generator of non-empty text of <paramref name="min"/> to <paramref name="max"/> characters drawn from <paramref name="alphabet"/>, never starting or ending with white space.</summary>
    /// <param name="alphabet">The characters to draw from.</param>
    /// <param name="min">The minimum length, at least 1.</param>
    /// <param name="max">The maximum length.</param>
    /// <returns>The generator.</returns>
    public static Gen<string> Text(string alphabet, int min, int max)
    {
        ArgumentNullException.ThrowIfNull(alphabet);
        return Gen.Choose(Math.Max(1, min), Math.Max(1, max))
            .SelectMany(length => Gen.Elements(alphabet.ToCharArray()).ArrayOf(length))
            .Select(chars => new string(chars).Trim())
            .Where(text => text.Length > 0);
    }

    private static Gen<string> FreeText(int min, int max) => Text(Hanzi + FreeTextExtras, min, max);

    private static Gen<string?> Messy(string? wellFormed) =>
        Gen.Elements<string?>(null, string.Empty, "   ", "\t\n", wellFormed);

    private static Gen<LegalBasis> LegalBasisGen() =>
        from title in Text(Hanzi, 2, 14)
        from article in Gen.Choose(0, 120)
        from rank in Gen.Elements(Ranks)
        select new LegalBasis("《" + title + "》", article == 0 ? null : string.Create(CultureInfo.InvariantCulture, $"第{article}条"), rank);

    private static Gen<(TimeLimit? Legal, TimeLimit? Committed)> Limits() =>
        Gen.Frequency((8, DayLimits()), (1, QuarterLimits()));

    /// <summary>
    /// Quarter limits (按季度): a legal limit of the end of the 1st to 3rd following quarter and a committed one of at most ⌊2/3⌋
    /// of its following quarters (<see cref="CatalogRuleOptions.MaxCommitted"/>), or a committed limit alone of this or the next quarter.
    /// </summary>
    private static Gen<(TimeLimit? Legal, TimeLimit? Committed)> QuarterLimits() =>
        from hasLegal in Gen.Frequency((4, Gen.Constant(true)), (1, Gen.Constant(false)))
        from legal in Gen.Choose(1, 3)
        from committed in Gen.Choose(0, legal * 2 / 3)
        from alone in Gen.Choose(0, 1)
        select hasLegal
            ? ((TimeLimit?)TimeLimit.EndOfQuarter(legal), (TimeLimit?)TimeLimit.EndOfQuarter(committed))
            : ((TimeLimit?)null, (TimeLimit?)TimeLimit.EndOfQuarter(alone));

    private static Gen<(TimeLimit? Legal, TimeLimit? Committed)> DayLimits() =>
        from hasLegal in Gen.Frequency((4, Gen.Constant(true)), (1, Gen.Constant(false)))
        from working in Gen.Elements(true, false)
        from legalDays in Gen.Choose(2, 90)
        from share in Gen.Choose(1, 100)
        let kind = working ? TimeLimitKind.WorkingDays : TimeLimitKind.NaturalDays
        let maxCommitted = legalDays * 2 / 3
        let committedDays = Math.Max(1, maxCommitted * share / 100)
        select hasLegal
            ? ((TimeLimit?)Make(kind, legalDays), (TimeLimit?)Make(kind, committedDays))
            : ((TimeLimit?)null, (TimeLimit?)Make(kind, committedDays));

    private static TimeLimit Make(TimeLimitKind kind, int days) =>
        kind == TimeLimitKind.WorkingDays ? TimeLimit.WorkingDays(days) : TimeLimit.NaturalDays(days);

    private static Gen<Fee> FeeGen() =>
        from charged in Gen.Frequency((4, Gen.Constant(false)), (1, Gen.Constant(true)))
        from cents in Gen.Choose(0, 100_000)
        from basis in Text(Hanzi, 4, 20)
        from standard in FreeText(2, 20)
        select charged ? Fee.Charged(cents / 100m, "《" + basis + "》", standard) : Fee.Free;

    private static Gen<Disclosure> DisclosureGen() =>
        from scope in Text(Hanzi, 2, 6)
        from forms in Gen.Choose(1, 127)
        from timing in Gen.Elements(Enum.GetValues<DisclosureTiming>())
        select new Disclosure(scope, (DisclosureForms)forms, timing);

    private static Gen<Confidentiality> ConfidentialityGen() =>
        from confidential in Gen.Frequency((5, Gen.Constant(false)), (1, Gen.Constant(true)))
        from reason in FreeText(4, 20)
        from basis in Text(Hanzi, 4, 20)
        select confidential ? new Confidentiality(true, reason, "《" + basis + "》") : Confidentiality.Public;

    /// <summary>
    /// The entry's structure of a well-formed power: levels and service objects (possibly none), forwarding for review only
    /// with a county level above a township one, a real unified social credit code and area code now and then (short-form
    /// power codes are not checked against them), and up to three distinct stages with one to three responsibilities and
    /// up to two well-known accountability matter codes.
    /// </summary>
    private static Gen<(ExercisingLevels Levels, ServiceObjects Objects, bool Forwarded, UnifiedSocialCreditCode? CreditCode, AdministrativeAreaCode? Area, StageResponsibility[] Stages)> StructureGen() =>
        from levels in Gen.Choose(0, 15).Select(l => (ExercisingLevels)l)
        from objects in Gen.Choose(0, 7).Select(o => (ServiceObjects)o)
        from forwarded in Gen.Elements(false, false, true)
        from credit in Gen.Elements<UnifiedSocialCreditCode?>(null, UnifiedSocialCreditCode.Parse("116205240139604228"), UnifiedSocialCreditCode.Parse("91350100M000100Y43"))
        from area in Gen.Elements<AdministrativeAreaCode?>(null, AdministrativeAreaCode.Parse("620524"), AdministrativeAreaCode.Parse("620524100"))
        from stageCount in Gen.Choose(0, 3)
        from kinds in Gen.Shuffle(Enum.GetValues<PowerStage>())
        from lines in Text(Hanzi, 2, 20).ArrayOf(3)
        from lineCounts in Gen.Choose(1, 3).ArrayOf(3)
        from matters in Gen.SubListOf(["procrastination", "abuse-of-power", "inaction"])
        select (
            forwarded ? ExercisingLevels.County | ExercisingLevels.Township : levels,
            objects,
            forwarded,
            credit,
            area,
            kinds.Take(stageCount).Select((kind, i) => new StageResponsibility(kind, lines.Take(lineCounts[i]), matters.Take(i % 3))).ToArray());
}
