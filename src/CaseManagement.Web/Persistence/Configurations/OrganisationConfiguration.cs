using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CaseManagement.Web.Persistence.Configurations;

internal sealed class OrganisationConfiguration : IEntityTypeConfiguration<Organisation>
{
    public void Configure(EntityTypeBuilder<Organisation> builder)
    {
        builder.ToTable("Organisations");
        builder.Property(o => o.Version).IsConcurrencyToken();
        builder.Property(o => o.Name).HasMaxLength(100).IsRequired();
        builder.Property(o => o.ShortCode).HasMaxLength(20).IsRequired();
        builder.HasIndex(o => o.ShortCode).IsUnique();
        builder.Property(o => o.SealText).HasMaxLength(100);
        builder.Property(o => o.Address).HasMaxLength(200);
        builder.Property(o => o.Phone).HasMaxLength(50);
        builder.Property(o => o.ReconsiderationBody).HasMaxLength(200);
        builder.Property(o => o.Court).HasMaxLength(100);
        builder.Property(o => o.PaymentInstructions).HasMaxLength(1000);
        builder.Property(o => o.HearingThresholdOrganisation).IsMoney();
        builder.Property(o => o.HearingThresholdIndividual).IsMoney();
        builder.Property(o => o.SurchargeRatePerDay).IsExact(9, 4);
        builder.Ignore(o => o.Details);
    }
}
