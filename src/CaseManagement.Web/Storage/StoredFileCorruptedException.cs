namespace CaseManagement.Web.Storage;

/// <summary>What is wrong with a stored file; the endpoint answers 410 for <see cref="Missing"/> and 409 for <see cref="Altered"/>.</summary>
public enum StoredFileProblem
{
    Missing,
    Altered,
}

/// <summary>
/// A stored evidence file that can no longer be served as it was received: 行政处罚法第四十六条 requires evidence
/// to be verified as true, so altered bytes are never handed out as if they were the original.
/// </summary>
public sealed class StoredFileCorruptedException(string sha256, StoredFileProblem problem, string? message = null)
    : Exception(message ?? (problem == StoredFileProblem.Missing ? "证据文件缺失，无法提供下载" : "证据文件已被改动或损坏，拒绝提供下载"))
{
    public string Sha256 { get; } = sha256;

    public StoredFileProblem Problem { get; } = problem;
}
