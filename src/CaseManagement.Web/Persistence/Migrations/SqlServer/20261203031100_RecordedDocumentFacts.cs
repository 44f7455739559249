using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace CaseManagement.Web.Persistence.Migrations.SqlServer
{
    /// <inheritdoc />
    public partial class RecordedDocumentFacts : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_TemplateVersions_Name_Number",
                table: "TemplateVersions");

            migrationBuilder.AddColumn<int>(
                name: "OrganisationId",
                table: "TemplateVersions",
                type: "int",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.AddColumn<string>(
                name: "Representative",
                table: "InvestigationRecords",
                type: "nvarchar(100)",
                maxLength: 100,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "Source",
                table: "InvestigationRecords",
                type: "nvarchar(300)",
                maxLength: 300,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "Proves",
                table: "EvidenceItems",
                type: "nvarchar(2000)",
                maxLength: 2000,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "Source",
                table: "EvidenceItems",
                type: "nvarchar(300)",
                maxLength: 300,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "DiscussionChair",
                table: "Cases",
                type: "nvarchar(100)",
                maxLength: 100,
                nullable: true);

            migrationBuilder.AddColumn<TimeOnly>(
                name: "DiscussionEndTime",
                table: "Cases",
                type: "time",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "DiscussionPlace",
                table: "Cases",
                type: "nvarchar(300)",
                maxLength: 300,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "DiscussionRecorder",
                table: "Cases",
                type: "nvarchar(100)",
                maxLength: 100,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "DiscussionSpeeches",
                table: "Cases",
                type: "nvarchar(max)",
                nullable: true);

            migrationBuilder.AddColumn<TimeOnly>(
                name: "DiscussionStartTime",
                table: "Cases",
                type: "time",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "FactsFinding",
                table: "Cases",
                type: "nvarchar(max)",
                maxLength: 20000,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "FilingApprovalOpinion",
                table: "Cases",
                type: "nvarchar(2000)",
                maxLength: 2000,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "FilingDepartmentHead",
                table: "Cases",
                type: "nvarchar(100)",
                maxLength: 100,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "FilingDepartmentOpinion",
                table: "Cases",
                type: "nvarchar(2000)",
                maxLength: 2000,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "LegalReviewChecklist",
                table: "Cases",
                type: "nvarchar(max)",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "ProposedDiscretionReasons",
                table: "Cases",
                type: "nvarchar(4000)",
                maxLength: 4000,
                nullable: true);

            migrationBuilder.CreateIndex(
                name: "IX_TemplateVersions_OrganisationId_Name_Number",
                table: "TemplateVersions",
                columns: new[] { "OrganisationId", "Name", "Number" },
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

            migrationBuilder.DropIndex(
                name: "IX_TemplateVersions_OrganisationId_Name_Number",
                table: "TemplateVersions");

            migrationBuilder.DropColumn(
                name: "OrganisationId",
                table: "TemplateVersions");

            migrationBuilder.DropColumn(
                name: "Representative",
                table: "InvestigationRecords");

            migrationBuilder.DropColumn(
                name: "Source",
                table: "InvestigationRecords");

            migrationBuilder.DropColumn(
                name: "Proves",
                table: "EvidenceItems");

            migrationBuilder.DropColumn(
                name: "Source",
                table: "EvidenceItems");

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

            migrationBuilder.CreateIndex(
                name: "IX_TemplateVersions_Name_Number",
                table: "TemplateVersions",
                columns: new[] { "Name", "Number" },
                unique: true);
        }
    }
}
