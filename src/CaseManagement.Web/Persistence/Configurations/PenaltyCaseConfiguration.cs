using System.Text.Json;
using CaseManagement.Domain.Cases;
using CaseManagement.Domain.Penalties;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Microsoft.EntityFrameworkCore.Storage.ValueConversion;

namespace CaseManagement.Web.Persistence.Configurations;

/// <summary>
/// Maps the <see cref="PenaltyCase"/> aggregate: scalar facts and single records in the Cases table
/// (owned columns, so fines and dates stay queryable for lists and statistics), every repeated record
/// in its own table keyed by the case, and small lists inside a record as JSON.
/// </summary>
internal sealed class PenaltyCaseConfiguration : IEntityTypeConfiguration<PenaltyCase>
{
    public void Configure(EntityTypeBuilder<PenaltyCase> builder)
    {
        builder.ToTable("Cases");
        builder.HasKey(c => c.Id);
        builder.Property(c => c.Version).IsConcurrencyToken();
        builder.HasOne<Organisation>().WithMany().HasForeignKey(c => c.OrganisationId).OnDelete(DeleteBehavior.Restrict);
        builder.Property(c => c.CaseNumber).HasMaxLength(60);
        builder.Property(c => c.Cause).HasMaxLength(200).IsRequired();
        builder.Property(c => c.ViolationCode).HasMaxLength(64).IsRequired();
        builder.Property(c => c.LeadSource).HasMaxLength(200);
        builder.Property(c => c.RegisteredBy).HasMaxLength(64);
        builder.Property(c => c.SubmittedForReviewBy).HasMaxLength(64);
        builder.Property(c => c.InvestigationReport).HasMaxLength(20_000);
        builder.Property(c => c.FactsFinding).HasMaxLength(20_000);
        builder.Property(c => c.RecheckOpinion).HasMaxLength(4_000);
        builder.Property(c => c.EndReason).HasMaxLength(1_000);

        // The findings that set the statutory fine range (DECISIONS.md §6); FineFindings is their value, derived.
        builder.Property(c => c.EiaDocument).HasConversion<string>().HasMaxLength(10);
        builder.Property(c => c.SeriousCircumstances);
        builder.Property(c => c.Uncorrected);
        builder.Ignore(c => c.FineFindings);

        // The act's span and an earlier discovery (行政处罚法第三十六条); ActSpan and Discovery are derived.
        builder.Property(c => c.ActStartedOn);
        builder.Property(c => c.ActContinuing);
        builder.Property(c => c.DiscoveredOn);
        builder.Ignore(c => c.ActSpan);
        builder.Ignore(c => c.Discovery);

        // List filters and sorts (DECISIONS.md §8): state, number, party name and code, newest first.
        builder.HasIndex(c => new { c.OrganisationId, c.State, c.Id });
        builder.HasIndex(c => new { c.OrganisationId, c.Id });
        builder.HasIndex(c => new { c.OrganisationId, c.CaseNumber });
        builder.HasIndex(c => new { c.OrganisationId, c.RegisteredOn });
        builder.HasIndex(c => new { c.OrganisationId, c.ViolationCode, c.Id });
        builder.HasIndex(c => new { c.OrganisationId, c.Cause });

        // Persistence-only: the agency's next deadline, recomputed on every save (Features/Cases/NextDeadline),
        // so that "overdue" and "due within N working days" are index range scans.
        builder.Property<DateOnly?>("NextDeadlineOn");
        builder.Property<CaseManagement.Domain.Deadlines.DeadlineKind?>("NextDeadlineKind");
        builder.HasIndex("OrganisationId", "NextDeadlineOn");

        // 期限提醒 of an officer: the leads he registered that are not filed yet, by their next deadline (a seek,
        // not a walk through every deadline of the organisation).
        builder.HasIndex("OrganisationId", "RegisteredBy", "State", "NextDeadlineOn");

        builder.OwnsOne(c => c.Party, party =>
        {
            party.Property(p => p.Kind).HasColumnName("PartyKind");
            party.Property(p => p.Name).HasColumnName("PartyName").HasMaxLength(200).IsRequired();
            party.Property(p => p.IdentifierCode).HasColumnName("PartyCode").HasMaxLength(18);
            party.Property(p => p.Address).HasColumnName("PartyAddress").HasMaxLength(300);
            party.Property(p => p.LegalRepresentative).HasColumnName("PartyRepresentative").HasMaxLength(100);
            party.HasIndex(p => p.Name);
            party.HasIndex(p => p.IdentifierCode);
        });
        builder.Navigation(c => c.Party).IsRequired();

        builder.OwnsOne(c => c.FilingRequest, o =>
        {
            o.Property(r => r.RequestedOn).HasColumnName("FilingRequestedOn");
            o.Property(r => r.RequestedBy).HasColumnName("FilingRequestedBy").HasMaxLength(64);
            o.Property(r => r.Reason).HasColumnName("FilingReason").HasMaxLength(4_000);
            o.Property(r => r.DepartmentOpinion).HasColumnName("FilingDepartmentOpinion").HasMaxLength(2_000);
            o.Property(r => r.DepartmentHead).HasColumnName("FilingDepartmentHead").HasMaxLength(100);
        });
        builder.OwnsOne(c => c.FilingApproval, o =>
        {
            o.Property(r => r.On).HasColumnName("FiledOn");
            o.Property(r => r.UserId).HasColumnName("FilingApprovedBy").HasMaxLength(64);
            o.Property(r => r.Name).HasColumnName("FilingApproverName").HasMaxLength(100);
            o.Property(r => r.Opinion).HasColumnName("FilingApprovalOpinion").HasMaxLength(2_000);
        });
        builder.OwnsOne(c => c.InvestmentFinding, o =>
        {
            o.Property(r => r.FoundOn).HasColumnName("InvestmentFoundOn");
            o.Property(r => r.Amount).HasColumnName("TotalInvestment").IsMoney();
            o.Property(r => r.Basis).HasColumnName("InvestmentBasis");
            o.Property(r => r.EvidenceNumbers).HasColumnName("InvestmentEvidence").HasConversion(Json.Converter<IReadOnlyList<int>>(), Json.Comparer<int>());
        });
        builder.OwnsOne(c => c.ProposedPenalty, o =>
        {
            o.Property(r => r.Fine).HasColumnName("ProposedFine").IsMoney();
            o.Property(r => r.Sanctions).HasColumnName("ProposedSanctions");
            o.Property(r => r.FlaggedForDiscussion).HasColumnName("FlaggedForDiscussion");
            o.Property(r => r.MitigationGround).HasColumnName("ProposedMitigationGround").HasMaxLength(1_000);
            o.Property(r => r.DiscretionReasons).HasColumnName("ProposedDiscretionReasons").HasMaxLength(4_000);
            o.Property(r => r.DiscretionFactors).HasColumnName("ProposedDiscretionFactors")
                .HasConversion(Json.NamedConverter<IReadOnlyList<DiscretionChoice>?>(), Json.Comparer<DiscretionChoice>());
        });
        builder.OwnsOne(c => c.CaseReview, o =>
        {
            o.Property(r => r.ReviewedOn).HasColumnName("CaseReviewedOn");
            o.Property(r => r.ReviewerUserId).HasColumnName("CaseReviewerId").HasMaxLength(64);
            o.Property(r => r.Opinion).HasColumnName("CaseReviewOpinion").HasMaxLength(4_000);
            o.Property(r => r.Checklist).HasColumnName("CaseReviewChecklist").HasConversion(Json.Converter<ReviewChecklist>());
        });
        builder.OwnsOne(c => c.LegalReview, o =>
        {
            o.Property(r => r.ReviewedOn).HasColumnName("LegalReviewedOn");
            o.Property(r => r.ReviewerUserId).HasColumnName("LegalReviewerId").HasMaxLength(64);
            o.Property(r => r.ReviewerName).HasColumnName("LegalReviewerName").HasMaxLength(100);
            o.Property(r => r.Opinion).HasColumnName("LegalReviewOpinion").HasMaxLength(4_000);
            o.Property(r => r.Checklist).HasColumnName("LegalReviewChecklist").HasConversion(Json.Converter<LegalReviewChecklist?>());
            o.Property(r => r.LegalQualification).HasColumnName("LegalReviewerQualification").HasMaxLength(50);
        });
        builder.OwnsOne(c => c.Discussion, o =>
        {
            o.Property(r => r.HeldOn).HasColumnName("DiscussionHeldOn");
            o.Property(r => r.Participants).HasColumnName("DiscussionParticipants").HasConversion(Json.Converter<IReadOnlyList<string>>(), Json.Comparer<string>());
            o.Property(r => r.Conclusion).HasColumnName("DiscussionConclusion").HasMaxLength(4_000);
            o.Property(r => r.RecordedBy).HasColumnName("DiscussionRecordedBy").HasMaxLength(64);
            o.Property(r => r.Place).HasColumnName("DiscussionPlace").HasMaxLength(300);
            o.Property(r => r.StartTime).HasColumnName("DiscussionStartTime");
            o.Property(r => r.EndTime).HasColumnName("DiscussionEndTime");
            o.Property(r => r.Chair).HasColumnName("DiscussionChair").HasMaxLength(100);
            o.Property(r => r.Recorder).HasColumnName("DiscussionRecorder").HasMaxLength(100);
            o.Property(r => r.Speeches).HasColumnName("DiscussionSpeeches")
                .HasConversion(Json.Converter<IReadOnlyList<DiscussionSpeech>>(), Json.Comparer<DiscussionSpeech>());
        });
        builder.OwnsOne(c => c.Decision, o =>
        {
            o.Property(r => r.Kind).HasColumnName("DecisionKind");
            o.Property(r => r.Number).HasColumnName("DecisionNumber").HasMaxLength(60);
            o.Property(r => r.DecidedOn).HasColumnName("DecidedOn");
            o.Property(r => r.Fine).HasColumnName("DecidedFine").IsMoney();
            o.Property(r => r.Sanctions).HasColumnName("DecidedSanctions");
            o.Property(r => r.DecidedBy).HasColumnName("DecidedBy").HasMaxLength(64);
            o.Property(r => r.Reason).HasColumnName("DecisionReason").HasMaxLength(4_000);
            o.Property(r => r.MitigationGround).HasColumnName("DecisionMitigationGround").HasMaxLength(1_000);
            o.Property(r => r.NoPenaltyGround).HasColumnName("NoPenaltyGround").HasConversion<string>().HasMaxLength(30);
            o.Property(r => r.GovernmentApproval).HasColumnName("DecisionGovernmentApproval").HasMaxLength(300);
            o.HasIndex(r => r.DecidedOn);
        });
        builder.OwnsOne(c => c.CourtApplication, o =>
        {
            o.Property(r => r.AppliedOn).HasColumnName("CourtAppliedOn");
            o.Property(r => r.Court).HasColumnName("CourtName").HasMaxLength(100);
            o.Property(r => r.AppliedBy).HasColumnName("CourtAppliedBy").HasMaxLength(64);
        });
        builder.OwnsOne(c => c.Closure, o =>
        {
            o.Property(r => r.ClosedOn).HasColumnName("ClosedOn");
            o.Property(r => r.Ground).HasColumnName("ClosureGround");
            o.Property(r => r.Remark).HasColumnName("ClosureRemark").HasMaxLength(1_000);
            o.Property(r => r.ClosedBy).HasColumnName("ClosedBy").HasMaxLength(64);
            o.Property(r => r.Opinions).HasColumnName("ClosureOpinions").HasConversion(Json.Converter<ClosureOpinions?>());
        });
        builder.OwnsOne(c => c.Publication, o =>
        {
            o.Property(r => r.PublishedOn).HasColumnName("PublishedOn");
            o.Property(r => r.Channel).HasColumnName("PublicationChannel").HasMaxLength(100);
            o.Property(r => r.Url).HasColumnName("PublicationUrl").HasMaxLength(500);
            o.Property(r => r.RecordedBy).HasColumnName("PublicationRecordedBy").HasMaxLength(64);
        });
        builder.OwnsOne(c => c.ArchiveRecord, o =>
        {
            o.Property(r => r.ArchivedOn).HasColumnName("ArchivedOn");
            o.Property(r => r.FileNumber).HasColumnName("ArchiveFileNumber").HasMaxLength(60);
            o.Property(r => r.ArchivedBy).HasColumnName("ArchivedBy").HasMaxLength(64);
        });

        Children(builder, c => c.Officers, "CaseOfficers");
        Children(builder, c => c.Evidence, "EvidenceItems");
        Children(builder, c => c.Records, "InvestigationRecords");
        Children(builder, c => c.Notices, "Notices");
        Children(builder, c => c.Statements, "Statements");
        Children(builder, c => c.Hearings, "Hearings");
        Children(builder, c => c.Services, "ServiceRecords");

        // 送达未果 (民事诉讼法第九十五条): append-only lines of the file, loaded with the case (owned).
        builder.OwnsMany(c => c.ServiceAttempts, a =>
        {
            a.ToTable("ServiceAttempts");
            a.WithOwner().HasForeignKey("CaseId");
            a.Property<long>("Id");
            a.HasKey("Id");
            a.Property(x => x.Document).HasConversion<string>().HasMaxLength(20);
            a.Property(x => x.Method).HasConversion<string>().HasMaxLength(20);
            a.Property(x => x.Outcome).HasConversion<string>().HasMaxLength(30);
            a.Property(x => x.Note).HasMaxLength(500);
            a.Property(x => x.RecordedBy).HasMaxLength(64);
        });
        builder.Navigation(c => c.ServiceAttempts).UsePropertyAccessMode(PropertyAccessMode.Field);

        // 按日连续处罚关联案件 opened from this case (令第28号第十五条): append-only, loaded with the case (owned).
        builder.OwnsMany(c => c.DailyPenalties, d =>
        {
            d.ToTable("DailyPenaltyLinks");
            d.WithOwner().HasForeignKey("CaseId");
            d.Property<long>("Id");
            d.HasKey("Id");
            d.Property(x => x.OpenedBy).HasMaxLength(64);
            d.Property(x => x.Total).IsMoney();
        });
        builder.Navigation(c => c.DailyPenalties).UsePropertyAccessMode(PropertyAccessMode.Field);

        // What a 按日连续处罚 case rests on (令第28号第十七条、第十九条), fixed when it was opened: columns of the case.
        builder.OwnsOne(c => c.DailyPenaltyBasis, o =>
        {
            o.Property(r => r.OriginalCaseId).HasColumnName("DailyOriginalCaseId");
            o.Property(r => r.OriginalCaseNumber).HasColumnName("DailyOriginalCaseNumber").HasMaxLength(60);
            o.Property(r => r.OriginalDecisionNumber).HasColumnName("DailyOriginalDecisionNumber").HasMaxLength(60);
            o.Property(r => r.OriginalDecidedOn).HasColumnName("DailyOriginalDecidedOn");
            o.Property(r => r.CorrectionNumber).HasColumnName("DailyCorrectionNumber");
            o.Property(r => r.CorrectionOrderedOn).HasColumnName("DailyCorrectionOrderedOn");
            o.Property(r => r.CorrectionServedOn).HasColumnName("DailyCorrectionServedOn");
            o.Property(r => r.CorrectionRequirement).HasColumnName("DailyCorrectionRequirement").HasMaxLength(2_000);
            o.Property(r => r.ReinspectedOn).HasColumnName("DailyReinspectedOn");
            o.Property(r => r.Obstructed).HasColumnName("DailyReinspectionObstructed");
            o.Property(r => r.ReinspectionFindings).HasColumnName("DailyReinspectionFindings").HasMaxLength(4_000);
            o.Property(r => r.FirstDay).HasColumnName("DailyFirstDay");
            o.Property(r => r.LastDay).HasColumnName("DailyLastDay");
            o.Property(r => r.Days).HasColumnName("DailyDays");
            o.Property(r => r.DailyAmount).HasColumnName("DailyAmount").IsMoney();
            o.Property(r => r.Total).HasColumnName("DailyTotal").IsMoney();
            o.Property(r => r.Basis).HasColumnName("DailyBasis").HasMaxLength(200);
            o.HasIndex(r => r.OriginalCaseId);
        });
        Children(builder, c => c.Payments, "Payments");
        Children(builder, c => c.Instalments, "Instalments");
        Children(builder, c => c.Demands, "Demands");
        Children(builder, c => c.Corrections, "CorrectionOrders");
        Children(builder, c => c.Remedies, "Remedies");
        Children(builder, c => c.Reinspections, "Reinspections");
        Children(builder, c => c.Suspensions, "Suspensions");
        Children(builder, c => c.Extensions, "DeadlineExtensions");
        Children(builder, c => c.History, "CaseEvents");

        // 我的待办 and the list's officer filter: the cases of one officer by index.
        builder.Metadata.Model.FindEntityType(typeof(CaseOfficer))!.AddIndex(
            [.. new[] { "UserId", "CaseId" }.Select(n => builder.Metadata.Model.FindEntityType(typeof(CaseOfficer))!.FindProperty(n)!)]);
        builder.Metadata.Model.FindEntityType(typeof(CaseOfficer))!.AddIndex(
            [.. new[] { "UserId", "NextDeadlineOn", "CaseId" }.Select(n => builder.Metadata.Model.FindEntityType(typeof(CaseOfficer))!.FindProperty(n)!)]);
    }

