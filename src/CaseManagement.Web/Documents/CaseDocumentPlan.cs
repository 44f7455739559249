using System.Collections.Frozen;
using CaseManagement.Domain.Cases;
using CaseManagement.Web.Documents.Definitions;
using CaseManagement.Web.Numbering;

namespace CaseManagement.Web.Documents;

/// <summary>
/// One document a step issues: its template, the type of the number it carries (allocated by the step in
/// its transaction; null for records and forms without a 文号), for a 送达回证 the template it serves (null:
/// the decision), and for the file cover and index the volume.
/// </summary>
public sealed record PlannedDocument(string Template, DocumentType? Number = null, string? Serves = null, CaseFileVolume? Volume = null);

/// <summary>
/// Which step issues which standard document (LEGAL-REFERENCE.md §F.1; STYLE.md "Documents": rendered at the
/// transition that issues it), read from the <see cref="DocumentDefinition"/>s. The case step runner reads it
/// after the domain has accepted the step, in the same transaction; nothing else decides when a document is issued.
/// </summary>
public static class CaseDocumentPlan
{
    public static readonly FrozenDictionary<CaseTrigger, PlannedDocument[]> AtStep = DocumentDefinitions.All
        .SelectMany(d => d.IssuedAt.Select(issue => (Definition: d, Issue: issue)))
        .GroupBy(x => x.Issue.Step)
        .ToFrozenDictionary(g => g.Key, g => g
            // At 归档 the cover and index of the 正卷, then those of the 副卷.
            .OrderBy(x => x.Issue.Volume is { } v ? (int)v : -1)
            .Select(x => new PlannedDocument(x.Definition.Name, x.Definition.NumberSeries, x.Issue.Serves, x.Issue.Volume))
            .ToArray());

    /// <summary>
    /// Records issued on request for an investigation record of the case (行政处罚法第五十五条: 笔录), not by a
    /// transition: an interview or inspection is recorded once and printed for signing when needed.
    /// </summary>
    public static readonly FrozenDictionary<string, InvestigationRecordKind> OnDemand = DocumentDefinitions.All
        .Where(d => d.RecordKind is not null)
        .ToFrozenDictionary(d => d.Name, d => d.RecordKind!.Value);

    /// <summary>The documents the step issues (none for most data-recording steps).</summary>
    public static IReadOnlyList<PlannedDocument> For(CaseTrigger trigger) => AtStep.TryGetValue(trigger, out var planned) ? planned : [];

    /// <summary>
    /// The documents the step issues on this case: a 按日连续处罚 case (关联案件) is decided by a 按日连续处罚决定书 in
    /// its own number series (环境保护主管部门实施按日连续处罚办法第十六条); a hearing withdrawn or missed ends with a
    /// 听证终止记录; otherwise as <see cref="For(CaseTrigger)"/>.
    /// </summary>
    public static IReadOnlyList<PlannedDocument> For(CaseTrigger trigger, PenaltyCase penaltyCase) => trigger switch
    {
        CaseTrigger.Decide when penaltyCase.DailyPenaltyBasis is not null =>
            [new(DocumentDefinitions.Of<DailyPenaltyDecisionDocument>().Name, DocumentType.DailyPenaltyDecision)],

        // 行政处罚法第六十四条第八项、第六十五条: a hearing not held is recorded as terminated, never as held.
        CaseTrigger.ConcludeHearing when HearingTermination.NotHeld(penaltyCase.CurrentHearing) =>
            [new(DocumentDefinitions.Of<HearingTerminationRecordDocument>().Name)],
        _ => For(trigger),
    };

    /// <summary>The number type a template carries, for a re-issue under a new number; null when it has none.</summary>
    public static DocumentType? NumberTypeOf(string template) =>
        DocumentDefinitions.Exists(template) ? DocumentDefinitions.Get(template).NumberSeries : null;

    /// <summary>The archive documents: issued by the step that archives the case, so the archived state does not refuse them.</summary>
    public static bool IsArchiveDocument(string template) => DocumentDefinitions.Exists(template) && DocumentDefinitions.Get(template).BindsTheFile;
}
