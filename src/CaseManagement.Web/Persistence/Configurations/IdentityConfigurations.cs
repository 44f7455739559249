using CaseManagement.Web.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CaseManagement.Web.Persistence.Configurations;

internal sealed class AppUserConfiguration : IEntityTypeConfiguration<AppUser>
{
    public void Configure(EntityTypeBuilder<AppUser> builder)
    {
        builder.Property(u => u.DisplayName).HasMaxLength(50).IsRequired();
        builder.HasOne<Organisation>().WithMany().HasForeignKey(u => u.OrganisationId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(u => u.OrganisationId);
    }
}

internal sealed class OfficerProfileConfiguration : IEntityTypeConfiguration<OfficerProfile>
{
    public void Configure(EntityTypeBuilder<OfficerProfile> builder)
    {
        builder.ToTable("OfficerProfiles");
        builder.Property(p => p.UserId).HasMaxLength(450).IsRequired();
        builder.HasIndex(p => p.UserId).IsUnique();
        builder.HasOne<AppUser>().WithOne().HasForeignKey<OfficerProfile>(p => p.UserId).OnDelete(DeleteBehavior.Cascade);
        builder.Property(p => p.CertificateNumber).HasMaxLength(50);
        builder.HasIndex(p => p.CertificateValidTo);
        builder.HasMany(p => p.Trainings).WithOne().HasForeignKey(t => t.OfficerProfileId).OnDelete(DeleteBehavior.Cascade);
        builder.Navigation(p => p.Trainings).HasField("trainings").UsePropertyAccessMode(PropertyAccessMode.Field);
    }
}

internal sealed class TrainingRecordConfiguration : IEntityTypeConfiguration<TrainingRecord>
{
    public void Configure(EntityTypeBuilder<TrainingRecord> builder)
    {
        builder.ToTable("TrainingRecords");
        builder.Property(t => t.Title).HasMaxLength(200).IsRequired();
        builder.Property(t => t.Hours).IsExact(5, 1);
        builder.HasIndex(t => new { t.OfficerProfileId, t.Date });
    }
}
