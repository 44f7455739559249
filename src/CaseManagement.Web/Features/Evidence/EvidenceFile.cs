using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CaseManagement.Web.Features.Evidence;

/// <summary>
/// The file behind an evidence item: the bytes are stored content-addressed by <see cref="Sha256"/>
/// (written before this row exists); the original name is display text only, never a path.
/// </summary>
public sealed class EvidenceFile
{
    private EvidenceFile() { }

    public EvidenceFile(long caseId, int evidenceNumber, string sha256, string fileName, string contentType, long length, DateTime uploadedAt, string uploadedBy,
        Guid? uploadId = null)
    {
        UploadId = uploadId;
        CaseId = caseId;
        EvidenceNumber = evidenceNumber;
        Sha256 = sha256;
        FileName = fileName;
        ContentType = contentType;
        Length = length;
        UploadedAt = uploadedAt;
        UploadedBy = uploadedBy;
    }

    public long Id { get; private set; }
    public long CaseId { get; private set; }

    /// <summary>The case-local number of the evidence item (证据编号).</summary>
    public int EvidenceNumber { get; private set; }
    public string Sha256 { get; private set; } = "";
    public string FileName { get; private set; } = "";
    public string ContentType { get; private set; } = "";
    public long Length { get; private set; }
    public DateTime UploadedAt { get; private set; }
    public string UploadedBy { get; private set; } = "";

    /// <summary>
    /// The id the client gave this upload: a retry after a dropped connection sends it again and gets the
    /// item already registered instead of a second one (unique per case).
    /// </summary>
    public Guid? UploadId { get; private set; }
}

internal sealed class EvidenceFileConfiguration : IEntityTypeConfiguration<EvidenceFile>
{
    public void Configure(EntityTypeBuilder<EvidenceFile> builder)
    {
        builder.ToTable("EvidenceFiles");
        builder.HasOne<CaseManagement.Domain.Cases.PenaltyCase>().WithMany().HasForeignKey(f => f.CaseId).OnDelete(DeleteBehavior.Cascade);
        builder.HasIndex(f => new { f.CaseId, f.EvidenceNumber }).IsUnique();
        builder.HasIndex(f => f.Sha256);
        builder.HasIndex(f => new { f.CaseId, f.UploadId }).IsUnique();
        builder.Property(f => f.Sha256).HasMaxLength(64).IsRequired();
        builder.Property(f => f.FileName).HasMaxLength(200).IsRequired();
        builder.Property(f => f.ContentType).HasMaxLength(100).IsRequired();
        builder.Property(f => f.UploadedBy).HasMaxLength(64).IsRequired();
    }
}
