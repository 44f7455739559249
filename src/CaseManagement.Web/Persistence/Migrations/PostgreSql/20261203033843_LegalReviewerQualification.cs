using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace CaseManagement.Web.Persistence.Migrations.PostgreSql
{
    /// <inheritdoc />
    public partial class LegalReviewerQualification : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "NonPublicGround",
                table: "Hearings",
                type: "character varying(20)",
                maxLength: 20,
                nullable: true);

            migrationBuilder.AddColumn<DateOnly>(
                name: "NoticeIssuedOn",
                table: "Hearings",
                type: "date",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "NoticeServiceDetails",
                table: "Hearings",
                type: "text",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "NoticeServiceMethod",
                table: "Hearings",
                type: "character varying(64)",
                maxLength: 64,
                nullable: true);

            migrationBuilder.AddColumn<DateOnly>(
                name: "NoticeServiceStepOn",
                table: "Hearings",
                type: "date",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "LegalReviewerQualification",
                table: "Cases",
                type: "character varying(50)",
                maxLength: 50,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "NoPenaltyGround",
                table: "Cases",
                type: "character varying(30)",
                maxLength: 30,
                nullable: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "NonPublicGround",
                table: "Hearings");

            migrationBuilder.DropColumn(
                name: "NoticeIssuedOn",
                table: "Hearings");

            migrationBuilder.DropColumn(
                name: "NoticeServiceDetails",
                table: "Hearings");

            migrationBuilder.DropColumn(
                name: "NoticeServiceMethod",
                table: "Hearings");

            migrationBuilder.DropColumn(
                name: "NoticeServiceStepOn",
                table: "Hearings");

            migrationBuilder.DropColumn(
                name: "LegalReviewerQualification",
                table: "Cases");

            migrationBuilder.DropColumn(
                name: "NoPenaltyGround",
                table: "Cases");
        }
    }
}
