using System;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

#nullable disable

namespace CaseManagement.Web.Persistence.Migrations.PostgreSql
{
    /// <inheritdoc />
    public partial class RecordedDocumentFacts : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "DailyPenaltyDecisions");

            migrationBuilder.DropIndex(
                name: "IX_TemplateVersions_Name_Number",
                table: "TemplateVersions");

            migrationBuilder.AddColumn<int>(
                name: "OrganisationId",
                table: "TemplateVersions",
                type: "integer",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.AddColumn<TimeOnly>(
                name: "EndTime",
                table: "InvestigationRecords",
                type: "time without time zone",
                nullable: true);

            migrationBuilder.AddColumn<double>(
                name: "Latitude",
                table: "InvestigationRecords",
                type: "double precision",
                nullable: true);

            migrationBuilder.AddColumn<double>(
                name: "Longitude",
                table: "InvestigationRecords",
                type: "double precision",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "PersonsPresent",
                table: "InvestigationRecords",
                type: "character varying(500)",
                maxLength: 500,
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "PositionAccuracyMetres",
                table: "InvestigationRecords",
                type: "integer",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "Representative",
                table: "InvestigationRecords",
                type: "character varying(100)",
                maxLength: 100,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "Source",
                table: "InvestigationRecords",
                type: "character varying(300)",
                maxLength: 300,
                nullable: true);

            migrationBuilder.AddColumn<TimeOnly>(
                name: "StartTime",
                table: "InvestigationRecords",
                type: "time without time zone",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "Proves",
                table: "EvidenceItems",
                type: "character varying(2000)",
                maxLength: 2000,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "Source",
                table: "EvidenceItems",
                type: "character varying(300)",
                maxLength: 300,
                nullable: true);

            migrationBuilder.AddColumn<Guid>(
                name: "UploadId",
                table: "EvidenceFiles",
                type: "uuid",
                nullable: true);

            migrationBuilder.AddColumn<DateOnly>(
                name: "ServedOn",
                table: "CorrectionOrders",
                type: "date",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "ServiceDetails",
                table: "CorrectionOrders",
                type: "text",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "ServiceMethod",
                table: "CorrectionOrders",
                type: "character varying(64)",
                maxLength: 64,
                nullable: true);

            migrationBuilder.AddColumn<DateOnly>(
                name: "ServiceStepOn",
                table: "CorrectionOrders",
                type: "date",
                nullable: true);

            migrationBuilder.AddColumn<decimal>(
                name: "DailyAmount",
                table: "Cases",
                type: "numeric(18,2)",
                precision: 18,
                scale: 2,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "DailyBasis",
                table: "Cases",
                type: "character varying(200)",
                maxLength: 200,
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "DailyCorrectionNumber",
                table: "Cases",
                type: "integer",
                nullable: true);

            migrationBuilder.AddColumn<DateOnly>(
                name: "DailyCorrectionOrderedOn",
                table: "Cases",
                type: "date",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "DailyCorrectionRequirement",
                table: "Cases",
                type: "character varying(2000)",
                maxLength: 2000,
                nullable: true);

            migrationBuilder.AddColumn<DateOnly>(
                name: "DailyCorrectionServedOn",
                table: "Cases",
                type: "date",
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "DailyDays",
                table: "Cases",
                type: "integer",
                nullable: true);

            migrationBuilder.AddColumn<DateOnly>(
                name: "DailyFirstDay",
                table: "Cases",
                type: "date",
                nullable: true);

            migrationBuilder.AddColumn<DateOnly>(
                name: "DailyLastDay",
                table: "Cases",
                type: "date",
                nullable: true);

            migrationBuilder.AddColumn<long>(
                name: "DailyOriginalCaseId",
                table: "Cases",
                type: "bigint",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "DailyOriginalCaseNumber",
                table: "Cases",
                type: "character varying(60)",
                maxLength: 60,
                nullable: true);

            migrationBuilder.AddColumn<DateOnly>(
                name: "DailyOriginalDecidedOn",
                table: "Cases",
                type: "date",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "DailyOriginalDecisionNumber",
                table: "Cases",
                type: "character varying(60)",
                maxLength: 60,
                nullable: true);

            migrationBuilder.AddColumn<DateOnly>(
                name: "DailyReinspectedOn",
                table: "Cases",
                type: "date",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "DailyReinspectionFindings",
                table: "Cases",
                type: "character varying(4000)",
                maxLength: 4000,
                nullable: true);

            migrationBuilder.AddColumn<bool>(
                name: "DailyReinspectionObstructed",
                table: "Cases",
                type: "boolean",
                nullable: true);

            migrationBuilder.AddColumn<decimal>(
                name: "DailyTotal",
                table: "Cases",
                type: "numeric(18,2)",
                precision: 18,
                scale: 2,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "DiscussionChair",
                table: "Cases",
                type: "character varying(100)",
                maxLength: 100,
                nullable: true);

            migrationBuilder.AddColumn<TimeOnly>(
                name: "DiscussionEndTime",
                table: "Cases",
                type: "time without time zone",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "DiscussionPlace",
                table: "Cases",
                type: "character varying(300)",
                maxLength: 300,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "DiscussionRecorder",
                table: "Cases",
                type: "character varying(100)",
                maxLength: 100,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "DiscussionSpeeches",
                table: "Cases",
                type: "text",
                nullable: true);

            migrationBuilder.AddColumn<TimeOnly>(
                name: "DiscussionStartTime",
                table: "Cases",
                type: "time without time zone",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "FactsFinding",
                table: "Cases",
                type: "character varying(20000)",
                maxLength: 20000,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "FilingApprovalOpinion",
                table: "Cases",
                type: "character varying(2000)",
                maxLength: 2000,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "FilingDepartmentHead",
                table: "Cases",
                type: "character varying(100)",
                maxLength: 100,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "FilingDepartmentOpinion",
                table: "Cases",
                type: "character varying(2000)",
                maxLength: 2000,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "LegalReviewChecklist",
                table: "Cases",
                type: "text",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "ProposedDiscretionReasons",
                table: "Cases",
                type: "character varying(4000)",
                maxLength: 4000,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "Files",
                table: "AuditEntries",
                type: "character varying(4000)",
                maxLength: 4000,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "StateSha256",
                table: "AuditEntries",
                type: "character(64)",
                fixedLength: true,
                maxLength: 64,
                nullable: true);

            migrationBuilder.CreateTable(
                name: "DailyPenaltyLinks",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    CorrectionNumber = table.Column<int>(type: "integer", nullable: false),
                    OpenedOn = table.Column<DateOnly>(type: "date", nullable: false),
                    OpenedBy = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    Total = table.Column<decimal>(type: "numeric(18,2)", precision: 18, scale: 2, nullable: false),
                    CaseId = table.Column<long>(type: "bigint", nullable: false)
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
                name: "MailSettings",
                columns: table => new
                {
                    OrganisationId = table.Column<int>(type: "integer", nullable: false),
                    Enabled = table.Column<bool>(type: "boolean", nullable: false),
                    Host = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    Port = table.Column<int>(type: "integer", nullable: false),
                    Security = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    UserName = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    ProtectedPassword = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: false),
                    FromAddress = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    FromName = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    SendHour = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_MailSettings", x => x.OrganisationId);
                });

            migrationBuilder.CreateTable(
                name: "Remedies",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    Number = table.Column<int>(type: "integer", nullable: false),
                    Kind = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    AppliedOn = table.Column<DateOnly>(type: "date", nullable: false),
                    Body = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    Outcome = table.Column<string>(type: "character varying(30)", maxLength: 30, nullable: true),
                    EndedOn = table.Column<DateOnly>(type: "date", nullable: true),
                    OutcomeNote = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: true),
                    RecordedBy = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    CaseId = table.Column<long>(type: "bigint", nullable: true)
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

            migrationBuilder.CreateTable(
                name: "SentDigests",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    UserId = table.Column<string>(type: "character varying(450)", maxLength: 450, nullable: false),
                    Day = table.Column<DateOnly>(type: "date", nullable: false),
                    SentAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    ReminderCount = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_SentDigests", x => x.Id);
                });

            migrationBuilder.CreateIndex(
                name: "IX_TemplateVersions_OrganisationId_Name_Number",
                table: "TemplateVersions",
                columns: new[] { "OrganisationId", "Name", "Number" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_EvidenceFiles_CaseId_UploadId",
                table: "EvidenceFiles",
                columns: new[] { "CaseId", "UploadId" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Cases_DailyOriginalCaseId",
                table: "Cases",
                column: "DailyOriginalCaseId");

            migrationBuilder.CreateIndex(
                name: "IX_AuditEntries_Action",
                table: "AuditEntries",
                column: "Action");

            migrationBuilder.CreateIndex(
                name: "IX_DailyPenaltyLinks_CaseId",
                table: "DailyPenaltyLinks",
                column: "CaseId");

            migrationBuilder.CreateIndex(
                name: "IX_Remedies_CaseId",
                table: "Remedies",
                column: "CaseId");

            migrationBuilder.CreateIndex(
                name: "IX_SentDigests_UserId_Day",
                table: "SentDigests",
                columns: new[] { "UserId", "Day" },
                unique: true);

            migrationBuilder.AddForeignKey(
                name: "FK_TemplateVersions_Organisations_OrganisationId",
                table: "TemplateVersions",
                column: "OrganisationId",
                principalTable: "Organisations",
                principalColumn: "Id",
                onDelete: ReferentialAction.Restrict);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropForeignKey(
                name: "FK_TemplateVersions_Organisations_OrganisationId",
                table: "TemplateVersions");

            migrationBuilder.DropTable(
                name: "DailyPenaltyLinks");

            migrationBuilder.DropTable(
                name: "MailSettings");

            migrationBuilder.DropTable(
                name: "Remedies");

            migrationBuilder.DropTable(
                name: "SentDigests");

            migrationBuilder.DropIndex(
                name: "IX_TemplateVersions_OrganisationId_Name_Number",
                table: "TemplateVersions");

            migrationBuilder.DropIndex(
                name: "IX_EvidenceFiles_CaseId_UploadId",
                table: "EvidenceFiles");

            migrationBuilder.DropIndex(
                name: "IX_Cases_DailyOriginalCaseId",
                table: "Cases");

            migrationBuilder.DropIndex(
                name: "IX_AuditEntries_Action",
                table: "AuditEntries");

            migrationBuilder.DropColumn(
                name: "OrganisationId",
                table: "TemplateVersions");

            migrationBuilder.DropColumn(
                name: "EndTime",
                table: "InvestigationRecords");

            migrationBuilder.DropColumn(
                name: "Latitude",
                table: "InvestigationRecords");

            migrationBuilder.DropColumn(
                name: "Longitude",
                table: "InvestigationRecords");

            migrationBuilder.DropColumn(
                name: "PersonsPresent",
                table: "InvestigationRecords");

            migrationBuilder.DropColumn(
                name: "PositionAccuracyMetres",
                table: "InvestigationRecords");

            migrationBuilder.DropColumn(
                name: "Representative",
                table: "InvestigationRecords");

            migrationBuilder.DropColumn(
                name: "Source",
                table: "InvestigationRecords");

            migrationBuilder.DropColumn(
                name: "StartTime",
                table: "InvestigationRecords");

            migrationBuilder.DropColumn(
                name: "Proves",
                table: "EvidenceItems");

            migrationBuilder.DropColumn(
                name: "Source",
                table: "EvidenceItems");

            migrationBuilder.DropColumn(
                name: "UploadId",
                table: "EvidenceFiles");

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

            migrationBuilder.DropColumn(
                name: "DiscussionChair",
                table: "Cases");

            migrationBuilder.DropColumn(
                name: "DiscussionEndTime",
                table: "Cases");

            migrationBuilder.DropColumn(
                name: "DiscussionPlace",
                table: "Cases");

            migrationBuilder.DropColumn(
                name: "DiscussionRecorder",
                table: "Cases");

            migrationBuilder.DropColumn(
                name: "DiscussionSpeeches",
                table: "Cases");

            migrationBuilder.DropColumn(
                name: "DiscussionStartTime",
                table: "Cases");

            migrationBuilder.DropColumn(
                name: "FactsFinding",
                table: "Cases");

            migrationBuilder.DropColumn(
                name: "FilingApprovalOpinion",
                table: "Cases");

            migrationBuilder.DropColumn(
                name: "FilingDepartmentHead",
                table: "Cases");

            migrationBuilder.DropColumn(
                name: "FilingDepartmentOpinion",
                table: "Cases");

            migrationBuilder.DropColumn(
                name: "LegalReviewChecklist",
                table: "Cases");

            migrationBuilder.DropColumn(
                name: "ProposedDiscretionReasons",
                table: "Cases");

            migrationBuilder.DropColumn(
                name: "Files",
                table: "AuditEntries");

            migrationBuilder.DropColumn(
                name: "StateSha256",
                table: "AuditEntries");

            migrationBuilder.CreateTable(
                name: "DailyPenaltyDecisions",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    Basis = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    CaseId = table.Column<long>(type: "bigint", nullable: false),
                    CorrectionNumber = table.Column<int>(type: "integer", nullable: false),
                    DailyAmount = table.Column<decimal>(type: "numeric(18,2)", precision: 18, scale: 2, nullable: false),
                    Days = table.Column<int>(type: "integer", nullable: false),
                    DecidedBy = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    DecidedOn = table.Column<DateOnly>(type: "date", nullable: false),
                    FirstDay = table.Column<DateOnly>(type: "date", nullable: false),
                    LastDay = table.Column<DateOnly>(type: "date", nullable: false),
                    Number = table.Column<string>(type: "character varying(60)", maxLength: 60, nullable: false),
                    Total = table.Column<decimal>(type: "numeric(18,2)", precision: 18, scale: 2, nullable: false)
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
                name: "IX_TemplateVersions_Name_Number",
                table: "TemplateVersions",
                columns: new[] { "Name", "Number" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_DailyPenaltyDecisions_CaseId",
                table: "DailyPenaltyDecisions",
                column: "CaseId");
        }
    }
}
