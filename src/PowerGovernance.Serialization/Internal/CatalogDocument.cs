using System.Collections.Generic;
using System.Text.Json.Serialization;
using PowerGovernance.Powers;

namespace PowerGovernance.Serialization.Internal;

/// <summary>The JSON shape of a catalog: <c>{ "version": 1, "powers": [ … ] }</c>.</summary>
internal sealed class CatalogDocument
{
    [JsonRequired]
    public int Version { get; set; }

    [JsonRequired]
    public IReadOnlyList<Power?> Powers { get; set; } = [];
}
