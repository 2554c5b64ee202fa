using System;
using System.Collections.Generic;
using System.Globalization;
using System.Text.Json;
using System.Text.Json.Serialization;
using PowerGovernance.Powers;

namespace PowerGovernance.Serialization.Internal;

/// <summary>
/// Reads and writes a <see cref="PowerCatalog"/> as <c>{ "version": 1, "powers": [ … ] }</c>, for hosts that
/// embed a catalog in their own documents. <see cref="CatalogJson"/> reads the document type directly, so
/// that error paths start at the root.
/// </summary>
internal sealed class PowerCatalogJsonConverter : JsonConverter<PowerCatalog>
{
    public override PowerCatalog Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
        ToCatalog(JsonSerializer.Deserialize<CatalogDocument>(ref reader, options));

    public override void Write(Utf8JsonWriter writer, PowerCatalog value, JsonSerializerOptions options) =>
        JsonSerializer.Serialize(writer, new CatalogDocument { Version = value.Version, Powers = value.Powers }, options);

    /// <summary>Builds the catalog, reporting a null power or a repeated code with its JSON path.</summary>
    internal static PowerCatalog ToCatalog(CatalogDocument? document)
    {
        if (document is null)
        {
            throw new JsonException("The catalog is null; expected { \"version\": 1, \"powers\": [ … ] }.", "$", null, null);
        }

        if (document.Powers is null)
        {
            throw new JsonException("\"powers\" is null; expected an array of powers.", "$.powers", null, null);
        }

        var firstIndex = new Dictionary<PowerCode, int>(document.Powers.Count);
        var powers = new Power[document.Powers.Count];
        for (var i = 0; i < powers.Length; i++)
        {
            var power = document.Powers[i];
            var path = string.Create(CultureInfo.InvariantCulture, $"$.powers[{i}]");
            if (power is null)
            {
                throw new JsonException("A power is null.", path, null, null);
            }

            if (!firstIndex.TryAdd(power.Code, i))
            {
                throw new JsonException(string.Create(CultureInfo.InvariantCulture, $"The code \"{power.Code}\" is already listed at $.powers[{firstIndex[power.Code]}]; a catalog lists each code once."), path + ".code", null, null);
            }

            powers[i] = power;
        }

        return new PowerCatalog(powers, document.Version);
    }
}
