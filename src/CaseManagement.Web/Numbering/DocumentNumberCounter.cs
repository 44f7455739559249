namespace CaseManagement.Web.Numbering;

/// <summary>The next serial of one document type in one year for one organisation.</summary>
public sealed class DocumentNumberCounter
{
    private DocumentNumberCounter()
    {
    }

    public DocumentNumberCounter(int organisationId, DocumentType documentType, int year, int nextSerial)
    {
        OrganisationId = organisationId;
        DocumentType = documentType;
        Year = year;
        NextSerial = nextSerial;
    }

    public long Id { get; private set; }

    public int OrganisationId { get; private set; }

    public DocumentType DocumentType { get; private set; }

    public int Year { get; private set; }

    public int NextSerial { get; private set; }
}
