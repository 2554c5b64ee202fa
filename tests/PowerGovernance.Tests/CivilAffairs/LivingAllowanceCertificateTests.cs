using System;
using NodaTime;
using PowerGovernance.CivilAffairs;

namespace PowerGovernance.Tests.CivilAffairs;

/// <summary>The 《保障金领取证》: issued by the county bureau, checked at once, and carried through dynamic management.</summary>
public class LivingAllowanceCertificateTests
{
    private static readonly LivingAllowanceCertificate Certificate = new("DB-2026-0017", "陈某", "某村", 3, 620m, 900m, new LocalDate(2026, 2, 27));

    [Fact]
    public void An_adjustment_keeps_the_certificate_with_the_new_household_amount_and_a_cancellation_withdraws_it()
    {
        // ¥300 a head now; income rises to ¥400 → ¥220 a head, ¥660 for 3.
        var adjusted = Certificate.After(LivingAllowanceReview.Review(620m, 300m, 400m, 3));
        Assert.NotNull(adjusted);
        Assert.Equal(660m, adjusted.MonthlyAmount);
        Assert.Equal(Certificate.Number, adjusted.Number);
        Assert.Equal(Certificate.IssuedOn, adjusted.IssuedOn);

        Assert.Same(Certificate, Certificate.After(LivingAllowanceReview.Review(620m, 300m, 320m, 3)));
        Assert.Null(Certificate.After(LivingAllowanceReview.Review(620m, 300m, 700m, 3)));
        Assert.Throws<ArgumentNullException>(() => Certificate.After(null!));
    }

    [Fact]
    public void Every_bad_field_is_reported_at_once()
    {
        var error = Assert.Throws<ArgumentException>(() => new LivingAllowanceCertificate(" ", null!, new string('村', 80), 0, -1m, 5m, new LocalDate(2026, 1, 1)));

        Assert.Contains("5 problem(s)", error.Message, StringComparison.Ordinal);
        Assert.Contains("number = ' '", error.Message, StringComparison.Ordinal);
        Assert.Contains("householdHead = 'null'", error.Message, StringComparison.Ordinal);
        Assert.Contains("…", error.Message, StringComparison.Ordinal);
        Assert.DoesNotContain(new string('村', 65), error.Message, StringComparison.Ordinal);
        Assert.Contains("members = '0'", error.Message, StringComparison.Ordinal);
        Assert.Contains("localStandard = '-1'", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void An_amount_above_the_standard_times_the_members_is_refused()
    {
        var error = Assert.Throws<ArgumentException>(() => new LivingAllowanceCertificate("DB-1", "陈某", "某村", 2, 620m, 1240.01m, new LocalDate(2026, 1, 1)));
        Assert.Contains("monthlyAmount = '1240.01'", error.Message, StringComparison.Ordinal);
        Assert.Equal(1240m, new LivingAllowanceCertificate("DB-1", "陈某", "某村", 2, 620m, 1240m, new LocalDate(2026, 1, 1)).MonthlyAmount);
    }
}
