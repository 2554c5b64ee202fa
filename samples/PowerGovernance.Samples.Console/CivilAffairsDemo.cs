using System.Collections.Generic;
using System.Linq;
using NodaTime;
using PowerGovernance.Calendars;
using PowerGovernance.Calendars.China;
using PowerGovernance.CivilAffairs;
using PowerGovernance.Powers;
using PowerGovernance.Procedures;
using PowerGovernance.Procedures.BuiltIn;
using PowerGovernance.Supervision;
using Spectre.Console;

namespace PowerGovernance.Samples.ConsoleHost;

/// <summary>
/// The civil-affairs services across the 2026 Spring Festival (holiday 02-15..02-23, make-up Saturdays 02-14 and 02-28):
/// a 五保 application admitted to the township's home, and a disaster-relief beneficiary approved after the list was
/// posted for 7 days; then a 低保 household's income change and its monthly payments around the holiday.
/// </summary>
internal static class CivilAffairsDemo
{
    public static void Run(Narrator narrator)
    {
        narrator.Heading("Civil affairs: five-guarantee support and disaster relief across the 2026 Spring Festival", "民政服务：2026年春节前后的五保供养与救灾救济");
        var calendar = ChinaCalendars.Official;
        var fiveGuarantee = FiveGuaranteeSupport.CreateBuilder().Build();
        var relief = DisasterRelief.CreateBuilder().Build();
        var fiveGuaranteePower = Benefit("62099907ZF-JF-0003", "五保供养审批", "《农村五保供养工作条例》", "第七条", TimeLimit.NaturalDays(40), TimeLimit.NaturalDays(26));
        var reliefPower = Benefit("62099907ZF-JF-0004", "灾民救济对象核定", "《自然灾害救助条例》", "第二十条", null, TimeLimit.NaturalDays(40));
        var engine = new ProcedureEngine(calendar, new PowerCatalog([fiveGuaranteePower, reliefPower]), [fiveGuarantee, relief]);
        var supervisor = new CaseSupervisor(calendar);

        // 五保: the village forwards before the holiday; the township's 20 days (13 committed) both end in the holiday and
        // roll to Tue 02-24; the township reports on 02-13, the county approves on 02-27, a day past its committed 02-26.
        var village = new Actor("石门村委会 李某", FiveGuaranteeSupport.VillageCommittee);
        var officer = new Actor("民政专干 周某", FiveGuaranteeSupport.CivilAffairsOfficer);
        var county = new Actor("县民政局 吴某", FiveGuaranteeSupport.CountyBureau);
        var home = new Actor("石门镇敬老院 郑某", FiveGuaranteeSupport.WelfareHome);
        var five = new Walk(narrator, engine, supervisor, narrator.Say(
            "Five-guarantee support: applied Monday 2026-01-26; admitted to the township home after the holiday",
            "五保供养：2026-01-26（星期一）申请，节后入住镇敬老院"));
        five.Start("WB-2026-0126-01", fiveGuaranteePower.Code, fiveGuarantee, village, At(2026, 1, 26));
        five.Fire("forward", village, At(2026, 2, 3), new() { [FiveGuaranteeSupport.OpinionArgument] = "经调查，系“三无”孤寡老人，同意上报" });
        five.Fire("submit", officer, At(2026, 2, 13), new() { [FiveGuaranteeSupport.OpinionArgument] = "审核属实，同意收养" });
        five.Fire("approve", county, At(2026, 2, 27), new() { [FiveGuaranteeSupport.HomeArgument] = "石门镇敬老院" });
        five.Fire("admit", home, At(2026, 3, 4));
        five.Print();

        // Disaster relief: the list is posted on 02-11; reporting it on 02-18 is refused (7 full days are not over); it is
        // reported on the first working day after the holiday and approved for the victims' living difficulties.
        var group = new Actor("第三村民小组 赵某", DisasterRelief.VillagersGroup);
        var assembly = new Actor("村民代表会议 孙某", DisasterRelief.VillageAssembly);
        var committee = new Actor("石门村委会 钱某", DisasterRelief.VillageCommittee);
        var township = new Actor("民政专干 周某", DisasterRelief.TownshipOfficer);
        var bureau = new Actor("县民政局 冯某", DisasterRelief.CountyBureau);
        var use = DisasterReliefUse.LivingDifficulties;
        var victim = new Walk(narrator, engine, supervisor, narrator.Say(
            "Disaster relief: applied Monday 2026-02-02 after a house collapsed; six steps, the list posted for 7 days",
            "救灾救济：2026-02-02（星期一）因房屋倒塌申请；六个环节，名单张榜公布7日"));
        victim.Start("JZ-2026-0202-01", reliefPower.Code, relief, group, At(2026, 2, 2));
        victim.Fire("nominate", group, At(2026, 2, 4), new() { [DisasterRelief.OpinionArgument] = "房屋倒塌，无力自救，提名" });
        victim.Fire("appraise", assembly, At(2026, 2, 9), new() { [DisasterRelief.OpinionArgument] = "村民代表会议评议通过" });
        victim.Fire("post", committee, At(2026, 2, 11), new() { [DisasterRelief.PlaceArgument] = "石门村委会公开栏" });
        victim.Fire("report", committee, At(2026, 2, 18));
        victim.Fire("report", committee, At(2026, 2, 24));
        victim.Fire("submit", township, At(2026, 2, 27), new() { [DisasterRelief.OpinionArgument] = "入户核查属实，同意上报" });
        victim.Fire("approve", bureau, At(2026, 3, 5), new() { [DisasterRelief.UseArgument] = DisasterRelief.Arguments.Use.Format(use) });
        victim.Print();
        narrator.Line(
            $"Approved for: {DisasterReliefUses.EnglishName(use)} (one of the {DisasterReliefUses.All.Count} permitted uses of relief funds and goods).",
            $"批准用途：{DisasterReliefUses.ChineseName(use)}（救灾款、物{DisasterReliefUses.All.Count}项使用范围之一）。");
        narrator.Line();

        // 低保 dynamic management: a household's income rises; the amount follows; the 20th-of-month payment in February
        // falls in the holiday and is paid on 02-24.
        var certificate = new LivingAllowanceCertificate("DB-2025-0017", "陈某", "石门村", 3, 620m, 900m, new LocalDate(2025, 10, 9));
        var review = LivingAllowanceReview.Review(certificate.LocalStandard, 300m, 400m, certificate.Members);
        var after = certificate.After(review);
        narrator.Line(
            $"Allowance review: {review.Reason} Household now ¥{after?.MonthlyAmount ?? 0m} a month.",
            $"低保动态管理：{review.ChineseReason}家庭月保障金{after?.MonthlyAmount ?? 0m}元。");
        var entry = LivingAllowancePublicNotice.Project([after]).Single();
        narrator.Line(
            $"Posted by household: {entry.HouseholdHead}, {entry.Village}, {entry.Members} member(s), standard ¥{entry.LocalStandard}, ¥{entry.MonthlyAmount} a month.",
            $"以户公示：{entry.HouseholdHead}，{entry.Village}，保障{entry.Members}人，标准{entry.LocalStandard}元，月保障金{entry.MonthlyAmount}元。");
        foreach (var payment in new LivingAllowancePaymentSchedule(calendar, 20).Between(new YearMonth(2026, 1), new YearMonth(2026, 3)))
        {
            var moved = payment.IsMoved ? narrator.Say($" (the {payment.NominalDate.Day}th is not a working day)", $"（{payment.NominalDate.Day}日非工作日，顺延）") : string.Empty;
            narrator.Line($"  {payment.Month:uuuu-MM}: {SampleTerms.Date(payment.DueDate)}{moved}");
        }

        narrator.Line();
    }

