using CaseManagement.Web.Persistence;
using Microsoft.EntityFrameworkCore;

namespace CaseManagement.Web.Storage;

/// <summary>
/// At start, removes stored files that no evidence row references and abandoned partial uploads, both only when
/// older than an hour (a crash between writing the file and committing its row leaves such a file), and logs how
/// many. Runs in the background so the first answer does not wait for it.
/// </summary>
internal sealed class OrphanFileSweep(IServiceScopeFactory scopes, EvidenceFileStore store, ILogger<OrphanFileSweep> logger) : BackgroundService
{
    public static readonly TimeSpan MinimumAge = TimeSpan.FromHours(1);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        try
        {
            await Task.Yield();
            var result = await SweepAsync(scopes, store, stoppingToken);
            logger.LogInformation(
                "Storage sweep at start: removed {Stored} unreferenced stored files and {Temporary} abandoned uploads older than {Age}",
                result.StoredFilesDeleted, result.TemporaryFilesDeleted, MinimumAge);
        }
        catch (OperationCanceledException)
        {
            // Stopping.
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or DbUpdateException or InvalidOperationException or Microsoft.Data.Sqlite.SqliteException)
        {
            logger.LogError(e, "Storage sweep at start failed; unreferenced files stay until the next start");
        }
    }

    internal static async Task<OrphanCleanupResult> SweepAsync(IServiceScopeFactory scopes, EvidenceFileStore store, CancellationToken ct)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<CaseDbContext>();
        var referenced = await db.EvidenceFiles.AsNoTracking().Select(f => f.Sha256).Distinct().ToListAsync(ct);
        return await store.CleanupOrphansAsync(referenced, MinimumAge, ct);
    }
}