    public static void OfficerDeadlines(EntityTypeBuilder<CaseOfficer> builder)
    {
        // The case's next deadline on each officer's row (Features/Cases/NextDeadline): the deadline board of one
        // officer is a range of this index, earliest first.
        builder.Property<DateOnly?>("NextDeadlineOn");
    }

    private static void Children<TChild>(
        EntityTypeBuilder<PenaltyCase> builder,
        System.Linq.Expressions.Expression<Func<PenaltyCase, IEnumerable<TChild>?>> navigation,
        string table)
        where TChild : class
    {
        builder.HasMany(navigation).WithOne().HasForeignKey("CaseId").OnDelete(DeleteBehavior.Cascade);
        builder.Navigation(navigation).UsePropertyAccessMode(PropertyAccessMode.Field);
        builder.Metadata.Model.FindEntityType(typeof(TChild))!.SetTableName(table);
    }
}

/// <summary>Child records of a case: money exact, officer lists as JSON, texts bounded.</summary>
internal sealed class CaseChildConfigurations :
    IEntityTypeConfiguration<CaseOfficer>,
    IEntityTypeConfiguration<EvidenceItem>,
    IEntityTypeConfiguration<InvestigationRecord>,
    IEntityTypeConfiguration<Notice>,
    IEntityTypeConfiguration<Payment>,
    IEntityTypeConfiguration<Instalment>,
    IEntityTypeConfiguration<Reinspection>,
    IEntityTypeConfiguration<ServiceRecord>,
    IEntityTypeConfiguration<Demand>,
    IEntityTypeConfiguration<CorrectionOrder>,
    IEntityTypeConfiguration<HearingRecord>,
    IEntityTypeConfiguration<Remedy>,
    IEntityTypeConfiguration<CaseEvent>
{
    public void Configure(EntityTypeBuilder<CaseOfficer> builder)
    {
        PenaltyCaseConfiguration.OfficerDeadlines(builder);
        builder.Property(o => o.UserId).HasMaxLength(64);
        builder.Property(o => o.Name).HasMaxLength(100);
        builder.Property(o => o.CertificateNumber).HasMaxLength(50);
    }

    public void Configure(EntityTypeBuilder<EvidenceItem> builder)
    {
        builder.Property(e => e.Title).HasMaxLength(300);
        builder.Property(e => e.Place).HasMaxLength(300);
        builder.Property(e => e.Sha256).HasMaxLength(64);
        builder.Property(e => e.Source).HasMaxLength(300);
        builder.Property(e => e.Proves).HasMaxLength(2_000);
        OfficerList(builder);
    }

    public void Configure(EntityTypeBuilder<InvestigationRecord> builder)
    {
        builder.Property(r => r.Place).HasMaxLength(300);
        builder.Property(r => r.PersonsPresent).HasMaxLength(500);
        builder.Property(r => r.Representative).HasMaxLength(100);
        builder.Property(r => r.Source).HasMaxLength(300);
        OfficerList(builder);
    }

    public void Configure(EntityTypeBuilder<Notice> builder)
    {
        builder.Property(n => n.Number).HasMaxLength(60);
        builder.Property(n => n.NotifiedFine).IsMoney();
        builder.Property(n => n.ServiceDetails).HasConversion(Json.ServiceDetailsConverter!);
    }

    // The 送达回证 details (民事诉讼法第八十七条): read with their record, never queried alone, so one JSON column.
    public void Configure(EntityTypeBuilder<ServiceRecord> builder)
    {
        builder.Property(s => s.Details).HasConversion(Json.ServiceDetailsConverter);
    }

    public void Configure(EntityTypeBuilder<Demand> builder) =>
        builder.Property(d => d.Details).HasConversion(Json.ServiceDetailsConverter);

    public void Configure(EntityTypeBuilder<CorrectionOrder> builder) =>
        builder.Property(o => o.ServiceDetails).HasConversion(Json.ServiceDetailsConverter!);

    public void Configure(EntityTypeBuilder<HearingRecord> builder)
    {
        builder.Property(h => h.NoticeServiceDetails).HasConversion(Json.ServiceDetailsConverter!);
        builder.Property(h => h.NonPublicGround).HasConversion<string>().HasMaxLength(20);
        builder.Property(h => h.HearingOfficers).HasMaxLength(200);
        builder.Property(h => h.Clerk).HasMaxLength(100);
        builder.Property(h => h.PartyAgents).HasMaxLength(200);
    }

    public void Configure(EntityTypeBuilder<Remedy> builder)
    {
        builder.Property(r => r.Kind).HasConversion<string>().HasMaxLength(20);
        builder.Property(r => r.Outcome).HasConversion<string>().HasMaxLength(30);
        builder.Property(r => r.Body).HasMaxLength(100);
        builder.Property(r => r.OutcomeNote).HasMaxLength(1_000);
        builder.Property(r => r.RecordedBy).HasMaxLength(64);
        builder.Ignore(r => r.Pending);
    }

    public void Configure(EntityTypeBuilder<Payment> builder) => builder.Property(p => p.Amount).IsMoney();

    public void Configure(EntityTypeBuilder<Instalment> builder) => builder.Property(p => p.Amount).IsMoney();

    public void Configure(EntityTypeBuilder<Reinspection> builder) => OfficerList(builder);

    public void Configure(EntityTypeBuilder<CaseEvent> builder)
    {
        builder.Property(e => e.UserId).HasMaxLength(64);
        builder.Property(e => e.Summary).HasMaxLength(1_000);
    }

    // The officers who acted (行政处罚法第四十二条): a short list read with its record, never queried alone.
    private static void OfficerList<T>(EntityTypeBuilder<T> builder)
        where T : class =>
        builder.Property<IReadOnlyList<string>>("OfficerUserIds")
            .HasField("officerUserIds")
            .UsePropertyAccessMode(PropertyAccessMode.Field)
            .HasConversion(Json.Converter<IReadOnlyList<string>>(), Json.Comparer<string>());
}

