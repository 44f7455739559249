using System.Data.Common;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace CaseManagement.Web.Persistence;

/// <summary>
/// Puts the SQLite file in write-ahead-log mode on every open: readers no longer block the writer,
/// which matters for a web app serving lists while a case is being saved. With WAL, synchronous=NORMAL
/// syncs the log at checkpoints rather than at every commit: a committed step survives a crash of the
/// app; only a power loss can undo the last commits (never corrupt the file). It shortens the time each
/// step holds SQLite's single write lock.
/// </summary>
internal sealed class SqliteWalInterceptor : DbConnectionInterceptor
{
    internal const string Pragma = "PRAGMA journal_mode=WAL; " + ReadOnlyPragma;

    // EF opens a read-only connection to ask whether the file exists (before reading the migration history). Such a
    // connection cannot switch a file that is still in rollback-journal mode (a copy made by VACUUM INTO, a file from
    // another tool) to WAL: SQLite answers "attempt to write a readonly database" and the app refused to start. The
    // first read-write connection switches it instead.
    // journal_size_limit: a log that grew past 64 MB is cut back to that when it is next started from its beginning.
    private const string ReadOnlyPragma = "PRAGMA synchronous=NORMAL; PRAGMA journal_size_limit=67108864;";

    public override void ConnectionOpened(DbConnection connection, ConnectionEndEventData eventData)
    {
        using var command = connection.CreateCommand();
        command.CommandText = PragmaFor(connection);
        command.ExecuteNonQuery();
    }

    public override async Task ConnectionOpenedAsync(DbConnection connection, ConnectionEndEventData eventData, CancellationToken cancellationToken = default)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = PragmaFor(connection);
        await command.ExecuteNonQueryAsync(cancellationToken);
    }

    private static string PragmaFor(DbConnection connection) =>
        connection.ConnectionString.Contains("Mode=ReadOnly", StringComparison.OrdinalIgnoreCase) ? ReadOnlyPragma : Pragma;
}
