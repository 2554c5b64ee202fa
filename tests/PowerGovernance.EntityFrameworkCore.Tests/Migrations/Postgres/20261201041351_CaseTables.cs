using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace PowerGovernance.EntityFrameworkCore.Tests.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class CaseTables : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.EnsureSchema(
                name: "zhengwu");

            migrationBuilder.CreateTable(
                name: "case_events",
                schema: "zhengwu",
                columns: table => new
                {
                    case_id = table.Column<string>(type: "character varying(128)", maxLength: 128, nullable: false),
                    sequence = table.Column<long>(type: "bigint", nullable: false),
                    trigger_name = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    from_step = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    to_step = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    actor = table.Column<string>(type: "character varying(128)", maxLength: 128, nullable: false),
                    post = table.Column<string>(type: "character varying(128)", maxLength: 128, nullable: false),
                    at = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    reason = table.Column<string>(type: "text", nullable: true),
                    arguments = table.Column<string>(type: "text", nullable: false),
                    previous_hash = table.Column<string>(type: "character varying(160)", maxLength: 160, nullable: false),
                    hash = table.Column<string>(type: "character varying(160)", maxLength: 160, nullable: false),
                    calendar_id = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: true),
                    calendar_hash = table.Column<string>(type: "character varying(160)", maxLength: 160, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_case_events", x => new { x.case_id, x.sequence });
                });

            migrationBuilder.CreateTable(
                name: "cases",
                schema: "zhengwu",
                columns: table => new
                {
                    case_id = table.Column<string>(type: "character varying(128)", maxLength: 128, nullable: false),
                    version = table.Column<long>(type: "bigint", nullable: false),
                    power_code = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    definition_id = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    step = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    is_open = table.Column<bool>(type: "boolean", nullable: false),
                    audit_head = table.Column<string>(type: "character varying(160)", maxLength: 160, nullable: false),
                    snapshot = table.Column<string>(type: "text", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_cases", x => x.case_id);
                });

            migrationBuilder.CreateIndex(
                name: "ix_cases_open",
                schema: "zhengwu",
                table: "cases",
                columns: new[] { "is_open", "case_id" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "case_events",
                schema: "zhengwu");

            migrationBuilder.DropTable(
                name: "cases",
                schema: "zhengwu");
        }
    }
}
