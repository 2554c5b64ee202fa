using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace PowerGovernance.EntityFrameworkCore.Tests.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class CaseTables : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "case_events",
                columns: table => new
                {
                    case_id = table.Column<string>(type: "TEXT", maxLength: 128, nullable: false),
                    sequence = table.Column<long>(type: "INTEGER", nullable: false),
                    trigger_name = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    from_step = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    to_step = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    actor = table.Column<string>(type: "TEXT", maxLength: 128, nullable: false),
                    post = table.Column<string>(type: "TEXT", maxLength: 128, nullable: false),
                    at = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    reason = table.Column<string>(type: "TEXT", nullable: true),
                    arguments = table.Column<string>(type: "TEXT", nullable: false),
                    previous_hash = table.Column<string>(type: "TEXT", maxLength: 160, nullable: false),
                    hash = table.Column<string>(type: "TEXT", maxLength: 160, nullable: false),
                    calendar_id = table.Column<string>(type: "TEXT", maxLength: 64, nullable: true),
                    calendar_hash = table.Column<string>(type: "TEXT", maxLength: 160, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_case_events", x => new { x.case_id, x.sequence });
                });

            migrationBuilder.CreateTable(
                name: "cases",
                columns: table => new
                {
                    case_id = table.Column<string>(type: "TEXT", maxLength: 128, nullable: false),
                    version = table.Column<long>(type: "INTEGER", nullable: false),
                    power_code = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    definition_id = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    step = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    is_open = table.Column<bool>(type: "INTEGER", nullable: false),
                    audit_head = table.Column<string>(type: "TEXT", maxLength: 160, nullable: false),
                    snapshot = table.Column<string>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_cases", x => x.case_id);
                });

            migrationBuilder.CreateIndex(
                name: "ix_cases_open",
                table: "cases",
                columns: new[] { "is_open", "case_id" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "case_events");

            migrationBuilder.DropTable(
                name: "cases");
        }
    }
}
