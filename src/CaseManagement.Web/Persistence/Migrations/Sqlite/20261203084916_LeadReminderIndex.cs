using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace CaseManagement.Web.Persistence.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class LeadReminderIndex : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateIndex(
                name: "IX_Cases_OrganisationId_RegisteredBy_State_NextDeadlineOn",
                table: "Cases",
                columns: new[] { "OrganisationId", "RegisteredBy", "State", "NextDeadlineOn" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_Cases_OrganisationId_RegisteredBy_State_NextDeadlineOn",
                table: "Cases");
        }
    }
}
