using System;
using System.Collections.Generic;
using System.Linq;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using PowerGovernance.Powers;
using PowerGovernance.Testing;
using PowerGovernance.Validation;

namespace PowerGovernance.Tests.Powers;

public class PublicCatalogTests
{
    private const string Marker = "机密标记";

    [Fact]
    public void The_public_sees_every_power_but_the_confidential_ones_and_no_trace_of_them()
    {
        var catalog = new PowerCatalog([SamplePowers.MinimumLivingAllowance, SamplePowers.SecretInspection, SamplePowers.BuildingPermit], version: 2);

        var projection = PublicCatalog.From(catalog);
        var confidential = PublicCatalog.ConfidentialList(catalog);

        Assert.Equal(2, projection.Version);
        Assert.Equal([SamplePowers.MinimumLivingAllowance, SamplePowers.BuildingPermit], projection.Powers);
        var entry = Assert.Single(confidential);
        Assert.Equal(new ConfidentialPowerEntry(SamplePowers.SecretInspection.Code, "民兵武器装备检查", PowerCategory.Inspection, "涉及国防秘密"), entry);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("   ")]
    public void A_power_marked_confidential_without_a_basis_is_published_and_the_rules_say_it_must_be_disclosed(string? basis)
    {
        var unfounded = SamplePowers.SecretInspection with { Confidentiality = new Confidentiality(true, "涉及国防秘密", basis) };
        var catalog = new PowerCatalog([SamplePowers.MinimumLivingAllowance, unfounded, SamplePowers.BuildingPermit]);

        var projection = PublicCatalog.From(catalog);
        var finding = Assert.Single(CatalogValidator.Default.Validate(unfounded).Findings, f => f.Code == CatalogRuleCodes.ConfidentialWithoutBasis);

        Assert.Equal([SamplePowers.MinimumLivingAllowance, unfounded, SamplePowers.BuildingPermit], projection.Powers);
        Assert.Empty(PublicCatalog.ConfidentialList(catalog));
        Assert.True(unfounded.IsConfidential);
        Assert.False(unfounded.IsWithheld);
        Assert.Equal(FindingSeverity.Error, finding.Severity);
        Assert.Equal("Confidentiality.Basis", finding.Path);
        Assert.Contains("without a confidentiality basis", finding.Message, StringComparison.Ordinal);
        Assert.Contains("must be disclosed", finding.Message, StringComparison.Ordinal);
        Assert.Contains("无保密依据", finding.ChineseMessage, StringComparison.Ordinal);
        Assert.Contains("凡无保密依据的，均要予以公开", finding.ChineseMessage, StringComparison.Ordinal);
    }

    [Fact]
    public void A_power_published_despite_its_mark_is_held_to_the_disclosure_rules_and_a_withheld_one_is_not()
    {
        var unfounded = RulePowers.Valid with { Disclosure = null, Confidentiality = new Confidentiality(true, "涉及国家秘密", null) };
        var withheld = unfounded with { Confidentiality = new Confidentiality(true, "涉及国家秘密", "《中华人民共和国保守国家秘密法》第十三条") };

        Assert.Equal(
            [CatalogRuleCodes.DisclosureMissing, CatalogRuleCodes.ConfidentialWithoutBasis],
            CatalogValidator.Default.Validate(unfounded).Findings.Select(f => f.Code));
        Assert.Empty(CatalogValidator.Default.Validate(withheld).Findings);
    }

