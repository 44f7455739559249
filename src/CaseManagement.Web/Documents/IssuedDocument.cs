using System.Security.Cryptography;

namespace CaseManagement.Web.Documents;

/// <summary>
/// A document as issued: its bytes exactly as rendered at the step that issued it, with their SHA-256.
/// A re-download serves these bytes, never a re-render (STYLE.md "Documents"). The bytes live in the
/// database row (a BLOB): the row and the case step that issued it commit in one transaction, so there
/// is never a row without its file or a file without its row, and a backup of the database is a backup
/// of the documents. A county bureau issues a few thousand documents of ~30 KB a year.
/// </summary>
public sealed class IssuedDocument
{
    private IssuedDocument()
    {
    }

    public IssuedDocument(
        int organisationId, long caseId, string templateName, int templateVersion, string title, string? documentNumber,
        DateTime issuedAtUtc, string issuedBy, byte[] content, string? servedDocumentNumber = null, long? recordId = null)
    {
        ArgumentNullException.ThrowIfNull(content);
        OrganisationId = organisationId;
        CaseId = caseId;
        TemplateName = templateName;
        TemplateVersion = templateVersion;
        Title = title;
        DocumentNumber = documentNumber;
        IssuedAt = issuedAtUtc;
        IssuedBy = issuedBy;
        Content = content;
        Length = content.LongLength;
        Sha256 = HashOf(content);
        ServedDocumentNumber = servedDocumentNumber;
        RecordId = recordId;
    }

    public long Id { get; private set; }

    public Guid Version { get; private set; }

    public int OrganisationId { get; private set; }

    public long CaseId { get; private set; }

    /// <summary>The template's name (penalty-decision).</summary>
    public string TemplateName { get; private set; } = "";

    /// <summary>The active template version used; 0 is the file shipped in templates/.</summary>
    public int TemplateVersion { get; private set; }

    public string Title { get; private set; } = "";

    /// <summary>文号; null for records (笔录、审批表) that carry none.</summary>
    public string? DocumentNumber { get; private set; }

    /// <summary>For a 送达回证: the number of the document it serves (orders the case file).</summary>
    public string? ServedDocumentNumber { get; private set; }

    /// <summary>For a 笔录: the investigation record it prints (a re-issue prints the same one).</summary>
    public long? RecordId { get; private set; }

    /// <summary>Server instant, UTC.</summary>
    public DateTime IssuedAt { get; private set; }

    public string IssuedBy { get; private set; } = "";

    /// <summary>Lower-case hex SHA-256 of <see cref="Content"/>.</summary>
    public string Sha256 { get; private set; } = "";

    public long Length { get; private set; }

    public byte[] Content { get; private set; } = [];

    public DateTime? VoidedAt { get; private set; }

    public string? VoidedBy { get; private set; }

    public string? VoidReason { get; private set; }

    /// <summary>The re-issued document that replaces this voided one.</summary>
    public long? ReplacedById { get; private set; }

    public bool IsVoided => VoidedAt is not null;

    public static string HashOf(ReadOnlySpan<byte> content) => Convert.ToHexStringLower(SHA256.HashData(content));

    /// <summary>Whether the stored bytes still hash to the recorded value.</summary>
    public bool IsIntact() => Content.LongLength == Length && HashOf(Content) == Sha256;

    internal void Void(DateTime atUtc, string by, string reason)
    {
        VoidedAt = atUtc;
        VoidedBy = by;
        VoidReason = reason;
    }

    internal void ReplaceWith(long replacementId) => ReplacedById = replacementId;
}
