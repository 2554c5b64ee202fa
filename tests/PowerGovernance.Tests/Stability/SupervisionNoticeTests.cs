using System;
using System.Linq;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using NodaTime;
using PowerGovernance.Stability;

namespace PowerGovernance.Tests.Stability;

/// <summary>Supervision notices are numbered uniformly per office and year and filed in a list (统一编号，列表建档).</summary>
public class SupervisionNoticeTests
{
    [Fact]
    public void Numbers_run_1_2_3_within_a_year_and_start_again_at_1_in_the_next()
    {
        var register = new SupervisionNoticeRegister("某镇综治")
            .Issue("dispute-2025-011", "司法所", new LocalDate(2025, 9, 30), SupervisionReason.Routine)
            .Issue("dispute-2025-017", "副镇长李某包案组", new LocalDate(2025, 10, 10), SupervisionReason.Overdue)
            .Issue("dispute-2025-017", "副镇长李某包案组", new LocalDate(2025, 12, 31), SupervisionReason.Unsatisfactory)
            .Issue("dispute-2026-002", "农业服务中心", new LocalDate(2026, 1, 4), SupervisionReason.Overdue);

        Assert.Equal(["某镇综治督〔2025〕1号", "某镇综治督〔2025〕2号", "某镇综治督〔2025〕3号", "某镇综治督〔2026〕1号"], register.Notices.Select(n => n.Number.ToString()));
        Assert.Equal(2, register.ForCase("dispute-2025-017").Count);
        Assert.Equal(new SupervisionNoticeNumber("某镇综治", 2026, 2), register.NextNumber(new LocalDate(2026, 2, 14)));
    }

    [Fact]
    public void A_notice_out_of_order_or_without_case_and_unit_is_refused_with_every_problem_and_the_register_unchanged()
    {
        var register = new SupervisionNoticeRegister("某镇综治").Issue("dispute-2025-011", "司法所", new LocalDate(2025, 10, 10), SupervisionReason.Routine);

        var error = Assert.Throws<ArgumentException>(() => register.Issue(" ", "\u200B", new LocalDate(2025, 10, 9), (SupervisionReason)9));

        Assert.Contains("4 problem(s)", error.Message, StringComparison.Ordinal);
        Assert.Contains("caseId", error.Message, StringComparison.Ordinal);
        Assert.Contains("handlingUnit", error.Message, StringComparison.Ordinal);
        Assert.Contains("reason = 9", error.Message, StringComparison.Ordinal);
        Assert.Contains("issued = 2025-10-09", error.Message, StringComparison.Ordinal);
        Assert.Contains("上一份通知书签发于2025-10-10", error.Message, StringComparison.Ordinal);
        Assert.Single(register.Notices);
    }

    [Fact]
    public void A_number_reads_back_what_it_writes_and_bad_text_or_values_are_refused()
    {
        var number = SupervisionNoticeNumber.Parse("某镇综治督〔2025〕12号");
        Assert.Equal(new SupervisionNoticeNumber("某镇综治", 2025, 12), number);
        Assert.True(new SupervisionNoticeNumber("某镇综治", 2025, 2) < number);

        foreach (var bad in new[] { "", "督〔2025〕1号", "某镇综治督〔2025〕0号", "某镇综治督〔2025〕01号", "某镇综治督〔25〕1号", "某镇综治督〔2025〕1", "某 镇督〔2025〕1号", "某镇综治督〔2025〕-1号" })
        {
            Assert.False(SupervisionNoticeNumber.TryParse(bad, out _), bad);
        }

        var format = Assert.Throws<FormatException>(() => SupervisionNoticeNumber.Parse("督办1号"));
        Assert.Contains("不是督办通知书编号", format.Message, StringComparison.Ordinal);
        var invalid = Assert.Throws<ArgumentException>(() => new SupervisionNoticeNumber("某镇〔综治〕", 1999, 0));
        Assert.Contains("3 problem(s)", invalid.Message, StringComparison.Ordinal);
        Assert.Equal("督〔0〕0号", default(SupervisionNoticeNumber).ToString());
        Assert.Throws<ArgumentException>(() => new SupervisionNoticeRegister(""));
    }

    [Property(MaxTest = 200)]
    public bool Numbers_are_unique_and_run_without_gaps_from_1_in_every_year(NonNegativeInt[] gaps)
    {
        var register = new SupervisionNoticeRegister("某镇综治");
        var day = new LocalDate(2024, 11, 1);
        foreach (var gap in gaps.Take(60))
        {
            day = day.PlusDays(gap.Get % 20);
            register = register.Issue("case-" + gap.Get, "司法所", day, SupervisionReason.Overdue);
        }

        var numbers = register.Notices.Select(n => n.Number).ToArray();
        return numbers.Distinct().Count() == numbers.Length
            && numbers.GroupBy(n => n.Year).All(g => g.Select(n => n.Sequence).SequenceEqual(Enumerable.Range(1, g.Count())))
            && register.Notices.All(n => n.Number.Year == n.Issued.Year && SupervisionNoticeNumber.Parse(n.Number.ToString()) == n.Number);
    }
}
