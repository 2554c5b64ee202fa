using System;
using System.Linq;
using NodaTime;
using PowerGovernance.CivilAffairs;

namespace PowerGovernance.Tests.CivilAffairs;

/// <summary>The public posting of 低保 recipients by household: 对象公开、标准公开、金额公开, and nothing else.</summary>
public class LivingAllowancePublicNoticeTests
{
    private static readonly LivingAllowanceCertificate Chen = new("DB-2026-0017", "陈某", "东村", 3, 620m, 660m, new LocalDate(2026, 2, 27));
    private static readonly LivingAllowanceCertificate Li = new("DB-2026-0003", "李某", "西村", 1, 620m, 620m, new LocalDate(2026, 1, 5));
    private static readonly LivingAllowanceCertificate An = new("DB-2025-0101", "安某", "东村", 2, 620m, 400m, new LocalDate(2025, 10, 9));

    [Fact]
    public void Each_household_appears_once_with_the_recipient_the_standard_and_the_amount_by_village()
    {
        var entries = LivingAllowancePublicNotice.Project([Li, Chen, null, An, Chen]);

        Assert.Equal(
            [new LivingAllowancePublicEntry("安某", "东村", 2, 620m, 400m), new LivingAllowancePublicEntry("陈某", "东村", 3, 620m, 660m), new LivingAllowancePublicEntry("李某", "西村", 1, 620m, 620m)],
            entries);
        Assert.Equal(["安某", "陈某"], LivingAllowancePublicNotice.ForVillage([Li, Chen, An], "东村").Select(e => e.HouseholdHead));
        Assert.Empty(LivingAllowancePublicNotice.ForVillage([Li], "东村"));
        Assert.Throws<ArgumentNullException>(() => LivingAllowancePublicNotice.Project(null!));
    }

    [Fact]
    public void The_public_entry_shows_what_the_rules_make_public_and_nothing_else()
    {
        var shown = typeof(LivingAllowancePublicEntry).GetProperties().Select(p => p.Name).Order(StringComparer.Ordinal);

        // 对象 (household head, village, members covered), 标准, 金额: no certificate number, no issue date, no income.
        Assert.Equal(["HouseholdHead", "LocalStandard", "Members", "MonthlyAmount", "Village"], shown);
    }
}
