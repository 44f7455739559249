namespace CaseManagement.Web.Audit;

/// <summary>
/// Configuration section <c>Audit</c>: where the chain's key and its checkpoint live. Both are kept out of the
/// database (and out of its folder) on purpose: whoever holds only the database file can neither recompute the
/// chain (no key) nor cut its tail unnoticed (the checkpoint remembers how long it was).
/// </summary>
public sealed class AuditOptions
{
    public const string Section = "Audit";

    /// <summary>
    /// The HMAC key as base64 (at least 32 bytes), e.g. from the environment variable <c>Audit__Key</c>.
    /// When set, <see cref="KeyFile"/> is not used.
    /// </summary>
    public string? Key { get; set; }

    /// <summary>Key file, created on first start with owner-only permissions (relative to the content root).</summary>
    public string KeyFile { get; set; } = "keys/audit.key";

    /// <summary>Folder of the append-only checkpoint file (relative to the content root).</summary>
    public string CheckpointDirectory { get; set; } = "audit-checkpoint";
}
