using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;
using System.Text.Json.Serialization.Metadata;
using System.Text.Unicode;
using PowerGovernance.Powers;
using PowerGovernance.Serialization.Internal;

namespace PowerGovernance.Serialization;

/// <summary>
/// Reads and writes power catalogs (职权目录) and single powers as JSON with System.Text.Json. A catalog
/// round-trips exactly: <c>Deserialize(Serialize(c))</c> has the same version and equal powers in the same
/// order.
/// </summary>
/// <remarks>
/// <para>The format, readable and stable (property names are camelCase and never renamed silently):</para>
/// <code language="json">
/// {
///   "version": 1,
///   "powers": [
///     {
///       "code": "62052400MZ-JF-0001",
///       "name": "最低生活保障审批",
///       "category": { "typeCode": "JF", "chineseName": "行政给付", "englishName": "Administrative benefit" },
///       "legalBases": [ { "title": "《社会救助暂行办法》", "article": "第十一条", "rank": "AdministrativeRegulation" } ],
///       "implementingBody": "某镇人民政府", "undertakingUnit": "民政办", "undertakingPost": "民政专干", "responsiblePerson": "张三",
///       "initiation": "OnApplication",
///       "conditions": "…",
///       "legalTimeLimit": "30 working days",
///       "committedTimeLimit": "20 working days",
///       "fee": { "isFree": true, "amount": null, "basis": null, "standard": null },
///       "disclosure": { "scope": "全镇", "forms": "NoticeBoard, Website", "timing": "LongTerm" },
///       "confidentiality": { "isConfidential": false, "reason": null, "basis": null },
///       "supervisingBody": "镇纪委", "complaintChannel": "0931-1234567",
///       "mainItem": null,
///       "exercisingLevels": "County, Township",
///       "serviceObjects": "Citizens",
///       "forwardedForReview": true,
///       "implementingBodyCreditCode": "116205240139604228",
///       "implementingBodyArea": "620524",
///       "stages": [ { "stage": "Acceptance", "responsibilities": [ "公示应当提交的材料" ], "accountabilityMatters": [ "procrastination" ] } ]
///     }
///   ]
/// }
/// </code>
/// <para>
/// Enumerations are written by name (<c>"OnApplication"</c>; flags joined by <c>", "</c>) and read by their exact
/// names only: another letter case, a padded name, a number standing for a member (<c>1</c>) or members of an
/// enumeration that is not flags joined by commas (<c>"DepartmentalRule, LocalRegulation"</c>) are refused, and a
/// flags value names each member once. A value outside the enumeration is written as its number and read back as
/// it was (only a number that no combination of names expresses is read), so that the catalog rules report it. A time limit (<c>TimeLimit</c>) is the
/// English text of <c>TimeLimit.ToString()</c> (<c>"20 working days"</c>, <c>"90 natural days"</c>); on reading
/// any text <c>TimeLimit.Parse</c> accepts works, Chinese included (<c>"20个工作日"</c>). A category reads back
/// as the well-known (or host) instance with its type code; an unknown type code with both names becomes a
/// new category. A unified social credit code and an administrative area code are strings read strictly (a wrong check character
/// or area code is an error naming it); a main item is a power code. Null members are written as <c>null</c>, so that a power without a fee stays without one.
/// Chinese text is written as is, not as <c>\u</c> escapes. Unknown properties on the catalog's types are
/// errors, and so is a property given twice in one object (it never silently wins); comments are allowed.
/// </para>
/// <para>
/// The input must be well-formed Unicode: a lone surrogate in a string given to a reading method, or bytes of a stream
/// that are not UTF-8 (a GBK file, say), are a <see cref="JsonException"/> with their line and position, never
/// replaced by U+FFFD.
/// </para>
/// <para>
/// Reading errors are <see cref="JsonException"/>s whose message and <see cref="JsonException.Path"/> give the
/// JSON path of the offending value (e.g. <c>$.powers[3].committedTimeLimit</c>) and, where known, its line.
/// </para>
/// </remarks>
public static class CatalogJson
{
    private static readonly JsonSerializerOptions DefaultOptions = Sealed(CreateOptions());

    /// <summary>Creates the serializer options this class uses, for hosts that write catalogs inside their own JSON.</summary>
    /// <returns>New, mutable options: camelCase names, enums as their exact names, indented, duplicate properties refused
    /// (<see cref="JsonSerializerOptions.AllowDuplicateProperties"/> is <see langword="false"/>), NodaTime types in ISO form
    /// (<c>ConfigureForNodaTime(DateTimeZoneProviders.Tzdb)</c>, with dates and instants that have nothing before or after
    /// them), and the converters of the catalog model (including <see cref="PowerCatalog"/>).</returns>
    public static JsonSerializerOptions CreateOptions() => CreateOptions([]);

