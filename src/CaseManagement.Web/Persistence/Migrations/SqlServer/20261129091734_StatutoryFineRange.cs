using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace CaseManagement.Web.Persistence.Migrations.SqlServer
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
                type: "nvarchar(1000)",
                maxLength: 1000,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "EiaDocument",
                table: "Cases",
                type: "nvarchar(10)",
                maxLength: 10,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "ProposedMitigationGround",
                table: "Cases",
                type: "nvarchar(1000)",
                maxLength: 1000,
                nullable: true);

            migrationBuilder.AddColumn<bool>(
                name: "SeriousCircumstances",
                table: "Cases",
                type: "bit",
                nullable: false,
                defaultValue: false);

            migrationBuilder.AddColumn<bool>(
                name: "Uncorrected",
                table: "Cases",
                type: "bit",
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
