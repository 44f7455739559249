using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace CaseManagement.Web.Persistence.Migrations.PostgreSql
{
    /// <inheritdoc />
    public partial class ActSpanSanctionsDiscovery : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<DateOnly>(
                name: "LegalReviewSince",
                table: "OfficerProfiles",
                type: "date",
                nullable: true);

            migrationBuilder.AddColumn<bool>(
                name: "ActContinuing",
                table: "Cases",
                type: "boolean",
                nullable: false,
                defaultValue: false);

            migrationBuilder.AddColumn<DateOnly>(
                name: "ActStartedOn",
                table: "Cases",
                type: "date",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "DecisionGovernmentApproval",
                table: "Cases",
                type: "character varying(300)",
                maxLength: 300,
                nullable: true);

            migrationBuilder.AddColumn<DateOnly>(
                name: "DiscoveredOn",
                table: "Cases",
                type: "date",
                nullable: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "LegalReviewSince",
                table: "OfficerProfiles");

            migrationBuilder.DropColumn(
                name: "ActContinuing",
                table: "Cases");

            migrationBuilder.DropColumn(
                name: "ActStartedOn",
                table: "Cases");

            migrationBuilder.DropColumn(
                name: "DecisionGovernmentApproval",
                table: "Cases");

            migrationBuilder.DropColumn(
                name: "DiscoveredOn",
                table: "Cases");
        }
    }
}
