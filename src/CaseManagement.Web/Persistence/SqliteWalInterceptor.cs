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
    // journal_size_limit: a log that grew past 64 MB is cut back to that when it is next started from its beginning.
    internal const string Pragma = "PRAGMA journal_mode=WAL; PRAGMA synchronous=NORMAL; PRAGMA journal_size_limit=67108864;";

    public override void ConnectionOpened(DbConnection connection, ConnectionEndEventData eventData)
    {
        using var command = connection.CreateCommand();
        command.CommandText = Pragma;
        command.ExecuteNonQuery();
    }

    public override async Task ConnectionOpenedAsync(DbConnection connection, ConnectionEndEventData eventData, CancellationToken cancellationToken = default)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = Pragma;
        await command.ExecuteNonQueryAsync(cancellationToken);
    }
}
