using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace CaseManagement.Web.Persistence.Migrations.SqlServer
{
    /// <inheritdoc />
    public partial class TemplateVersionsPerOrganisation : Migration
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

            migrationBuilder.CreateIndex(
                name: "IX_TemplateVersions_Name_Number",
                table: "TemplateVersions",
                columns: new[] { "Name", "Number" },
                unique: true);
        }
    }
}
