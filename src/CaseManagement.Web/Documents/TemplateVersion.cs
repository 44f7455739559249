using System.Security.Cryptography;

namespace CaseManagement.Web.Documents;

/// <summary>
/// An uploaded revision of a standard template, owned by the organisation that uploaded it: each bureau
/// keeps its own templates, and one bureau's upload never renders another's documents. Versions are
/// numbered from 1 per organisation and template; exactly one (the latest accepted) is active. Version 0 is
/// the file shipped in templates/, used while the organisation has uploaded none.
/// </summary>
public sealed class TemplateVersion
{
    private TemplateVersion()
    {
    }

    public TemplateVersion(int organisationId, string name, int number, DateTime uploadedAtUtc, string uploadedBy, byte[] content)
    {
        ArgumentNullException.ThrowIfNull(content);
        OrganisationId = organisationId;
        Name = name;
        Number = number;
        UploadedAt = uploadedAtUtc;
        UploadedBy = uploadedBy;
        Content = content;
        Length = content.LongLength;
        Sha256 = Convert.ToHexStringLower(SHA256.HashData(content));
        Active = true;
    }

    public long Id { get; private set; }

    public Guid Version { get; private set; }

    public int OrganisationId { get; private set; }

    public string Name { get; private set; } = "";

    public int Number { get; private set; }

    public DateTime UploadedAt { get; private set; }

    public string UploadedBy { get; private set; } = "";

    public byte[] Content { get; private set; } = [];

    public long Length { get; private set; }

    public string Sha256 { get; private set; } = "";

    public bool Active { get; private set; }

    internal void Deactivate() => Active = false;
}
