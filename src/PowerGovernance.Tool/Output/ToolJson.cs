using System.IO;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace PowerGovernance.Tool.Output;

/// <summary>The tool's JSON (<c>--json</c>): System.Text.Json, camelCase names, ISO dates as strings, indented.</summary>
internal static class ToolJson
{
    // Relaxed escaping keeps Chinese text and "New Year's Day" readable; the output goes to a terminal, a file or
    // a pipe, never into HTML.
    private static readonly JsonSerializerOptions Options = new()
    {
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
        WriteIndented = true,
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        DefaultIgnoreCondition = JsonIgnoreCondition.Never,
    };

    /// <summary>Writes one JSON document and a newline.</summary>
    public static void Write<T>(TextWriter writer, T value)
    {
        writer.Write(JsonSerializer.Serialize(value, Options));
        writer.Write('\n');
    }
}
