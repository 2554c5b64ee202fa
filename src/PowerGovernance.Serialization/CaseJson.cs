using System;
using System.Collections.Generic;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;
using System.Text.Json.Serialization.Metadata;
using System.Text.Unicode;
using PowerGovernance.Serialization.Internal;
using PowerGovernance.Procedures;

namespace PowerGovernance.Serialization;

/// <summary>
/// Reads and writes cases (办件) as JSON: snapshots (<see cref="CaseSnapshot"/>) and their events (<see cref="CaseEvent"/>),
/// the supported form for a host's storage. A round trip gives equal values (<c>==</c>), and events read back still
/// verify with <see cref="AuditChain.Verify(IReadOnlyList{CaseEvent}, string)"/>.
/// </summary>
/// <remarks>
/// <para>A snapshot is written with every member, property names in camelCase, dates in ISO form and instants in UTC with
/// their nanoseconds (the audit hash covers them):</para>
/// <code language="json">
/// {"caseId":"XK-001","powerCode":"62099907ZF-XK-0001","definitionId":"licensing","definitionVersion":1,"step":"审查",
///  "version":2,"received":"2026-03-02","stepEntered":"2026-03-03",
///  "committedClock":{"start":"2026-03-02","suspendedSince":null,"suspensionCause":null,"suspendedDays":0,"stepSuspendedDays":0,
///                    "extension":null,"limit":"20 working days","suspendedUntil":null,"extendedOn":null,"lateStops":0},
///  "legalClock":{…},"outcome":null,"closed":null,"auditHead":"9f2c…","lastEventAt":"2026-03-03T01:30:00Z"}
/// </code>
/// <para>An event has <c>caseId</c>, <c>sequence</c>, <c>trigger</c>, <c>from</c>, <c>to</c>, <c>actor</c>, <c>post</c>,
/// <c>at</c>, <c>reason</c>, <c>arguments</c> (an array of <c>{"name":…,"value":…}</c> in the event's order),
/// <c>previousHash</c>, <c>hash</c> and <c>calendar</c> (<c>{"id":…,"contentHash":…}</c> or <c>null</c>).</para>
/// <para>Reading is strict: an unknown member, a member given twice, a missing member (only the nullable ones may be left
/// out), a value of the wrong kind or out of range (a version below 1, negative suspended days, a hash that is not 64
/// lower-case hexadecimal digits, an outcome that is not a <see cref="CaseOutcome"/> name) is a <see cref="JsonException"/>
/// whose message names the member, the value and the rule, in English and Simplified Chinese. Nothing is defaulted. A string
/// holding a lone surrogate is a <see cref="JsonException"/> with its line and position, too.</para>
/// <para>The case types carry this format themselves (<see cref="JsonConverterAttribute"/>), so a plain
/// <c>JsonSerializer.Serialize(snapshot)</c> writes the same members and <c>JsonSerializer.Deserialize&lt;CaseSnapshot&gt;</c>
/// reads them as strictly; <see cref="CreateOptions"/> adds what a host's own types around them need.</para>
/// </remarks>
public static class CaseJson
{
    private static readonly JsonSerializerOptions DefaultOptions = Sealed(CreateOptions());

    /// <summary>Creates serializer options for hosts that store cases inside their own JSON documents.</summary>
    /// <returns>
    /// New, mutable options: camelCase names, Chinese written as is (not as <c>\u</c> escapes), enumerations as their exact
    /// names (numbers, other letter cases, padded names and comma-joined members refused), unknown members and members given
    /// twice refused (<see cref="JsonSerializerOptions.AllowDuplicateProperties"/> is <see langword="false"/>), NodaTime types
    /// in ISO form (<c>ConfigureForNodaTime(DateTimeZoneProviders.Tzdb)</c>, dates and instants with nothing before or after them),
    /// and the case types (<see cref="CaseSnapshot"/>, <see cref="CaseClock"/>, <see cref="CaseEvent"/>, <c>PowerCode</c>,
    /// <c>TimeLimit</c>) in the format described on <see cref="CaseJson"/>.
    /// </returns>
    public static JsonSerializerOptions CreateOptions()
    {
        var options = new JsonSerializerOptions
        {
            PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
            Encoder = JavaScriptEncoder.Create(UnicodeRanges.All),
            UnmappedMemberHandling = JsonUnmappedMemberHandling.Disallow,
            AllowDuplicateProperties = false,
            TypeInfoResolver = new DefaultJsonTypeInfoResolver(),
        };
        options.Converters.Add(new StrictEnumJsonConverterFactory(undefinedAsNumber: false));
        return StrictNodaConverters.Configure(options);
    }