/// <summary>JSON columns for small lists and nested records inside a case.</summary>
public static class Json
{
    // Public: the compiled model's generated conversions (CompiledModels/) refer to the options by name.
    public static readonly JsonSerializerOptions Options = new(JsonSerializerDefaults.Web);

    public static ValueConverter<T, string> Converter<T>() => new(
        value => JsonSerializer.Serialize(value, Options),
        text => JsonSerializer.Deserialize<T>(text, Options)!);

    // Enums by name and times as text, so the stored 回证 reads the same if an enum is reordered.
    public static readonly JsonSerializerOptions ServiceOptions = new(JsonSerializerDefaults.Web)
    {
        Converters = { new System.Text.Json.Serialization.JsonStringEnumConverter() },
        DefaultIgnoreCondition = System.Text.Json.Serialization.JsonIgnoreCondition.WhenWritingNull,
    };

    /// <summary>As <see cref="Converter{T}"/>, with enums stored by name (a reordered enum reads the same).</summary>
    public static ValueConverter<T, string> NamedConverter<T>() => new(
        value => JsonSerializer.Serialize(value, ServiceOptions),
        text => JsonSerializer.Deserialize<T>(text, ServiceOptions)!);

    public static ValueConverter<ServiceDetails, string> ServiceDetailsConverter { get; } = new(
        value => JsonSerializer.Serialize(value, ServiceOptions),
        text => string.IsNullOrWhiteSpace(text) ? new ServiceDetails() : JsonSerializer.Deserialize<ServiceDetails>(text, ServiceOptions)!);

    public static ValueComparer<IReadOnlyList<T>> Comparer<T>() => new(
        (a, b) => (a == null && b == null) || (a != null && b != null && a.SequenceEqual(b)),
        list => list.Aggregate(0, (hash, item) => HashCode.Combine(hash, item)),
        list => list.ToList());
}
