using CaseManagement.Domain.Cases;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CaseManagement.Web.Persistence.Search;

/// <summary>
/// One character bigram of a case's party name (博兴县某化工有限公司 → 博兴, 兴县, 县某, … 公司), so that a
/// name search for any substring of two or more characters is an index seek on (organisation, term) on
/// every provider instead of a scan of every name. Chinese words are mostly two characters, which a
/// trigram index cannot serve. Kept by <see cref="CaseSearchIndex"/> in the same save as the case.
/// </summary>
public sealed class CaseSearchTerm
{
    private CaseSearchTerm() { }

    public CaseSearchTerm(int organisationId, string term, long caseId)
    {
        OrganisationId = organisationId;
        Term = term;
        CaseId = caseId;
    }

    public int OrganisationId { get; private set; }

    /// <summary>Two characters of the name (letters folded to upper case).</summary>
    public string Term { get; private set; } = "";

    public long CaseId { get; private set; }
}

/// <summary>Builds the bigrams of a name and keeps a case's terms in step with its party name.</summary>
public static class CaseSearchIndex
{
    public const int TermLength = 2;

    /// <summary>The distinct bigrams of a text, upper-cased, whitespace dropped.</summary>
    public static IReadOnlyList<string> Terms(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return [];
        }

        var chars = text.Where(ch => !char.IsWhiteSpace(ch)).Select(char.ToUpperInvariant).ToArray();
        var terms = new List<string>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i + TermLength <= chars.Length; i++)
        {
            var term = new string(chars, i, TermLength);
            if (seen.Add(term))
            {
                terms.Add(term);
            }
        }

        return terms;
    }

    /// <summary>
    /// Called by <see cref="CaseDbContext"/> before every save: a new case gets its terms, linked through the
    /// case's temporary key, which EF replaces with the real one in the same transaction. A party's name is
    /// fixed at registration (<see cref="PenaltyCase"/> has no step that renames it), so only new cases add terms.
    /// </summary>
    internal static void Refresh(CaseDbContext db)
    {
        foreach (var entry in db.ChangeTracker.Entries<PenaltyCase>().Where(e => e.State == EntityState.Added).ToList())
        {
            var caseId = entry.Property(c => c.Id).CurrentValue;
            if (db.ChangeTracker.Entries<CaseSearchTerm>().Any(t => t.Entity.CaseId == caseId))
            {
                continue; // a save retried after a failure: the terms are already staged
            }

            db.CaseSearchTerms.AddRange(Terms(entry.Entity.Party.Name)
                .Select(t => new CaseSearchTerm(entry.Entity.OrganisationId, t, caseId)));
        }
    }
}

internal sealed class CaseSearchTermConfiguration : IEntityTypeConfiguration<CaseSearchTerm>
{
    public void Configure(EntityTypeBuilder<CaseSearchTerm> builder)
    {
        builder.ToTable("CaseSearchTerms");

        // The key is the search path: the cases with a term, newest first, within one organisation.
        builder.HasKey(t => new { t.OrganisationId, t.Term, t.CaseId });
        builder.Property(t => t.Term).HasMaxLength(CaseSearchIndex.TermLength * 2);
        builder.HasIndex(t => t.CaseId);
        builder.HasOne<PenaltyCase>().WithMany().HasForeignKey(t => t.CaseId).OnDelete(DeleteBehavior.Cascade);
    }
}
