using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace CaseManagement.Web.Persistence.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class SearchTermsAndListIndexes : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "CaseSearchTerms",
                columns: table => new
                {
                    OrganisationId = table.Column<int>(type: "INTEGER", nullable: false),
                    Term = table.Column<string>(type: "TEXT", maxLength: 4, nullable: false),
                    CaseId = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_CaseSearchTerms", x => new { x.OrganisationId, x.Term, x.CaseId });
                    table.ForeignKey(
                        name: "FK_CaseSearchTerms_Cases_CaseId",
                        column: x => x.CaseId,
                        principalTable: "Cases",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_Cases_OrganisationId_Cause",
                table: "Cases",
                columns: new[] { "OrganisationId", "Cause" });

            migrationBuilder.CreateIndex(
                name: "IX_Cases_OrganisationId_ViolationCode_Id",
                table: "Cases",
                columns: new[] { "OrganisationId", "ViolationCode", "Id" });

            migrationBuilder.CreateIndex(
                name: "IX_CaseOfficers_UserId_CaseId",
                table: "CaseOfficers",
                columns: new[] { "UserId", "CaseId" });

            migrationBuilder.CreateIndex(
                name: "IX_CaseSearchTerms_CaseId",
                table: "CaseSearchTerms",
                column: "CaseId");

            // Cases registered before the search index: their party-name bigrams (CaseSearchIndex.Terms).
            migrationBuilder.Sql("""
                WITH RECURSIVE g(Id, OrganisationId, Name, I) AS (
                    SELECT Id, OrganisationId, upper(replace(PartyName, ' ', '')), 1 FROM Cases
                    UNION ALL SELECT Id, OrganisationId, Name, I + 1 FROM g WHERE I + 1 < length(Name))
                INSERT OR IGNORE INTO CaseSearchTerms (OrganisationId, Term, CaseId)
                SELECT OrganisationId, substr(Name, I, 2), Id FROM g WHERE length(Name) >= 2;
                """);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "CaseSearchTerms");

            migrationBuilder.DropIndex(
                name: "IX_Cases_OrganisationId_Cause",
                table: "Cases");

            migrationBuilder.DropIndex(
                name: "IX_Cases_OrganisationId_ViolationCode_Id",
                table: "Cases");

            migrationBuilder.DropIndex(
                name: "IX_CaseOfficers_UserId_CaseId",
                table: "CaseOfficers");
        }
    }
}