    /// <summary>Creates the serializer options with a host's own categories, which categories resolve to by type code before the well-known ones.</summary>
    /// <param name="additionalCategories">The host's categories.</param>
    /// <returns>New, mutable options; see <see cref="CreateOptions()"/>.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="additionalCategories"/> is null.</exception>
    public static JsonSerializerOptions CreateOptions(IEnumerable<PowerCategory> additionalCategories)
    {
        ArgumentNullException.ThrowIfNull(additionalCategories);
        var options = new JsonSerializerOptions
        {
            PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
            WriteIndented = true,
            Encoder = JavaScriptEncoder.Create(UnicodeRanges.All),
            ReadCommentHandling = JsonCommentHandling.Skip,
            AllowDuplicateProperties = false,
            TypeInfoResolver = new DefaultJsonTypeInfoResolver { Modifiers = { ModelContract.Modify } },
        };
        options.Converters.Add(new StrictEnumJsonConverterFactory(undefinedAsNumber: true));
        options.Converters.Add(new PowerCodeJsonConverter());
        options.Converters.Add(new UnifiedSocialCreditCodeJsonConverter());
        options.Converters.Add(new AdministrativeAreaCodeJsonConverter());
        options.Converters.Add(new PowerCategoryJsonConverter([.. additionalCategories]));
        options.Converters.Add(new TimeLimitJsonConverter());
        options.Converters.Add(new PowerCatalogJsonConverter());
        return StrictNodaConverters.Configure(options);
    }

    /// <summary>Writes a catalog as JSON.</summary>
    /// <param name="catalog">The catalog.</param>
    /// <returns>The JSON text.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="catalog"/> is null.</exception>
    public static string Serialize(PowerCatalog catalog) => Serialize(catalog, DefaultOptions);

    /// <summary>Writes a catalog as JSON with options from <see cref="CreateOptions()"/> (possibly changed).</summary>
    /// <param name="catalog">The catalog.</param>
    /// <param name="options">The options.</param>
    /// <returns>The JSON text.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="options"/> did not come from <see cref="CreateOptions()"/>.</exception>
    public static string Serialize(PowerCatalog catalog, JsonSerializerOptions options)
    {
        ArgumentNullException.ThrowIfNull(catalog);
        CheckOptions(options);
        return JsonSerializer.Serialize(catalog, options);
    }

    /// <summary>Writes a catalog as UTF-8 JSON to a stream, which is left open.</summary>
    /// <param name="catalog">The catalog.</param>
    /// <param name="utf8Json">The stream.</param>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public static void Serialize(PowerCatalog catalog, Stream utf8Json) => Serialize(catalog, utf8Json, DefaultOptions);

    /// <summary>Writes a catalog as UTF-8 JSON to a stream, which is left open, with options from <see cref="CreateOptions()"/>.</summary>
    /// <param name="catalog">The catalog.</param>
    /// <param name="utf8Json">The stream.</param>
    /// <param name="options">The options.</param>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="options"/> did not come from <see cref="CreateOptions()"/>.</exception>
    public static void Serialize(PowerCatalog catalog, Stream utf8Json, JsonSerializerOptions options)
    {
        ArgumentNullException.ThrowIfNull(catalog);
        ArgumentNullException.ThrowIfNull(utf8Json);
        CheckOptions(options);
        JsonSerializer.Serialize(utf8Json, catalog, options);
    }

    /// <summary>Writes one power as JSON.</summary>
    /// <param name="power">The power.</param>
    /// <returns>The JSON text.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="power"/> is null.</exception>
    public static string Serialize(Power power) => Serialize(power, DefaultOptions);

    /// <summary>Writes one power as JSON with options from <see cref="CreateOptions()"/>.</summary>
    /// <param name="power">The power.</param>
    /// <param name="options">The options.</param>
    /// <returns>The JSON text.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="options"/> did not come from <see cref="CreateOptions()"/>.</exception>
    public static string Serialize(Power power, JsonSerializerOptions options)
    {
        ArgumentNullException.ThrowIfNull(power);
        CheckOptions(options);
        return JsonSerializer.Serialize(power, options);
    }

    /// <summary>Reads a catalog from JSON.</summary>
    /// <param name="json">The JSON text.</param>
    /// <returns>The catalog.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="json"/> is null.</exception>
    /// <exception cref="JsonException">The JSON is not a catalog; the message gives the path and line of the problem.</exception>
    public static PowerCatalog Deserialize(string json) => Deserialize(json, DefaultOptions);

