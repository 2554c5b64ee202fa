using System;
using System.IO;
using System.Linq;
using PowerGovernance.Calendars.China.Notices;
using PowerGovernance.Validation;

namespace PowerGovernance.Samples.ConsoleHost;

/// <summary>
/// The office receives the State Council's 2026 holiday notice (国务院办公厅关于2026年部分节假日安排的通知) and reads its text
/// straight into a year of the calendar, each day traced to its sentence, checked on arrival against the holiday law in
/// force and against the provisional year built from the law, instead of typing it into a table by hand.
/// </summary>
internal static class NoticeDemo
{
    public static void Run(Narrator narrator)
    {
        var terms = narrator.Terms;
        narrator.Heading("Reading the State Council's 2026 holiday notice", "读取国务院办公厅2026年节假日安排通知原文");
        var path = Path.Combine(AppContext.BaseDirectory, "calendars", "notice-2026.txt");
        var reading = NoticeReader.Read(File.ReadAllText(path));
        var file = Path.GetFileName(path);
        var issued = reading.Issued is { } date ? date.ToString("uuuu-MM-dd", null) : "?";
        var rest = reading.RestDays.Count();
        var work = reading.MakeUpWorkingDays.Count();
        narrator.Line(
            $"Read {file}: the {reading.Year} notice issued {issued}, {reading.Days.Count} days decided ({rest} rest days, {work} make-up working days), each from a sentence of the text.",
            $"已读取 {file}：{reading.Year}年通知，成文日期{issued}，共定{reading.Days.Count}天（放假{rest}天、调休上班{work}天），每天都来自通知原文的一句话。");

        // The Spring Festival block's first and last rest days and its make-up working days, with the sentence each came from.
        var spring = reading.Days.Where(d => d.Holiday.Chinese == "春节").ToList();
        var shown = spring.Where(d => d.Kind == NoticeDayKind.MakeUpWorkingDay)
            .Append(spring.First(d => d.Kind == NoticeDayKind.Rest))
            .Append(spring.Last(d => d.Kind == NoticeDayKind.Rest))
            .OrderBy(d => d.Date);
        foreach (var day in shown)
        {
            var kind = narrator.Say(day.Kind == NoticeDayKind.Rest ? "rest day" : "make-up working day", day.Kind == NoticeDayKind.Rest ? "放假" : "调休上班");
            narrator.Line(
                $"  {day.Date:uuuu-MM-dd} {terms.Weekday(day.Date.DayOfWeek)}: {kind}, {terms.Holiday(day.Holiday)} — sentence {day.Sentence.Number}, line {day.Sentence.Line}: “{day.Sentence.Text}”",
                $"  {day.Date:uuuu-MM-dd} {terms.Weekday(day.Date.DayOfWeek)}：{kind}，{terms.Holiday(day.Holiday)}——第{day.Sentence.Number}句（第{day.Sentence.Line}行）：“{day.Sentence.Text}”");
        }

        var findings = reading.Check();
        var errors = findings.Count(f => f.Severity == FindingSeverity.Error);
        narrator.Line(
            $"Checked on arrival against the holiday law in force and the provisional year: {findings.Count} finding(s), {errors} error(s).",
            $"到达即校验（现行放假办法及依法推算的年度安排）：共{findings.Count}项发现，其中错误{errors}项。");
        foreach (var finding in findings.Take(5))
        {
            narrator.Line($"  {terms.Severity(finding.Severity)} {finding.Code} {finding.Path}: {terms.Message(finding)}");
        }

        narrator.Line(
            errors == 0 ? "The year can be loaded as it is; the days that differ from the provisional year are the ones the notice decided otherwise." : "The year is not loaded: correct the text or ask the issuing office.",
            errors == 0 ? "该年度可直接载入；与推算年度不同的日期即通知另作安排之处。" : "该年度未载入：请更正文本或向发文机关核实。");
        narrator.Line();
    }
}
