using System.Linq;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using PowerGovernance.Powers;
using PowerGovernance.Testing;

namespace PowerGovernance.Tests.Testing;

/// <summary>The catalog generators make what they promise: valid catalogs pass the rules, invalid ones fail them, untrusted listings never make the validator throw.</summary>
public class CatalogGeneratorProperties
{
    [Property(MaxTest = 100)]
    public Property Valid_catalogs_pass_the_catalog_rules() =>
        Prop.ForAll(CatalogGenerators.Valid().ToArbitrary(), catalog =>
            CatalogValidator.Default.Validate(catalog).IsAccepted && catalog.Count >= 1 && catalog.Select(p => p.Code).Distinct().Count() == catalog.Count);

    [Property(MaxTest = 100)]
    public Property Invalid_catalogs_fail_the_catalog_rules() =>
        Prop.ForAll(CatalogGenerators.Invalid().ToArbitrary(), catalog => !CatalogValidator.Default.Validate(catalog).IsAccepted);

    [Property(MaxTest = 100)]
    public Property Untrusted_listings_never_make_the_validator_throw() =>
        Prop.ForAll(CatalogGenerators.Untrusted().ToArbitrary(), listing =>
            CatalogValidator.Default.Validate(listing).Powers.Count == listing.Count);
}
