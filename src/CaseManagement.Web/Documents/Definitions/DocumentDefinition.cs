using CaseManagement.Domain.Cases;
using CaseManagement.Web.Numbering;

namespace CaseManagement.Web.Documents.Definitions;

/// <summary>
/// A step that issues the document: for a 送达回证 the template it serves (null: the decision), for the file
/// cover and index the volume.
/// </summary>
public sealed record StepIssue(CaseTrigger Step, string? Serves = null, CaseFileVolume? Volume = null);

/// <summary>Where an issued document sits in the 卷宗 (2010年《环境行政处罚办法》第六十九条): its volume and rank.</summary>
public sealed record CaseFilePlace(CaseFileVolume Volume, int Rank);

/// <summary>
/// One standard document, defined once (LEGAL-REFERENCE.md §F): its template contract (name, title, fields
/// with their Chinese names and sources), the steps that issue it, its number series, its place in the
/// 卷宗 and the code that composes its data from the case. The plan, the issuer, the case file builder and
/// the template check all read the definitions; adding a document is one definition and one template.
/// </summary>
public abstract class DocumentDefinition(TemplateContract contract)
{
    public TemplateContract Contract { get; } = contract;

    public string Name => Contract.Name;

    public string Title => Contract.Title;

    /// <summary>The steps that issue it (LEGAL-REFERENCE.md §F.1); empty for a record printed on request.</summary>
    public virtual IReadOnlyList<StepIssue> IssuedAt => [];

    /// <summary>The number series of its 文号, allocated by the issuing step; null for records and forms.</summary>
    public virtual DocumentType? NumberSeries => null;

    /// <summary>Its place in the case file; null for the 送达回证 (it follows the document it serves) and the cover and index.</summary>
    public virtual CaseFilePlace? FilePlace => null;

    /// <summary>For a 笔录 printed on request: the kind of investigation record it prints.</summary>
    public virtual InvestigationRecordKind? RecordKind => null;

    /// <summary>The cover and the index: issued by the step that archives the case.</summary>
    public bool BindsTheFile => IssuedAt.Any(i => i.Step == CaseTrigger.Archive);

    /// <summary>The 文号 this document carries on the case, as a 送达回证 names it; null when it has none.</summary>
    public virtual string? NumberOn(PenaltyCase c) => null;

    /// <summary>A field of the contract: its tag, its Chinese name and where its value comes from.</summary>
    protected static TemplateField F(string tag, string name, string source) => new(tag, name, source);

    /// <summary>The values of every field, formatted (DocumentFormatting); fields the case does not hold print blank.</summary>
    public abstract DocumentData Compose(PenaltyCase c, CompositionContext context);
}