    /// <summary>Reads a catalog from JSON with options from <see cref="CreateOptions()"/>.</summary>
    /// <param name="json">The JSON text.</param>
    /// <param name="options">The options.</param>
    /// <returns>The catalog.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="options"/> did not come from <see cref="CreateOptions()"/>.</exception>
    /// <exception cref="JsonException">The JSON is not a catalog; the message gives the path and line of the problem.</exception>
    public static PowerCatalog Deserialize(string json, JsonSerializerOptions options)
    {
        ArgumentNullException.ThrowIfNull(json);
        CheckOptions(options);
        return Reading("catalog", () =>
        {
            JsonInput.CheckUtf16(json);
            return PowerCatalogJsonConverter.ToCatalog(JsonSerializer.Deserialize<CatalogDocument>(json, options));
        });
    }

    /// <summary>Reads a catalog from a UTF-8 JSON stream, which is left open.</summary>
    /// <param name="utf8Json">The stream.</param>
    /// <returns>The catalog.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="utf8Json"/> is null.</exception>
    /// <exception cref="JsonException">The JSON is not a catalog; the message gives the path and line of the problem.</exception>
    public static PowerCatalog Deserialize(Stream utf8Json) => Deserialize(utf8Json, DefaultOptions);

    /// <summary>Reads a catalog from a UTF-8 JSON stream, which is left open, with options from <see cref="CreateOptions()"/>.</summary>
    /// <param name="utf8Json">The stream.</param>
    /// <param name="options">The options.</param>
    /// <returns>The catalog.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="options"/> did not come from <see cref="CreateOptions()"/>.</exception>
    /// <exception cref="JsonException">The JSON is not a catalog; the message gives the path and line of the problem.</exception>
    public static PowerCatalog Deserialize(Stream utf8Json, JsonSerializerOptions options)
    {
        ArgumentNullException.ThrowIfNull(utf8Json);
        CheckOptions(options);
        return Reading("catalog", () => PowerCatalogJsonConverter.ToCatalog(JsonSerializer.Deserialize<CatalogDocument>(JsonInput.ReadUtf8(utf8Json).Span, options)));
    }

    /// <summary>Reads one power from JSON.</summary>
    /// <param name="json">The JSON text.</param>
    /// <returns>The power.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="json"/> is null.</exception>
    /// <exception cref="JsonException">The JSON is not a power; the message gives the path and line of the problem.</exception>
    public static Power DeserializePower(string json) => DeserializePower(json, DefaultOptions);

    /// <summary>Reads one power from JSON with options from <see cref="CreateOptions()"/>.</summary>
    /// <param name="json">The JSON text.</param>
    /// <param name="options">The options.</param>
    /// <returns>The power.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="options"/> did not come from <see cref="CreateOptions()"/>.</exception>
    /// <exception cref="JsonException">The JSON is not a power; the message gives the path and line of the problem.</exception>
    public static Power DeserializePower(string json, JsonSerializerOptions options)
    {
        ArgumentNullException.ThrowIfNull(json);
        CheckOptions(options);
        return Reading("power", () =>
        {
            JsonInput.CheckUtf16(json);
            return JsonSerializer.Deserialize<Power>(json, options) ?? throw new JsonException("The power is null. 权力事项为null。", "$", null, null);
        });
    }

    private static void CheckOptions(JsonSerializerOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        if (!options.Converters.Any(c => c is PowerCategoryJsonConverter))
        {
            throw new ArgumentException("Use options from CatalogJson.CreateOptions() (change them as needed): these lack the catalog model's converters.", nameof(options));
        }
    }

    private static JsonSerializerOptions Sealed(JsonSerializerOptions options)
    {
        options.MakeReadOnly();
        return options;
    }

    /// <summary>Runs a read, rethrowing a <see cref="JsonException"/> with the path and line in its message.</summary>
    private static T Reading<T>(string what, Func<T> read)
    {
        try
        {
            return read();
        }
        catch (JsonException e)
        {
            var path = e.Path ?? "$";
            var where = e.LineNumber is { } line
                ? string.Create(CultureInfo.InvariantCulture, $"{path} (line {line + 1}, byte {e.BytePositionInLine + 1})")
                : path;
            var reason = e.Message;
            var suffix = reason.IndexOf(" Path: ", StringComparison.Ordinal);
            if (suffix >= 0)
            {
                reason = reason[..suffix];
            }

            throw new JsonException("Cannot read the " + what + " at " + where + ": " + reason, e.Path, e.LineNumber, e.BytePositionInLine, e);
        }
    }
}
