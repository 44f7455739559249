using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Metadata;
using Microsoft.EntityFrameworkCore.Storage;

namespace CaseManagement.Web.Persistence;

/// <summary>
/// An entity type's table and its properties' columns as the model maps them, quoted by the context's provider: for the
/// few statements written as SQL text once per model (<see cref="CompiledPerModel{TQuery}"/>) instead of built by LINQ on
/// every call.
/// </summary>
internal sealed class StoreNames
{
    private readonly IEntityType entity;
    private readonly StoreObjectIdentifier table;
    private readonly ISqlGenerationHelper sql;

    private StoreNames(DbContext db, Type type)
    {
        entity = db.Model.FindEntityType(type) ?? throw new InvalidOperationException($"{type.Name} is not in the model.");
        table = StoreObjectIdentifier.Table(entity.GetTableName()!, entity.GetSchema());
        sql = db.GetService<ISqlGenerationHelper>();
    }

    public static StoreNames Of<TEntity>(DbContext db) => new(db, typeof(TEntity));

    /// <summary>The table, with its schema where it has one.</summary>
    public string Table => sql.DelimitIdentifier(table.Name, table.Schema);

    /// <summary>The column of <paramref name="property"/> in the entity's table.</summary>
    public string Column(string property) => sql.DelimitIdentifier(entity.FindProperty(property)!.GetColumnName(table)!);
}
