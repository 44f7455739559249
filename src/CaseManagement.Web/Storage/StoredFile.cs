namespace CaseManagement.Web.Storage;

/// <summary>
/// A file kept by <see cref="EvidenceFileStore"/>. <paramref name="Sha256"/> (64 lowercase hex digits) is both
/// the file's identity and its integrity check; <paramref name="ContentType"/> and <paramref name="Extension"/>
/// (lowercase, with the leading dot, e.g. <c>.pdf</c>) come from the bytes, never from the client;
/// <paramref name="DisplayName"/> is the cleaned original name, text for people only.
/// </summary>
public sealed record StoredFile(string Sha256, long Length, string ContentType, string Extension, string DisplayName);
