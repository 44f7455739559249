using System.Linq.Expressions;
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

    /// <summary>
    /// For a server with an exact decimal type that rounds a value with more places on insert (PostgreSQL's
    /// numeric(18,2) stores 3000.005 as 3000.01): every exact decimal is checked before it is written instead.
    /// </summary>
    internal static void RefuseExtraPlaces(IMutableModel model)
    {
        foreach (var entityType in model.GetEntityTypes())
        {
            Apply(entityType, scale => new CheckedDecimalConverter(scale));
        }
    }

    /// <summary>
    /// <c>v =&gt; owner.method(v, constant)</c>: the scale or factor is a constant of the conversion's expression, not a
    /// captured variable, so that the compiled model (CompiledModels/) can be generated from the converter.
    /// </summary>
    internal static Expression<Func<TIn, TOut>> Call<TIn, TOut>(Type owner, string method, object constant)
    {
        var value = Expression.Parameter(typeof(TIn), "v");
        return Expression.Lambda<Func<TIn, TOut>>(Expression.Call(owner.GetMethod(method)!, value, Expression.Constant(constant)), value);
    }

    private static void Apply(IMutableTypeBase type) => Apply(type, scale => new ScaledDecimalConverter(scale));

    private static void Apply(IMutableTypeBase type, Func<int, ValueConverter> converter)
    {
        foreach (var property in type.GetDeclaredProperties())
        {
            if (property.FindAnnotation(ScaleAnnotation)?.Value is int scale)
            {
                property.SetValueConverter(converter(scale));
            }
        }

        foreach (var complex in type.GetDeclaredComplexProperties())
        {
            Apply(complex.ComplexType, converter);
        }
    }
}

/// <summary>decimal ⇄ integer in units of 10^-scale. Refuses a value with more places rather than rounding it away.</summary>
public sealed class ScaledDecimalConverter(int scale)
    : ValueConverter<decimal, long>(
        ExactDecimals.Call<decimal, long>(typeof(ScaledDecimalConverter), nameof(ToScaled), Factor(scale)),
        ExactDecimals.Call<long, decimal>(typeof(ScaledDecimalConverter), nameof(FromScaled), Factor(scale)))
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

/// <summary>decimal ⇄ decimal, refusing a value with more places than the column keeps rather than letting the server round it.</summary>
public sealed class CheckedDecimalConverter(int scale)
    : ValueConverter<decimal, decimal>(ExactDecimals.Call<decimal, decimal>(typeof(CheckedDecimalConverter), nameof(Checked), scale), v => v)
{
    public static decimal Checked(decimal value, int scale) => decimal.Round(value, scale) == value
        ? value
        : throw new InvalidOperationException($"数值 {value} 的小数位超出存储精度。");
}
