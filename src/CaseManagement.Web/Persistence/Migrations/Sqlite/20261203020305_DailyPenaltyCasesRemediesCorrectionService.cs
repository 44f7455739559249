using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace CaseManagement.Web.Persistence.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class DailyPenaltyCasesRemediesCorrectionService : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "DailyPenaltyDecisions");

            migrationBuilder.AddColumn<DateOnly>(
                name: "ServedOn",
                table: "CorrectionOrders",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "ServiceDetails",
                table: "CorrectionOrders",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "ServiceMethod",
                table: "CorrectionOrders",
                type: "TEXT",
                maxLength: 64,
                nullable: true);

            migrationBuilder.AddColumn<DateOnly>(
                name: "ServiceStepOn",
                table: "CorrectionOrders",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<long>(
                name: "DailyAmount",
                table: "Cases",
                type: "INTEGER",
                precision: 18,
                scale: 2,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "DailyBasis",
                table: "Cases",
                type: "TEXT",
                maxLength: 200,
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "DailyCorrectionNumber",
                table: "Cases",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.AddColumn<DateOnly>(
                name: "DailyCorrectionOrderedOn",
                table: "Cases",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "DailyCorrectionRequirement",
                table: "Cases",
                type: "TEXT",
                maxLength: 2000,
                nullable: true);

            migrationBuilder.AddColumn<DateOnly>(
                name: "DailyCorrectionServedOn",
                table: "Cases",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "DailyDays",
                table: "Cases",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.AddColumn<DateOnly>(
                name: "DailyFirstDay",
                table: "Cases",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<DateOnly>(
                name: "DailyLastDay",
                table: "Cases",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<long>(
                name: "DailyOriginalCaseId",
                table: "Cases",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "DailyOriginalCaseNumber",
                table: "Cases",
                type: "TEXT",
                maxLength: 60,
                nullable: true);

            migrationBuilder.AddColumn<DateOnly>(
                name: "DailyOriginalDecidedOn",
                table: "Cases",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "DailyOriginalDecisionNumber",
                table: "Cases",
                type: "TEXT",
                maxLength: 60,
                nullable: true);

            migrationBuilder.AddColumn<DateOnly>(
                name: "DailyReinspectedOn",
                table: "Cases",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "DailyReinspectionFindings",
                table: "Cases",
                type: "TEXT",
                maxLength: 4000,
                nullable: true);

            migrationBuilder.AddColumn<bool>(
                name: "DailyReinspectionObstructed",
                table: "Cases",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.AddColumn<long>(
                name: "DailyTotal",
                table: "Cases",
                type: "INTEGER",
                precision: 18,
                scale: 2,
                nullable: true);

            migrationBuilder.CreateTable(
                name: "DailyPenaltyLinks",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    CorrectionNumber = table.Column<int>(type: "INTEGER", nullable: false),
                    OpenedOn = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    OpenedBy = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    Total = table.Column<long>(type: "INTEGER", precision: 18, scale: 2, nullable: false),
                    CaseId = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_DailyPenaltyLinks", x => x.Id);
                    table.ForeignKey(
                        name: "FK_DailyPenaltyLinks_Cases_CaseId",
                        column: x => x.CaseId,
                        principalTable: "Cases",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "Remedies",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    Number = table.Column<int>(type: "INTEGER", nullable: false),
                    Kind = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    AppliedOn = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    Body = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    Outcome = table.Column<string>(type: "TEXT", maxLength: 30, nullable: true),
                    EndedOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    OutcomeNote = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: true),
                    RecordedBy = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    CaseId = table.Column<long>(type: "INTEGER", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Remedies", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Remedies_Cases_CaseId",
                        column: x => x.CaseId,
                        principalTable: "Cases",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_Cases_DailyOriginalCaseId",
                table: "Cases",
                column: "DailyOriginalCaseId");

            migrationBuilder.CreateIndex(
                name: "IX_DailyPenaltyLinks_CaseId",
                table: "DailyPenaltyLinks",
                column: "CaseId");

            migrationBuilder.CreateIndex(
                name: "IX_Remedies_CaseId",
                table: "Remedies",
                column: "CaseId");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "DailyPenaltyLinks");

            migrationBuilder.DropTable(
                name: "Remedies");

            migrationBuilder.DropIndex(
                name: "IX_Cases_DailyOriginalCaseId",
                table: "Cases");

            migrationBuilder.DropColumn(
                name: "ServedOn",
                table: "CorrectionOrders");

            migrationBuilder.DropColumn(
                name: "ServiceDetails",
                table: "CorrectionOrders");

            migrationBuilder.DropColumn(
                name: "ServiceMethod",
                table: "CorrectionOrders");

            migrationBuilder.DropColumn(
                name: "ServiceStepOn",
                table: "CorrectionOrders");

            migrationBuilder.DropColumn(
                name: "DailyAmount",
                table: "Cases");

            migrationBuilder.DropColumn(
                name: "DailyBasis",
                table: "Cases");

            migrationBuilder.DropColumn(
                name: "DailyCorrectionNumber",
                table: "Cases");

            migrationBuilder.DropColumn(
                name: "DailyCorrectionOrderedOn",
                table: "Cases");

            migrationBuilder.DropColumn(
                name: "DailyCorrectionRequirement",
                table: "Cases");

            migrationBuilder.DropColumn(
                name: "DailyCorrectionServedOn",
                table: "Cases");

            migrationBuilder.DropColumn(
                name: "DailyDays",
                table: "Cases");

            migrationBuilder.DropColumn(
                name: "DailyFirstDay",
                table: "Cases");

            migrationBuilder.DropColumn(
                name: "DailyLastDay",
                table: "Cases");

            migrationBuilder.DropColumn(
                name: "DailyOriginalCaseId",
                table: "Cases");

            migrationBuilder.DropColumn(
                name: "DailyOriginalCaseNumber",
                table: "Cases");

            migrationBuilder.DropColumn(
                name: "DailyOriginalDecidedOn",
                table: "Cases");

            migrationBuilder.DropColumn(
                name: "DailyOriginalDecisionNumber",
                table: "Cases");

            migrationBuilder.DropColumn(
                name: "DailyReinspectedOn",
                table: "Cases");

            migrationBuilder.DropColumn(
                name: "DailyReinspectionFindings",
                table: "Cases");

            migrationBuilder.DropColumn(
                name: "DailyReinspectionObstructed",
                table: "Cases");

            migrationBuilder.DropColumn(
                name: "DailyTotal",
                table: "Cases");

            migrationBuilder.CreateTable(
                name: "DailyPenaltyDecisions",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    Basis = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    CaseId = table.Column<long>(type: "INTEGER", nullable: false),
                    CorrectionNumber = table.Column<int>(type: "INTEGER", nullable: false),
                    DailyAmount = table.Column<long>(type: "INTEGER", precision: 18, scale: 2, nullable: false),
                    Days = table.Column<int>(type: "INTEGER", nullable: false),
                    DecidedBy = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    DecidedOn = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    FirstDay = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    LastDay = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    Number = table.Column<string>(type: "TEXT", maxLength: 60, nullable: false),
                    Total = table.Column<long>(type: "INTEGER", precision: 18, scale: 2, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_DailyPenaltyDecisions", x => x.Id);
                    table.ForeignKey(
                        name: "FK_DailyPenaltyDecisions_Cases_CaseId",
                        column: x => x.CaseId,
                        principalTable: "Cases",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_DailyPenaltyDecisions_CaseId",
                table: "DailyPenaltyDecisions",
                column: "CaseId");
        }
    }
}
