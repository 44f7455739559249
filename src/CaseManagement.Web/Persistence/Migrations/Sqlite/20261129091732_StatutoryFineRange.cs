using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace CaseManagement.Web.Persistence.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class StatutoryFineRange : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "DecisionMitigationGround",
                table: "Cases",
                type: "TEXT",
                maxLength: 1000,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "EiaDocument",
                table: "Cases",
                type: "TEXT",
                maxLength: 10,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "ProposedMitigationGround",
                table: "Cases",
                type: "TEXT",
                maxLength: 1000,
                nullable: true);

            migrationBuilder.AddColumn<bool>(
                name: "SeriousCircumstances",
                table: "Cases",
                type: "INTEGER",
                nullable: false,
                defaultValue: false);

            migrationBuilder.AddColumn<bool>(
                name: "Uncorrected",
                table: "Cases",
                type: "INTEGER",
                nullable: false,
                defaultValue: false);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "DecisionMitigationGround",
                table: "Cases");

            migrationBuilder.DropColumn(
                name: "EiaDocument",
                table: "Cases");

            migrationBuilder.DropColumn(
                name: "ProposedMitigationGround",
                table: "Cases");

            migrationBuilder.DropColumn(
                name: "SeriousCircumstances",
                table: "Cases");

            migrationBuilder.DropColumn(
                name: "Uncorrected",
                table: "Cases");
        }
    }
}
