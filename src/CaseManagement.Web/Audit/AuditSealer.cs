using System.Data.Common;
using CaseManagement.Web.Persistence;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace CaseManagement.Web.Audit;

/// <summary>
/// What the database context needs to seal audit entries: the key, the checkpoint and where to report a break.
/// Also the interceptor that appends the new chain head to the checkpoint once the transaction holding the
/// entries has committed (never before: a rolled-back head would look like a truncation).
/// </summary>
public sealed class AuditSealer(AuditKey key, AuditCheckpoint checkpoint, AuditChainStatus status, ILogger<AuditSealer> logger)
    : DbTransactionInterceptor
{
    public AuditKey Key { get; } = key;

    public AuditCheckpoint Checkpoint { get; } = checkpoint;

    public void ReportBreak(long firstBrokenEntry, string message)
    {
        logger.LogError("Audit chain broken at entry {Sequence}: {Message}", firstBrokenEntry, message);
        status.RecordBreak(firstBrokenEntry, message);
    }

    public override void TransactionCommitted(DbTransaction transaction, TransactionEndEventData eventData) =>
        (eventData.Context as CaseDbContext)?.WriteAuditCheckpoint();

    public override Task TransactionCommittedAsync(DbTransaction transaction, TransactionEndEventData eventData, CancellationToken cancellationToken = default)
    {
        (eventData.Context as CaseDbContext)?.WriteAuditCheckpoint();
        return Task.CompletedTask;
    }

    public override void TransactionRolledBack(DbTransaction transaction, TransactionEndEventData eventData) =>
        (eventData.Context as CaseDbContext)?.ForgetAuditCheckpoint();

    public override Task TransactionRolledBackAsync(DbTransaction transaction, TransactionEndEventData eventData, CancellationToken cancellationToken = default)
    {
        (eventData.Context as CaseDbContext)?.ForgetAuditCheckpoint();
        return Task.CompletedTask;
    }
}

/// <summary>The last known state of the chain in this process: breaks met while writing and the last verification.</summary>
public sealed class AuditChainStatus(TimeProvider clock)
{
    private readonly Lock gate = new();

    public sealed record Break(long FirstBrokenEntry, string Message, DateTimeOffset At);

    public Break? LastBreak { get; private set; }

    public (AuditVerification Result, DateTimeOffset At)? LastVerification { get; private set; }

    public void RecordBreak(long firstBrokenEntry, string message)
    {
        lock (gate)
        {
            LastBreak = new Break(firstBrokenEntry, message, clock.GetUtcNow());
        }
    }

    public void RecordVerification(AuditVerification result)
    {
        lock (gate)
        {
            LastVerification = (result, clock.GetUtcNow());
        }
    }
}
