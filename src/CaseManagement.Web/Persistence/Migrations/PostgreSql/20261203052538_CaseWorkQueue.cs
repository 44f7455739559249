using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace CaseManagement.Web.Persistence.Migrations.PostgreSql
{
    /// <inheritdoc />
    public partial class CaseWorkQueue : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<DateOnly>(
                name: "NextDeadlineOn",
                table: "CaseOfficers",
                type: "date",
                nullable: true);

            migrationBuilder.CreateTable(
                name: "CaseWorkItems",
                columns: table => new
                {
                    CaseId = table.Column<long>(type: "bigint", nullable: false),
                    Assignee = table.Column<string>(type: "character varying(80)", maxLength: 80, nullable: false),
                    OrganisationId = table.Column<int>(type: "integer", nullable: false),
                    DueOn = table.Column<DateOnly>(type: "date", nullable: false),
                    WaitingFrom = table.Column<DateOnly>(type: "date", nullable: false),
                    WaitingUntil = table.Column<DateOnly>(type: "date", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_CaseWorkItems", x => new { x.CaseId, x.Assignee });
                    table.ForeignKey(
                        name: "FK_CaseWorkItems_Cases_CaseId",
                        column: x => x.CaseId,
                        principalTable: "Cases",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_CaseWorkItems_Organisations_OrganisationId",
                        column: x => x.OrganisationId,
                        principalTable: "Organisations",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "PendingRebuilds",
                columns: table => new
                {
                    Name = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    AfterCaseId = table.Column<long>(type: "bigint", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_PendingRebuilds", x => x.Name);
                });

            // The lines come from the state machine, not from SQL: the app fills them from the existing cases at
            // its next start (Features/Home/WorkQueueRebuild), resuming if interrupted.
            migrationBuilder.InsertData(
                table: "PendingRebuilds",
                columns: new[] { "Name", "AfterCaseId" },
                values: new object[] { "CaseWorkItems", 0L });

            migrationBuilder.CreateIndex(
                name: "IX_CaseOfficers_UserId_NextDeadlineOn_CaseId",
                table: "CaseOfficers",
                columns: new[] { "UserId", "NextDeadlineOn", "CaseId" });

            migrationBuilder.CreateIndex(
                name: "IX_CaseWorkItems_OrganisationId_Assignee_DueOn_CaseId",
                table: "CaseWorkItems",
                columns: new[] { "OrganisationId", "Assignee", "DueOn", "CaseId" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "CaseWorkItems");

            migrationBuilder.DropTable(
                name: "PendingRebuilds");

            migrationBuilder.DropIndex(
                name: "IX_CaseOfficers_UserId_NextDeadlineOn_CaseId",
                table: "CaseOfficers");

            migrationBuilder.DropColumn(
                name: "NextDeadlineOn",
                table: "CaseOfficers");
        }
    }
}
