using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace CaseManagement.Web.Persistence.Migrations.SqlServer
{
    /// <inheritdoc />
    public partial class AddCases : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "Cases",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("SqlServer:Identity", "1, 1"),
                    OrganisationId = table.Column<int>(type: "int", nullable: false),
                    Version = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    State = table.Column<string>(type: "nvarchar(64)", maxLength: 64, nullable: false),
                    SuspendedFrom = table.Column<string>(type: "nvarchar(64)", maxLength: 64, nullable: true),
                    LastStepOn = table.Column<DateOnly>(type: "date", nullable: false),
                    CaseNumber = table.Column<string>(type: "nvarchar(60)", maxLength: 60, nullable: true),
                    Cause = table.Column<string>(type: "nvarchar(200)", maxLength: 200, nullable: false),
                    ViolationCode = table.Column<string>(type: "nvarchar(64)", maxLength: 64, nullable: false),
                    ActDate = table.Column<DateOnly>(type: "date", nullable: true),
                    PartyKind = table.Column<string>(type: "nvarchar(64)", maxLength: 64, nullable: false),
                    PartyName = table.Column<string>(type: "nvarchar(200)", maxLength: 200, nullable: false),
                    PartyCode = table.Column<string>(type: "nvarchar(18)", maxLength: 18, nullable: false),
                    PartyAddress = table.Column<string>(type: "nvarchar(300)", maxLength: 300, nullable: false),
                    PartyRepresentative = table.Column<string>(type: "nvarchar(100)", maxLength: 100, nullable: true),
                    LeadSource = table.Column<string>(type: "nvarchar(200)", maxLength: 200, nullable: false),
                    RegisteredOn = table.Column<DateOnly>(type: "date", nullable: false),
                    RegisteredBy = table.Column<string>(type: "nvarchar(64)", maxLength: 64, nullable: false),
                    FilingRequestedOn = table.Column<DateOnly>(type: "date", nullable: true),
                    FilingRequestedBy = table.Column<string>(type: "nvarchar(64)", maxLength: 64, nullable: true),
                    FilingReason = table.Column<string>(type: "nvarchar(4000)", maxLength: 4000, nullable: true),
                    FiledOn = table.Column<DateOnly>(type: "date", nullable: true),
                    FilingApprovedBy = table.Column<string>(type: "nvarchar(64)", maxLength: 64, nullable: true),
                    FilingApproverName = table.Column<string>(type: "nvarchar(100)", maxLength: 100, nullable: true),
                    InvestmentFoundOn = table.Column<DateOnly>(type: "date", nullable: true),
                    TotalInvestment = table.Column<decimal>(type: "decimal(18,2)", precision: 18, scale: 2, nullable: true),
                    InvestmentBasis = table.Column<string>(type: "nvarchar(64)", maxLength: 64, nullable: true),
                    InvestmentEvidence = table.Column<string>(type: "nvarchar(max)", nullable: true),
                    InvestigationReport = table.Column<string>(type: "nvarchar(max)", maxLength: 20000, nullable: true),
                    SubmittedForReviewOn = table.Column<DateOnly>(type: "date", nullable: true),
                    SubmittedForReviewBy = table.Column<string>(type: "nvarchar(64)", maxLength: 64, nullable: true),
                    ProposedFine = table.Column<decimal>(type: "decimal(18,2)", precision: 18, scale: 2, nullable: true),
                    ProposedSanctions = table.Column<string>(type: "nvarchar(64)", maxLength: 64, nullable: true),
                    FlaggedForDiscussion = table.Column<bool>(type: "bit", nullable: true),
                    CaseReviewedOn = table.Column<DateOnly>(type: "date", nullable: true),
                    CaseReviewerId = table.Column<string>(type: "nvarchar(64)", maxLength: 64, nullable: true),
                    CaseReviewChecklist = table.Column<string>(type: "nvarchar(max)", nullable: true),
                    CaseReviewOpinion = table.Column<string>(type: "nvarchar(4000)", maxLength: 4000, nullable: true),
                    StatementPeriodClosedOn = table.Column<DateOnly>(type: "date", nullable: true),
                    RecheckOpinion = table.Column<string>(type: "nvarchar(4000)", maxLength: 4000, nullable: true),
                    LegalReviewedOn = table.Column<DateOnly>(type: "date", nullable: true),
                    LegalReviewerId = table.Column<string>(type: "nvarchar(64)", maxLength: 64, nullable: true),
                    LegalReviewerName = table.Column<string>(type: "nvarchar(100)", maxLength: 100, nullable: true),
                    LegalReviewOpinion = table.Column<string>(type: "nvarchar(4000)", maxLength: 4000, nullable: true),
                    DiscussionHeldOn = table.Column<DateOnly>(type: "date", nullable: true),
                    DiscussionParticipants = table.Column<string>(type: "nvarchar(max)", nullable: true),
                    DiscussionConclusion = table.Column<string>(type: "nvarchar(4000)", maxLength: 4000, nullable: true),
                    DiscussionRecordedBy = table.Column<string>(type: "nvarchar(64)", maxLength: 64, nullable: true),
                    DecisionKind = table.Column<string>(type: "nvarchar(64)", maxLength: 64, nullable: true),
                    DecisionNumber = table.Column<string>(type: "nvarchar(60)", maxLength: 60, nullable: true),
                    DecidedOn = table.Column<DateOnly>(type: "date", nullable: true),
                    DecidedFine = table.Column<decimal>(type: "decimal(18,2)", precision: 18, scale: 2, nullable: true),
                    DecidedSanctions = table.Column<string>(type: "nvarchar(64)", maxLength: 64, nullable: true),
                    DecidedBy = table.Column<string>(type: "nvarchar(64)", maxLength: 64, nullable: true),
                    DecisionReason = table.Column<string>(type: "nvarchar(4000)", maxLength: 4000, nullable: true),
                    CourtAppliedOn = table.Column<DateOnly>(type: "date", nullable: true),
                    CourtName = table.Column<string>(type: "nvarchar(100)", maxLength: 100, nullable: true),
                    CourtAppliedBy = table.Column<string>(type: "nvarchar(64)", maxLength: 64, nullable: true),
                    EndReason = table.Column<string>(type: "nvarchar(1000)", maxLength: 1000, nullable: true),
                    EndedOn = table.Column<DateOnly>(type: "date", nullable: true),
                    ClosedOn = table.Column<DateOnly>(type: "date", nullable: true),
                    ClosureGround = table.Column<string>(type: "nvarchar(64)", maxLength: 64, nullable: true),
                    ClosureRemark = table.Column<string>(type: "nvarchar(1000)", maxLength: 1000, nullable: true),
                    ClosedBy = table.Column<string>(type: "nvarchar(64)", maxLength: 64, nullable: true),
                    ArchivedOn = table.Column<DateOnly>(type: "date", nullable: true),
                    ArchiveFileNumber = table.Column<string>(type: "nvarchar(60)", maxLength: 60, nullable: true),
                    ArchivedBy = table.Column<string>(type: "nvarchar(64)", maxLength: 64, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Cases", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Cases_Organisations_OrganisationId",
                        column: x => x.OrganisationId,
                        principalTable: "Organisations",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "CaseEvents",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("SqlServer:Identity", "1, 1"),
                    From = table.Column<string>(type: "nvarchar(64)", maxLength: 64, nullable: true),
                    To = table.Column<string>(type: "nvarchar(64)", maxLength: 64, nullable: false),
                    Trigger = table.Column<string>(type: "nvarchar(64)", maxLength: 64, nullable: false),
                    At = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: false),
                    UserId = table.Column<string>(type: "nvarchar(64)", maxLength: 64, nullable: false),
                    Summary = table.Column<string>(type: "nvarchar(1000)", maxLength: 1000, nullable: false),
                    CaseId = table.Column<long>(type: "bigint", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_CaseEvents", x => x.Id);
                    table.ForeignKey(
                        name: "FK_CaseEvents_Cases_CaseId",
                        column: x => x.CaseId,
                        principalTable: "Cases",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "CaseOfficers",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("SqlServer:Identity", "1, 1"),
                    UserId = table.Column<string>(type: "nvarchar(64)", maxLength: 64, nullable: false),
                    Name = table.Column<string>(type: "nvarchar(100)", maxLength: 100, nullable: false),
                    CertificateNumber = table.Column<string>(type: "nvarchar(50)", maxLength: 50, nullable: false),
                    CertificateValidFrom = table.Column<DateOnly>(type: "date", nullable: false),
                    CertificateValidTo = table.Column<DateOnly>(type: "date", nullable: false),
                    CaseId = table.Column<long>(type: "bigint", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_CaseOfficers", x => x.Id);
                    table.ForeignKey(
                        name: "FK_CaseOfficers_Cases_CaseId",
                        column: x => x.CaseId,
                        principalTable: "Cases",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "CorrectionOrders",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("SqlServer:Identity", "1, 1"),
                    Number = table.Column<int>(type: "int", nullable: false),
                    OrderedOn = table.Column<DateOnly>(type: "date", nullable: false),
                    DueOn = table.Column<DateOnly>(type: "date", nullable: false),
                    Requirement = table.Column<string>(type: "nvarchar(max)", nullable: false),
                    CaseId = table.Column<long>(type: "bigint", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_CorrectionOrders", x => x.Id);
                    table.ForeignKey(
                        name: "FK_CorrectionOrders_Cases_CaseId",
                        column: x => x.CaseId,
                        principalTable: "Cases",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "DeadlineExtensions",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("SqlServer:Identity", "1, 1"),
                    Kind = table.Column<string>(type: "nvarchar(64)", maxLength: 64, nullable: false),
                    ApprovedOn = table.Column<DateOnly>(type: "date", nullable: false),
                    Days = table.Column<int>(type: "int", nullable: false),
                    Reason = table.Column<string>(type: "nvarchar(max)", nullable: false),
                    CollectiveDecision = table.Column<string>(type: "nvarchar(max)", nullable: true),
                    ApprovedBy = table.Column<string>(type: "nvarchar(max)", nullable: false),
                    CaseId = table.Column<long>(type: "bigint", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_DeadlineExtensions", x => x.Id);
                    table.ForeignKey(
                        name: "FK_DeadlineExtensions_Cases_CaseId",
                        column: x => x.CaseId,
                        principalTable: "Cases",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "Demands",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("SqlServer:Identity", "1, 1"),
                    IssuedOn = table.Column<DateOnly>(type: "date", nullable: false),
                    ServedOn = table.Column<DateOnly>(type: "date", nullable: false),
                    CaseId = table.Column<long>(type: "bigint", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Demands", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Demands_Cases_CaseId",
                        column: x => x.CaseId,
                        principalTable: "Cases",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "EvidenceItems",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("SqlServer:Identity", "1, 1"),
                    Number = table.Column<int>(type: "int", nullable: false),
                    Kind = table.Column<string>(type: "nvarchar(64)", maxLength: 64, nullable: false),
                    Title = table.Column<string>(type: "nvarchar(300)", maxLength: 300, nullable: false),
                    CollectedOn = table.Column<DateOnly>(type: "date", nullable: false),
                    Place = table.Column<string>(type: "nvarchar(300)", maxLength: 300, nullable: false),
                    OfficerUserIds = table.Column<string>(type: "nvarchar(max)", nullable: false),
                    Sha256 = table.Column<string>(type: "nvarchar(64)", maxLength: 64, nullable: true),
                    CaseId = table.Column<long>(type: "bigint", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_EvidenceItems", x => x.Id);
                    table.ForeignKey(
                        name: "FK_EvidenceItems_Cases_CaseId",
                        column: x => x.CaseId,
                        principalTable: "Cases",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "Hearings",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("SqlServer:Identity", "1, 1"),
                    NoticeCycle = table.Column<int>(type: "int", nullable: false),
                    RequestedOn = table.Column<DateOnly>(type: "date", nullable: false),
                    NoticeServedOn = table.Column<DateOnly>(type: "date", nullable: true),
                    HearingOn = table.Column<DateOnly>(type: "date", nullable: true),
                    Place = table.Column<string>(type: "nvarchar(max)", nullable: true),
                    PresidingUserId = table.Column<string>(type: "nvarchar(max)", nullable: true),
                    PresidingName = table.Column<string>(type: "nvarchar(max)", nullable: true),
                    ConcludedOn = table.Column<DateOnly>(type: "date", nullable: true),
                    Outcome = table.Column<string>(type: "nvarchar(64)", maxLength: 64, nullable: true),
                    Summary = table.Column<string>(type: "nvarchar(max)", nullable: true),
                    CaseId = table.Column<long>(type: "bigint", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Hearings", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Hearings_Cases_CaseId",
                        column: x => x.CaseId,
                        principalTable: "Cases",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "Instalments",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("SqlServer:Identity", "1, 1"),
                    ApprovedOn = table.Column<DateOnly>(type: "date", nullable: false),
                    ApprovedBy = table.Column<string>(type: "nvarchar(max)", nullable: false),
                    DueOn = table.Column<DateOnly>(type: "date", nullable: false),
                    Amount = table.Column<decimal>(type: "decimal(18,2)", precision: 18, scale: 2, nullable: false),
                    CaseId = table.Column<long>(type: "bigint", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Instalments", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Instalments_Cases_CaseId",
                        column: x => x.CaseId,
                        principalTable: "Cases",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "InvestigationRecords",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("SqlServer:Identity", "1, 1"),
                    Kind = table.Column<string>(type: "nvarchar(64)", maxLength: 64, nullable: false),
                    On = table.Column<DateOnly>(type: "date", nullable: false),
                    Place = table.Column<string>(type: "nvarchar(300)", maxLength: 300, nullable: false),
                    OfficerUserIds = table.Column<string>(type: "nvarchar(max)", nullable: false),
                    Summary = table.Column<string>(type: "nvarchar(max)", nullable: false),
                    CaseId = table.Column<long>(type: "bigint", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_InvestigationRecords", x => x.Id);
                    table.ForeignKey(
                        name: "FK_InvestigationRecords_Cases_CaseId",
                        column: x => x.CaseId,
                        principalTable: "Cases",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "Notices",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("SqlServer:Identity", "1, 1"),
                    Cycle = table.Column<int>(type: "int", nullable: false),
                    Number = table.Column<string>(type: "nvarchar(60)", maxLength: 60, nullable: false),
                    IssuedOn = table.Column<DateOnly>(type: "date", nullable: false),
                    NotifiedFine = table.Column<decimal>(type: "decimal(18,2)", precision: 18, scale: 2, nullable: false),
                    NotifiedSanctions = table.Column<string>(type: "nvarchar(64)", maxLength: 64, nullable: false),
                    HearingOffered = table.Column<bool>(type: "bit", nullable: false),
                    IssuedBy = table.Column<string>(type: "nvarchar(max)", nullable: false),
                    ServiceMethod = table.Column<string>(type: "nvarchar(64)", maxLength: 64, nullable: true),
                    ServedOn = table.Column<DateOnly>(type: "date", nullable: true),
                    CaseId = table.Column<long>(type: "bigint", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Notices", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Notices_Cases_CaseId",
                        column: x => x.CaseId,
                        principalTable: "Cases",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "Payments",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("SqlServer:Identity", "1, 1"),
                    PaidOn = table.Column<DateOnly>(type: "date", nullable: false),
                    Amount = table.Column<decimal>(type: "decimal(18,2)", precision: 18, scale: 2, nullable: false),
                    Reference = table.Column<string>(type: "nvarchar(max)", nullable: false),
                    CaseId = table.Column<long>(type: "bigint", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Payments", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Payments_Cases_CaseId",
                        column: x => x.CaseId,
                        principalTable: "Cases",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "Reinspections",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("SqlServer:Identity", "1, 1"),
                    CorrectionNumber = table.Column<int>(type: "int", nullable: false),
                    InspectedOn = table.Column<DateOnly>(type: "date", nullable: false),
                    OfficerUserIds = table.Column<string>(type: "nvarchar(max)", nullable: false),
                    Corrected = table.Column<bool>(type: "bit", nullable: false),
                    Findings = table.Column<string>(type: "nvarchar(max)", nullable: false),
                    CaseId = table.Column<long>(type: "bigint", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Reinspections", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Reinspections_Cases_CaseId",
                        column: x => x.CaseId,
                        principalTable: "Cases",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "ServiceRecords",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("SqlServer:Identity", "1, 1"),
                    Method = table.Column<string>(type: "nvarchar(64)", maxLength: 64, nullable: false),
                    ServedOn = table.Column<DateOnly>(type: "date", nullable: false),
                    DeemedServedOn = table.Column<DateOnly>(type: "date", nullable: false),
                    Recipient = table.Column<string>(type: "nvarchar(max)", nullable: false),
                    CaseId = table.Column<long>(type: "bigint", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ServiceRecords", x => x.Id);
                    table.ForeignKey(
                        name: "FK_ServiceRecords_Cases_CaseId",
                        column: x => x.CaseId,
                        principalTable: "Cases",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "Statements",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("SqlServer:Identity", "1, 1"),
                    NoticeCycle = table.Column<int>(type: "int", nullable: false),
                    ReceivedOn = table.Column<DateOnly>(type: "date", nullable: false),
                    Summary = table.Column<string>(type: "nvarchar(max)", nullable: false),
                    WaivesStatement = table.Column<bool>(type: "bit", nullable: false),
                    WaivesHearing = table.Column<bool>(type: "bit", nullable: false),
                    CaseId = table.Column<long>(type: "bigint", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Statements", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Statements_Cases_CaseId",
                        column: x => x.CaseId,
                        principalTable: "Cases",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "Suspensions",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("SqlServer:Identity", "1, 1"),
                    From = table.Column<DateOnly>(type: "date", nullable: false),
                    To = table.Column<DateOnly>(type: "date", nullable: true),
                    Reason = table.Column<string>(type: "nvarchar(max)", nullable: false),
                    SuspendedFrom = table.Column<string>(type: "nvarchar(64)", maxLength: 64, nullable: false),
                    ApprovedBy = table.Column<string>(type: "nvarchar(max)", nullable: false),
                    ResumeApprovedBy = table.Column<string>(type: "nvarchar(max)", nullable: true),
                    CaseId = table.Column<long>(type: "bigint", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Suspensions", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Suspensions_Cases_CaseId",
                        column: x => x.CaseId,
                        principalTable: "Cases",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_CaseEvents_CaseId",
                table: "CaseEvents",
                column: "CaseId");

            migrationBuilder.CreateIndex(
                name: "IX_CaseOfficers_CaseId",
                table: "CaseOfficers",
                column: "CaseId");

            migrationBuilder.CreateIndex(
                name: "IX_Cases_DecidedOn",
                table: "Cases",
                column: "DecidedOn");

            migrationBuilder.CreateIndex(
                name: "IX_Cases_OrganisationId_CaseNumber",
                table: "Cases",
                columns: new[] { "OrganisationId", "CaseNumber" });

            migrationBuilder.CreateIndex(
                name: "IX_Cases_OrganisationId_Id",
                table: "Cases",
                columns: new[] { "OrganisationId", "Id" });

            migrationBuilder.CreateIndex(
                name: "IX_Cases_OrganisationId_RegisteredOn",
                table: "Cases",
                columns: new[] { "OrganisationId", "RegisteredOn" });

            migrationBuilder.CreateIndex(
                name: "IX_Cases_OrganisationId_State_Id",
                table: "Cases",
                columns: new[] { "OrganisationId", "State", "Id" });

            migrationBuilder.CreateIndex(
                name: "IX_Cases_PartyCode",
                table: "Cases",
                column: "PartyCode");

            migrationBuilder.CreateIndex(
                name: "IX_Cases_PartyName",
                table: "Cases",
                column: "PartyName");

            migrationBuilder.CreateIndex(
                name: "IX_CorrectionOrders_CaseId",
                table: "CorrectionOrders",
                column: "CaseId");

            migrationBuilder.CreateIndex(
                name: "IX_DeadlineExtensions_CaseId",
                table: "DeadlineExtensions",
                column: "CaseId");

            migrationBuilder.CreateIndex(
                name: "IX_Demands_CaseId",
                table: "Demands",
                column: "CaseId");

            migrationBuilder.CreateIndex(
                name: "IX_EvidenceItems_CaseId",
                table: "EvidenceItems",
                column: "CaseId");

            migrationBuilder.CreateIndex(
                name: "IX_Hearings_CaseId",
                table: "Hearings",
                column: "CaseId");

            migrationBuilder.CreateIndex(
                name: "IX_Instalments_CaseId",
                table: "Instalments",
                column: "CaseId");

            migrationBuilder.CreateIndex(
                name: "IX_InvestigationRecords_CaseId",
                table: "InvestigationRecords",
                column: "CaseId");

            migrationBuilder.CreateIndex(
                name: "IX_Notices_CaseId",
                table: "Notices",
                column: "CaseId");

            migrationBuilder.CreateIndex(
                name: "IX_Payments_CaseId",
                table: "Payments",
                column: "CaseId");

            migrationBuilder.CreateIndex(
                name: "IX_Reinspections_CaseId",
                table: "Reinspections",
                column: "CaseId");

            migrationBuilder.CreateIndex(
                name: "IX_ServiceRecords_CaseId",
                table: "ServiceRecords",
                column: "CaseId");

            migrationBuilder.CreateIndex(
                name: "IX_Statements_CaseId",
                table: "Statements",
                column: "CaseId");

            migrationBuilder.CreateIndex(
                name: "IX_Suspensions_CaseId",
                table: "Suspensions",
                column: "CaseId");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "CaseEvents");

            migrationBuilder.DropTable(
                name: "CaseOfficers");

            migrationBuilder.DropTable(
                name: "CorrectionOrders");

            migrationBuilder.DropTable(
                name: "DeadlineExtensions");

            migrationBuilder.DropTable(
                name: "Demands");

            migrationBuilder.DropTable(
                name: "EvidenceItems");

            migrationBuilder.DropTable(
                name: "Hearings");

            migrationBuilder.DropTable(
                name: "Instalments");

            migrationBuilder.DropTable(
                name: "InvestigationRecords");

            migrationBuilder.DropTable(
                name: "Notices");

            migrationBuilder.DropTable(
                name: "Payments");

            migrationBuilder.DropTable(
                name: "Reinspections");

            migrationBuilder.DropTable(
                name: "ServiceRecords");

            migrationBuilder.DropTable(
                name: "Statements");

            migrationBuilder.DropTable(
                name: "Suspensions");

            migrationBuilder.DropTable(
                name: "Cases");
        }
    }
}
