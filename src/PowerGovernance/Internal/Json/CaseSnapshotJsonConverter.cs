using System;
using System.Text.Json;
using System.Text.Json.Serialization;
using NodaTime;
using NodaTime.Text;
using PowerGovernance.Powers;
using PowerGovernance.Procedures;

namespace PowerGovernance.Internal.Json;

/// <summary>
/// Reads and writes a <see cref="CaseSnapshot"/> as a JSON object with every member, strictly (see <see cref="JsonFields"/>),
/// so that plain <c>JsonSerializer</c> calls round-trip a snapshot or refuse the text, never yielding an empty power code or
/// year-1 dates.
/// </summary>
internal sealed class CaseSnapshotJsonConverter : JsonConverter<CaseSnapshot>
{
    /// <summary>
    /// The members that must be present, as bits in the order of <see cref="Members"/> (the nullable ones, outcome and closed, may be
    /// left out, and so may parties, which a case without them and a snapshot stored before parties existed do not have).
    /// </summary>
    private const ulong RequiredMembers = 0b111_0011_1111_1111;

    private const string Members = "caseId, powerCode, definitionId, definitionVersion, step, version, received, stepEntered, committedClock, legalClock, outcome, closed, auditHead, lastEventAt, seal, parties";

    public override CaseSnapshot Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        var fields = new JsonFields(nameof(CaseSnapshot), "办件快照");
        fields.StartObject(ref reader);
        ulong seen = 0;
        string caseId = string.Empty, definitionId = string.Empty, step = string.Empty, auditHead = string.Empty, seal = string.Empty;
        var powerCode = default(PowerCode);
        int definitionVersion = 0;
        long version = 0;
        LocalDate received = default, stepEntered = default;
        CaseClock? committed = null, legal = null;
        CaseOutcome? outcome = null;
        LocalDate? closed = null;
        var lastEventAt = default(Instant);
        var parties = CaseParties.None;
        while (JsonFields.NextMember(ref reader) is { } member)
        {
            switch (member)
            {
                case "caseId": fields.Once(ref seen, 0, member); caseId = fields.String(ref reader, member); break;
                case "powerCode": fields.Once(ref seen, 1, member); powerCode = new PowerCode(fields.String(ref reader, member)); break;
                case "definitionId": fields.Once(ref seen, 2, member); definitionId = fields.String(ref reader, member); break;
                case "definitionVersion": fields.Once(ref seen, 3, member); definitionVersion = fields.Int32(ref reader, member, 1); break;
                case "step": fields.Once(ref seen, 4, member); step = fields.String(ref reader, member); break;
                case "version": fields.Once(ref seen, 5, member); version = fields.Integer(ref reader, member, 1); break;
                case "received": fields.Once(ref seen, 6, member); received = fields.Date(ref reader, member); break;
                case "stepEntered": fields.Once(ref seen, 7, member); stepEntered = fields.Date(ref reader, member); break;
                case "committedClock": fields.Once(ref seen, 8, member); committed = CaseClockJsonConverter.Read(ref reader, fields.Nested(member, nameof(CaseClock), "计时状态")); break;
                case "legalClock": fields.Once(ref seen, 9, member); legal = CaseClockJsonConverter.Read(ref reader, fields.Nested(member, nameof(CaseClock), "计时状态")); break;
                case "outcome": fields.Once(ref seen, 10, member); outcome = fields.NullableEnum<CaseOutcome>(ref reader, member); break;
                case "closed": fields.Once(ref seen, 11, member); closed = fields.NullableDate(ref reader, member); break;
                case "auditHead": fields.Once(ref seen, 12, member); auditHead = fields.Hash(ref reader, member); break;
                case "lastEventAt": fields.Once(ref seen, 13, member); lastEventAt = fields.Instant(ref reader, member); break;
                case "seal": fields.Once(ref seen, 14, member); seal = fields.String(ref reader, member); break;
                case "parties": fields.Once(ref seen, 15, member); parties = CasePartiesJson.Read(ref reader, fields, member); break;
                default: throw fields.Unknown(member, Members);
            }
        }

        fields.RequireAll(seen, RequiredMembers, Members);

        return new CaseSnapshot(caseId, powerCode, definitionId, definitionVersion, step, version, received, stepEntered, committed!, legal!, outcome, closed, auditHead, lastEventAt) { Seal = seal, Parties = parties };
    }

    public override void Write(Utf8JsonWriter writer, CaseSnapshot value, JsonSerializerOptions options)
    {
        writer.WriteStartObject();
        writer.WriteString("caseId", value.CaseId);
        writer.WriteString("powerCode", value.PowerCode.Value);
        writer.WriteString("definitionId", value.DefinitionId);
        writer.WriteNumber("definitionVersion", value.DefinitionVersion);
        writer.WriteString("step", value.Step);
        writer.WriteNumber("version", value.Version);
        writer.WriteString("received", LocalDatePattern.Iso.Format(value.Received));
        writer.WriteString("stepEntered", LocalDatePattern.Iso.Format(value.StepEntered));
        writer.WritePropertyName("committedClock");
        CaseClockJsonConverter.Write(writer, value.CommittedClock);
        writer.WritePropertyName("legalClock");
        CaseClockJsonConverter.Write(writer, value.LegalClock);
        if (value.Outcome is { } outcome)
        {
            writer.WriteString("outcome", outcome.ToString());
        }
        else
        {
            writer.WriteNull("outcome");
        }

        CaseClockJsonConverter.WriteDate(writer, "closed", value.Closed);
        writer.WriteString("auditHead", value.AuditHead);
        writer.WriteString("lastEventAt", InstantPattern.ExtendedIso.Format(value.LastEventAt));
        writer.WriteString("seal", value.Seal);
        if (value.Parties.Count > 0)
        {
            writer.WritePropertyName("parties");
            CasePartiesJson.Write(writer, value.Parties);
        }

        writer.WriteEndObject();
    }

}