    private static Power Benefit(string code, string name, string law, string article, TimeLimit? legal, TimeLimit committed) => new()
    {
        Code = PowerCode.Parse(code),
        Name = name,
        Category = PowerCategory.Benefit,
        LegalBases = [new LegalBasis(law, article, LegalBasisRank.AdministrativeRegulation)],
        ImplementingBody = "某县民政局",
        UndertakingUnit = "石门镇民政办",
        UndertakingPost = "民政专干",
        Initiation = Initiation.OnApplication,
        Conditions = "本人申请",
        LegalTimeLimit = legal,
        CommittedTimeLimit = committed,
    };

    private static Instant At(int year, int month, int day) =>
        new LocalDateTime(year, month, day, 10, 0).InZoneStrictly(Deadline.ChinaStandardZone).ToInstant();

    /// <summary>One case, printed as a table of its transitions: the step and its due date, and both case clocks.</summary>
    private sealed class Walk(Narrator narrator, ProcedureEngine engine, CaseSupervisor supervisor, string title)
    {
        private readonly SampleTerms terms = narrator.Terms;
        private readonly Table table = narrator.Table(
            ("Date", "日期"), ("Trigger", "动作"), ("Step now", "当前环节"), ("Step due", "环节届满"),
            ("Committed due", "承诺届满"), ("Committed clock", "承诺计时"), ("Legal due", "法定届满"), ("Legal clock", "法定计时"));

