using CaseManagement.Web.Persistence.Calendar;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CaseManagement.Web.Persistence.Configurations;

internal sealed class HolidayYearRowConfiguration : IEntityTypeConfiguration<HolidayYearRow>
{
    public void Configure(EntityTypeBuilder<HolidayYearRow> builder)
    {
        builder.ToTable("HolidayYears");
        builder.HasKey(y => y.Year);
        builder.Property(y => y.Year).ValueGeneratedNever();
        builder.HasMany(y => y.Days).WithOne().HasForeignKey(d => d.Year).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class HolidayDayRowConfiguration : IEntityTypeConfiguration<HolidayDayRow>
{
    public void Configure(EntityTypeBuilder<HolidayDayRow> builder)
    {
        builder.ToTable("HolidayDays");
        builder.HasIndex(d => new { d.Year, d.Date }).IsUnique();
        builder.HasIndex(d => d.Date);
    }
}
