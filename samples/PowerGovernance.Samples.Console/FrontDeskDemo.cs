using System;
using System.Linq;
using Microsoft.Extensions.DependencyInjection;
using NodaTime;
using PowerGovernance.Calendars;
using PowerGovernance.FrontDesk;
using PowerGovernance.Powers;

namespace PowerGovernance.Samples.ConsoleHost;

/// <summary>
/// The front-desk rules: a counter visit routed by the catalog to the post that registers unemployment, with a
/// written one-time notice, and a website question asked the day before the 2024 Spring Festival break,
/// answered on time.
/// </summary>
internal static class FrontDeskDemo
{
    public static void Run(Narrator narrator, IServiceProvider services)
    {
        var terms = narrator.Terms;
        narrator.Heading("5. Front desk: first-inquiry responsibility and one-time notification", "5. 首问负责与一次性告知");
        var desk = services.GetRequiredService<FirstInquiryDesk>();
        var notification = services.GetRequiredService<OneTimeNotification>();
        var registration = PowerCode.Parse("62099907ZF-QR-0001");

        // Counter visit, Monday 2024-02-19: the first receiver routes the visitor at once to the undertaking post.
        var visit = desk.Log("LF-20240219-03", "赵某", "石门村", InquiryChannel.Counter, "办理失业登记", "党政办公室 李某", At(2024, 2, 19, 9, 0));
        var routed = desk.Route(visit, registration, At(2024, 2, 19, 9, 5)).Inquiry;
        var route = routed.Route is { } to ? $"{to.Unit} {to.Post}".Trim() : routed.Owner;
        narrator.Line(
            $"Counter visit {routed.Id} ({routed.ReceivedOn:uuuu-MM-dd}): {routed.Matter}; first receiver {routed.FirstReceiver}; referred to {route}, who now owns it.",
            $"窗口来访 {routed.Id}（{routed.ReceivedOn:uuuu-MM-dd}）：{routed.Matter}；首问责任人 {routed.FirstReceiver}；{routed.Result}；现由 {routed.Owner} 负责。");

        // The visitor lost his job and brought only his identity card: one written notice lists everything else.
        var applicant = new Applicant([UnemploymentRegistration.LeftEmployer], ["id-card"]);
        var history = new NoticeHistory("SY-20240219-01", UnemploymentRegistration.Id, new LocalDate(2024, 2, 19));
        var issued = notification.Notify(history, UnemploymentRegistration.Checklist, applicant, "就业服务专员 陈某", At(2024, 2, 19, 9, 20), written: true);
        if (issued.TryGetNotice(out var notice))
        {
            narrator.Line(
                $"One-time notice, {notice.Copies.Count} copies (the last kept for the file); it asks for:",
                $"一次性告知书，一式{notice.Copies.Count}份（最后一份存档）：");
            if (narrator.IsChinese && notice.FileCopy is { } fileCopy)
            {
                narrator.Line(fileCopy.Text.TrimEnd('\n'));
            }
            else
            {
                foreach (var (item, number) in notice.Items.Select((item, i) => (item, i + 1)))
                {
                    narrator.Line($"  {number}. {terms.Material(item.Material)}");
                }

                narrator.Line($"  Accepted: {string.Join(", ", notice.Accepted.Select(terms.Material))} (the written notice itself is in Chinese).");
            }
        }

        // A second visit with nothing new would only repeat the notice: refused.
        var repeat = notification.Notify(issued.History, UnemploymentRegistration.Checklist, applicant, "就业服务专员 陈某", At(2024, 2, 20, 10, 0));
        var why = repeat.Findings.Count > 0 ? $"{repeat.Findings[0].Code}: {terms.Message(repeat.Findings[0])}" : string.Empty;
        narrator.Line(
            $"A second notice with nothing new: {terms.Notice(repeat.Outcome)} ({why}).",
            $"材料无变化时再次告知：{terms.Notice(repeat.Outcome)}（{why}）。");

        // He comes back with the register and photos only: still incomplete, so he is told again, once, all that is still missing.
        var supplement = notification.Notify(issued.History, UnemploymentRegistration.Checklist, new Applicant([UnemploymentRegistration.LeftEmployer], ["household-register", "photos"]), "就业服务专员 陈某", At(2024, 2, 21, 10, 0));
        if (supplement.TryGetNotice(out var second))
        {
            var listed = string.Join(narrator.Say(", ", "、"), second.Items.Select(i => terms.Material(i.Material)));
            var accepted = string.Join(narrator.Say(", ", "、"), second.Accepted.Select(terms.Material));
            narrator.Line(
                $"After a partial supplement: {terms.Notice(supplement.Outcome)}, notice {second.Sequence} lists {listed}; accepted so far: {accepted}.",
                $"部分补正后：{terms.Notice(supplement.Outcome)}，第{second.Sequence}次告知列明{listed}；已受理：{accepted}。");
        }

        narrator.Line();

        // Website question, Friday 2024-02-09 (the last working day before the break 02-10..02-17).
        var question = desk.Log("WZ-20240209-01", "王某", null, InquiryChannel.Website, "失业登记需要带哪些材料？", "党政办公室 李某", At(2024, 2, 9, 16, 30));
        var due = desk.AnswerDeadline(question);
        narrator.Line(
            $"Website question {question.Id} received {question.ReceivedOn:uuuu-MM-dd}: answer due {due.DueDate:uuuu-MM-dd} ({terms.Weekday(due.DueDate.DayOfWeek)}), 5 working days with the make-up Sunday 02-18 counted.",
            $"网站咨询 {question.Id}，{question.ReceivedOn:uuuu-MM-dd}收到：应于{due.DueDate:uuuu-MM-dd}（{terms.Weekday(due.DueDate.DayOfWeek)}）前答复，5个工作日，02-18（星期日）调休上班计入。");
        foreach (var day in new[] { At(2024, 2, 19, 17, 0), At(2024, 2, 21, 17, 0) })
        {
            var status = desk.Status(question, day);
            var date = SampleTerms.Date(day.InZone(Deadline.ChinaStandardZone).Date);
            narrator.Line(
                $"  {date}: {terms.State(status.State)}, {status.DaysUsed} of {terms.Limit(status.Limit)} used",
                $"  {date}：{terms.State(status.State)}，{terms.Limit(status.Limit)}已用{status.DaysUsed}天");
        }

        var answered = desk.Answer(question, "需带身份证、户口本（原件及复印件）、两寸照片两张、申领审批表及所属类别证明", At(2024, 2, 22, 10, 0)).Inquiry;
        var answeredOn = answered.ClosedAt is { } closed ? SampleTerms.Date(closed.InZone(Deadline.ChinaStandardZone).Date) : "—";
        var finalState = terms.State(desk.Status(answered, At(2024, 3, 1, 9, 0)).State);
        var breaches = desk.Review(answered, At(2024, 3, 1, 9, 0)).Count;
        narrator.Line(
            $"  answered {answeredOn}: {finalState}; rule breaches: {breaches}",
            $"  {answeredOn}已答复：{finalState}；违反规定{breaches}项");
        narrator.Line();
    }

    private static Instant At(int year, int month, int day, int hour, int minute) =>
        new LocalDateTime(year, month, day, hour, minute).InZoneStrictly(Deadline.ChinaStandardZone).ToInstant();
}
