using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace CaseManagement.Web.Persistence.Migrations.SqlServer
{
    /// <inheritdoc />
    public partial class ServiceByMethod : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "Details",
                table: "ServiceRecords",
                type: "nvarchar(max)",
                nullable: false,
                defaultValue: "");

            migrationBuilder.AddColumn<string>(
                name: "ServiceDetails",
                table: "Notices",
                type: "nvarchar(max)",
                nullable: true);

            migrationBuilder.AddColumn<DateOnly>(
                name: "ServiceStepOn",
                table: "Notices",
                type: "date",
                nullable: true);

            migrationBuilder.AddColumn<DateOnly>(
                name: "DeemedServedOn",
                table: "Demands",
                type: "date",
                nullable: false,
                defaultValue: new DateOnly(1, 1, 1));

            migrationBuilder.AddColumn<string>(
                name: "Details",
                table: "Demands",
                type: "nvarchar(max)",
                nullable: false,
                defaultValue: "");

            migrationBuilder.AddColumn<string>(
                name: "Method",
                table: "Demands",
                type: "nvarchar(64)",
                maxLength: 64,
                nullable: false,
                defaultValue: "");

            migrationBuilder.AddColumn<int>(
                name: "Number",
                table: "Demands",
                type: "int",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.CreateTable(
                name: "ServiceAttempts",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("SqlServer:Identity", "1, 1"),
                    Document = table.Column<string>(type: "nvarchar(20)", maxLength: 20, nullable: false),
                    DocumentSequence = table.Column<int>(type: "int", nullable: false),
                    Method = table.Column<string>(type: "nvarchar(20)", maxLength: 20, nullable: false),
                    AttemptedOn = table.Column<DateOnly>(type: "date", nullable: false),
                    Outcome = table.Column<string>(type: "nvarchar(30)", maxLength: 30, nullable: false),
                    Note = table.Column<string>(type: "nvarchar(500)", maxLength: 500, nullable: false),
                    RecordedBy = table.Column<string>(type: "nvarchar(64)", maxLength: 64, nullable: false),
                    CaseId = table.Column<long>(type: "bigint", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ServiceAttempts", x => x.Id);
                    table.ForeignKey(
                        name: "FK_ServiceAttempts_Cases_CaseId",
                        column: x => x.CaseId,
                        principalTable: "Cases",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_ServiceAttempts_CaseId",
                table: "ServiceAttempts",
                column: "CaseId");

            // Records made before service details existed: a 催告书 took effect the day it was served directly.
            migrationBuilder.Sql("UPDATE [Demands] SET [DeemedServedOn] = [ServedOn], [Method] = 'Direct', [Details] = '{}';");
            migrationBuilder.Sql("UPDATE [ServiceRecords] SET [Details] = '{}' WHERE [Details] = '';");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "ServiceAttempts");

            migrationBuilder.DropColumn(
                name: "Details",
                table: "ServiceRecords");

            migrationBuilder.DropColumn(
                name: "ServiceDetails",
                table: "Notices");

            migrationBuilder.DropColumn(
                name: "ServiceStepOn",
                table: "Notices");

            migrationBuilder.DropColumn(
                name: "DeemedServedOn",
                table: "Demands");

            migrationBuilder.DropColumn(
                name: "Details",
                table: "Demands");

            migrationBuilder.DropColumn(
                name: "Method",
                table: "Demands");

            migrationBuilder.DropColumn(
                name: "Number",
                table: "Demands");
        }
    }
}
