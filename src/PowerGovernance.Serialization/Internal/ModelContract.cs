using System.Text.Json.Serialization;
using System.Text.Json.Serialization.Metadata;
using PowerGovernance.Powers;

namespace PowerGovernance.Serialization.Internal;

/// <summary>
/// Adjusts the reflection contracts of the catalog model: the model's own types refuse unknown properties;
/// <see cref="Power"/> leaves out its computed members (<c>IsConfidential</c>, <c>LegalBasesInRankOrder</c>)
/// and requires <c>code</c>. Other types (a host's own) are left alone.
/// </summary>
internal static class ModelContract
{
    internal static void Modify(JsonTypeInfo info)
    {
        if (info.Kind != JsonTypeInfoKind.Object || !IsModelType(info.Type))
        {
            return;
        }

        info.UnmappedMemberHandling = JsonUnmappedMemberHandling.Disallow;
        if (info.Type != typeof(Power))
        {
            return;
        }

        for (var i = info.Properties.Count - 1; i >= 0; i--)
        {
            var property = info.Properties[i];
            if (property.Set is null)
            {
                info.Properties.RemoveAt(i);
            }
            else if (property.Name == "code")
            {
                property.IsRequired = true;
            }
        }
    }

    private static bool IsModelType(System.Type type) =>
        type == typeof(Power) || type == typeof(LegalBasis) || type == typeof(Fee) || type == typeof(Disclosure)
        || type == typeof(Confidentiality) || type == typeof(StageResponsibility) || type == typeof(CatalogDocument);
}
