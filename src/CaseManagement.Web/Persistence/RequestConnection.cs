using Microsoft.EntityFrameworkCore;

namespace CaseManagement.Web.Persistence;

/// <summary>
/// A request reads and writes through one database connection, opened when its turn comes (after
/// <see cref="Infrastructure.RequestConcurrency"/>) and closed when it is answered. Left to itself EF opens and closes
/// the connection around every statement; a step is some twenty statements, and on SQLite each opening also registers
/// the provider's SQL functions with the engine again (a twentieth of what a step allocated). A transaction still
/// begins and ends where the use case says; an abandoned one is rolled back when it is disposed. On SQLite the write
/// transactions of all requests run on one connection of their own (<see cref="SqliteConnectionPool.WritesOnOneConnection"/>);
/// the request's reads before and after its transaction stay on the request's connection.
/// </summary>
internal static class RequestConnection
{
    public static void UseRequestConnection(this WebApplication app) =>
        app.Use(async (context, next) =>
        {
            if (Infrastructure.HealthProbe.Is(context))
            {
                await next(context);
                return;
            }

            var database = context.RequestServices.GetRequiredService<CaseDbContext>().Database;
            await database.OpenConnectionAsync(CancellationToken.None);
            try
            {
                await next(context);
            }
            finally
            {
                await database.CloseConnectionAsync();
            }
        });
}
