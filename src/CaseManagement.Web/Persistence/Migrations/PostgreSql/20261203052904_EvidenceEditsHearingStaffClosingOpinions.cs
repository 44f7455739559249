using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace CaseManagement.Web.Persistence.Migrations.PostgreSql
{
    /// <inheritdoc />
    public partial class EvidenceEditsHearingStaffClosingOpinions : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "Clerk",
                table: "Hearings",
                type: "character varying(100)",
                maxLength: 100,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "HearingOfficers",
                table: "Hearings",
                type: "character varying(200)",
                maxLength: 200,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "PartyAgents",
                table: "Hearings",
                type: "character varying(200)",
                maxLength: 200,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "ClosureOpinions",
                table: "Cases",
                type: "text",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "ProposedDiscretionFactors",
                table: "Cases",
                type: "text",
                nullable: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "Clerk",
                table: "Hearings");

            migrationBuilder.DropColumn(
                name: "HearingOfficers",
                table: "Hearings");

            migrationBuilder.DropColumn(
                name: "PartyAgents",
                table: "Hearings");

            migrationBuilder.DropColumn(
                name: "ClosureOpinions",
                table: "Cases");

            migrationBuilder.DropColumn(
                name: "ProposedDiscretionFactors",
                table: "Cases");
        }
    }
}
