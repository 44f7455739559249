using CaseManagement.Domain.Calendar;
using CaseManagement.Domain.Cases;
using CaseManagement.Web.Documents.Definitions;
using CaseManagement.Web.Persistence;

namespace CaseManagement.Web.Documents;

/// <summary>
/// What a composition needs besides the case: the organisation's printed details, the document number
/// (null for records, or for a draft), the business date, display names of the users the case refers to
/// by id, and — for a 送达回证 — the template of the document it serves.
/// </summary>
public sealed record CompositionContext(
    OrganisationDetails Organisation,
    string? DocumentNumber,
    DateOnly Today,
    IReadOnlyDictionary<string, string>? UserNames = null,
    string? ServedTemplate = null,
    bool Draft = false,
    string? Volume = null,
    CaseRules? Rules = null,
    long? RecordId = null,
    LegalCalendar? Calendar = null,
    IReadOnlySet<string>? LegallyQualified = null)
{
    /// <summary>Whether the user's officer profile records a 法律职业资格 (printed on the 法制审核意见书 only then).</summary>
    public bool HasLegalQualification(string? userId) => userId is not null && LegallyQualified?.Contains(userId) == true;

    /// <summary>The organisation's configured periods and rates (DECISIONS.md §3).</summary>
    public CaseRules EffectiveRules => Rules ?? CaseRules.Default;

    public string NameOf(string? userId) =>
        userId is null ? "" : UserNames is not null && UserNames.TryGetValue(userId, out var name) ? name : userId;
}

/// <summary>
/// Builds the <see cref="DocumentData"/> of a standard template from a <see cref="PenaltyCase"/> and the
/// organisation (LEGAL-REFERENCE.md §F.2) through the template's <see cref="DocumentDefinition"/>, with the
/// legal calendar the periods are counted on.
/// </summary>
public sealed class CaseDocumentComposer(LegalCalendar calendar)
{
    /// <summary>Printed in the number field of a preview (a draft has no number).</summary>
    public const string DraftNumber = "（草稿）";

    public DocumentData Compose(string templateName, PenaltyCase c, CompositionContext context)
    {
        ArgumentNullException.ThrowIfNull(c);
        ArgumentNullException.ThrowIfNull(context);
        return DocumentDefinitions.Get(templateName).Compose(c, context with { Calendar = context.Calendar ?? calendar });
    }
}

/// <summary>One line of the 卷内目录: the pages are “3” or “3-5” within the volume.</summary>
public sealed record FileIndexEntry(string? DocumentNumber, string Title, DateOnly? Date, string Pages, string? Remarks = null);
