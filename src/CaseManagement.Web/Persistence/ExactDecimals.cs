using Microsoft.EntityFrameworkCore.Metadata;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Microsoft.EntityFrameworkCore.Storage.ValueConversion;

namespace CaseManagement.Web.Persistence;

/// <summary>
/// Exact decimals that the database must compare and sum (DECISIONS.md §7). SQL Server stores
/// <c>decimal(p,s)</c>; SQLite has no exact decimal type (EF stores TEXT, which sorts and sums wrongly),
/// so <see cref="SqliteCaseDbContext"/> stores them as integers in units of 10^-s (money: fen).
/// </summary>
public static class ExactDecimals
{
    public const string ScaleAnnotation = "CaseManagement:ExactScale";

    /// <summary>Money in yuan with two places: decimal(18,2) on SQL Server, integer fen on SQLite.</summary>
    public static PropertyBuilder<decimal> IsMoney(this PropertyBuilder<decimal> property) => property.IsExact(18, 2);

    public static PropertyBuilder<decimal?> IsMoney(this PropertyBuilder<decimal?> property) => property.IsExact(18, 2);

    public static PropertyBuilder<decimal> IsExact(this PropertyBuilder<decimal> property, int precision, int scale)
    {
        property.HasPrecision(precision, scale).HasAnnotation(ScaleAnnotation, scale);
        return property;
    }

    public static PropertyBuilder<decimal?> IsExact(this PropertyBuilder<decimal?> property, int precision, int scale)
    {
        property.HasPrecision(precision, scale).HasAnnotation(ScaleAnnotation, scale);
        return property;
    }

    /// <summary>Gives every exact decimal of the model (entities, owned and complex types) its scaled-integer converter.</summary>
    internal static void StoreAsScaledIntegers(IMutableModel model)
    {
        foreach (var entityType in model.GetEntityTypes())
        {
            Apply(entityType);
        }
    }

    private static void Apply(IMutableTypeBase type)
    {
        foreach (var property in type.GetDeclaredProperties())
        {
            if (property.FindAnnotation(ScaleAnnotation)?.Value is int scale)
            {
                property.SetValueConverter(new ScaledDecimalConverter(scale));
            }
        }

        foreach (var complex in type.GetDeclaredComplexProperties())
        {
            Apply(complex.ComplexType);
        }
    }
}

/// <summary>decimal ⇄ integer in units of 10^-scale. Refuses a value with more places rather than rounding it away.</summary>
public sealed class ScaledDecimalConverter(int scale)
    : ValueConverter<decimal, long>(v => ToScaled(v, Factor(scale)), v => FromScaled(v, Factor(scale)))
{
    public int Scale { get; } = scale;

    private static decimal Factor(int scale) => scale switch
    {
        0 => 1m,
        1 => 10m,
        2 => 100m,
        3 => 1000m,
        4 => 10000m,
        _ => throw new ArgumentOutOfRangeException(nameof(scale)),
    };

    public static long ToScaled(decimal value, decimal factor)
    {
        var scaled = value * factor;
        if (scaled != decimal.Truncate(scaled))
        {
            throw new InvalidOperationException($"数值 {value} 的小数位超出存储精度。");
        }

        return (long)scaled;
    }

    public static decimal FromScaled(long value, decimal factor) => value / factor;
}