        private ProcedureDefinition? definition;
        private CaseSnapshot? snapshot;

        public void Start(string caseId, PowerCode power, ProcedureDefinition procedure, Actor actor, Instant at)
        {
            definition = procedure;
            Record(engine.Start(caseId, power, procedure.Id, actor, at), ProcedureEngine.StartTrigger, at);
        }

        public void Fire(string trigger, Actor actor, Instant at, Dictionary<string, string>? arguments = null)
        {
            if (snapshot is { } current)
            {
                Record(engine.Fire(current, trigger, actor, at, arguments, null, current.Version), trigger, at);
            }
        }

        public void Print()
        {
            narrator.Line(title);
            narrator.Write(table);
            var closed = snapshot?.Closed is { } day ? SampleTerms.Date(day) : "—";
            narrator.Line(
                $"Outcome: {terms.Outcome(snapshot?.Outcome)} on {closed}.",
                $"结果：{terms.Outcome(snapshot?.Outcome)}，办结于{closed}。");
            narrator.Line();
        }

        private void Record(CaseResult result, string trigger, Instant at)
        {
            var date = SampleTerms.Date(at.InZone(Deadline.ChinaStandardZone).Date);
            if (!result.IsAccepted)
            {
                table.AddRow(date, Markup.Escape(terms.Trigger(definition, trigger)), "[red]" + Markup.Escape(narrator.Say("refused", "不予执行")) + "[/]", Markup.Escape(terms.Message(result)), string.Empty, string.Empty, string.Empty, string.Empty);
                return;
            }

            if (result.Snapshot is not { } next || definition is null || !definition.TryGetStep(next.Step, out var step))
            {
                return;
            }

            snapshot = next;
            var deadlines = supervisor.Deadlines(next, definition, at);
            var stepStatus = supervisor.StepStatus(next, definition, at);
            table.AddRow(
                date,
                Markup.Escape(terms.Trigger(definition, trigger)),
                Markup.Escape(terms.Step(step)),
                step.IsTerminal ? "—" : SampleTerms.Date(stepStatus.DueDate),
                SampleTerms.Date(deadlines.Committed.DueDate),
                Markup.Escape(terms.State(deadlines.Committed.State)),
                definition.LegalLimit is null ? "—" : SampleTerms.Date(deadlines.Legal.DueDate),
                definition.LegalLimit is null ? "—" : Markup.Escape(terms.State(deadlines.Legal.State)));
        }
    }
}
