using System.Text.Json;

namespace PowerGovernance.Serialization.Internal;

/// <summary>Wording shared by the JSON converters' messages.</summary>
internal static class JsonWords
{
    internal static string Describe(JsonTokenType token) => token switch
    {
        JsonTokenType.StartObject => "an object",
        JsonTokenType.StartArray => "an array",
        JsonTokenType.String => "a string",
        JsonTokenType.Number => "a number",
        JsonTokenType.True or JsonTokenType.False => "a boolean",
        JsonTokenType.Null => "null",
        _ => token.ToString(),
    };
}
