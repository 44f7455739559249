namespace CaseManagement.Web.Audit;

/// <summary>
/// The single row holding the last sequence of the audit chain. Appending updates it first, which
/// takes the write lock on every provider before the previous hash is read, so concurrent appends
/// queue instead of forking the chain; verifying compares it with the entries so a deleted tail shows.
/// </summary>
public sealed class AuditChainHead
{
    public const int SingletonId = 1;

    private AuditChainHead()
    {
    }

    internal AuditChainHead(long lastSequence) => LastSequence = lastSequence;

    public int Id { get; private set; } = SingletonId;

    public long LastSequence { get; private set; }
}
