using System;
using System.Linq;
using System.Reflection;
using PowerGovernance.Accountability;
using PowerGovernance.Calendars;
using PowerGovernance.Powers;
using PowerGovernance.Procedures;
using PowerGovernance.Supervision;

namespace PowerGovernance.Tests;

/// <summary>The table of bilingual terms: every value of every vocabulary has both names, so a new value cannot be forgotten.</summary>
public class TermsTests
{
    private static readonly MethodInfo[] Methods = typeof(Terms).GetMethods(BindingFlags.Public | BindingFlags.Static);

    public static TheoryData<Type> Vocabularies() => new(VocabularyTypes());

    private static Type[] VocabularyTypes() =>
        [.. Methods.Where(m => m.Name == nameof(Terms.ChineseName)).Select(m => m.GetParameters()[0].ParameterType).Where(t => t.IsEnum)];

    [Fact]
    public void The_table_covers_the_vocabularies_that_have_names_in_messages()
    {
        var types = VocabularyTypes();

        foreach (var expected in new[] { typeof(LegalBasisRank), typeof(TimeLimitKind), typeof(SeverityTier), typeof(CaseOutcome), typeof(DayType), typeof(Initiation), typeof(DisclosureTiming), typeof(DeadlineState), typeof(SupervisionCardTier) })
        {
            Assert.Contains(expected, types);
        }
    }

    [Theory]
    [MemberData(nameof(Vocabularies))]
    public void Every_value_has_a_Chinese_and_an_English_name(Type vocabulary)
    {
        var chinese = Methods.Single(m => m.Name == nameof(Terms.ChineseName) && m.GetParameters()[0].ParameterType == vocabulary);
        var english = Methods.Single(m => m.Name == nameof(Terms.EnglishName) && m.GetParameters()[0].ParameterType == vocabulary);

        var values = Enum.GetValues(vocabulary).Cast<object>().ToArray();
        Assert.NotEmpty(values);
        var chineseNames = values.Select(v => (string)chinese.Invoke(null, [v])!).ToArray();
        var englishNames = values.Select(v => (string)english.Invoke(null, [v])!).ToArray();

        Assert.All(chineseNames, name => Assert.Contains(name, c => c >= '\u4e00' && c <= '\u9fff'));
        Assert.All(englishNames, name => Assert.True(name.Length > 0 && name.All(c => c < 128), name));
        Assert.Equal(values.Length, chineseNames.Distinct(StringComparer.Ordinal).Count());
        Assert.Equal(values.Length, englishNames.Distinct(StringComparer.Ordinal).Count());
    }

    [Theory]
    [MemberData(nameof(Vocabularies))]
    public void An_undefined_value_is_refused_naming_it(Type vocabulary)
    {
        var chinese = Methods.Single(m => m.Name == nameof(Terms.ChineseName) && m.GetParameters()[0].ParameterType == vocabulary);
        var undefined = Enum.ToObject(vocabulary, 999);

        var error = Assert.IsType<ArgumentOutOfRangeException>(Assert.Throws<TargetInvocationException>(() => chinese.Invoke(null, [undefined])).InnerException);
        Assert.Contains("999", error.Message, StringComparison.Ordinal);
        Assert.Contains(vocabulary.Name, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Examples_read_as_the_rules_write_them()
    {
        Assert.Equal("行政法规", Terms.ChineseName(LegalBasisRank.AdministrativeRegulation));
        Assert.Equal("administrative regulation", Terms.EnglishName(LegalBasisRank.AdministrativeRegulation));
        Assert.Equal("情节特别严重", Terms.ChineseName(SeverityTier.EspeciallySerious));
        Assert.Equal("不予受理", Terms.ChineseName(CaseOutcome.NotAccepted));
        Assert.Equal("工作日", Terms.ChineseName(TimeLimitKind.WorkingDays));
        Assert.Equal("行政许可", Terms.ChineseName(PowerCategory.Licensing));
        Assert.Equal("Administrative licensing", Terms.EnglishName(PowerCategory.Licensing));
        Assert.Throws<ArgumentNullException>(() => Terms.ChineseName((PowerCategory)null!));
        Assert.Throws<ArgumentOutOfRangeException>(() => Terms.ChineseName(DisclosureForms.NoticeBoard | DisclosureForms.Website));
    }
}
