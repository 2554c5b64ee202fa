using System;
using System.Text.Json;
using System.Text.Json.Serialization;
using NodaTime.Text;
using PowerGovernance.Calendars;
using PowerGovernance.Procedures;

namespace PowerGovernance.Internal.Json;

/// <summary>Reads and writes a <see cref="CaseClock"/> as a JSON object with every member, strictly (see <see cref="JsonFields"/>).</summary>
internal sealed class CaseClockJsonConverter : JsonConverter<CaseClock>
{
    internal const string Members = "start, suspendedSince, suspensionCause, suspendedDays, stepSuspendedDays, extension, limit, suspendedUntil, extendedOn, lateStops";

    public override CaseClock Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
        Read(ref reader, new JsonFields(nameof(CaseClock), "计时状态"));

    public override void Write(Utf8JsonWriter writer, CaseClock value, JsonSerializerOptions options) => Write(writer, value);

    internal static CaseClock Read(ref Utf8JsonReader reader, JsonFields fields)
    {
        fields.StartObject(ref reader);
        ulong seen = 0;
        NodaTime.LocalDate start = default;
        NodaTime.LocalDate? since = null, until = null, on = null;
        string? cause = null;
        int days = 0, stepDays = 0, lateStops = 0;
        TimeLimit? extension = null, limit = null;
        while (JsonFields.NextMember(ref reader) is { } member)
        {
            switch (member)
            {
                case "start": fields.Once(ref seen, 0, member); start = fields.Date(ref reader, member); break;
                case "suspendedSince": fields.Once(ref seen, 1, member); since = fields.NullableDate(ref reader, member); break;
                case "suspensionCause": fields.Once(ref seen, 2, member); cause = fields.NullableString(ref reader, member); break;
                case "suspendedDays": fields.Once(ref seen, 3, member); days = fields.Int32(ref reader, member, 0); break;
                case "stepSuspendedDays": fields.Once(ref seen, 4, member); stepDays = fields.Int32(ref reader, member, 0); break;
                case "extension": fields.Once(ref seen, 5, member); extension = fields.NullableTimeLimit(ref reader, member); break;
                case "limit": fields.Once(ref seen, 6, member); limit = fields.NullableTimeLimit(ref reader, member); break;
                case "suspendedUntil": fields.Once(ref seen, 7, member); until = fields.NullableDate(ref reader, member); break;
                case "extendedOn": fields.Once(ref seen, 8, member); on = fields.NullableDate(ref reader, member); break;
                case "lateStops": fields.Once(ref seen, 9, member); lateStops = fields.Int32(ref reader, member, 0); break;
                default: throw fields.Unknown(member, Members);
            }
        }

        fields.Require(seen, 0, "start");
        fields.Require(seen, 3, "suspendedDays");
        fields.Require(seen, 4, "stepSuspendedDays");
        fields.Require(seen, 9, "lateStops");
        return new CaseClock(start, since, cause, days, stepDays, extension) { Limit = limit, SuspendedUntil = until, ExtendedOn = on, LateStops = lateStops };
    }

    internal static void Write(Utf8JsonWriter writer, CaseClock clock)
    {
        writer.WriteStartObject();
        writer.WriteString("start", LocalDatePattern.Iso.Format(clock.Start));
        WriteDate(writer, "suspendedSince", clock.SuspendedSince);
        writer.WriteString("suspensionCause", clock.SuspensionCause);
        writer.WriteNumber("suspendedDays", clock.SuspendedDays);
        writer.WriteNumber("stepSuspendedDays", clock.StepSuspendedDays);
        WriteLimit(writer, "extension", clock.Extension);
        WriteLimit(writer, "limit", clock.Limit);
        WriteDate(writer, "suspendedUntil", clock.SuspendedUntil);
        WriteDate(writer, "extendedOn", clock.ExtendedOn);
        writer.WriteNumber("lateStops", clock.LateStops);
        writer.WriteEndObject();
    }

    internal static void WriteDate(Utf8JsonWriter writer, string name, NodaTime.LocalDate? date)
    {
        if (date is { } value)
        {
            writer.WriteString(name, LocalDatePattern.Iso.Format(value));
        }
        else
        {
            writer.WriteNull(name);
        }
    }

    private static void WriteLimit(Utf8JsonWriter writer, string name, TimeLimit? limit)
    {
        if (limit is { } value)
        {
            writer.WriteString(name, value.ToString());
        }
        else
        {
            writer.WriteNull(name);
        }
    }
}
