using System.Globalization;
using System.Linq;
using FluentValidation;
using PowerGovernance.Powers;

namespace PowerGovernance.Tests.Powers;

/// <summary>Runs alone: its test changes FluentValidation's process-wide options, as a host might.</summary>
[CollectionDefinition(nameof(FluentValidationGlobalOptions), DisableParallelization = true)]
public sealed class FluentValidationGlobalOptions;

[Collection(nameof(FluentValidationGlobalOptions))]
public class CatalogValidatorHostOptionsTests
{
    [Fact]
    public void A_hosts_FluentValidation_global_options_change_neither_paths_nor_messages_nor_cascade()
    {
        var global = ValidatorOptions.Global;
        var (resolver, classCascade, ruleCascade, culture) =
            (global.PropertyNameResolver, global.DefaultClassLevelCascadeMode, global.DefaultRuleLevelCascadeMode, global.LanguageManager.Culture);
        try
        {
            global.PropertyNameResolver = (_, member, _) => member is null ? null : char.ToLowerInvariant(member.Name[0]) + member.Name[1..];
            global.DefaultClassLevelCascadeMode = CascadeMode.Stop;
            global.DefaultRuleLevelCascadeMode = CascadeMode.Stop;
            global.LanguageManager.Culture = new CultureInfo("zh-CN");
            var validator = new CatalogValidator();
            var broken = RulePowers.Valid with { Name = null, LegalBases = [], Fee = Fee.Charged(20m, null, null), ComplaintChannel = null };

            var findings = validator.Validate(broken).Findings;

            Assert.Equal(["Name", "LegalBases", "Fee.Basis", "ComplaintChannel"], findings.Select(f => f.Path));
            Assert.Equal("The item name (项目名称) is missing.", findings[0].Message);
        }
        finally
        {
            (global.PropertyNameResolver, global.DefaultClassLevelCascadeMode, global.DefaultRuleLevelCascadeMode, global.LanguageManager.Culture) =
                (resolver, classCascade, ruleCascade, culture);
        }
    }
}
