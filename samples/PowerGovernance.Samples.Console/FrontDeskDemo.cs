using System.Linq;
using Microsoft.Extensions.DependencyInjection;
using NodaTime;
using PowerGovernance.Calendars;
using PowerGovernance.Powers;
using PowerGovernance.FrontDesk;
using Spectre.Console;

namespace PowerGovernance.Samples.ConsoleHost;

/// <summary>
/// The front-desk rules: a counter visit routed by the catalog to the post that registers unemployment, with a
/// written one-time notice, and a website question asked the day before the 2024 Spring Festival break,
/// answered on time.
/// </summary>
internal static class FrontDeskDemo
{
    public static void Run(System.IServiceProvider services)
    {
        AnsiConsole.Write(new Rule("5. Front desk 首问责任与一次性告知"));
        var desk = services.GetRequiredService<FirstInquiryDesk>();
        var notification = services.GetRequiredService<OneTimeNotification>();
        var registration = PowerCode.Parse("62099907ZF-QR-0001");

        // Counter visit, Monday 2024-02-19: the first receiver routes the visitor at once to the undertaking post.
        var visit = desk.Log("LF-20240219-03", "赵某", "石门村", InquiryChannel.Counter, "办理失业登记", "党政办公室 李某", At(2024, 2, 19, 9, 0));
        var routed = desk.Route(visit, registration, At(2024, 2, 19, 9, 5)).Inquiry;
        AnsiConsole.WriteLine($"Counter visit {routed.Id} ({routed.ReceivedOn:uuuu-MM-dd}): {routed.Matter}; first receiver {routed.FirstReceiver}; {routed.Result}; now owned by {routed.Owner}.");

        // The visitor lost his job and brought only his identity card: one written notice lists everything else.
        var applicant = new Applicant([UnemploymentRegistration.LeftEmployer], ["id-card"]);
        var history = new NoticeHistory("SY-20240219-01", UnemploymentRegistration.Id, new LocalDate(2024, 2, 19));
        var issued = notification.Notify(history, UnemploymentRegistration.Checklist, applicant, "就业服务专员 陈某", At(2024, 2, 19, 9, 20), written: true);
        var notice = issued.Notice!;
        AnsiConsole.WriteLine($"One-time notice, {notice.Copies.Count} copies (the last kept for the file):");
        AnsiConsole.Write(new Text(notice.FileCopy!.Text + "\n"));

        // A second visit with nothing new would only repeat the notice: refused.
        var repeat = notification.Notify(issued.History, UnemploymentRegistration.Checklist, applicant, "就业服务专员 陈某", At(2024, 2, 20, 10, 0));
        AnsiConsole.WriteLine($"A second notice with nothing new: {repeat.Outcome} ({repeat.Findings[0].Code}: 上次告知仍完整有效).");

        // He comes back with the register and photos only: still incomplete, so he is told again, once, all that is still missing.
        var supplement = notification.Notify(issued.History, UnemploymentRegistration.Checklist, new Applicant([UnemploymentRegistration.LeftEmployer], ["household-register", "photos"]), "就业服务专员 陈某", At(2024, 2, 21, 10, 0));
        AnsiConsole.WriteLine($"After a partial supplement: {supplement.Outcome}, notice {supplement.Notice!.Sequence} lists {string.Join("、", supplement.Notice.Items.Select(i => i.Material.ChineseName))}; accepted so far: {string.Join("、", supplement.Notice.Accepted.Select(m => m.ChineseName))}.");
        AnsiConsole.WriteLine();

        // Website question, Friday 2024-02-09 (the last working day before the break 02-10..02-17).
        var question = desk.Log("WZ-20240209-01", "王某", null, InquiryChannel.Website, "失业登记需要带哪些材料？", "党政办公室 李某", At(2024, 2, 9, 16, 30));
        var due = desk.AnswerDeadline(question);
        AnsiConsole.WriteLine($"Website question {question.Id} received {question.ReceivedOn:uuuu-MM-dd}: answer due {due.DueDate:uuuu-MM-dd} ({due.DueDate.DayOfWeek}), 5 working days with the make-up Sunday 02-18 counted.");
        foreach (var day in new[] { At(2024, 2, 19, 17, 0), At(2024, 2, 21, 17, 0) })
        {
            var status = desk.Status(question, day);
            AnsiConsole.WriteLine($"  {day.InZone(Deadline.ChinaStandardZone).Date:uuuu-MM-dd}: {Terms.EnglishName(status.State)} {Terms.ChineseName(status.State)}, {status.DaysUsed} of {status.Limit} used");
        }

        var answered = desk.Answer(question, "需带身份证、户口本（原件及复印件）、两寸照片两张、申领审批表及所属类别证明", At(2024, 2, 22, 10, 0)).Inquiry;
        AnsiConsole.WriteLine($"  answered {answered.ClosedAt!.Value.InZone(Deadline.ChinaStandardZone).Date:uuuu-MM-dd}: {Terms.EnglishName(desk.Status(answered, At(2024, 3, 1, 9, 0)).State)}; rule breaches: {desk.Review(answered, At(2024, 3, 1, 9, 0)).Count}");
        AnsiConsole.WriteLine();
    }

    private static Instant At(int year, int month, int day, int hour, int minute) =>
        new LocalDateTime(year, month, day, hour, minute).InZoneStrictly(Deadline.ChinaStandardZone).ToInstant();
}
