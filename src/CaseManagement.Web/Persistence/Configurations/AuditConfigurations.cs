using CaseManagement.Web.Audit;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CaseManagement.Web.Persistence.Configurations;

internal sealed class AuditEntryConfiguration : IEntityTypeConfiguration<AuditEntry>
{
    public void Configure(EntityTypeBuilder<AuditEntry> builder)
    {
        builder.ToTable("AuditEntries");
        builder.HasIndex(e => e.Sequence).IsUnique();
        builder.Property(e => e.UserId).HasMaxLength(450);
        builder.Property(e => e.Action).HasMaxLength(100).IsRequired();
        builder.Property(e => e.Summary).HasMaxLength(2000).IsRequired();
        builder.Property(e => e.Before).HasMaxLength(2000);
        builder.Property(e => e.After).HasMaxLength(2000);
        builder.Property(e => e.StateSha256).HasMaxLength(64).IsFixedLength();
        builder.Property(e => e.Files).HasMaxLength(4000);
        builder.Property(e => e.PreviousHash).HasMaxLength(64).IsFixedLength().IsRequired();
        builder.Property(e => e.Hash).HasMaxLength(64).IsFixedLength().IsRequired();
        builder.HasIndex(e => e.CaseId);
        builder.HasIndex(e => e.OccurredAt);
        builder.HasIndex(e => e.UserId);
        builder.HasIndex(e => e.Action);
    }
}

internal sealed class AuditChainHeadConfiguration : IEntityTypeConfiguration<AuditChainHead>
{
    public void Configure(EntityTypeBuilder<AuditChainHead> builder)
    {
        builder.ToTable("AuditChainHeads");
        builder.Property(h => h.Id).ValueGeneratedNever();
        builder.HasData(new { Id = AuditChainHead.SingletonId, LastSequence = 0L });
    }
}
