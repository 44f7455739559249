using CaseManagement.Web.Numbering;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CaseManagement.Web.Persistence.Configurations;

internal sealed class DocumentNumberCounterConfiguration : IEntityTypeConfiguration<DocumentNumberCounter>
{
    public void Configure(EntityTypeBuilder<DocumentNumberCounter> builder)
    {
        // The allocator addresses this table in raw SQL: keep the names in step with DocumentNumberAllocator.
        builder.ToTable("DocumentNumberCounters");
        builder.HasIndex(c => new { c.OrganisationId, c.DocumentType, c.Year }).IsUnique();
        builder.HasOne<Organisation>().WithMany().HasForeignKey(c => c.OrganisationId).OnDelete(DeleteBehavior.Restrict);
    }
}

internal sealed class IssuedNumberConfiguration : IEntityTypeConfiguration<IssuedNumber>
{
    public void Configure(EntityTypeBuilder<IssuedNumber> builder)
    {
        builder.ToTable("IssuedNumbers");
        builder.Property(n => n.Text).HasMaxLength(100).IsRequired();
        builder.HasIndex(n => n.Text).IsUnique();
        builder.HasIndex(n => new { n.OrganisationId, n.DocumentType, n.Year, n.Serial }).IsUnique();
        builder.HasIndex(n => n.CaseId);
        builder.Property(n => n.VoidReason).HasMaxLength(500);
        builder.Ignore(n => n.IsVoided);
        builder.HasOne<Organisation>().WithMany().HasForeignKey(n => n.OrganisationId).OnDelete(DeleteBehavior.Restrict);
    }
}
