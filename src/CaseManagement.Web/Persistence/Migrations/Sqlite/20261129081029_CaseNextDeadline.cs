using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace CaseManagement.Web.Persistence.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class CaseNextDeadline : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "NextDeadlineKind",
                table: "Cases",
                type: "TEXT",
                maxLength: 64,
                nullable: true);

            migrationBuilder.AddColumn<DateOnly>(
                name: "NextDeadlineOn",
                table: "Cases",
                type: "TEXT",
                nullable: true);

            migrationBuilder.CreateIndex(
                name: "IX_Cases_OrganisationId_NextDeadlineOn",
                table: "Cases",
                columns: new[] { "OrganisationId", "NextDeadlineOn" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_Cases_OrganisationId_NextDeadlineOn",
                table: "Cases");

            migrationBuilder.DropColumn(
                name: "NextDeadlineKind",
                table: "Cases");

            migrationBuilder.DropColumn(
                name: "NextDeadlineOn",
                table: "Cases");
        }
    }
}
