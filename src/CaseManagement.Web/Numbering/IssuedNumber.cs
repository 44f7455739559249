namespace CaseManagement.Web.Numbering;

/// <summary>
/// The register of every number handed out. A voided number keeps its row and its reason and is never
/// issued again: the serial counter only moves forward.
/// </summary>
public sealed class IssuedNumber
{
    private IssuedNumber()
    {
    }

    public IssuedNumber(int organisationId, DocumentType documentType, int year, int serial, string text, long? caseId, DateTime issuedAtUtc)
    {
        OrganisationId = organisationId;
        DocumentType = documentType;
        Year = year;
        Serial = serial;
        Text = text;
        CaseId = caseId;
        IssuedAt = issuedAtUtc;
    }

    public long Id { get; private set; }

    public int OrganisationId { get; private set; }

    public DocumentType DocumentType { get; private set; }

    public int Year { get; private set; }

    public int Serial { get; private set; }

    public string Text { get; private set; } = "";

    public long? CaseId { get; private set; }

    public DateTime IssuedAt { get; private set; }

    public DateTime? VoidedAt { get; private set; }

    public string? VoidReason { get; private set; }

    public bool IsVoided => VoidedAt is not null;

    internal void MarkVoided(DateTime atUtc, string reason)
    {
        if (IsVoided)
        {
            throw new InvalidOperationException($"文号 {Text} 已于此前作废。");
        }

        VoidedAt = atUtc;
        VoidReason = reason;
    }
}
