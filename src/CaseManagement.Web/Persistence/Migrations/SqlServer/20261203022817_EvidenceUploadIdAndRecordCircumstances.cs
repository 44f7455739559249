using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace CaseManagement.Web.Persistence.Migrations.SqlServer
{
    /// <inheritdoc />
    public partial class EvidenceUploadIdAndRecordCircumstances : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<TimeOnly>(
                name: "EndTime",
                table: "InvestigationRecords",
                type: "time",
                nullable: true);

            migrationBuilder.AddColumn<double>(
                name: "Latitude",
                table: "InvestigationRecords",
                type: "float",
                nullable: true);

            migrationBuilder.AddColumn<double>(
                name: "Longitude",
                table: "InvestigationRecords",
                type: "float",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "PersonsPresent",
                table: "InvestigationRecords",
                type: "nvarchar(500)",
                maxLength: 500,
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "PositionAccuracyMetres",
                table: "InvestigationRecords",
                type: "int",
                nullable: true);

            migrationBuilder.AddColumn<TimeOnly>(
                name: "StartTime",
                table: "InvestigationRecords",
                type: "time",
                nullable: true);

            migrationBuilder.AddColumn<Guid>(
                name: "UploadId",
                table: "EvidenceFiles",
                type: "uniqueidentifier",
                nullable: true);

            migrationBuilder.CreateIndex(
                name: "IX_EvidenceFiles_CaseId_UploadId",
                table: "EvidenceFiles",
                columns: new[] { "CaseId", "UploadId" },
                unique: true,
                filter: "[UploadId] IS NOT NULL");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_EvidenceFiles_CaseId_UploadId",
                table: "EvidenceFiles");

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
                name: "StartTime",
                table: "InvestigationRecords");

            migrationBuilder.DropColumn(
                name: "UploadId",
                table: "EvidenceFiles");
        }
    }
}
