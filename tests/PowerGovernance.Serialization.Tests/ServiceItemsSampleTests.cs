using System;
using System.IO;
using System.Linq;
using PowerGovernance.Accountability;
using PowerGovernance.Powers;
using PowerGovernance.Validation;

namespace PowerGovernance.Serialization.Tests;

/// <summary>
/// The sample of GB/T 39554.1-coded service items under <c>samples/catalog/service-items.csv</c> (and its JSON twin): main
/// items with sub-items, exercising levels, forwarding for review and stage responsibilities that pass every rule.
/// </summary>
public class ServiceItemsSampleTests
{
    // The fictional 陇泉县石门镇人民政府: registration authority 1 (机构编制), type 1 (机关), registered by the county's
    // authority 620999, organisation code 01390007 with its GB 11714 check digit 5 (weights 3 7 9 10 5 8 4 2: 0·3+1·7+3·9+9·10
    // +0·5+0·8+0·4+7·2 = 138, 138 mod 11 = 6, 11 − 6 = 5). GB 32100 check over 11620999013900075 with the weights
    // 1 3 9 27 19 26 16 17 20 29 25 13 8 24 10 30 28: Σ = 1+3+54+54+0+234+144+153+0+29+75+117+0+0+0+210+140
    // = 1214, 1214 mod 31 = 5, 31 − 5 = 26, and the character of value 26 in 0123456789ABCDEFGHJKLMNPQRTUWXY is T.
    private const string Credit = "11620999013900075T";

    private static string SampleDirectory { get; } = Find();

    private static PowerCatalog FromCsv()
    {
        using var stream = File.OpenRead(Path.Combine(SampleDirectory, "service-items.csv"));
        return CatalogCsv.Import(stream);
    }

    [Fact]
    public void The_township_body_has_a_valid_credit_code_registered_by_its_county()
    {
        var code = UnifiedSocialCreditCode.Parse(Credit);

        Assert.Equal('T', code.CheckCharacter);
        Assert.True(code.IsBodyCheckCharacterValid);
        Assert.Equal(AdministrativeAreaCode.Parse("620999"), code.RegistrationArea);
    }

    [Fact]
    public void The_sample_holds_three_main_items_and_three_sub_items_of_the_same_categories()
    {
        var catalog = FromCsv();

        Assert.Equal(6, catalog.Count);
        var subItems = catalog.Where(p => p.IsSubItem).ToArray();
        Assert.Equal(3, subItems.Length);
        Assert.All(subItems, s => Assert.Equal(catalog.Single(p => p.Code == s.MainItem).Category, s.Category));
        Assert.Contains(catalog, p => p.Category == PowerCategory.PublicService);
        Assert.All(catalog, p => Assert.Equal(Credit, p.ImplementingBodyCreditCode?.Value));
        Assert.All(catalog, p => Assert.NotEmpty(p.Stages));
        Assert.Equal(4, catalog.Count(p => p.ForwardedForReview));
    }

    [Fact]
    public void Every_code_fits_its_implementing_body_and_the_catalog_passes_every_rule()
    {
        var catalog = FromCsv();
        var validator = new CatalogValidator(CatalogRuleOptions.Default with { CodeFormat = PowerCodeFormat.GovernmentServiceItem });

        var result = validator.Validate(catalog);

        // Only information: bases cited without an article, and the office's own limit where no law sets one.
        Assert.All(result.Findings, f => Assert.Equal(FindingSeverity.Info, f.Severity));
        Assert.All(catalog, p => Assert.Empty(GovernmentServiceItemCode.Parse(p.Code.Value).CheckImplementingBody(p.ImplementingBodyCreditCode!.Value)));
        Assert.Empty(CatalogAccountabilityLinks.Check(catalog, AccountabilityMatter.WellKnown));
    }

    [Fact]
    public void The_JSON_twin_holds_the_same_catalog_and_the_CSV_survives_a_round_trip()
    {
        var fromCsv = FromCsv();
        using var json = File.OpenRead(Path.Combine(SampleDirectory, "service-items.json"));

        Assert.Equal(fromCsv.Powers, CatalogJson.Deserialize(json).Powers);
        Assert.Equal(fromCsv.Powers, CatalogCsv.Import(CatalogCsv.Export(fromCsv)).Powers);
    }

    private static string Find()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            var candidate = Path.Combine(directory.FullName, "samples", "catalog");
            if (File.Exists(Path.Combine(candidate, "service-items.csv")))
            {
                return candidate;
            }
        }

        throw new DirectoryNotFoundException("samples/catalog/service-items.csv not found above " + AppContext.BaseDirectory);
    }
}