    /// <summary>
    /// 凡无保密依据的，均要予以公开: a power is left out of the public catalog exactly when it is marked confidential
    /// and states a basis; every other power — public, or marked without a basis (null, empty or blank) — is
    /// published, in catalog order, and only the withheld ones are on the confidential list.
    /// </summary>
    [Property(MaxTest = 100)]
    public Property Every_power_without_a_confidentiality_basis_appears_in_the_public_catalog() =>
        Prop.ForAll(
            Arb.From(
                (from power in PowerGenerators.WellFormed
                 from mark in Gen.Elements<(Confidentiality? Confidentiality, bool Withheld)>(
                     (null, false),
                     (Confidentiality.Public, false),
                     (new Confidentiality(false, "不涉密", "《中华人民共和国保守国家秘密法》"), false),
                     (new Confidentiality(true, "涉及国家秘密", null), false),
                     (new Confidentiality(true, "涉及国家秘密", string.Empty), false),
                     (new Confidentiality(true, null, " \t"), false),
                     (new Confidentiality(true, "涉及国家秘密", "《中华人民共和国保守国家秘密法》第十三条"), true),
                     (new Confidentiality(true, null, "《民兵武器装备管理条例》"), true))
                 select (Power: power with { Confidentiality = mark.Confidentiality }, mark.Withheld))
                .ListOf()),
            items =>
            {
                var unique = items.DistinctBy(i => i.Power.Code).ToArray();
                var catalog = new PowerCatalog(unique.Select(i => i.Power));

                var projection = PublicCatalog.From(catalog);
                var confidential = PublicCatalog.ConfidentialList(catalog);

                return projection.Powers.SequenceEqual(unique.Where(i => !i.Withheld).Select(i => i.Power))
                    && confidential.Select(e => e.Code).SequenceEqual(unique.Where(i => i.Withheld).Select(i => i.Power.Code));
            });

    /// <summary>Every text member of a confidential power carries a marker that must never reach the public projection.</summary>
    [Property(MaxTest = 100)]
    public Property No_field_of_a_confidential_power_ever_appears_in_the_public_projection() =>
        Prop.ForAll(
            Arb.From(PowerGenerators.WellFormed.ListOf().Zip(Gen.Elements(true, false).ListOf())),
            pair =>
            {
                var (powers, flags) = pair;
                var unique = powers.DistinctBy(p => p.Code).ToArray();
                var marked = unique.Select((p, i) => i < flags.Count && flags[i] ? MarkConfidential(p, i) : p).ToArray();
                var catalog = new PowerCatalog(marked);

                var projection = PublicCatalog.From(catalog);
                var text = string.Join("\n", projection.Powers.SelectMany(Texts));

                return !text.Contains(Marker, StringComparison.Ordinal)
                    && projection.Powers.All(p => !p.IsConfidential)
                    && projection.Powers.Count + PublicCatalog.ConfidentialList(catalog).Count == catalog.Count;
            });

    private static Power MarkConfidential(Power power, int index)
    {
        string M(string field) => $"{Marker}{index}-{field}";
        return power with
        {
            Name = M("name"),
            LegalBases = [new LegalBasis(M("basis"), M("article"), LegalBasisRank.Law)],
            ImplementingBody = M("body"),
            UndertakingUnit = M("unit"),
            UndertakingPost = M("post"),
            ResponsiblePerson = M("person"),
            Conditions = M("conditions"),
            Fee = Fee.Charged(1m, M("fee-basis"), M("fee-standard")),
            Disclosure = new Disclosure(M("scope"), DisclosureForms.None, DisclosureTiming.LongTerm),
            Confidentiality = new Confidentiality(true, M("reason"), M("secrecy-basis")),
            SupervisingBody = M("supervisor"),
            ComplaintChannel = M("complaint"),
        };
    }

    private static IEnumerable<string?> Texts(Power p) =>
        new[]
        {
            p.Code.Value, p.Name, p.ImplementingBody, p.UndertakingUnit, p.UndertakingPost, p.ResponsiblePerson, p.Conditions,
            p.Fee?.Basis, p.Fee?.Standard, p.Disclosure?.Scope, p.Confidentiality?.Reason, p.Confidentiality?.Basis, p.SupervisingBody, p.ComplaintChannel,
        }.Concat(p.LegalBases.SelectMany(b => new[] { b.Title, b.Article }));
}
