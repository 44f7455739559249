using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace CaseManagement.Web.Persistence.Migrations.SqlServer
{
    /// <inheritdoc />
    public partial class HearingNoticeServiceAndPublicity : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "NonPublicGround",
                table: "Hearings",
                type: "nvarchar(20)",
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
                type: "nvarchar(max)",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "NoticeServiceMethod",
                table: "Hearings",
                type: "nvarchar(64)",
                maxLength: 64,
                nullable: true);

            migrationBuilder.AddColumn<DateOnly>(
                name: "NoticeServiceStepOn",
                table: "Hearings",
                type: "date",
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
        }
    }
}
