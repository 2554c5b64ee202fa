using System;
using System.Collections.Generic;
using Microsoft.Extensions.DependencyInjection;
using NodaTime;
using PowerGovernance.Evaluation;
using PowerGovernance.Powers;
using PowerGovernance.Procedures;
using PowerGovernance.Procedures.BuiltIn;
using PowerGovernance.Supervision;
using Spectre.Console;

namespace PowerGovernance.Samples.ConsoleHost;

/// <summary>
/// Service evaluation (好差评): a licensing applicant rates the counter 非常不满意 on Fri 2024-09-27, just before National Day; the bad
/// rating is verified, put right by the window and the applicant called back within 15 working days; then the ratings of the
/// quarter per post and the line they add to the unit's year-end assessment.
/// </summary>
internal static class EvaluationDemo
{
    private static readonly PowerCode Licensing = PowerCode.Parse("62099907ZF-XK-0001");

    public static void Run(Narrator narrator, IServiceProvider services)
    {
        narrator.Heading("8. Service evaluation (好差评)", "8. 政务服务好差评");
        var engine = services.GetRequiredService<ProcedureEngine>();
        var desk = services.GetRequiredService<ServiceRatingDesk>();
        var report = services.GetRequiredService<ServiceRatingReport>();
        var supervisor = services.GetRequiredService<CaseSupervisor>();
        var clerk = new Actor("赵窗口", AdministrativeLicensing.Clerk);
        var monitor = new Actor("监督岗孙某", RatingRectificationProcedure.Supervisor);
        var window = new Actor("窗口负责人周某", RatingRectificationProcedure.Undertaker);

        var ratings = new List<ServiceRating>();
        var rectifications = new Dictionary<string, CaseSnapshot>(StringComparer.Ordinal);
        ServiceRating? bad = null;
        (string Id, int Day, ServiceGrade Grade)[] visits = [("HP-01", 9, ServiceGrade.VerySatisfied), ("HP-02", 12, ServiceGrade.Satisfied), ("HP-03", 27, ServiceGrade.VeryDissatisfied), ("HP-04", 30, ServiceGrade.BasicallySatisfied)];
        foreach (var (id, day, grade) in visits)
        {
            var received = engine.Start("XK-2024-09" + day.ToString("00", null) + "-" + id, Licensing, AdministrativeLicensing.Id, clerk, At(2024, 9, day, 9));
            var rated = desk.RateCase(id, received.Snapshot, BuiltInProcedures.AdministrativeLicensing, grade, At(2024, 9, day, 10), new Rater("申请人" + id, "1380000" + day.ToString("0000", null)));
            if (!rated.IsAccepted)
            {
                narrator.Fail("Rating refused: " + rated.Message, "评价未被接受：" + rated.ChineseMessage);
                return;
            }

            ratings.Add(rated.Rating);
            bad = rated.Rating.IsBad ? rated.Rating : bad;
        }

        narrator.Line(
            $"{bad!.Id}: rated {bad.Grade} at post {bad.Post} of {bad.Unit} on {SampleTerms.Date(bad.RatedOn)} — a bad rating: it must be verified, put right and called back.",
            $"{bad.Id}：{SampleTerms.Date(bad.RatedOn)}对{bad.Unit}{bad.Post}评价“非常不满意”，属差评，须核实、整改并回访。");

        var opened = desk.OpenRectification(engine, bad, "ZG-2024-001", monitor, At(2024, 9, 27, 15));
        var @case = opened.Snapshot;
        var steps = narrator.Table(("Date", "日期"), ("Action", "动作"), ("Step", "环节"), ("Due", "期限"), ("State", "状态"));
        void Row(Instant at, string english, string chinese)
        {
            var status = supervisor.CaseStatus(@case, RatingRectificationProcedure.Definition, at);
            steps.AddRow(SampleTerms.Date(at.InZone(engine.Zone).Date), Markup.Escape(narrator.Say(english, chinese)), Markup.Escape(@case.Step), SampleTerms.Date(status.DueDate), status.State.ToString());
        }

        Row(At(2024, 9, 27, 15), "registered: 15 working days, across National Day", "登记差评：15个工作日，跨国庆假期");
        @case = engine.Fire(@case, RatingRectificationProcedure.Triggers.Confirm, monitor, At(2024, 10, 8, 10), reason: "调取录像核实：窗口未一次性告知补正材料").Snapshot;
        Row(At(2024, 10, 8, 10), "verified: well founded", "核实属实");
        @case = engine.Fire(@case, RatingRectificationProcedure.Triggers.Rectify, window, At(2024, 10, 18, 10), TriggerArguments.None.With(RatingRectificationProcedure.Arguments.Measures, "约谈窗口人员，重新培训一次性告知制度")).Snapshot;
        Row(At(2024, 10, 18, 10), "rectified by the window", "窗口整改完成");
        @case = engine.Fire(@case, RatingRectificationProcedure.Triggers.CallBack, monitor, At(2024, 10, 21, 10), TriggerArguments.None.With(RatingRectificationProcedure.Arguments.Satisfaction, CallbackSatisfaction.Satisfied)).Snapshot;
        Row(At(2024, 10, 21, 10), "called back: satisfied", "回访：满意");
        narrator.Write(steps);
        rectifications[bad.Id] = @case;

        var quarter = new DateInterval(new LocalDate(2024, 7, 1), new LocalDate(2024, 9, 30));
        var table = narrator.Table(("Post", "岗位"), ("Ratings", "评价数"), ("Satisfaction", "满意率"), ("Bad", "差评"), ("Rectified", "已整改"));
        foreach (var group in report.Summarize(ratings, quarter, RatingGrouping.Post, rectifications, At(2024, 10, 31, 12)))
        {
            var s = group.Statistics;
            table.AddRow(Markup.Escape(group.Key ?? "—"), s.Total.ToString(null, null), s.SatisfactionRate is { } r ? r.ToString("P0", System.Globalization.CultureInfo.InvariantCulture) : "—", s.Bad.ToString(null, null), s.Rectified.ToString(null, null));
        }

        narrator.Write(table);
        var unit = report.Summarize(ratings, new DateInterval(new LocalDate(2024, 1, 1), new LocalDate(2024, 12, 31)), RatingGrouping.Unit, rectifications, At(2024, 12, 31, 12))[0];
        var assessment = services.GetRequiredService<YearEndAssessment>().AssessUnit(new UnitRecord(unit.Key ?? "—", [], []) { ServiceRatings = unit.Statistics }, 2024);
        foreach (var rule in assessment.Rules)
        {
            narrator.Line(rule.Message, rule.ChineseMessage);
        }
    }

    private static Instant At(int year, int month, int day, int hour) =>
        new LocalDateTime(year, month, day, hour, 0).InZoneStrictly(PowerGovernance.Calendars.Deadline.ChinaStandardZone).ToInstant();
}
