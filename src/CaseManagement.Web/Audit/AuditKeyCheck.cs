using CaseManagement.Web.Persistence;
using Microsoft.EntityFrameworkCore;

namespace CaseManagement.Web.Audit;

/// <summary>
/// At start: whether this server's audit key is the key that wrote the audit log it is about to extend. A server given
/// another key — a second server of a deployment whose key was not shared, or a database restored onto a machine
/// without its key file (the app then makes a new one) — would seal every new entry under a key the rest of the chain
/// does not use, and the whole log would stop verifying. So the server does not start, and says why.
/// <para>
/// The last <see cref="Sample"/> entries are recomputed under this key; one that holds is enough. An entry edited in the
/// database fails on its own and is reported by verification, not here: only when none of them holds is the key taken
/// to be another (or every one of them altered, which verification would report as well).
/// </para>
/// </summary>
public static class AuditKeyCheck
{
    public const int Sample = 16;

    /// <summary>Null when the key fits the log (or the log is empty); else what the operator must do, in Chinese.</summary>
    public static async Task<string?> ProblemAsync(CaseDbContext db, AuditKey key, CancellationToken ct)
    {
        var last = await db.AuditEntries.AsNoTracking().OrderByDescending(e => e.Sequence).Take(Sample).ToListAsync(ct);
        if (last.Count == 0 || last.Exists(e => string.Equals(e.ComputeHash(key.Bytes), e.Hash, StringComparison.OrdinalIgnoreCase)))
        {
            return null;
        }

        return $"无法启动：本服务器的审计密钥（来自 {key.Source}）不是写入审计日志的密钥——数据库中最近的 {last.Count} 条审计记录"
            + $"（第 {last[^1].Sequence}–{last[0].Sequence} 条）没有一条能用它验证。用这个密钥继续写，整条审计链都将无法验证。"
            + "请使用写入这些记录时的密钥：配置 Audit:Key（环境变量 Audit__Key），或把原来的密钥文件放回上述位置或用 Audit:KeyFile 指向它；"
            + "多台服务器须使用同一密钥。若密钥确实未变，则这些记录已被改动，请立即核查数据库。";
    }
}

/// <summary>The server must not start (a configuration that would damage data); the message says why and what to do.</summary>
public sealed class StartRefusedException(string message) : Exception(message);
