using System;
using System.Collections.Generic;
using System.Linq;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using PowerGovernance.Powers;
using PowerGovernance.Testing;

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
