using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace CaseManagement.Web.Persistence.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class DailyPenaltyDecisions : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "DailyPenaltyDecisions",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    Number = table.Column<string>(type: "TEXT", maxLength: 60, nullable: false),
                    DecidedOn = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    CorrectionNumber = table.Column<int>(type: "INTEGER", nullable: false),
                    FirstDay = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    LastDay = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    Days = table.Column<int>(type: "INTEGER", nullable: false),
                    DailyAmount = table.Column<long>(type: "INTEGER", precision: 18, scale: 2, nullable: false),
                    Total = table.Column<long>(type: "INTEGER", precision: 18, scale: 2, nullable: false),
                    Basis = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    DecidedBy = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    CaseId = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_DailyPenaltyDecisions", x => x.Id);
                    table.ForeignKey(
                        name: "FK_DailyPenaltyDecisions_Cases_CaseId",
                        column: x => x.CaseId,
                        principalTable: "Cases",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_DailyPenaltyDecisions_CaseId",
                table: "DailyPenaltyDecisions",
                column: "CaseId");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "DailyPenaltyDecisions");
        }
    }
}
