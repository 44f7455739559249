using CaseManagement.Domain.Cases;
using CaseManagement.Web.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CaseManagement.Web.Documents;

internal sealed class IssuedDocumentConfiguration : IEntityTypeConfiguration<IssuedDocument>
{
    public void Configure(EntityTypeBuilder<IssuedDocument> builder)
    {
        builder.ToTable("IssuedDocuments");
        builder.Property(d => d.Version).IsConcurrencyToken();
        builder.Property(d => d.TemplateName).HasMaxLength(64).IsRequired();
        builder.Property(d => d.Title).HasMaxLength(100).IsRequired();
        builder.Property(d => d.DocumentNumber).HasMaxLength(100);
        builder.Property(d => d.ServedDocumentNumber).HasMaxLength(100);
        builder.Property(d => d.IssuedBy).HasMaxLength(450).IsRequired();
        builder.Property(d => d.Sha256).HasMaxLength(64).IsFixedLength().IsUnicode(false).IsRequired();
        builder.Property(d => d.Content).IsRequired();
        builder.Property(d => d.VoidedBy).HasMaxLength(450);
        builder.Property(d => d.VoidReason).HasMaxLength(500);
        builder.Ignore(d => d.IsVoided);
        builder.HasIndex(d => d.CaseId);
        builder.HasIndex(d => d.DocumentNumber);
        builder.HasOne<PenaltyCase>().WithMany().HasForeignKey(d => d.CaseId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Organisation>().WithMany().HasForeignKey(d => d.OrganisationId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<IssuedDocument>().WithMany().HasForeignKey(d => d.ReplacedById).OnDelete(DeleteBehavior.Restrict);
    }
}

internal sealed class TemplateVersionConfiguration : IEntityTypeConfiguration<TemplateVersion>
{
    public void Configure(EntityTypeBuilder<TemplateVersion> builder)
    {
        builder.ToTable("TemplateVersions");
        builder.Property(t => t.Version).IsConcurrencyToken();
        builder.Property(t => t.Name).HasMaxLength(64).IsRequired();
        builder.Property(t => t.UploadedBy).HasMaxLength(450).IsRequired();
        builder.Property(t => t.Sha256).HasMaxLength(64).IsFixedLength().IsUnicode(false).IsRequired();
        builder.Property(t => t.Content).IsRequired();
        builder.HasIndex(t => new { t.OrganisationId, t.Name, t.Number }).IsUnique();
        builder.HasOne<Organisation>().WithMany().HasForeignKey(t => t.OrganisationId).OnDelete(DeleteBehavior.Restrict);
    }
}
