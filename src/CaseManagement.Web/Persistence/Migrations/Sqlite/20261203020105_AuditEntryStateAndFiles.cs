using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace CaseManagement.Web.Persistence.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class AuditEntryStateAndFiles : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "Files",
                table: "AuditEntries",
                type: "TEXT",
                maxLength: 4000,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "StateSha256",
                table: "AuditEntries",
                type: "TEXT",
                fixedLength: true,
                maxLength: 64,
                nullable: true);

            migrationBuilder.CreateIndex(
                name: "IX_AuditEntries_Action",
                table: "AuditEntries",
                column: "Action");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_AuditEntries_Action",
                table: "AuditEntries");

            migrationBuilder.DropColumn(
                name: "Files",
                table: "AuditEntries");

            migrationBuilder.DropColumn(
                name: "StateSha256",
                table: "AuditEntries");
        }
    }
}