    /// <summary>Writes a case snapshot as JSON.</summary>
    /// <param name="snapshot">The snapshot.</param>
    /// <returns>The JSON text.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="snapshot"/> is null.</exception>
    public static string Serialize(CaseSnapshot snapshot)
    {
        ArgumentNullException.ThrowIfNull(snapshot);
        return JsonSerializer.Serialize(snapshot, DefaultOptions);
    }

    /// <summary>Writes one case event as JSON.</summary>
    /// <param name="caseEvent">The event.</param>
    /// <returns>The JSON text.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="caseEvent"/> is null.</exception>
    public static string Serialize(CaseEvent caseEvent)
    {
        ArgumentNullException.ThrowIfNull(caseEvent);
        return JsonSerializer.Serialize(caseEvent, DefaultOptions);
    }

    /// <summary>Writes a case's events as a JSON array, in order.</summary>
    /// <param name="events">The events.</param>
    /// <returns>The JSON text.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="events"/> is null.</exception>
    /// <exception cref="ArgumentException">An event is null.</exception>
    public static string Serialize(IReadOnlyList<CaseEvent> events)
    {
        ArgumentNullException.ThrowIfNull(events);
        for (var i = 0; i < events.Count; i++)
        {
            if (events[i] is null)
            {
                throw new ArgumentException(FormattableString.Invariant($"Event {i} is null. 第{i}条办件过程记录为空。"), nameof(events));
            }
        }

        return JsonSerializer.Serialize(events, DefaultOptions);
    }

    /// <summary>Reads a case snapshot.</summary>
    /// <param name="json">The JSON text.</param>
    /// <returns>The snapshot.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="json"/> is null.</exception>
    /// <exception cref="JsonException">The text is not a complete, valid snapshot; the message names the member, the value and the rule.</exception>
    public static CaseSnapshot DeserializeSnapshot(string json)
    {
        ArgumentNullException.ThrowIfNull(json);
        JsonInput.CheckUtf16(json);
        return JsonSerializer.Deserialize<CaseSnapshot>(json, DefaultOptions) ?? throw Null("case snapshot (CaseSnapshot)", "办件快照");
    }

    /// <summary>Reads one case event.</summary>
    /// <param name="json">The JSON text.</param>
    /// <returns>The event.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="json"/> is null.</exception>
    /// <exception cref="JsonException">The text is not a complete, valid event; the message names the member, the value and the rule.</exception>
    public static CaseEvent DeserializeEvent(string json)
    {
        ArgumentNullException.ThrowIfNull(json);
        JsonInput.CheckUtf16(json);
        return JsonSerializer.Deserialize<CaseEvent>(json, DefaultOptions) ?? throw Null("case event (CaseEvent)", "办件过程记录");
    }

    /// <summary>Reads a case's events from a JSON array.</summary>
    /// <param name="json">The JSON text.</param>
    /// <returns>The events, in the array's order.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="json"/> is null.</exception>
    /// <exception cref="JsonException">The text is not an array of complete, valid events (a <c>null</c> element included).</exception>
    public static IReadOnlyList<CaseEvent> DeserializeEvents(string json)
    {
        ArgumentNullException.ThrowIfNull(json);
        JsonInput.CheckUtf16(json);
        var events = JsonSerializer.Deserialize<CaseEvent?[]>(json, DefaultOptions) ?? throw Null("list of case events", "办件过程记录列表");
        var index = Array.IndexOf(events, null);
        if (index >= 0)
        {
            throw new JsonException(FormattableString.Invariant($"Cannot read the case events: element {index} is null, but every element must be an event. 无法读取办件过程记录：第{index}个元素为null，每个元素都须为一条记录。"));
        }

        return events!;
    }

    private static JsonException Null(string what, string chinese) =>
        new("Cannot read the " + what + ": the JSON is null, but must be an object. 无法读取" + chinese + "：JSON为null，须为对象。");

    private static JsonSerializerOptions Sealed(JsonSerializerOptions options)
    {
        options.MakeReadOnly();
        return options;
    }
}
