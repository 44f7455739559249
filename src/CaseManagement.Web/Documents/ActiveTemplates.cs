using System.Collections.Concurrent;
using CaseManagement.Web.Documents.Definitions;
using CaseManagement.Web.Persistence;
using Microsoft.EntityFrameworkCore;

namespace CaseManagement.Web.Documents;

/// <summary>A template ready to fill, with the version it came from (0 = the shipped file).</summary>
public sealed record ResolvedTemplate(string Name, int Version, PreparedTemplate Template);

/// <summary>Parsed uploaded versions, shared by every request; keyed by content hash, so an entry never goes stale.</summary>
public sealed class PreparedTemplateCache
{
    private readonly ConcurrentDictionary<string, PreparedTemplate> _bySha = new(StringComparer.Ordinal);

    public bool TryGet(string sha256, out PreparedTemplate template) => _bySha.TryGetValue(sha256, out template!);

    public PreparedTemplate GetOrAdd(string sha256, byte[] content) =>
        _bySha.GetOrAdd(sha256, _ => PreparedTemplate.Load(content));
}

/// <summary>
/// Which template renders for an organisation: its active uploaded version in the database, else the file in templates/.
/// The database is asked only for the active version's number and hash; its bytes are read and parsed
/// once per version.
/// </summary>
public sealed class ActiveTemplates(CaseDbContext db, TemplateStore files, PreparedTemplateCache cache)
{
    public async Task<ResolvedTemplate> ResolveAsync(string name, int organisationId, CancellationToken ct = default)
    {
        var contract = DocumentDefinitions.Get(name).Contract;
        var active = await db.Set<TemplateVersion>().AsNoTracking()
            .Where(t => t.OrganisationId == organisationId && t.Name == contract.Name && t.Active)
            .Select(t => new { t.Id, t.Number, t.Sha256 })
            .SingleOrDefaultAsync(ct);
        if (active is null)
        {
            return new ResolvedTemplate(contract.Name, 0, files.Prepared(contract.Name));
        }

        if (cache.TryGet(active.Sha256, out var prepared))
        {
            return new ResolvedTemplate(contract.Name, active.Number, prepared);
        }

        var content = await db.Set<TemplateVersion>().AsNoTracking()
            .Where(t => t.Id == active.Id).Select(t => t.Content).SingleAsync(ct);
        return new ResolvedTemplate(contract.Name, active.Number, cache.GetOrAdd(active.Sha256, content));
    }
}
