using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace CaseManagement.Web.Persistence.Migrations.SqlServer
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
                    OrganisationId = table.Column<int>(type: "int", nullable: false),
                    Term = table.Column<string>(type: "nvarchar(4)", maxLength: 4, nullable: false),
                    CaseId = table.Column<long>(type: "bigint", nullable: false)
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
                WITH g(Id, OrganisationId, Name, I) AS (
                    SELECT Id, OrganisationId, UPPER(REPLACE(PartyName, N' ', N'')), 1 FROM Cases
                    UNION ALL SELECT Id, OrganisationId, Name, I + 1 FROM g WHERE I + 1 < LEN(Name))
                INSERT INTO CaseSearchTerms (OrganisationId, Term, CaseId)
                SELECT DISTINCT OrganisationId, SUBSTRING(Name, I, 2), Id FROM g WHERE LEN(Name) >= 2
                OPTION (MAXRECURSION 300);
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
